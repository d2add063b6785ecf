/**
 * The program's database role on PostgreSQL, apart from the tables' owner.
 * The owner runs the migrations; the program connects as a role that owns
 * nothing and holds only what it needs: it reads and writes the register,
 * appends to the audit log but can neither change, delete nor truncate its
 * rows, nor alter the table or disable its triggers (only an owner can).
 */
import { sql } from 'drizzle-orm';
import type { Db } from './db.js';

/** A role name as SQL writes it, quoted. */
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The statements that give `role` the program's rights, run by the tables' owner in database `database`. */
export function appRoleGrants(role: string, database: string): string[] {
  const r = quoteIdent(role);
  return [
    `GRANT CONNECT, TEMPORARY ON DATABASE ${quoteIdent(database)} TO ${r}`,
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    // TRUNCATE: the demo's rebuild empties the register (audited by the triggers)
    `GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM ${r}`,
    // UPDATE: a restore moves sequences past the restored ids (setval)
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    // a backup records which migrations the database has; it reads, never writes them
    `GRANT USAGE ON SCHEMA drizzle TO ${r}`,
    `GRANT SELECT ON drizzle.__drizzle_migrations TO ${r}`,
    // tables and sequences later migrations create; the grants above are also run again after each migration
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${r}`,
  ];
}

/**
 * Grants `role` the program's rights; run as the tables' owner, after the
 * migrations. Answers what would still let that role rewrite the audit log
 * (it owns a table, is a superuser, or is a member of the owner), empty when
 * nothing does.
 */
export async function grantAppRole(db: Db, role: string): Promise<string[]> {
  const [who] = ((await db.execute(sql`
    select current_database() as database, current_user as owner,
      exists (select 1 from pg_roles where rolname = ${role}) as known
  `)) as unknown as { rows: { database: string; owner: string; known: boolean }[] }).rows;
  if (!who.known) throw new Error(`PostgreSQL: no role "${role}"; create it first (CREATE ROLE ${quoteIdent(role)} LOGIN)`);
  if (role === who.owner) return [`"${role}" is the owner of the tables: it can alter audit_log and disable its triggers`];
  for (const s of appRoleGrants(role, who.database)) await db.execute(sql.raw(s));
  const [check] = ((await db.execute(sql`
    select r.rolsuper as superuser,
      pg_has_role(${role}, ${who.owner}, 'MEMBER') as member,
      (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname in ('public', 'drizzle') and pg_has_role(${role}, c.relowner, 'USAGE')) as owned
    from pg_roles r where r.rolname = ${role}
  `)) as unknown as { rows: { superuser: boolean; member: boolean; owned: number }[] }).rows;
  const problems: string[] = [];
  if (check.superuser) problems.push(`"${role}" is a superuser: it can do anything, rewrite the audit log too`);
  if (check.member) problems.push(`"${role}" is a member of the owner "${who.owner}": it has the owner's rights`);
  else if (check.owned > 0) problems.push(`"${role}" owns ${check.owned} table(s) or sequence(s) of the program`);
  return problems;
}
