CREATE TABLE "prospect_introducers" (
	"id" serial PRIMARY KEY NOT NULL,
	"prospect_id" integer NOT NULL,
	"kind" text NOT NULL,
	"person_id" integer,
	"known_since" date
);
--> statement-breakpoint
CREATE TABLE "prospects" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"village_id" integer NOT NULL,
	"cell_id" integer,
	"recommended_on" date NOT NULL,
	"certificate_on" date,
	"application_on" date,
	"checked_on" date,
	"resolution_on" date,
	"votes_for" integer,
	"official_members" integer,
	"decision_on" date,
	"decision_extended" boolean DEFAULT false NOT NULL,
	"ceremony_on" date,
	"review_on" date,
	"outcome" text,
	"outcome_on" date,
	"dropped_on" date,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "prospect_introducers" ADD CONSTRAINT "prospect_introducers_prospect_id_prospects_id_fk" FOREIGN KEY ("prospect_id") REFERENCES "public"."prospects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospect_introducers" ADD CONSTRAINT "prospect_introducers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospects" ADD CONSTRAINT "prospects_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospects" ADD CONSTRAINT "prospects_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospects" ADD CONSTRAINT "prospects_cell_id_party_orgs_id_fk" FOREIGN KEY ("cell_id") REFERENCES "public"."party_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "prospect_introducers_prospect" ON "prospect_introducers" USING btree ("prospect_id");--> statement-breakpoint
CREATE INDEX "prospects_person" ON "prospects" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "prospects_village" ON "prospects" USING btree ("village_id");--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON prospects REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON prospects REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON prospects REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON prospects FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON prospect_introducers REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON prospect_introducers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON prospect_introducers REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON prospect_introducers FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
