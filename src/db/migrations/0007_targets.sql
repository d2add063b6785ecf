CREATE TABLE "targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"admissions" integer,
	"white_cleared" integer,
	"weak_reduced" integer,
	"cells_founded" integer,
	"party_heads" integer,
	CONSTRAINT "targets_unit_year" UNIQUE("unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "task_force_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_force_id" integer NOT NULL,
	"person_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_force_villages" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_force_id" integer NOT NULL,
	"village_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_forces" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"unit_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_members" ADD CONSTRAINT "task_force_members_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_members" ADD CONSTRAINT "task_force_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_villages" ADD CONSTRAINT "task_force_villages_task_force_id_task_forces_id_fk" FOREIGN KEY ("task_force_id") REFERENCES "public"."task_forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_force_villages" ADD CONSTRAINT "task_force_villages_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_forces" ADD CONSTRAINT "task_forces_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_forces_unit" ON "task_forces" USING btree ("unit_id");--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON targets REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON targets REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON targets REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON targets FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON task_forces REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON task_forces REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON task_forces REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON task_forces FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON task_force_members REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON task_force_members REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON task_force_members REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON task_force_members FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON task_force_villages REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON task_force_villages REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON task_force_villages REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON task_force_villages FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
