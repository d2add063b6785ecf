import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRegister } from '../register/register.service.js';
import type { Snapshot } from '../indicators/indicators.schema.js';
import type { Database } from '../../platform/db.js';
import { createTestDatabase, engines, firstEngineRun } from '../../../test/db.js';
import { testActor } from '../../../test/actor.js';
import { reportRegister, reportRegisterWithDistrict } from '../../../test/support/reports/fixture.js';
import { blankNumber, committeeAbbreviation, reportHeading } from './reports.heading.js';
import { buildReport } from './reports.service.js';
import { documentSettingsAt, provinceDocumentSettings } from './reports.settings.js';
import { appendixTables } from './reports.tables.js';

/** Every number of a snapshot, flattened, to add rows up. */
function numbers(s: Snapshot): Record<string, number> {
  return {
    villages: s.villages,
    white: s.white,
    weak: s.weak,
    strong: s.strong,
    ownCell: s.ownCell,
    combinedOnly: s.combinedOnly,
    noCell: s.noCell,
    readyForCell: s.readyForCell,
    party: s.heads.party,
    nonParty: s.heads.nonParty,
    vacant: s.heads.vacant,
    secretaryIsHead: s.secretaryIsHead,
    members: s.members.total,
    official: s.members.official,
    probationary: s.members.probationary,
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
    const r = await buildReport(database.db, {
      scope: 'P',
      from: '2013-06-01',
      to: '2016-01-01',
      issuedOn: '2026-11-27',
    });
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
    // unless asked, the appendix names villages, never their heads
    expect(r.headNames).toBe(false);
    expect(JSON.stringify(r.appendices)).not.toContain('Vũ Văn Bảy');
    expect(r.appendices.nonPartyHead.map((v) => v.head)).toEqual([null]);
    expect(r.heading).toMatchObject({
      issuer: ['TỈNH ỦY MẪU', 'BAN TỔ CHỨC'],
      issuerName: 'Ban Tổ chức Tỉnh ủy Mẫu',
      abbreviation: 'BTCTU',
      number: null,
      numberLine: `Số ${blankNumber}-BC/BTCTU`,
      dateLine: 'Mẫu, ngày 27 tháng 11 năm 2026',
      signer: { on: null, title: 'TRƯỞNG BAN' },
    });
    expect(r.narrative.vi).toMatch(/^Từ năm 2013 đến năm 2016, /);
    expect(r.narrative.vi).toContain('đã kết nạp 2 đảng viên');
  });

  it('names the heads who are not party members when asked, only in that appendix, and takes a number', async () => {
    const r = await buildReport(database.db, {
      scope: 'P',
      from: '2013-06-01',
      to: '2016-01-01',
      headNames: true,
      number: ' 12 ',
    });
    expect(r.headNames).toBe(true);
    expect(r.appendices.nonPartyHead).toMatchObject([
      { code: 'VB', head: 'Vũ Văn Bảy', commune: { name: 'Xã Một' }, district: null },
    ]);
    expect([...r.appendices.white, ...r.appendices.weak].every((v) => v.head === null)).toBe(true);
    expect(r.heading).toMatchObject({ number: '12', numberLine: 'Số 12-BC/BTCTU' });
    const p4 = appendixTables(r)[3].table;
    expect(p4.header[0].map((c) => c.text)).toEqual([
      'TT',
      'Thôn, tổ dân phố',
      'Xã, phường, thị trấn',
      'Họ và tên trưởng thôn, tổ trưởng tổ dân phố',
      'Số đảng viên',
      'Chính thức',
      'Chi bộ',
    ]);
    expect(p4.rows).toEqual([[1, 'Thôn B', 'Xã Một', 'Vũ Văn Bảy', 0, 0, 'Riêng']]);
    // a list without names has no column for them
    const unnamed = appendixTables({ ...r, headNames: false })[3].table;
    expect(unnamed.header[0].map((c) => c.text)).not.toContain('Họ và tên trưởng thôn, tổ trưởng tổ dân phố');
    for (const bad of ['12a', '-1', '1234567']) {
      await expect(
        buildReport(database.db, { scope: 'P', from: '2013-06-01', to: '2016-01-01', number: bad }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    }
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
    expect(x1.rows.map((x) => [x.unit.code, x.figures.members.total])).toEqual([
      ['VA', 4],
      ['VB', 0],
      ['VD', 3],
    ]);
    expect(x1.heading.issuer).toEqual(['ĐẢNG BỘ TỈNH MẪU', 'ĐẢNG ỦY XÃ MỘT']);
    expect(x1.heading.numberLine).toBe(`Số ${blankNumber}-BC/ĐU`);
    expect(x1.heading.signer).toMatchObject({ on: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ' });
    const va = await buildReport(database.db, { scope: 'VA', from: '2014-01-01', to: '2017-01-01' });
    expect(va.rows).toEqual([]);
    expect(va.rowLevel).toBeNull();
    expect(va.total.admissions).toBe(2);
    expect(va.heading.numberLine).toBe(`Số ${blankNumber}-BC/CB`);
  });

  it('refuses a period in the wrong order and a scope that does not exist at D1', async () => {
    await expect(buildReport(database.db, { scope: 'P', from: '2016-01-01', to: '2013-01-01' })).rejects.toMatchObject({
      code: 'DATE_RANGE_INVALID',
    });
    await expect(buildReport(database.db, { scope: 'X3', from: '2016-01-01', to: '2021-01-01' })).rejects.toMatchObject(
      { code: 'UNIT_NOT_VALID_AT' },
    );
  });
});

describe.each(engines)('the appendices of a province with districts (%s)', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    expect((await importRegister(database.db, reportRegisterWithDistrict(), { actor: testActor })).errors).toEqual([]);
  });
  afterAll(() => database?.close());

  it('have a district column while the villages stood under districts (before 1/7/2025), a commune column always', async () => {
    const before = await buildReport(database.db, {
      scope: 'P',
      from: '2013-06-01',
      to: '2016-01-01',
      headNames: true,
    });
    expect(before.rowLevel).toBe('district');
    expect(before.appendices.nonPartyHead).toMatchObject([
      { code: 'VB', district: { code: 'D', name: 'Huyện Một' }, commune: { name: 'Xã Một' }, head: 'Vũ Văn Bảy' },
    ]);
    const [, white, , heads] = appendixTables(before);
    expect(white.table.header[0].map((c) => c.text).slice(0, 4)).toEqual([
      'TT',
      'Thôn, tổ dân phố',
      'Huyện, thị xã, thành phố',
      'Xã, phường, thị trấn',
    ]);
    expect(white.table.rows).toEqual([[1, 'Thôn B', 'Huyện Một', 'Xã Một', 0, 0, 'Riêng']]);
    expect(heads.table.rows).toEqual([[1, 'Thôn B', 'Huyện Một', 'Xã Một', 'Vũ Văn Bảy', 0, 0, 'Riêng']]);
    expect(heads.table.landscape).toBe(true);

    // a district's own report needs no district column
    const district = await buildReport(database.db, { scope: 'D', from: '2013-06-01', to: '2016-01-01' });
    expect(appendixTables(district)[1].table.header[0].map((c) => c.text)).not.toContain('Huyện, thị xã, thành phố');
    expect(district.heading).toMatchObject({
      issuer: ['ĐẢNG BỘ TỈNH MẪU', 'HUYỆN ỦY MỘT'],
      numberLine: `Số ${blankNumber}-BC/HU`,
    });

    // from 1/7/2025 there are no districts: the communes are "xã, phường, đặc khu"
    const after = await buildReport(database.db, { scope: 'P', from: '2024-01-01', to: '2026-01-01' });
    expect(after.rowLevel).toBe('commune');
    expect(after.appendices.white.every((v) => v.district === null)).toBe(true);
    expect(
      appendixTables(after)[1]
        .table.header[0].map((c) => c.text)
        .slice(0, 3),
    ).toEqual(['TT', 'Thôn, tổ dân phố', 'Xã, phường, đặc khu']);
  });
});

