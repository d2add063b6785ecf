CREATE TABLE "unit_lineage" (
	"id" serial PRIMARY KEY NOT NULL,
	"from_unit_id" integer NOT NULL,
	"to_unit_id" integer NOT NULL,
	"on" date NOT NULL,
	"kind" text NOT NULL,
	"decision" text,
	CONSTRAINT "unit_lineage_key" UNIQUE("from_unit_id","to_unit_id","on")
);
--> statement-breakpoint
CREATE TABLE "unit_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"subtype" text NOT NULL,
	"parent_id" integer,
	"valid_from" date,
	"valid_to" date,
	CONSTRAINT "unit_versions_unit_from" UNIQUE NULLS NOT DISTINCT("unit_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"level" text NOT NULL,
	CONSTRAINT "units_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "cell_villages" (
	"id" serial PRIMARY KEY NOT NULL,
	"cell_id" integer NOT NULL,
	"village_id" integer NOT NULL,
	"valid_from" date,
	"valid_to" date,
	CONSTRAINT "cell_villages_key" UNIQUE NULLS NOT DISTINCT("cell_id","village_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "party_org_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"name" text NOT NULL,
	"parent_org_id" integer,
	"unit_id" integer,
	"valid_from" date,
	"valid_to" date,
	CONSTRAINT "party_org_versions_org_from" UNIQUE NULLS NOT DISTINCT("org_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "party_orgs" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "party_orgs_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"card_no" text,
	"admitted_on" date NOT NULL,
	"official_on" date,
	"ended_on" date,
	"end_reason" text,
	CONSTRAINT "memberships_person_admitted" UNIQUE("person_id","admitted_on")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"full_name" text NOT NULL,
	"birth_date" date,
	"gender" text,
	"ethnicity" text,
	"residence_village_id" integer,
	"commune_official" boolean DEFAULT false NOT NULL,
	CONSTRAINT "people_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"cell_id" integer NOT NULL,
	"village_id" integer,
	"valid_from" date,
	"valid_to" date,
	"kind" text NOT NULL,
	"reason" text,
	CONSTRAINT "placements_key" UNIQUE NULLS NOT DISTINCT("person_id","cell_id","kind","valid_from")
);
--> statement-breakpoint
CREATE TABLE "head_terms" (
	"id" serial PRIMARY KEY NOT NULL,
	"village_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"role" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"how" text,
	CONSTRAINT "head_terms_key" UNIQUE NULLS NOT DISTINCT("village_id","person_id","role","valid_from")
);
--> statement-breakpoint
CREATE TABLE "secretary_terms" (
	"id" serial PRIMARY KEY NOT NULL,
	"cell_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"valid_from" date,
	"valid_to" date,
	CONSTRAINT "secretary_terms_key" UNIQUE NULLS NOT DISTINCT("cell_id","person_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "village_member_counts" (
	"village_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"total" integer NOT NULL,
	"official" integer NOT NULL,
	CONSTRAINT "village_member_counts_village_id_valid_from_pk" PRIMARY KEY("village_id","valid_from")
);
--> statement-breakpoint
ALTER TABLE "unit_lineage" ADD CONSTRAINT "unit_lineage_from_unit_id_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_lineage" ADD CONSTRAINT "unit_lineage_to_unit_id_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_versions" ADD CONSTRAINT "unit_versions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_versions" ADD CONSTRAINT "unit_versions_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cell_villages" ADD CONSTRAINT "cell_villages_cell_id_party_orgs_id_fk" FOREIGN KEY ("cell_id") REFERENCES "public"."party_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cell_villages" ADD CONSTRAINT "cell_villages_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_org_versions" ADD CONSTRAINT "party_org_versions_org_id_party_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."party_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_org_versions" ADD CONSTRAINT "party_org_versions_parent_org_id_party_orgs_id_fk" FOREIGN KEY ("parent_org_id") REFERENCES "public"."party_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_org_versions" ADD CONSTRAINT "party_org_versions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_residence_village_id_units_id_fk" FOREIGN KEY ("residence_village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_cell_id_party_orgs_id_fk" FOREIGN KEY ("cell_id") REFERENCES "public"."party_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "head_terms" ADD CONSTRAINT "head_terms_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "head_terms" ADD CONSTRAINT "head_terms_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_terms" ADD CONSTRAINT "secretary_terms_cell_id_party_orgs_id_fk" FOREIGN KEY ("cell_id") REFERENCES "public"."party_orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secretary_terms" ADD CONSTRAINT "secretary_terms_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_member_counts" ADD CONSTRAINT "village_member_counts_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_lineage_to" ON "unit_lineage" USING btree ("to_unit_id");--> statement-breakpoint
CREATE INDEX "unit_versions_parent" ON "unit_versions" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "cell_villages_village" ON "cell_villages" USING btree ("village_id");--> statement-breakpoint
CREATE INDEX "party_org_versions_parent" ON "party_org_versions" USING btree ("parent_org_id");--> statement-breakpoint
CREATE INDEX "people_residence" ON "people" USING btree ("residence_village_id");--> statement-breakpoint
CREATE INDEX "placements_village" ON "placements" USING btree ("village_id");--> statement-breakpoint
CREATE INDEX "placements_cell" ON "placements" USING btree ("cell_id");--> statement-breakpoint
CREATE INDEX "head_terms_person" ON "head_terms" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "secretary_terms_person" ON "secretary_terms" USING btree ("person_id");