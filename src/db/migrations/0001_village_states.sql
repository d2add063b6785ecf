CREATE TABLE "village_states" (
	"village_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"total" integer NOT NULL,
	"official" integer NOT NULL,
	"cell" text NOT NULL,
	"head_id" integer,
	"head_is_member" boolean NOT NULL,
	"secretary_is_head" boolean NOT NULL,
	CONSTRAINT "village_states_village_id_valid_from_pk" PRIMARY KEY("village_id","valid_from")
);
--> statement-breakpoint
ALTER TABLE "village_states" ADD CONSTRAINT "village_states_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;