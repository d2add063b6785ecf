import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { PgDialect, type PgDatabase, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from '../db/schema/index.js';

export type Schema = typeof schema;
/** The database or a transaction: what every repository function takes first. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DbTarget = { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** How the connections are used now (read by the metrics). */
  pool(): PoolStats;
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
function trackPglite(client: { query: (...a: never[]) => Promise<unknown>; transaction: (...a: never[]) => Promise<unknown> }): () => PoolStats {
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
export async function openDatabase(target: DbTarget): Promise<Database> {
  if (target.kind === 'pglite') {
    // loaded only for the embedded engine: a server on PostgreSQL does not carry it
    const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
      import('@electric-sql/pglite'), import('drizzle-orm/pglite'), import('drizzle-orm/pglite/migrator'),
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
  await migratePg(db as never, { migrationsFolder });
  return {
    db, engine: 'postgres', close: () => pool.end(),
    pool: () => ({ max: pool.options.max ?? 10, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
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
