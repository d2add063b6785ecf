import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { PgDialect, type PgDatabase, type PgQueryResultHKT, type PgTransactionConfig } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from '../db/schema/index.js';
import { listenTo, type Listening } from './listen.js';
import { appRoleGrants, quoteIdent } from './roles.js';

export type Schema = typeof schema;
/** The database or a transaction: what every repository function takes first. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/**
 * The embedded database, or a PostgreSQL server. With `ownerUrl`, migrations
 * run as that role (the tables' owner), which then grants `url`'s role what the
 * program needs (src/platform/roles.ts); the program itself connects as `url`.
 */
export type DbTarget =
  | { kind: 'pglite'; dataDir: string | null }
  | { kind: 'postgres'; url: string; ownerUrl?: string; readUrl?: string };

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** How the connections are used now (read by the metrics). */
  pool(): PoolStats;
  /** PostgreSQL with DATABASE_READ_URL: the read replica (src/platform/replica.ts decides what reads from it). */
  replica?: Db;
  /** PostgreSQL: calls `onNotify` at each NOTIFY on `channel`, on a connection of its own (src/platform/listen.ts). */
  listen?: (channel: string, onNotify: (payload: string) => void) => Promise<Listening>;
}

/**
 * Connections to the database. On PostgreSQL, node-postgres's pool. PGlite is
 * one connection inside the process that runs one query or transaction at a
 * time: `total` is 1, `idle` 1 or 0, and `waiting` the queries and
 * transactions queued behind the one running.
 */
export interface PoolStats {
  max: number;
  total: number;
  idle: number;
  waiting: number;
}

/**
 * Counts the statements and transactions sent to a PGlite instance and not
 * yet finished (what drizzle calls: query and transaction; those inside a
 * transaction run on its own handle and are not counted again).
 */
function trackPglite(client: {
  query: (...a: never[]) => Promise<unknown>;
  transaction: (...a: never[]) => Promise<unknown>;
}): () => PoolStats {
  let inFlight = 0;
  for (const method of ['query', 'transaction'] as const) {
    const original = client[method].bind(client) as (...a: unknown[]) => Promise<unknown>;
    client[method] = (async (...args: unknown[]) => {
      inFlight++;
      try {
        return await original(...args);
      } finally {
        inFlight--;
      }
    }) as never;
  }
  return () => ({ max: 1, total: 1, idle: inFlight === 0 ? 1 : 0, waiting: Math.max(0, inFlight - 1) });
}

const migrationsFolder = fileURLToPath(new URL('../db/migrations', import.meta.url));

