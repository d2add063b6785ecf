import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase, type Database } from '../src/platform/db.js';
import { createScratchDatabase, whileInUse } from './scratch-db.js';

const root = fileURLToPath(new URL('..', import.meta.url));

export type Engine = 'pglite' | 'postgres';

/** The engines of a run: PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export const runEngines: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/**
 * The engines a test file runs on. vitest.config.ts runs each file that names
 * `engines` once per engine, as a project of its own (GRASSROOTS_TEST_ENGINE),
 * so that the two runs go side by side; outside those projects, every engine of the run.
 */
export const engines: Engine[] = process.env.GRASSROOTS_TEST_ENGINE
  ? runEngines.filter((e) => e === process.env.GRASSROOTS_TEST_ENGINE)
  : runEngines;

/** Whether this is the first engine's run of a file: what needs no database runs in that one only (`describe.runIf(firstEngineRun)`). */
export const firstEngineRun = engines[0] === runEngines[0];

/**
 * A hash of the migrations: on PostgreSQL a migrated empty database is made
 * once for it, a template each test database is copied from, which is quicker
 * than running every migration again. (PGlite's own start costs as much as a
 * copy would: each test database there is opened and migrated.)
 */
function migrationsHash(): string {
  const dir = join(root, 'src/db/migrations');
  const h = createHash('sha256');
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else
        h.update(e.name)
          .update('\0')
          .update(readFileSync(join(d, e.name)))
          .update('\0');
    }
  };
  walk(dir);
  return h.digest('hex').slice(0, 12);
}

let pgTemplate: Promise<string> | undefined;

/** The name of a migrated, empty template database on the test server, made by the first process that needs it. */
function migratedPostgres(url: string): Promise<string> {
  pgTemplate ??= (async () => {
    const name = `grassroots_tpl_${migrationsHash()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      if ((await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount) return name;
      const scratch = await createScratchDatabase(url, `${name}_new`);
      try {
        const database = await openDatabase({ kind: 'postgres', url: scratch.url });
        await database.close();
        // names are ours (hex), never user input; DDL takes no parameters
        await whileInUse(() => admin.query(`alter database ${scratch.name} rename to ${name}`));
      } catch (e) {
        await scratch.drop();
        // another process made it meanwhile
        if ((await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount) return name;
        throw e;
      }
      const old = await admin.query<{ datname: string }>(
        "select datname from pg_database where datname like 'grassroots\\_tpl\\_%' and datname <> $1",
        [name],
      );
      for (const r of old.rows) await admin.query(`drop database if exists ${r.datname} with (force)`).catch(() => {});
      return name;
    } finally {
      await admin.end();
    }
  })();
  return pgTemplate;
}

/** A fresh, migrated, empty database on the given engine; close() drops it. */
export async function createTestDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') return openDatabase({ kind: 'pglite', dataDir: null });
  const url = process.env.TEST_DATABASE_URL!;
  const scratch = await createScratchDatabase(url, 'grassroots_test', { template: await migratedPostgres(url) });
  const database = await openDatabase({ kind: 'postgres', url: scratch.url });
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}
