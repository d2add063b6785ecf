/**
 * A small province through the 2025 reform, for the targets' tests. District H
 * ends on 2025-07-01; commune XA absorbs XB (villages B1, B2) and XC (C1),
 * whose cells, members and heads go on unchanged; XA's village A3 moves to XD.
 * Nothing changes in XA's own villages A1 and A2 in 2025: XA's progress over
 * 2025 is zero, whatever the merger brings. XD's own village D1 really
 * changes in 2025: a member admitted, a party head, its own cell.
 *
 *   village  commune (before → after)  members at 2025-01-01    cell       head
 *   A1       XA                        3 (M1-M3)                own CA1    M1, member
 *   A2       XA                        3 (M4; M10, M11 in 2024) none       H1, not a member
 *   A3       XA → XD                   1 (M13, admitted 2024)   none       vacant
 *   B1       XB → XA                   3 (M5-M7) +M16 in 2025   own CB1    M5, member
 *   B2       XB → XA                   0                        combined   H2, not a member
 *   C1       XC → XA                   2 (M8, M9)               combined   M8, member
 *   D1       XD                        0; M14 on 2025-04-01     own CD1 from 2025-10-01   H3, then M14 from 2025-05-01
 *
 * Admissions in 2024: M10, M11 (A2), M13 (A3) in XA's villages at the end of
 * 2024, and M12 in B1, then in XB: the report counts 3 for XA, not 4.
 */
import { emptyRegister, type Register } from '../../../src/modules/register/register.schema.js';
import { addRows } from '../rows.js';

export const REFORM = '2025-07-01';

