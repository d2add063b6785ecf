import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, type Database } from '../src/platform/db.js';
import { createTestDatabase, engines } from './db.js';

describe.each(engines)('migrations on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('creates every register table', async () => {
    const tables = await rows<{ table_name: string }>(
      database.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        'units',
        'unit_versions',
        'memberships',
        'placements',
        'head_terms',
        'village_member_counts',
      ]),
    );
  });

  it('returns dates as ISO strings', async () => {
    const [r] = await rows<{ d: string }>(database.db, sql`select date '2013-03-15' as d`);
    expect(r.d).toBe('2013-03-15');
  });
});
