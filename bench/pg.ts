/**
 * Scratch PostgreSQL databases for the benchmark: created on the server named
 * by BENCH_DATABASE_URL (or the local default), dropped afterwards.
 */
import pg from 'pg';
import { createScratchDatabase as createScratch, type ScratchDatabase } from '../test/scratch-db.js';

export type { ScratchDatabase };

export const benchDatabaseUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** Whether the server answers; the reason when it does not. */
export async function probePostgres(
  url = benchDatabaseUrl,
): Promise<{ ok: true; version: string } | { ok: false; reason: string }> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    const r = await c.query<{ v: string }>("select current_setting('server_version') as v");
    return { ok: true, version: r.rows[0].v };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** Creates `grassroots_bench_<random>` on the bench server; `drop()` removes it even with open connections. */
export function createScratchDatabase(url = benchDatabaseUrl): Promise<ScratchDatabase> {
  return createScratch(url, 'grassroots_bench');
}
