CREATE UNLOGGED TABLE "portal_presence" (
	"visitor" text PRIMARY KEY NOT NULL,
	"member" boolean NOT NULL,
	"seen_ms" bigint NOT NULL,
	"new_visit" boolean NOT NULL
);
--> statement-breakpoint
CREATE UNLOGGED TABLE "portal_session_views" (
	"visitor" text NOT NULL,
	"article_id" integer NOT NULL,
	"viewed_ms" bigint NOT NULL,
	"counted" boolean NOT NULL,
	CONSTRAINT "portal_session_views_visitor_article_id_pk" PRIMARY KEY("visitor","article_id")
);
--> statement-breakpoint
CREATE UNLOGGED TABLE "rate_buckets" (
	"key" text PRIMARY KEY NOT NULL,
	"tokens" double precision NOT NULL,
	"at_ms" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_failures" (
	"address" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_names" (
	"name" text PRIMARY KEY NOT NULL,
	"failed" integer NOT NULL,
	"locked_until" timestamp with time zone,
	"last_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portal_session_views" ADD CONSTRAINT "portal_session_views_article_id_portal_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."portal_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "portal_presence_seen" ON "portal_presence" USING btree ("seen_ms");--> statement-breakpoint
CREATE INDEX "portal_session_views_viewed" ON "portal_session_views" USING btree ("viewed_ms");--> statement-breakpoint
CREATE INDEX "rate_buckets_at" ON "rate_buckets" USING btree ("at_ms");--> statement-breakpoint
CREATE INDEX "sign_in_failures_address" ON "sign_in_failures" USING btree ("address","at");--> statement-breakpoint
CREATE INDEX "sign_in_failures_at" ON "sign_in_failures" USING btree ("at");--> statement-breakpoint
CREATE INDEX "sign_in_names_last" ON "sign_in_names" USING btree ("last_at");