CREATE TABLE "commune_states" (
	"commune_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"villages" integer NOT NULL,
	"white" integer NOT NULL,
	"weak" integer NOT NULL,
	"strong" integer NOT NULL,
	"own_cell" integer NOT NULL,
	"combined_only" integer NOT NULL,
	"no_cell" integer NOT NULL,
	"ready_for_cell" integer NOT NULL,
	"party_head" integer NOT NULL,
	"non_party_head" integer NOT NULL,
	"vacant_head" integer NOT NULL,
	"secretary_is_head" integer NOT NULL,
	"members_total" integer NOT NULL,
	"members_official" integer NOT NULL,
	CONSTRAINT "commune_states_commune_id_valid_from_pk" PRIMARY KEY("commune_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "village_category_runs" (
	"village_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"commune_id" integer NOT NULL,
	"total" smallint NOT NULL,
	"cell" text NOT NULL,
	"head_status" text NOT NULL,
	CONSTRAINT "village_category_runs_village_id_valid_from_pk" PRIMARY KEY("village_id","valid_from")
);
--> statement-breakpoint
-- village_states is derived: emptied here, rebuilt from the register when the database is next opened (rebuildDerivedIfEmpty)
DELETE FROM "village_states";--> statement-breakpoint
ALTER TABLE "village_states" ADD COLUMN "commune_id" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "commune_states" ADD CONSTRAINT "commune_states_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_category_runs" ADD CONSTRAINT "village_category_runs_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "village_category_runs_commune_from" ON "village_category_runs" USING btree ("commune_id","valid_from");--> statement-breakpoint
CREATE INDEX "village_category_runs_commune_to" ON "village_category_runs" USING btree ("commune_id","valid_to");--> statement-breakpoint
CREATE INDEX "village_states_commune" ON "village_states" USING btree ("commune_id");