export function mergerRegister(): Register {
  const r = emptyRegister();
  const add = addRows;
  type Span = { validFrom: string | null; validTo: string | null };
  const always: Span = { validFrom: null, validTo: null };
  const before: Span = { validFrom: null, validTo: REFORM };
  const after: Span = { validFrom: REFORM, validTo: null };
  const village = (code: string, name: string, parentCode: string, span = always) => ({
    code,
    name,
    level: 'village' as const,
    subtype: 'Thôn',
    parentCode,
    ...span,
  });
  add(r.units, [
    { code: 'P', name: 'Tỉnh Sáp Nhập', level: 'province', subtype: 'Tỉnh', parentCode: null, ...always },
    { code: 'H', name: 'Huyện Cũ', level: 'district', subtype: 'Huyện', parentCode: 'P', ...before },
    { code: 'XA', name: 'Xã A', level: 'commune', subtype: 'Xã', parentCode: 'H', ...before },
    { code: 'XA', name: 'Xã A', level: 'commune', subtype: 'Xã', parentCode: 'P', ...after },
    { code: 'XB', name: 'Xã B', level: 'commune', subtype: 'Xã', parentCode: 'H', ...before },
    { code: 'XC', name: 'Xã C', level: 'commune', subtype: 'Xã', parentCode: 'H', ...before },
    { code: 'XD', name: 'Xã D', level: 'commune', subtype: 'Xã', parentCode: 'H', ...before },
    { code: 'XD', name: 'Xã D', level: 'commune', subtype: 'Xã', parentCode: 'P', ...after },
    village('A1', 'Thôn A1', 'XA'),
    village('A2', 'Thôn A2', 'XA'),
    village('A3', 'Thôn A3', 'XA', before),
    village('A3', 'Thôn A3', 'XD', after),
    village('B1', 'Thôn B1', 'XB', before),
    village('B1', 'Thôn B1', 'XA', after),
    village('B2', 'Thôn B2', 'XB', before),
    village('B2', 'Thôn B2', 'XA', after),
    village('C1', 'Thôn C1', 'XC', before),
    village('C1', 'Thôn C1', 'XA', after),
    village('D1', 'Thôn D1', 'XD'),
  ]);
  add(r.unit_lineage, [
    { fromCode: 'XB', toCode: 'XA', on: REFORM, kind: 'merge', decision: 'NQ sắp xếp ĐVHC cấp xã 2025' },
    { fromCode: 'XC', toCode: 'XA', on: REFORM, kind: 'merge', decision: 'NQ sắp xếp ĐVHC cấp xã 2025' },
  ]);
  const cell = (code: string, name: string, parentCode: string, unitCode: string, span = always) => ({
    code,
    name,
    kind: 'cell' as const,
    parentCode,
    unitCode,
    ...span,
  });
  add(r.party_orgs, [
    { code: 'DA', name: 'Đảng bộ xã A', kind: 'committee', parentCode: null, unitCode: 'XA', ...always },
    { code: 'DB', name: 'Đảng bộ xã B', kind: 'committee', parentCode: null, unitCode: 'XB', ...before },
    { code: 'DD', name: 'Đảng bộ xã D', kind: 'committee', parentCode: null, unitCode: 'XD', ...always },
    cell('CA1', 'Chi bộ thôn A1', 'DA', 'A1'),
    // the cells of XB pass to XA's committee at the reform: the same cells
    cell('CB1', 'Chi bộ thôn B1', 'DB', 'B1', before),
    cell('CB1', 'Chi bộ thôn B1', 'DA', 'B1', after),
    cell('CBC', 'Chi bộ ghép B2 - C1', 'DB', 'XB', before),
    cell('CBC', 'Chi bộ ghép B2 - C1', 'DA', 'XA', after),
    cell('CD1', 'Chi bộ thôn D1', 'DD', 'D1', { validFrom: '2025-10-01', validTo: null }),
  ]);
  add(r.cell_villages, [
    { cellCode: 'CA1', villageCode: 'A1', ...always },
    { cellCode: 'CB1', villageCode: 'B1', ...always },
    { cellCode: 'CBC', villageCode: 'B2', ...always },
    { cellCode: 'CBC', villageCode: 'C1', ...always },
    { cellCode: 'CD1', villageCode: 'D1', validFrom: '2025-10-01', validTo: null },
  ]);
  const names = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi'];
  const people = [
    'M1',
    'M2',
    'M3',
    'M4',
    'M5',
    'M6',
    'M7',
    'M8',
    'M9',
    'M10',
    'M11',
    'M12',
    'M13',
    'M14',
    'M16',
    'H1',
    'H2',
    'H3',
  ];
  add(
    r.people,
    people.map((code, i) => ({
      personCode: code,
      fullName: `${names[i % names.length]} Văn ${code}`,
      birthDate: '1985-01-01',
      gender: 'male' as const,
      ethnicity: 'Kinh',
      residenceVillageCode: null,
      communeOfficial: false,
    })),
  );
  const admitted: [string, string, string, string][] = [
    // person, admitted on, village, cell
    ['M1', '2010-01-01', 'A1', 'CA1'],
    ['M2', '2010-01-01', 'A1', 'CA1'],
    ['M3', '2010-01-01', 'A1', 'CA1'],
    ['M4', '2010-01-01', 'A2', 'CA1'],
    ['M10', '2024-03-01', 'A2', 'CA1'],
    ['M11', '2024-03-01', 'A2', 'CA1'],
    ['M13', '2024-08-01', 'A3', 'CA1'],
    ['M5', '2010-01-01', 'B1', 'CB1'],
    ['M6', '2010-01-01', 'B1', 'CB1'],
    ['M7', '2010-01-01', 'B1', 'CB1'],
    ['M12', '2024-05-01', 'B1', 'CB1'],
    ['M16', '2025-03-01', 'B1', 'CB1'],
    ['M8', '2010-01-01', 'C1', 'CBC'],
    ['M9', '2010-01-01', 'C1', 'CBC'],
    ['M14', '2025-04-01', 'D1', 'CD1'],
  ];
  const yearAfter = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
  add(
    r.memberships,
    admitted.map(([personCode, admittedOn]) => ({
      personCode,
      cardNo: null,
      admittedOn,
      officialOn: yearAfter(admittedOn) <= '2026-01-01' ? yearAfter(admittedOn) : null,
      endedOn: null,
      endReason: null,
    })),
  );
  add(
    r.placements,
    admitted.map(([personCode, validFrom, villageCode, cellCode]) => ({
      personCode,
      cellCode,
      villageCode,
      validFrom,
      validTo: null,
      kind: 'official' as const,
      reason: 'admission' as const,
    })),
  );
  add(r.head_terms, [
    { villageCode: 'A1', personCode: 'M1', role: 'head', ...always, how: 'elected' },
    { villageCode: 'A2', personCode: 'H1', role: 'head', ...always, how: 'elected' },
    { villageCode: 'B1', personCode: 'M5', role: 'head', ...always, how: 'elected' },
    { villageCode: 'B2', personCode: 'H2', role: 'head', ...always, how: 'elected' },
    { villageCode: 'C1', personCode: 'M8', role: 'head', ...always, how: 'elected' },
    { villageCode: 'D1', personCode: 'H3', role: 'head', validFrom: null, validTo: '2025-05-01', how: 'elected' },
    { villageCode: 'D1', personCode: 'M14', role: 'head', validFrom: '2025-05-01', validTo: null, how: 'elected' },
  ]);
  return r;
}
