/**
 * The country as a scope: the root unit VN above the provinces, over the 2025
 * reform of 63 provinces into 34 (the official lineage). Its figures are the
 * sums of its provinces'; a province merger within it moves no village in or
 * out of it, while the province that absorbs another sees that one's
 * villages as new (joined). The report of a period, the API and the unit tree
 * take it like any unit; a database that had units before the country
 * existed gets it from its migration.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleApp } from '../../../test/app.js';
import { testActor } from '../../../test/actor.js';
import { createTestDatabase, engines } from '../../../test/db.js';
import { nation } from '../../db/schema/index.js';
import { withActor } from '../../platform/audit.js';
import { rows, transaction, type Database } from '../../platform/db.js';
import { changeCategories, type Snapshot } from '../indicators/indicators.schema.js';
import { compareFlows, snapshot, villageList } from '../indicators/indicators.service.js';
import { importRegister } from '../register/register.service.js';
import { buildReport } from '../reports/reports.service.js';
import {
  afterReform,
  admittedIn,
  beforeReform,
  joins,
  nationRegister,
  provinceLineage,
} from '../../../test/support/units/nation.js';
import { unitTree } from './units.service.js';

/** The numbers of a snapshot, without its scope and date. */
const numbers = ({ scope: _s, at: _a, nonPartyHeadRatio: { count, total }, ...rest }: Snapshot) => ({
  ...rest,
  ratio: [count, total],
});

/** Adds the numbers of snapshots field by field. */
function sum(list: ReturnType<typeof numbers>[]): ReturnType<typeof numbers> {
  const add = (a: unknown, b: unknown): unknown =>
    typeof a === 'number'
      ? a + (b as number)
      : Array.isArray(a)
        ? a.map((x, i) => add(x, (b as unknown[])[i]))
        : Object.fromEntries(
            Object.entries(a as object).map(([k, v]) => [k, add(v, (b as Record<string, unknown>)[k])]),
          );
  return list.reduce((a, b) => add(a, b) as ReturnType<typeof numbers>);
}

const oldCodes = [...provinceLineage().keys()];
const newCodes = [...new Set(provinceLineage().values())];

