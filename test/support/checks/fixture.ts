/**
 * A small register for the data-quality checks: a clean base (two communes,
 * X1 with villages V1, V2, V4 and X2 with V3; own cells C1 over V1 and C3
 * over V3, three official members each, heads who are of age and resident),
 * and, with `faults`, each fault of checks.service.ts planted once. The
 * expected findings are listed beside it (plantedFindings).
 */
import { sql } from 'drizzle-orm';
import { withActor } from '../../../src/platform/audit.js';
import type { Db } from '../../../src/platform/db.js';
import { emptyRegister, type Register } from '../../../src/modules/register/register.schema.js';
import { addRows } from '../rows.js';

export function checksRegister({ faults }: { faults: boolean }): Register {
  const r = emptyRegister();
  const add = addRows;
  const always = { validFrom: null, validTo: null };
  add(r.units, [
    { code: 'P', name: 'Tỉnh Kiểm', level: 'province', subtype: 'Tỉnh', parentCode: null, ...always },
    { code: 'X1', name: 'Xã Một', level: 'commune', subtype: 'Xã', parentCode: 'P', ...always },
    { code: 'X2', name: 'Xã Hai', level: 'commune', subtype: 'Xã', parentCode: 'P', ...always },
    { code: 'V1', name: 'Thôn Một', level: 'village', subtype: 'Thôn', parentCode: 'X1', ...always },
    { code: 'V2', name: 'Thôn Hai', level: 'village', subtype: 'Thôn', parentCode: 'X1', ...always },
    { code: 'V4', name: 'Thôn Bốn', level: 'village', subtype: 'Thôn', parentCode: 'X1', ...always },
    { code: 'V3', name: 'Thôn Ba', level: 'village', subtype: 'Thôn', parentCode: 'X2', ...always },
  ]);
  const since = (validFrom: string) => ({ validFrom, validTo: null });
  add(r.party_orgs, [
    { code: 'D1', name: 'Đảng bộ xã Một', kind: 'committee', parentCode: null, unitCode: 'X1', ...always },
    { code: 'D2', name: 'Đảng bộ xã Hai', kind: 'committee', parentCode: null, unitCode: 'X2', ...always },
    { code: 'C1', name: 'Chi bộ thôn Một', kind: 'cell', parentCode: 'D1', unitCode: 'X1', ...since('2000-01-01') },
    { code: 'C3', name: 'Chi bộ thôn Ba', kind: 'cell', parentCode: 'D2', unitCode: 'X2', ...since('2000-01-01') },
  ]);
  add(r.cell_villages, [
    { cellCode: 'C1', villageCode: 'V1', ...since('2000-01-01') },
    { cellCode: 'C3', villageCode: 'V3', ...since('2000-01-01') },
  ]);
  const person = (personCode: string, fullName: string, birthDate: string, residenceVillageCode: string) => ({
    personCode,
    fullName,
    birthDate,
    gender: 'male' as const,
    ethnicity: 'Kinh',
    residenceVillageCode,
    communeOfficial: false,
  });
  const member = (
    personCode: string,
    admittedOn: string,
    officialOn: string | null,
    endedOn: string | null = null,
  ) => ({
    personCode,
    cardNo: null,
    admittedOn,
    officialOn,
    endedOn,
    endReason: endedOn ? ('resigned' as const) : null,
  });
  const official = (
    personCode: string,
    cellCode: string,
    villageCode: string,
    validFrom: string,
    validTo: string | null = null,
  ) => ({
    personCode,
    cellCode,
    villageCode,
    validFrom,
    validTo,
    kind: 'official' as const,
    reason: 'transfer' as const,
  });
  add(r.people, [
    person('A1', 'Nguyễn Văn An', '1970-01-01', 'V1'),
    person('A2', 'Trần Văn Bình', '1971-01-01', 'V1'),
    person('A3', 'Lê Văn Cường', '1972-01-01', 'V1'),
    person('B1', 'Phạm Văn Dũng', '1970-01-01', 'V3'),
    person('B2', 'Hoàng Văn Em', '1971-01-01', 'V3'),
    person('B3', 'Vũ Văn Giang', '1972-01-01', 'V3'),
    person('H2', 'Đỗ Văn Hùng', '1980-01-01', 'V2'),
  ]);
  add(
    r.memberships,
    ['A1', 'A2', 'A3', 'B1', 'B2', 'B3'].map((c) => member(c, '1999-01-01', '2000-01-01')),
  );
  add(r.placements, [
    official('A1', 'C1', 'V1', '2000-01-01'),
    official('A2', 'C1', 'V1', '2000-01-01'),
    official('A3', 'C1', 'V1', '2000-01-01'),
    official('B1', 'C3', 'V3', '2000-01-01'),
    official('B2', 'C3', 'V3', '2000-01-01'),
    official('B3', 'C3', 'V3', '2000-01-01'),
  ]);
  add(r.head_terms, [
    { villageCode: 'V1', personCode: 'A1', role: 'head', validFrom: '2000-01-01', validTo: null, how: 'elected' },
    { villageCode: 'V2', personCode: 'H2', role: 'head', validFrom: '2010-01-01', validTo: null, how: 'elected' },
    { villageCode: 'V3', personCode: 'B1', role: 'head', validFrom: '2000-01-01', validTo: null, how: 'elected' },
  ]);
  add(r.secretary_terms, [
    { cellCode: 'C1', personCode: 'A1', validFrom: '2000-01-01', validTo: null },
    { cellCode: 'C3', personCode: 'B1', validFrom: '2000-01-01', validTo: null },
  ]);
  if (!faults) return r;

  // (1) C2 over V2 from 2020 with two official members; (6) its secretary D3 is placed in C1
  // (2) C5 over V4 from 2015 with nobody placed in V4 (also too few official members)
  add(r.party_orgs, [
    { code: 'C2', name: 'Chi bộ thôn Hai', kind: 'cell', parentCode: 'D1', unitCode: 'X1', ...since('2020-01-01') },
    { code: 'C5', name: 'Chi bộ thôn Bốn', kind: 'cell', parentCode: 'D1', unitCode: 'X1', ...since('2015-01-01') },
  ]);
  add(r.cell_villages, [
    { cellCode: 'C2', villageCode: 'V2', ...since('2020-01-01') },
    { cellCode: 'C5', villageCode: 'V4', ...since('2015-01-01') },
  ]);
  add(r.people, [
    person('D1P', 'Bùi Văn Khánh', '1980-01-01', 'V2'),
    person('D2P', 'Ngô Văn Long', '1981-01-01', 'V2'),
    person('D3P', 'Đặng Văn Minh', '1982-01-01', 'V1'),
    person('T1', 'Dương Văn Nam', '1975-01-01', 'V3'), // (4) in transit 73 days
    person('P1', 'Lý Văn Phúc', '1990-01-01', 'V3'), // (5) probation never decided
    person('F1', 'Mai Văn Quang', '2090-01-01', 'V2'), // (8) born in the future
    person('U1', 'Tô Văn Sơn', '2005-01-01', 'V3'), // (8) admitted at 15
    person('O1', 'Hà Văn Tài', '1900-01-01', 'V3'), // (8) a member past 110
    person('W1', 'Chu Văn Uy', '1978-01-01', 'V1'), // (9) two official placements
    person('Y1', 'Lâm Văn Vĩnh', '2000-06-01', 'V2'), // (3) head at 19
  ]);
  add(r.memberships, [
    member('D1P', '2018-01-01', '2019-01-01'),
    member('D2P', '2018-01-01', '2019-01-01'),
    member('D3P', '2010-01-01', '2011-01-01'),
    member('T1', '2005-01-01', '2006-01-01'),
    member('P1', '2023-01-01', null),
    member('U1', '2020-01-01', '2021-01-01'),
    member('O1', '1950-01-01', '1951-01-01'),
    member('W1', '2005-01-01', '2006-01-01'),
  ]);
  add(r.placements, [
    official('D1P', 'C1', 'V1', '2018-01-01', '2020-01-01'),
    official('D1P', 'C2', 'V2', '2020-01-01'),
    official('D2P', 'C1', 'V1', '2018-01-01', '2020-01-01'),
    official('D2P', 'C2', 'V2', '2020-01-01'),
    official('D3P', 'C1', 'V1', '2010-01-01'),
    official('T1', 'C1', 'V1', '2005-01-01', '2018-01-01'),
    official('T1', 'C3', 'V3', '2018-03-15'),
    official('P1', 'C3', 'V3', '2023-01-01'),
    official('U1', 'C3', 'V3', '2020-01-01'),
    official('O1', 'C3', 'V3', '2000-01-01'),
    official('W1', 'C1', 'V1', '2005-01-01'),
  ]);
  // (3) V2's head from 2020 is 19; (3) V3's head B1 lives in V1 (below); (7) two heads of V1 in 2022
  r.head_terms.find((h) => h.villageCode === 'V2')!.validTo = '2020-01-01';
  add(r.head_terms, [
    { villageCode: 'V2', personCode: 'Y1', role: 'head', validFrom: '2020-01-01', validTo: null, how: 'elected' },
  ]);
  r.people.find((p) => p.personCode === 'B1')!.residenceVillageCode = 'V1';
  // (6) C2's secretary is not placed in C2
  add(r.secretary_terms, [{ cellCode: 'C2', personCode: 'D3P', validFrom: '2020-01-01', validTo: null }]);
  return r;
}

