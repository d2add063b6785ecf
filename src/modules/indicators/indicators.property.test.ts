/**
 * The SQL engine agrees with the reference implementation on random small
 * histories (test/support/indicators/register.arbitrary.ts): snapshots,
 * comparisons and village lists, at dates that are often exactly a fact's
 * start or end, on both engines; the flows of every category they count, as
 * targets read them.
 */
import { testActor } from '../../../test/actor.js';
import { withActor } from '../../platform/audit.js';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, engines } from '../../../test/db.js';
import { rows, type Database, type Db } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { emptyRegister, type Register } from '../register/register.schema.js';
import { importRegister } from '../register/register.service.js';
import { flowCategories, listFlows, memberGroups, villageCategories } from './indicators.schema.js';
import { compare, compareFlows, snapshot, villageList } from './indicators.service.js';
import {
  referenceComparison,
  referenceFlows,
  referenceSnapshot,
  referenceVillageList,
} from '../../../test/support/indicators/reference.js';
import { QUERY_DATES, registerArbitrary } from '../../../test/support/indicators/register.arbitrary.js';

type Outcome = { ok: unknown } | { error: string; params: unknown };

async function outcome(f: () => unknown): Promise<Outcome> {
  try {
    return { ok: await f() };
  } catch (e) {
    if (e instanceof AppError) return { error: e.code, params: e.params };
    throw e;
  }
}

async function truncateAll(db: Db): Promise<void> {
  const tables = await rows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'audit_log'`,
  );
  const list = sql.join(
    tables.map((t) => sql.identifier(t.name)),
    sql`, `,
  );
  // the audit log is append-only: it keeps the history of every run
  await withActor(db, testActor, (tx) => tx.execute(sql`truncate ${list} restart identity cascade`));
}

const date = fc.constantFrom(...QUERY_DATES);
const dateRange = fc
  .tuple(date, date)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => (a < b ? [a, b] : [b, a]) as [string, string]);

/** What to ask of one register: scopes are picked by index among its units. */
const plan = fc.record({
  commune: fc.nat(),
  village: fc.nat(),
  ranges: fc.array(dateRange, { minLength: 2, maxLength: 3 }),
  lists: fc.array(fc.record({ category: fc.constantFrom(...villageCategories), at: date }), {
    minLength: 2,
    maxLength: 4,
  }),
  flowLists: fc.array(
    fc.record({
      category: fc.constantFrom(...villageCategories),
      flow: fc.constantFrom(...listFlows),
      toCategory: fc.option(fc.constantFrom(...memberGroups), { nil: undefined }),
      range: dateRange,
    }),
    { minLength: 2, maxLength: 4 },
  ),
});

function scopesOf(reg: Register, p: { commune: number; village: number }): string[] {
  const codes = (level: string) => [...new Set(reg.units.filter((u) => u.level === level).map((u) => u.code))];
  const communes = codes('commune');
  const villages = codes('village');
  return ['P', ...codes('district'), communes[p.commune % communes.length], villages[p.village % villages.length]];
}

describe.each(engines)('indicator engine agrees with the reference on random histories (%s)', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('for snapshots, comparisons and village lists', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(registerArbitrary, plan, async (reg, p) => {
        const db = database.db;
        await truncateAll(db);
        const summary = await importRegister(db, reg, { actor: testActor });
        expect(summary.errors).toEqual([]);
        const scopes = scopesOf(reg, p);

        for (const scope of scopes) {
          for (const at of QUERY_DATES) {
            const want = await outcome(() => referenceSnapshot(reg, scope, at));
            expect(await outcome(() => snapshot(db, scope, at)), `snapshot ${scope} at ${at}`).toEqual(want);
          }
        }
        // every level: a district gains and loses communes that move, a village scope reads its own facts
        for (const scope of scopes) {
          for (const [from, to] of p.ranges) {
            const want = await outcome(() => referenceComparison(reg, scope, from, to));
            expect(await outcome(() => compare(db, scope, from, to)), `comparison ${scope} ${from}..${to}`).toEqual(
              want,
            );
            // the flows of every category they can be counted for, as targets read them
            const wantFlows = await outcome(() => referenceFlows(reg, scope, from, to, flowCategories));
            expect(
              await outcome(() => compareFlows(db, scope, from, to, flowCategories)),
              `flows ${scope} ${from}..${to}`,
            ).toEqual(wantFlows);
          }
        }
        for (const scope of [scopes[0], scopes[2]]) {
          for (const { category, at } of p.lists) {
            const where = { scope, at };
            const want = await outcome(() => referenceVillageList(reg, where, category));
            expect(await outcome(() => villageList(db, where, category)), `${category} in ${scope} at ${at}`).toEqual(
              want,
            );
          }
          for (const { category, flow, toCategory, range } of p.flowLists) {
            const where = { scope, from: range[0], to: range[1], flow, toCategory };
            const want = await outcome(() => referenceVillageList(reg, where, category));
            expect(
              await outcome(() => villageList(db, where, category)),
              `${category} ${flow} in ${scope} ${range.join('..')}`,
            ).toEqual(want);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('after a register arrives in two imports (derived facts refreshed incrementally)', {
    timeout: 600_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(registerArbitrary, fc.infiniteStream(fc.boolean()), async (reg, coin) => {
        const db = database.db;
        await truncateAll(db);
        // first a part: every unit, org and person, and some of the terms, coverings and members
        const part = emptyRegister();
        part.units = reg.units;
        part.unit_lineage = reg.unit_lineage;
        part.party_orgs = reg.party_orgs;
        part.people = reg.people;
        const pick = <T>(list: T[]) => list.filter(() => coin.next().value);
        part.cell_villages = pick(reg.cell_villages);
        part.head_terms = pick(reg.head_terms);
        part.secretary_terms = pick(reg.secretary_terms);
        const members = new Set(pick(reg.people).map((p) => p.personCode));
        part.memberships = reg.memberships.filter((m) => members.has(m.personCode));
        part.placements = reg.placements.filter((p) => members.has(p.personCode));
        expect((await importRegister(db, part, { actor: testActor })).errors).toEqual([]);
        expect((await importRegister(db, reg, { actor: testActor })).errors).toEqual([]);

        for (const at of QUERY_DATES) {
          expect(await outcome(() => snapshot(db, 'P', at)), `snapshot P at ${at}`).toEqual(
            await outcome(() => referenceSnapshot(reg, 'P', at)),
          );
        }
        for (const scope of ['P', ...new Set(reg.units.filter((u) => u.level === 'district').map((u) => u.code))]) {
          const [from, to] = [QUERY_DATES[1], QUERY_DATES[QUERY_DATES.length - 2]];
          expect(await outcome(() => compare(db, scope, from, to)), `comparison ${scope} ${from}..${to}`).toEqual(
            await outcome(() => referenceComparison(reg, scope, from, to)),
          );
        }
        const where = { scope: 'P', at: QUERY_DATES[4] };
        expect(await villageList(db, where, 'all')).toEqual(referenceVillageList(reg, where, 'all'));
      }),
      { numRuns: 30 },
    );
  });
});
