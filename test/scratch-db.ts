import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A scratch database's URL and a way to drop it. */
export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Creates `<prefix>_<random>` on the server at `url`; `drop()` removes it even with open connections. */
export async function createScratchDatabase(url: string, prefix: string): Promise<ScratchDatabase> {
  // The name is ours (hex), never user input; CREATE DATABASE takes no parameters.
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
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