/**
 * The faults the importer refuses, written straight into the tables after
 * checksRegister({ faults: true }) is imported: (7) two heads of V1 in 2022,
 * two secretaries of C1 in 2021; (9) W1 placed officially in C3 as well in 2019.
 */
export async function plantRefusedFaults(db: Db): Promise<void> {
  const id = (table: string, code: string) => sql`(select id from ${sql.identifier(table)} where code = ${code})`;
  await withActor(db, { actor: 'test:checks' }, async (tx) => {
    await tx.execute(sql`insert into head_terms (village_id, person_id, role, valid_from, valid_to, how)
      values (${id('units', 'V1')}, ${id('people', 'A2')}, 'head', '2022-01-01', '2023-01-01', 'elected')`);
    await tx.execute(sql`insert into secretary_terms (cell_id, person_id, valid_from, valid_to)
      values (${id('party_orgs', 'C1')}, ${id('people', 'A3')}, '2021-01-01', '2021-06-01')`);
    await tx.execute(sql`insert into placements (person_id, cell_id, village_id, valid_from, valid_to, kind, reason)
      values (${id('people', 'W1')}, ${id('party_orgs', 'C3')}, ${id('units', 'V3')}, '2019-01-01', '2019-06-01', 'official', 'transfer')`);
  });
}