// Dates travel as 'YYYY-MM-DD' strings; keep node-postgres from turning them into JS Dates.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** Opens the embedded or server database and applies pending migrations. */
export async function openDatabase(
  target: DbTarget,
  { migrate = true }: { migrate?: boolean } = {},
): Promise<Database> {
  if (target.kind === 'pglite') {
    // loaded only for the embedded engine: a server on PostgreSQL does not carry it
    const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('drizzle-orm/pglite'),
      import('drizzle-orm/pglite/migrator'),
    ]);
    if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
    const client = target.dataDir ? new PGlite(target.dataDir) : new PGlite();
    const pool = trackPglite(client as never);
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    await migratePglite(db as never, { migrationsFolder });
    return { db, engine: 'pglite', close: () => client.close(), pool };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: 10 });
  // An idle connection the server drops (restart, failover, a forced drop) must not take the process down;
  // the pool replaces it on the next query.
  pool.on('error', (e) => process.stderr.write(`PostgreSQL: idle connection lost: ${e.message}\n`));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  try {
    if (!migrate) {
      // the caller only reads the catalog or grants rights
    } else if (target.ownerUrl) {
      const [{ role }] = await rows<{ role: string }>(db, sql`select current_user as role`);
      for (const p of await migrateAsOwner(target.ownerUrl, role)) process.stderr.write(`PostgreSQL: warning: ${p}\n`);
    } else if (!(await upToDate(db))) {
      // a role that owns nothing cannot migrate: say what to do rather than "permission denied for database"
      await migratePg(db as never, { migrationsFolder }).catch((e: unknown) => {
        if (!isPermissionDenied(e)) throw e;
        throw new Error(
          "PostgreSQL: the database needs migrations this role may not run; run them as the tables' owner (DATABASE_OWNER_URL, or `grassroots db migrate` with it)",
          { cause: e },
        );
      });
    }
  } catch (e) {
    await pool.end();
    throw e;
  }
  const readPool = target.readUrl ? new pg.Pool({ connectionString: target.readUrl, max: 10 }) : null;
  readPool?.on('error', (e) => process.stderr.write(`PostgreSQL replica: idle connection lost: ${e.message}\n`));
  return {
    db,
    engine: 'postgres',
    close: async () => void (await Promise.all([pool.end(), readPool?.end()])),
    pool: () => ({
      max: pool.options.max ?? 10,
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
    ...(readPool ? { replica: drizzlePg(readPool, { schema }) as unknown as Db } : {}),
    listen: (channel, onNotify) => listenTo(target.url, channel, onNotify),
  };
}

/**
 * Applies pending migrations as the owner at `ownerUrl`, then grants `appRole`
 * (when it is another role) what the program needs on every table, those of
 * the new migrations too. Answers what would still let `appRole` rewrite the
 * audit log (empty when nothing does).
 */
export async function migrateAsOwner(ownerUrl: string, appRole: string | null): Promise<string[]> {
  const pool = new pg.Pool({ connectionString: ownerUrl, max: 1 });
  pool.on('error', () => {});
  try {
    const owner = drizzlePg(pool, { schema }) as unknown as Db;
    await migratePg(owner as never, { migrationsFolder });
    const [{ role }] = await rows<{ role: string }>(owner, sql`select current_user as role`);
    return appRole && appRole !== role ? await grantAppRole(owner, appRole) : [];
  } finally {
    await pool.end();
  }
}

/**
 * Grants `role` the program's rights; run as the tables' owner, after the
 * migrations. Answers what would still let that role rewrite the audit log
 * (it owns a table, is a superuser, or is a member of the owner), empty when
 * nothing does.
 */
export async function grantAppRole(db: Db, role: string): Promise<string[]> {
  const [who] = await rows<{ database: string; owner: string; known: boolean }>(
    db,
    sql`
    select current_database() as database, current_user as owner,
      exists (select 1 from pg_roles where rolname = ${role}) as known
  `,
  );
  if (!who.known)
    throw new Error(`PostgreSQL: no role "${role}"; create it first (CREATE ROLE ${quoteIdent(role)} LOGIN)`);
  if (role === who.owner)
    return [`"${role}" is the owner of the tables: it can alter audit_log and disable its triggers`];
  for (const s of appRoleGrants(role, who.database)) await db.execute(sql.raw(s));
  const [check] = await rows<{ superuser: boolean; member: boolean; owned: number }>(
    db,
    sql`
    select r.rolsuper as superuser,
      pg_has_role(${role}, ${who.owner}, 'MEMBER') as member,
      (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname in ('public', 'drizzle') and pg_has_role(${role}, c.relowner, 'USAGE')) as owned
    from pg_roles r where r.rolname = ${role}
  `,
  );
  const problems: string[] = [];
  if (check.superuser) problems.push(`"${role}" is a superuser: it can do anything, rewrite the audit log too`);
  if (check.member) problems.push(`"${role}" is a member of the owner "${who.owner}": it has the owner's rights`);
  else if (check.owned > 0) problems.push(`"${role}" owns ${check.owned} table(s) or sequence(s) of the program`);
  return problems;
}

/** Whether every migration is applied already (as drizzle's migrator decides it: by the last one's time). */
async function upToDate(db: Db): Promise<boolean> {
  try {
    const [last] = await rows<{ created_at: number }>(
      db,
      sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    );
    return !!last && readMigrationFiles({ migrationsFolder }).every((m) => m.folderMillis <= Number(last.created_at));
  } catch {
    // no migrations table yet, or not readable: the migrator decides
    return false;
  }
}

/** PostgreSQL's insufficient_privilege (42501), as drizzle wraps it. */
export function isPermissionDenied(e: unknown): boolean {
  for (let x: unknown = e, i = 0; x && i < 4; x = (x as { cause?: unknown }).cause, i++) {
    if ((x as { code?: unknown }).code === '42501') return true;
  }
  return false;
}

const dialect = new PgDialect();

/**
 * Runs raw SQL and returns its rows, on either engine. With `prepared`, the
 * statement is prepared once per connection under a name derived from its
 * text, so the server can keep its plan: for queries run often whose text
 * depends only on their shape, never on values (those are parameters).
 */
export async function rows<T>(db: Db, query: SQL, opts: { prepared?: boolean } = {}): Promise<T[]> {
  if (!opts.prepared) return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
  const q = dialect.sqlToQuery(query);
  const name = `q_${createHash('sha1').update(q.sql).digest('hex').slice(0, 20)}`;
  const result = (await db._.session.prepareQuery(q, undefined, name, false).execute()) as { rows: T[] };
  return result.rows;
}

/** Runs `fn` in a transaction; `tx` is a Db like any other, which every repository function takes. */
export function transaction<T>(db: Db, fn: (tx: Db) => Promise<T>, config?: PgTransactionConfig): Promise<T> {
  return db.transaction((tx) => fn(tx), config);
}

/** Throws unless the database answers a statement. */
export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
