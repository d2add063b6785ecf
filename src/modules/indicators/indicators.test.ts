import { testActor } from '../../../test/actor.js';
import { withActor } from '../../platform/audit.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, engines } from '../../../test/db.js';
import type { Database } from '../../platform/db.js';
import { AppError } from '../errors.js';
import { importRegister } from '../register/register.service.js';
import { rebuildDerivedIfEmpty, refreshVillageMemberCounts } from './counts.repository.js';
import {
  exampleComparison,
  exampleLists,
  exampleRegister,
  exampleSnapshots,
} from '../../../test/support/indicators/example.register.js';
import { formatComparisonTable, formatSnapshotTable } from './format.js';
import { compare, snapshot, villageList } from './indicators.service.js';
import { referenceVillageList } from '../../../test/support/indicators/reference.js';

async function errorCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
  return 'no error';
}

describe.each(engines)('indicator engine on the hand-made register (%s)', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const summary = await importRegister(database.db, exampleRegister(), { actor: testActor });
    expect(summary.errors).toEqual([]);
  });
  afterAll(() => database.close());

  it.each(exampleSnapshots)('$scope at $at: $why', async ({ scope, at, expected }) => {
    const s = await snapshot(database.db, scope, at);
    const { nonPartyHeadRatio, scope: scopeRef, at: day, ...figures } = s;
    const { ratio, ...want } = expected;
    expect(figures).toEqual(want);
    expect(nonPartyHeadRatio.text).toBe(ratio);
    expect(nonPartyHeadRatio.count).toBe(s.heads.nonParty);
    expect(nonPartyHeadRatio.total).toBe(s.villages);
    expect(scopeRef.code).toBe(scope);
    expect(day).toBe(at);
  });

  it('compares X1 between 2013-06-01 and 2016-01-01: merged VC ceased, moved-in VD is new', async () => {
    const c = await compare(database.db, exampleComparison.scope, exampleComparison.from, exampleComparison.to);
    expect(c.changes).toEqual(exampleComparison.changes);
    expect(c.from.at).toBe('2013-06-01');
    expect(c.to.villages).toBe(3);
  });

  it.each(exampleLists)('lists $category for $where.scope', async ({ where, category, codes }) => {
    const list = await villageList(database.db, where, category);
    expect(list.villages.map((v) => v.code)).toEqual(codes);
    expect(list.count).toBe(codes.length);
    expect(list).toEqual(referenceVillageList(exampleRegister(), where, category));
  });

  it('shows the facts of a village with a non-member head in a combined cell', async () => {
    const list = await villageList(database.db, { scope: 'VB', at: '2013-06-01' }, 'all');
    expect(list.villages).toEqual([
      {
        code: 'VB',
        name: 'Thôn B',
        subtype: 'Thôn',
        commune: { code: 'X1', name: 'Xã Một' },
        members: { total: 1, official: 1, probationary: 0 },
        category: 'weak',
        cell: 'combined',
        readyForCell: false,
        head: { code: 'N7', name: 'Vũ Văn Bảy', isMember: false },
        headStatus: 'nonParty',
        secretaryIsHead: false,
        categories: ['weak', 'combinedOnly', 'nonPartyHead', 'all'],
      },
    ]);
  });

  it('accepts dd/mm/yyyy dates and reports the ISO date', async () => {
    expect((await snapshot(database.db, 'P', '01/06/2013')).at).toBe('2013-06-01');
  });

  it('answers bad requests with registry codes', async () => {
    const db = database.db;
    expect(await errorCode(snapshot(db, 'NOPE', '2013-06-01'))).toBe('UNIT_NOT_FOUND');
    expect(await errorCode(snapshot(db, 'X3', '2019-12-31'))).toBe('UNIT_NOT_VALID_AT');
    expect(await errorCode(snapshot(db, 'P', '31/02/2013'))).toBe('INVALID_DATE');
    expect(await errorCode(compare(db, 'P', '2016-01-01', '2013-06-01'))).toBe('DATE_RANGE_INVALID');
    expect(await errorCode(compare(db, 'P', '2016-01-01', '2016-01-01'))).toBe('DATE_RANGE_INVALID');
    expect(await errorCode(compare(db, 'X3', '2019-01-01', '2021-01-01'))).toBe('UNIT_NOT_VALID_AT');
    expect(await errorCode(villageList(db, { scope: 'P', at: '2013-06-01' }, 'purple'))).toBe('UNKNOWN_CATEGORY');
    expect(
      await errorCode(villageList(db, { scope: 'P', from: '2013-06-01', to: '2016-01-01', flow: 'gone' }, 'white')),
    ).toBe('UNKNOWN_FLOW');
    const e = await villageList(db, { scope: 'P', at: '2013-06-01' }, 'purple').catch((x: AppError) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).params.allowed).toContain('nonPartyHead');
  });

  it('rebuilds the derived tables a migration emptied, once, with the same figures', async () => {
    const before = await compare(database.db, 'P', '2013-06-01', '2016-01-01');
    expect(await rebuildDerivedIfEmpty(database.db)).toBe(false);
    await database.db.execute(sql`delete from village_category_runs`);
    await database.db.execute(sql`delete from commune_states`);
    await database.db.execute(sql`delete from village_states`);
    expect((await snapshot(database.db, 'P', '2016-01-01')).villages).toBe(0);
    const said: string[] = [];
    expect(await rebuildDerivedIfEmpty(database.db, (line) => said.push(line))).toBe(true);
    expect(said.join('')).toContain('Đã dựng lại');
    expect(await compare(database.db, 'P', '2013-06-01', '2016-01-01')).toEqual(before);
    expect(await rebuildDerivedIfEmpty(database.db)).toBe(false);
  });

  it('counts an own cell when the other village it covers no longer exists', async () => {
    // reopen CBC's covering of VC after VC ended: at 2016 CBC covers VB and a village that does not exist
    await withActor(database.db, testActor, (tx) =>
      tx.execute(sql`update cell_villages set valid_to = null
      where village_id = (select id from units where code = 'VC')`),
    );
    await refreshVillageMemberCounts(database.db);
    try {
      const s = await snapshot(database.db, 'VB', '2016-01-01');
      expect(s.ownCell).toBe(1);
      expect(s.secretaryIsHead).toBe(1);
      expect((await snapshot(database.db, 'VB', '2014-12-31')).combinedOnly).toBe(1);
    } finally {
      await withActor(database.db, testActor, (tx) =>
        tx.execute(sql`update cell_villages set valid_to = '2015-01-01'
        where village_id = (select id from units where code = 'VC')`),
      );
      await refreshVillageMemberCounts(database.db);
    }
  });

  it('prints readable Vietnamese tables', async () => {
    const s = formatSnapshotTable(await snapshot(database.db, 'P', '2013-06-01'), 'vi');
    expect(s).toContain('Tỉnh Mẫu (P), ngày 01/06/2013');
    expect(s).toMatch(/Thôn "trắng" đảng viên\s+1\n/);
    expect(s).toMatch(/chưa là đảng viên\s+50,00% \(2\/4\)$/);
    const c = formatComparisonTable(await compare(database.db, 'X1', '2013-06-01', '2016-01-01'), 'vi');
    expect(c).toMatch(/Thôn có 1–2 đảng viên\s+1\s+1\s+1\s+0\s+0\s+1\s+0\n/);
    expect(c).toContain('01/06/2013');
    expect(formatSnapshotTable(await snapshot(database.db, 'P', '2013-06-01'), 'en')).toContain(
      'White villages (no member)',
    );
  });
});