describe.each(engines)('the country as a scope (%s)', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const summary = await importRegister(database.db, nationRegister(), { actor: testActor });
    expect(summary.errors).toEqual([]);
  });
  afterAll(() => database?.close());

  it('is the root of the tree at every date, with the 63 provinces before 1/7/2025 and the 34 after it', async () => {
    for (const [at, codes] of [
      ['1990-01-01', oldCodes],
      [beforeReform, oldCodes],
      [afterReform, newCodes],
    ] as const) {
      const tree = await unitTree(database.db, at, undefined, 1);
      expect(tree.units.map((u) => [u.code, u.level, u.name])).toEqual([[nation.code, 'country', nation.name]]);
      expect(tree.units[0].children.map((c) => c.code).sort()).toEqual([...codes].sort());
      expect(tree.units[0].children.every((c) => c.level === 'province')).toBe(true);
    }
    // the provinces came without a parent: the import attached them; importing the same file again changes nothing
    const again = await importRegister(database.db, nationRegister(), { actor: testActor });
    expect(again.errors).toEqual([]);
    expect(Object.values(again.changes).reduce((n, c) => n + c.inserted + c.updated, 0)).toBe(0);
  });

  it('counts at a date the sum of its provinces then', async () => {
    for (const [at, codes] of [
      [beforeReform, oldCodes],
      [afterReform, newCodes],
    ] as const) {
      const whole = await snapshot(database.db, nation.code, at);
      expect(whole.scope).toEqual({ code: 'VN', name: 'Việt Nam' });
      expect(whole.villages).toBe(126);
      const parts = await Promise.all(codes.map((c) => snapshot(database.db, c, at)));
      expect(numbers(whole)).toEqual(sum(parts.map(numbers)));
    }
  });

  it('sees no village enter or leave it through a province merger; the absorbing province sees them as new', async () => {
    const whole = await compareFlows(database.db, nation.code, beforeReform, afterReform, [...changeCategories, 'all']);
    for (const c of [...changeCategories, 'all'] as const) {
      expect([c, whole.changes[c].new, whole.changes[c].ceased, whole.moves[c]]).toEqual([
        c,
        0,
        0,
        { joined: 0, departed: 0 },
      ]);
    }
    // the one real change: a member admitted in Thái Bình's village B
    expect(whole.changes.white).toMatchObject({ left: 1, entered: 0, net: -1 });
    expect(whole.changes.weak).toMatchObject({ left: 0, entered: 1, net: 1 });
    expect(whole.changes.all).toMatchObject({ from: 126, to: 126, left: 0, entered: 0 });

    const absorbing = await compareFlows(database.db, joins, beforeReform, afterReform, [...changeCategories, 'all']);
    expect(absorbing.changes.all).toMatchObject({ from: 2, to: 4, new: 2, ceased: 0 });
    expect(absorbing.moves.all).toEqual({ joined: 2, departed: 0 });
    // Thái Bình's villages are new there, in the groups they are in at D2; nothing entered or left
    expect(absorbing.changes.weak).toMatchObject({ new: 1, entered: 0 });
    expect(absorbing.changes.strong).toMatchObject({ new: 1, entered: 0 });
    expect(absorbing.changes.white).toMatchObject({ new: 0, left: 0 });

    const list = async (scope: string, flow: string, category = 'all') =>
      (
        (await villageList(database.db, { scope, from: beforeReform, to: afterReform, flow }, category)).villages as {
          code: string;
        }[]
      ).map((v) => v.code);
    expect(await list(nation.code, 'new')).toEqual([]);
    expect(await list(nation.code, 'ceased')).toEqual([]);
    expect(await list(nation.code, 'entered', 'weak')).toEqual([`${admittedIn}B`]);
    expect(await list(joins, 'new')).toEqual([`${admittedIn}A`, `${admittedIn}B`]);
    const white = await villageList(database.db, { scope: nation.code, at: afterReform }, 'white');
    expect(white.count).toBe((await snapshot(database.db, nation.code, afterReform)).white);
  });

  it('writes the report of a period with a row per province and the Central Committee board as issuer', async () => {
    const report = await buildReport(database.db, {
      scope: nation.code,
      from: beforeReform,
      to: afterReform,
      issuedOn: afterReform,
      number: '7',
    });
    expect(report.scope).toEqual({ code: 'VN', name: 'Việt Nam', level: 'country' });
    expect(report.rowLevel).toBe('province');
    expect(report.rows.map((r) => r.unit.code)).toEqual([...newCodes].sort());
    expect(numbers(report.total.figures)).toEqual(sum(report.rows.map((r) => numbers(r.figures))));
    expect(report.total.admissions).toBe(1);
    expect(report.rows.find((r) => r.unit.code === joins)?.admissions).toBe(1);
    expect(report.heading).toMatchObject({
      issuer: ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TỔ CHỨC'],
      issuerName: 'Ban Tổ chức Trung ương',
      numberLine: 'Số 7-BC/BTCTW',
      place: 'Hà Nội',
      signer: { on: null, title: 'TRƯỞNG BAN' },
    });
    // before the reform, the rows are the 63 provinces and the admissions of a period count where the village stands at D2
    const old = await buildReport(database.db, { scope: nation.code, from: '2024-01-01', to: beforeReform });
    expect(old.rows.map((r) => r.unit.code)).toEqual([...oldCodes].sort());
    expect(old.total.admissions).toBe(0);
  });

  it('is given to a database that had units before the country existed, by its migration', async () => {
    const scratch = await createTestDatabase(engine);
    try {
      expect((await importRegister(scratch.db, nationRegister(), { actor: testActor })).errors).toEqual([]);
      // the database as an older version left it: provinces at the top
      await withActor(scratch.db, testActor, async (tx) => {
        await tx.execute(
          sql`update unit_versions set parent_id = null where parent_id = (select id from units where code = 'VN')`,
        );
        await tx.execute(sql`delete from unit_versions where unit_id = (select id from units where code = 'VN')`);
        await tx.execute(sql`delete from units where code = 'VN'`);
      });
      expect((await unitTree(scratch.db, afterReform, undefined, 0)).units).toHaveLength(34);
      const migration = readFileSync(new URL('../../db/migrations/0013_nation.sql', import.meta.url), 'utf8');
      await transaction(scratch.db, async (tx) => {
        for (const statement of migration.split('--> statement-breakpoint')) await tx.execute(sql.raw(statement));
      });
      const tree = await unitTree(scratch.db, beforeReform, undefined, 1);
      expect(tree.units.map((u) => u.code)).toEqual(['VN']);
      expect(tree.units[0].children).toHaveLength(63);
      expect(await snapshot(scratch.db, nation.code, afterReform)).toEqual(
        await snapshot(database.db, nation.code, afterReform),
      );
      const [audit] = await rows<{ actor: string }>(
        scratch.db,
        sql`select actor from audit_log where entity = 'units' order by id desc limit 1`,
      );
      expect(audit.actor).toBe('migration 0013_nation');
    } finally {
      await scratch.close();
    }
  });

  it('leaves a migrated empty database empty, for a restore', async () => {
    const empty = await createTestDatabase(engine);
    try {
      const [{ n }] = await rows<{ n: number }>(empty.db, sql`select count(*)::int as n from units`);
      expect(n).toBe(0);
    } finally {
      await empty.close();
    }
  });
});

