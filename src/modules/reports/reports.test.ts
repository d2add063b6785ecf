import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRegister } from '../imports/imports.service.js';
import type { Snapshot } from '../indicators/indicators.schema.js';
import type { Database } from '../../platform/db.js';
import { createTestDatabase, engines } from '../../../test/db.js';
import { testActor } from '../../../test/actor.js';
import { reportRegister } from './reports.fixture.js';
import { buildReport } from './reports.service.js';

/** Every number of a snapshot, flattened, to add rows up. */
function numbers(s: Snapshot): Record<string, number> {
  return {
    villages: s.villages, white: s.white, weak: s.weak, strong: s.strong, ownCell: s.ownCell, combinedOnly: s.combinedOnly, noCell: s.noCell,
    readyForCell: s.readyForCell, party: s.heads.party, nonParty: s.heads.nonParty, vacant: s.heads.vacant, secretaryIsHead: s.secretaryIsHead,
    members: s.members.total, official: s.members.official, probationary: s.members.probationary,
  };
}

describe.each(engines)('the report of a period (%s)', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    expect((await importRegister(database.db, reportRegister(), { actor: testActor })).errors).toEqual([]);
  });
  afterAll(() => database?.close());

  it('has a row per commune at D2 adding up to the scope, the comparison, admissions and appendices', async () => {
    const r = await buildReport(database.db, { scope: 'P', from: '2013-06-01', to: '2016-01-01', issuedOn: '2026-11-27' });
    expect(r.rowLevel).toBe('commune');
    // X3 is founded in 2020: not a row at D2
    expect(r.rows.map((x) => x.unit.code)).toEqual(['X1', 'X2']);
    const sum: Record<string, number> = {};
    for (const row of r.rows) for (const [k, v] of Object.entries(numbers(row.figures))) sum[k] = (sum[k] ?? 0) + v;
    expect(sum).toEqual(numbers(r.total.figures));
    expect(numbers(r.rows[1].figures).villages).toBe(0);
    expect(r.total.figures.villages).toBe(3);
    // N4 admitted in VA (2014-06-01), N12 in VC which became part of VA; N10 and N11 had no placement when admitted
    expect(r.rows.map((x) => x.admissions)).toEqual([2, 0]);
    expect(r.total.admissions).toBe(2);
    expect(r.comparison.changes.white).toMatchObject({ from: 1, to: 1 });
    expect(r.appendices.white.map((v) => v.code)).toEqual(['VB']);
    expect(r.appendices.weak.map((v) => v.code)).toEqual(['VD']);
    expect(r.appendices.nonPartyHead.map((v) => v.code)).toEqual(['VB']);
    // the appendix names villages, never their heads
    expect(JSON.stringify(r.appendices)).not.toContain('Vũ Văn Bảy');
    expect(r.heading).toMatchObject({ issuer: ['TỈNH ỦY MẪU', 'BAN TỔ CHỨC'], dateLine: 'Mẫu, ngày 27 tháng 11 năm 2026', signer: { on: null, title: 'TRƯỞNG BAN' } });
    expect(r.narrative.vi).toMatch(/^Từ năm 2013 đến năm 2016, /);
    expect(r.narrative.vi).toContain('đã kết nạp 2 đảng viên');
  });

  it('counts admissions at the period edges: D1 in, D2 out', async () => {
    const on = await buildReport(database.db, { scope: 'X1', from: '2014-06-01', to: '2015-01-01' });
    expect(on.total.admissions).toBe(1); // N4 on D1; N10, N11 on D2 (and without a placement)
    const before = await buildReport(database.db, { scope: 'X1', from: '2014-03-02', to: '2014-06-01' });
    expect(before.total.admissions).toBe(0);
  });

  it('has a row per village for a commune, and none for a village', async () => {
    const x1 = await buildReport(database.db, { scope: 'X1', from: '2014-01-01', to: '2017-01-01' });
    expect(x1.rowLevel).toBe('village');
    expect(x1.rows.map((x) => [x.unit.code, x.figures.members.total])).toEqual([['VA', 4], ['VB', 0], ['VD', 3]]);
    expect(x1.heading.issuer).toEqual(['ĐẢNG BỘ TỈNH MẪU', 'ĐẢNG ỦY XÃ MỘT']);
    expect(x1.heading.signer).toMatchObject({ on: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ' });
    const va = await buildReport(database.db, { scope: 'VA', from: '2014-01-01', to: '2017-01-01' });
    expect(va.rows).toEqual([]);
    expect(va.rowLevel).toBeNull();
    expect(va.total.admissions).toBe(2);
  });

  it('refuses a period in the wrong order and a scope that does not exist at D1', async () => {
    await expect(buildReport(database.db, { scope: 'P', from: '2016-01-01', to: '2013-01-01' })).rejects.toMatchObject({ code: 'DATE_RANGE_INVALID' });
    await expect(buildReport(database.db, { scope: 'X3', from: '2016-01-01', to: '2021-01-01' })).rejects.toMatchObject({ code: 'UNIT_NOT_VALID_AT' });
  });
});