describe.each(engines)('derived village facts after a correcting import (%s)', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(() => database.close());

  it("refreshes a neighbour whose own cell depends on another village's validity", async () => {
    // CBC keeps covering VC after VC ends: at 2016 it covers only one village that exists, so VB has its own cell
    const reg = exampleRegister();
    reg.cell_villages = reg.cell_villages.map((cv) => (cv.villageCode === 'VC' ? { ...cv, validTo: null } : cv));
    expect((await importRegister(database.db, reg, { actor: testActor })).errors).toEqual([]);
    expect((await snapshot(database.db, 'VB', '2016-01-01')).ownCell).toBe(1);

    // a correction: VC never ended; only its unit row is written, yet VB's cell becomes combined
    const fix = exampleRegister();
    fix.units = fix.units.filter((u) => u.code === 'VC').map((u) => ({ ...u, validTo: null }));
    for (const k of [
      'unit_lineage',
      'party_orgs',
      'cell_villages',
      'people',
      'memberships',
      'placements',
      'head_terms',
      'secretary_terms',
    ] as const) {
      fix[k] = [];
    }
    const summary = await importRegister(database.db, fix, { actor: testActor });
    expect(summary.errors).toEqual([]);
    expect(summary.changes.units.updated).toBe(1);
    const s = await snapshot(database.db, 'VB', '2016-01-01');
    expect([s.ownCell, s.combinedOnly, s.secretaryIsHead]).toEqual([0, 1, 0]);
  });
});

describe.each(engines)('own cell at a date, by the other villages the cell covers that day (%s)', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    // CBC stops covering VC on 2013-01-01 while VC goes on until 2015: from that day CBC is VB's own cell
    const reg = exampleRegister();
    reg.cell_villages = reg.cell_villages.map((cv) =>
      cv.villageCode === 'VC' ? { ...cv, validTo: '2013-01-01' } : cv,
    );
    expect((await importRegister(database.db, reg, { actor: testActor })).errors).toEqual([]);
  });
  afterAll(() => database.close());

  const cellOf = async (village: string, at: string) => {
    const s = await snapshot(database.db, village, at);
    return { at, own: s.ownCell, combined: s.combinedOnly, none: s.noCell, secretaryIsHead: s.secretaryIsHead };
  };

  it('counts VB combined the day before the other covering ends, and its own cell (whose secretary heads it) from that day', async () => {
    expect(await cellOf('VB', '2012-12-31')).toEqual({
      at: '2012-12-31',
      own: 0,
      combined: 1,
      none: 0,
      secretaryIsHead: 0,
    });
    expect(await cellOf('VB', '2013-01-01')).toEqual({
      at: '2013-01-01',
      own: 1,
      combined: 0,
      none: 0,
      secretaryIsHead: 1,
    });
    expect(await cellOf('VB', '2014-06-01')).toEqual({
      at: '2014-06-01',
      own: 1,
      combined: 0,
      none: 0,
      secretaryIsHead: 1,
    });
    // VC, still a village, has no cell from that day
    expect(await cellOf('VC', '2012-12-31')).toEqual({
      at: '2012-12-31',
      own: 0,
      combined: 1,
      none: 0,
      secretaryIsHead: 0,
    });
    expect(await cellOf('VC', '2013-01-01')).toEqual({
      at: '2013-01-01',
      own: 0,
      combined: 0,
      none: 1,
      secretaryIsHead: 0,
    });
  });
});
