CREATE TABLE "calendar_days" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"holiday" text NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "calendar_days_date" UNIQUE("date"),
	CONSTRAINT "calendar_days_kind" CHECK ("calendar_days"."kind" in ('off', 'worked'))
);
--> statement-breakpoint
CREATE INDEX "calendar_days_year" ON "calendar_days" USING btree ("year");--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON calendar_days REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON calendar_days REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON calendar_days REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON calendar_days FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
