/**
 * The program's database role on PostgreSQL, apart from the tables' owner.
 * The owner runs the migrations; the program connects as a role that owns
 * nothing and holds only what it needs: it reads and writes the register,
 * appends to the audit log but can neither change, delete nor truncate its
 * rows, nor alter the table or disable its triggers (only an owner can).
 */

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
