/**
 * Scratch PostgreSQL databases for the benchmark: created on the server named
 * by BENCH_DATABASE_URL (or the local default), dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const benchDatabaseUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** A scratch database's URL and a way to drop it. */
export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Whether the server answers; the reason when it does not. */
export async function probePostgres(url = benchDatabaseUrl): Promise<{ ok: true; version: string } | { ok: false; reason: string }> {
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

/** Creates `grassroots_bench_<random>` on the server; `drop()` removes it even with open connections. */
export async function createScratchDatabase(url = benchDatabaseUrl): Promise<ScratchDatabase> {
  // The name is ours (hex), never user input; CREATE DATABASE takes no parameters.
  const name = `grassroots_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    name,
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
