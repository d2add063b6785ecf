-- Audit: every change to a register table writes audit_log rows in the same statement.
-- Statement-level triggers with transition tables, so a bulk import pays one INSERT ... SELECT per statement.
-- The actor comes from transaction-local settings (grassroots.actor, .account_id, .request_id, .reason) that
-- the application sets before it writes; a change without an actor is refused, so nothing goes unattributed.
-- A restore loads rows that already carry their history: it sets grassroots.restoring and is not audited again.
CREATE FUNCTION audit_json(t text, j jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN t = 'accounts' THEN j - 'password_hash' ELSE j END
$$;
--> statement-breakpoint
CREATE FUNCTION audit_entry(op text, t text, o jsonb, n jsonb)
RETURNS TABLE (actor text, account_id int, request_id text, reason text, action text, entity text,
               entity_id text, person_id int, unit_id int, before jsonb, after jsonb)
LANGUAGE sql STABLE AS $$
  SELECT current_setting('grassroots.actor', true),
         nullif(current_setting('grassroots.account_id', true), '')::int,
         nullif(current_setting('grassroots.request_id', true), ''),
         nullif(current_setting('grassroots.reason', true), ''),
         lower(op), t,
         coalesce(coalesce(n, o) ->> 'id', coalesce(n, o) ->> 'key'),
         coalesce((coalesce(n, o) ->> 'person_id')::int,
                  CASE WHEN t = 'people' THEN (coalesce(n, o) ->> 'id')::int END),
         coalesce((coalesce(n, o) ->> 'village_id')::int,
                  (coalesce(n, o) ->> 'unit_id')::int,
                  (coalesce(n, o) ->> 'residence_village_id')::int,
                  CASE WHEN t = 'units' THEN (coalesce(n, o) ->> 'id')::int END),
         audit_json(t, o), audit_json(t, n)
$$;
--> statement-breakpoint
CREATE FUNCTION audit_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_actor text := current_setting('grassroots.actor', true);
BEGIN
  IF current_setting('grassroots.restoring', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF v_actor IS NULL OR v_actor = '' THEN
    RAISE EXCEPTION 'grassroots: % on % without an audit actor', TG_OP, TG_TABLE_NAME USING ERRCODE = 'GR001';
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO audit_log (actor, account_id, request_id, reason, action, entity, entity_id, person_id, unit_id, before, after)
    SELECT a.* FROM new_rows n, audit_entry(TG_OP, TG_TABLE_NAME, NULL, to_jsonb(n)) a;
  ELSIF TG_OP = 'UPDATE' AND TG_NARGS = 0 THEN
    -- rows are paired by their id; an upsert that rewrites a row unchanged is no change
    INSERT INTO audit_log (actor, account_id, request_id, reason, action, entity, entity_id, person_id, unit_id, before, after)
    SELECT a.* FROM old_rows o JOIN new_rows n ON n.id = o.id, audit_entry(TG_OP, TG_TABLE_NAME, to_jsonb(o), to_jsonb(n)) a
    WHERE to_jsonb(o) IS DISTINCT FROM to_jsonb(n);
  ELSIF TG_OP = 'UPDATE' THEN
    -- a table keyed by another column names it as the trigger's argument
    INSERT INTO audit_log (actor, account_id, request_id, reason, action, entity, entity_id, person_id, unit_id, before, after)
    SELECT a.* FROM old_rows o JOIN new_rows n ON to_jsonb(n) -> TG_ARGV[0] = to_jsonb(o) -> TG_ARGV[0],
           audit_entry(TG_OP, TG_TABLE_NAME, to_jsonb(o), to_jsonb(n)) a
    WHERE to_jsonb(o) IS DISTINCT FROM to_jsonb(n);
  ELSE
    INSERT INTO audit_log (actor, account_id, request_id, reason, action, entity, entity_id, person_id, unit_id, before, after)
    SELECT a.* FROM old_rows o, audit_entry(TG_OP, TG_TABLE_NAME, to_jsonb(o), NULL) a;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION audit_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('grassroots.restoring', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF coalesce(current_setting('grassroots.actor', true), '') = '' THEN
    RAISE EXCEPTION 'grassroots: TRUNCATE on % without an audit actor', TG_TABLE_NAME USING ERRCODE = 'GR001';
  END IF;
  INSERT INTO audit_log (actor, account_id, request_id, reason, action, entity, entity_id, person_id, unit_id, before, after)
  SELECT a.* FROM audit_entry('TRUNCATE', TG_TABLE_NAME, NULL, NULL) a;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'grassroots: audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'GR002';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON units REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON units REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON units REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON units FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON unit_versions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON unit_versions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON unit_versions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON unit_versions FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON unit_lineage REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON unit_lineage REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON unit_lineage REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON unit_lineage FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON party_orgs REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON party_orgs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON party_orgs REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON party_orgs FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON party_org_versions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON party_org_versions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON party_org_versions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON party_org_versions FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON cell_villages REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON cell_villages REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON cell_villages REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON cell_villages FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON people REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON people REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON people REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON people FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON memberships REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON memberships REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON memberships REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON memberships FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON placements REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON placements REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON placements REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON placements FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON head_terms REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON head_terms REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON head_terms REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON head_terms FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON secretary_terms REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON secretary_terms REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON secretary_terms REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON secretary_terms FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON accounts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON accounts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON accounts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON accounts FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
--> statement-breakpoint
CREATE TRIGGER audit_ins AFTER INSERT ON settings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_upd AFTER UPDATE ON settings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes('key');
--> statement-breakpoint
CREATE TRIGGER audit_del AFTER DELETE ON settings REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_changes();
--> statement-breakpoint
CREATE TRIGGER audit_trunc AFTER TRUNCATE ON settings FOR EACH STATEMENT EXECUTE FUNCTION audit_truncate();