/** The findings over all history of the faulty register: code, record named, commune, first and last day. */
export const plantedFindings: {
  code: string;
  record: string;
  commune: string;
  from: string | null;
  to: string | null;
}[] = [
  { code: 'CELL_TOO_FEW_OFFICIAL', record: 'C2', commune: 'X1', from: '2020-01-01', to: null },
  { code: 'CELL_TOO_FEW_OFFICIAL', record: 'C5', commune: 'X1', from: '2015-01-01', to: null },
  { code: 'OWN_CELL_NO_MEMBER', record: 'V4', commune: 'X1', from: '2015-01-01', to: null },
  { code: 'HEAD_UNDER_AGE', record: 'Y1', commune: 'X1', from: '2020-01-01', to: null },
  { code: 'HEAD_NOT_RESIDENT', record: 'B1', commune: 'X2', from: '2000-01-01', to: null },
  { code: 'TRANSIT_TOO_LONG', record: 'T1', commune: 'X1', from: '2018-01-01', to: '2018-03-15' },
  { code: 'PROBATION_OVERDUE', record: 'P1', commune: 'X2', from: '2024-01-01', to: null },
  { code: 'SECRETARY_NOT_MEMBER', record: 'D3P', commune: 'X1', from: '2020-01-01', to: null },
  { code: 'HEAD_OVERLAP', record: 'V1', commune: 'X1', from: '2022-01-01', to: '2023-01-01' },
  { code: 'SECRETARY_OVERLAP', record: 'C1', commune: 'X1', from: '2021-01-01', to: '2021-06-01' },
  { code: 'BIRTH_IN_FUTURE', record: 'F1', commune: 'X1', from: null, to: null },
  { code: 'ADMITTED_UNDER_AGE', record: 'U1', commune: 'X2', from: '2020-01-01', to: null },
  { code: 'AGE_IMPLAUSIBLE', record: 'O1', commune: 'X2', from: '2010-01-01', to: null },
  { code: 'TWO_OFFICIAL_PLACEMENTS', record: 'W1', commune: 'X1', from: '2019-01-01', to: '2019-06-01' },
];
