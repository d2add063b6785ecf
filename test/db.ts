import { openDatabase, type Database } from '../src/platform/db.js';
import { createScratchDatabase } from './scratch-db.js';

export type Engine = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export const engines: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A fresh, migrated, empty database on the given engine; close() drops it. */
export async function createTestDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') return openDatabase({ kind: 'pglite', dataDir: null });
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'grassroots_test');
  const database = await openDatabase({ kind: 'postgres', url: scratch.url });
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}
