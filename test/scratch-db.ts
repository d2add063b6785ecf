import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A scratch database's URL and a way to drop it. */
export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * Retries `f` while PostgreSQL answers that a database is in use (55006): a
 * connection just closed may take a moment to leave the server.
 */
export async function whileInUse<T>(f: () => Promise<T>, attempts = 50): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await f();
    } catch (e) {
      if ((e as { code?: string }).code !== '55006' || i >= attempts) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Creates `<prefix>_<random>` on the server at `url`, empty or a copy of
 * `template`; `drop()` removes it even with open connections.
 */
export async function createScratchDatabase(
  url: string,
  prefix: string,
  { template }: { template?: string } = {},
): Promise<ScratchDatabase> {
  // Names are ours (hex), never user input; CREATE DATABASE takes no parameters.
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await whileInUse(() => admin.query(`create database ${name}${template ? ` template ${template}` : ''}`));
  } finally {
    await admin.end();
  }
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