describe.each(engines)('the country over the API (%s)', (engine) => {
  const t = exampleApp(engine, ['admin', null], { register: nationRegister });

  it('is what an account without a scope sees at the top, and asks for like a province', async () => {
    const tree = await t.get(`/api/units/tree?at=${afterReform}&depth=1`);
    expect(tree.statusCode).toBe(200);
    expect(tree.json().units.map((u: { code: string }) => u.code)).toEqual(['VN']);
    const figures = await t.get(`/api/indicators?scope=VN&at=${afterReform}`);
    expect(figures.statusCode).toBe(200);
    expect(figures.json()).toEqual(await snapshot(t.database.db, 'VN', afterReform));
    const compared = await t.get(`/api/indicators?scope=VN&from=${beforeReform}&to=${afterReform}`);
    expect(compared.statusCode).toBe(200);
    expect(compared.json().changes.white).toMatchObject({ left: 1, new: 0, ceased: 0 });
    const list = await t.get(
      `/api/indicators/villages?scope=VN&from=${beforeReform}&to=${afterReform}&category=weak&flow=entered`,
    );
    expect(list.json()).toMatchObject({ count: 1, villages: [{ code: `${admittedIn}B` }] });
    const report = await t.get(`/api/reports?scope=VN&from=${beforeReform}&to=${afterReform}`);
    expect(report.statusCode).toBe(200);
    expect(report.json()).toMatchObject({ scope: { code: 'VN', level: 'country' }, rowLevel: 'province' });
  });

  it('is out of reach of a province, and the whole tree of an account scoped to it', async () => {
    const province = await t.signIn('province', joins);
    expect((await t.get(`/api/indicators?scope=VN&at=${afterReform}`, province)).statusCode).toBe(403);
    expect(
      (await t.get(`/api/units/tree?at=${afterReform}&depth=0`, province))
        .json()
        .units.map((u: { code: string }) => u.code),
    ).toEqual([joins]);
    const national = await t.signIn('province', 'VN');
    const tree = await t.get(`/api/units/tree?at=${beforeReform}&depth=1`, national);
    expect(tree.json().units.map((u: { code: string }) => u.code)).toEqual(['VN']);
    expect(tree.json().units[0].children).toHaveLength(63);
    expect((await t.get(`/api/indicators?scope=${admittedIn}&at=${beforeReform}`, national)).statusCode).toBe(200);
  });
});
