CREATE TABLE "portal_article_views" (
	"article_id" integer PRIMARY KEY NOT NULL,
	"views" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_articles" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"category_id" integer,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body_html" text DEFAULT '' NOT NULL,
	"author_line" text DEFAULT '' NOT NULL,
	"published_at" timestamp with time zone,
	"unpublished_at" timestamp with time zone,
	"source" jsonb,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "portal_articles_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "portal_categories" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "portal_categories_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "portal_images" (
	"id" serial PRIMARY KEY NOT NULL,
	"article_id" integer,
	"content_type" text NOT NULL,
	"data" "bytea" NOT NULL,
	"alt" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_poll_ballots" (
	"id" serial PRIMARY KEY NOT NULL,
	"poll_id" integer NOT NULL,
	"account_id" integer,
	"guest_cookie" text,
	"guest_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "portal_poll_ballots_voter" CHECK (("portal_poll_ballots"."account_id" IS NOT NULL AND "portal_poll_ballots"."guest_cookie" IS NULL AND "portal_poll_ballots"."guest_hash" IS NULL) OR ("portal_poll_ballots"."account_id" IS NULL AND "portal_poll_ballots"."guest_cookie" IS NOT NULL AND "portal_poll_ballots"."guest_hash" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "portal_poll_choices" (
	"ballot_id" integer NOT NULL,
	"option_id" integer NOT NULL,
	CONSTRAINT "portal_poll_choices_ballot_id_option_id_pk" PRIMARY KEY("ballot_id","option_id")
);
--> statement-breakpoint
CREATE TABLE "portal_poll_options" (
	"id" serial PRIMARY KEY NOT NULL,
	"poll_id" integer NOT NULL,
	"label" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_polls" (
	"id" serial PRIMARY KEY NOT NULL,
	"question" text NOT NULL,
	"multiple" boolean DEFAULT false NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_visit_days" (
	"day" date PRIMARY KEY NOT NULL,
	"guest_visits" bigint DEFAULT 0 NOT NULL,
	"member_visits" bigint DEFAULT 0 NOT NULL,
	"views" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portal_article_views" ADD CONSTRAINT "portal_article_views_article_id_portal_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."portal_articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_articles" ADD CONSTRAINT "portal_articles_category_id_portal_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."portal_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_articles" ADD CONSTRAINT "portal_articles_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_images" ADD CONSTRAINT "portal_images_article_id_portal_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."portal_articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_poll_ballots" ADD CONSTRAINT "portal_poll_ballots_poll_id_portal_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."portal_polls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_poll_ballots" ADD CONSTRAINT "portal_poll_ballots_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_poll_choices" ADD CONSTRAINT "portal_poll_choices_ballot_id_portal_poll_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."portal_poll_ballots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_poll_choices" ADD CONSTRAINT "portal_poll_choices_option_id_portal_poll_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."portal_poll_options"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_poll_options" ADD CONSTRAINT "portal_poll_options_poll_id_portal_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."portal_polls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "portal_articles_published" ON "portal_articles" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "portal_articles_category" ON "portal_articles" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "portal_images_article" ON "portal_images" USING btree ("article_id");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_poll_ballots_account" ON "portal_poll_ballots" USING btree ("poll_id","account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_poll_ballots_cookie" ON "portal_poll_ballots" USING btree ("poll_id","guest_cookie");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_poll_ballots_guest" ON "portal_poll_ballots" USING btree ("poll_id","guest_hash");--> statement-breakpoint
CREATE INDEX "portal_poll_choices_option" ON "portal_poll_choices" USING btree ("option_id");--> statement-breakpoint
CREATE INDEX "portal_poll_options_poll" ON "portal_poll_options" USING btree ("poll_id");--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON portal_categories REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON portal_categories REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON portal_categories REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON portal_categories FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON portal_articles REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON portal_articles REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON portal_articles REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON portal_articles FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON portal_polls REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON portal_polls REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON portal_polls REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON portal_polls FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON portal_poll_options REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON portal_poll_options REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON portal_poll_options REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON portal_poll_options FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