describe.runIf(firstEngineRun)('the issuer of a document', () => {
  const province = { level: 'province' as const, name: 'Tỉnh Hưng Yên', subtype: 'Tỉnh' };
  const period = { from: '2013-01-01', to: '2017-01-01' };

  it("takes the province's board and its abbreviation from the settings in force on the day of issue", () => {
    expect(documentSettingsAt('2026-11-27')).toBe(provinceDocumentSettings.at(-1));
    expect(reportHeading([province], period, { issuedOn: '2026-11-27', number: '7' })).toMatchObject({
      issuer: ['TỈNH ỦY HƯNG YÊN', 'BAN TỔ CHỨC'],
      issuerName: 'Ban Tổ chức Tỉnh ủy Hưng Yên',
      numberLine: 'Số 7-BC/BTCTU',
    });
    const dated = [
      ...provinceDocumentSettings,
      {
        effectiveFrom: '2030-01-01',
        committee: { heading: 'TỈNH ỦY MỚI', name: 'Tỉnh ủy Mới' },
        body: 'BAN TỔ CHỨC',
        bodyName: 'Ban Tổ chức',
        abbreviation: 'BTCTUM',
        basis: 'test',
      },
    ];
    expect(
      reportHeading([province], period, { issuedOn: '2030-01-01', settings: documentSettingsAt('2030-01-01', dated) }),
    ).toMatchObject({
      issuer: ['TỈNH ỦY MỚI', 'BAN TỔ CHỨC'],
      issuerName: 'Ban Tổ chức Tỉnh ủy Mới',
      numberLine: `Số ${blankNumber}-BC/BTCTUM`,
    });
    expect(documentSettingsAt('2029-12-31', dated).abbreviation).toBe('BTCTU');
  });

  it("abbreviates a lower unit's own committee as the guide does", () => {
    const at = (level: 'district' | 'commune' | 'village', subtype: string) =>
      committeeAbbreviation({ level, subtype, name: '' });
    expect([
      at('district', 'Huyện'),
      at('district', 'Quận'),
      at('district', 'Thị xã'),
      at('district', 'Thành phố'),
      at('commune', 'Xã'),
      at('village', 'Thôn'),
    ]).toEqual(['HU', 'QU', 'TU', 'TU', 'ĐU', 'CB']);
  });
});
