/**
 * A hand-made register whose figures are worked out by hand in the tests
 * (indicators.test.ts, reference.test.ts). Two communes under the province;
 * VC ends on 2015-01-01 (merged into VA); VD moves from X2 to X1 on 2016-01-01;
 * X3 is founded on 2020-01-01. CA is VA's own cell; CBC is combined over VB
 * and VC until VC ends, then VB's own cell. VD never has a cell.
 */
import { emptyRegister, type Register } from '../../../src/modules/register/register.schema.js';
import { addRows } from '../rows.js';

export function exampleRegister(): Register {
  const r = emptyRegister();
  const add = addRows;
  const always = { validFrom: null, validTo: null };
  add(r.units, [
    { code: 'P', name: 'Tỉnh Mẫu', level: 'province', subtype: 'Tỉnh', parentCode: null, ...always },
    { code: 'X1', name: 'Xã Một', level: 'commune', subtype: 'Xã', parentCode: 'P', ...always },
    { code: 'X2', name: 'Xã Hai', level: 'commune', subtype: 'Xã', parentCode: 'P', ...always },
    {
      code: 'X3',
      name: 'Xã Ba',
      level: 'commune',
      subtype: 'Xã',
      parentCode: 'P',
      validFrom: '2020-01-01',
      validTo: null,
    },
    { code: 'VA', name: 'Thôn A', level: 'village', subtype: 'Thôn', parentCode: 'X1', ...always },
    { code: 'VB', name: 'Thôn B', level: 'village', subtype: 'Thôn', parentCode: 'X1', ...always },
    {
      code: 'VC',
      name: 'Thôn C',
      level: 'village',
      subtype: 'Thôn',
      parentCode: 'X1',
      validFrom: null,
      validTo: '2015-01-01',
    },
    {
      code: 'VD',
      name: 'Thôn D',
      level: 'village',
      subtype: 'Thôn',
      parentCode: 'X2',
      validFrom: null,
      validTo: '2016-01-01',
    },
    {
      code: 'VD',
      name: 'Thôn D',
      level: 'village',
      subtype: 'Thôn',
      parentCode: 'X1',
      validFrom: '2016-01-01',
      validTo: null,
    },
  ]);
  add(r.unit_lineage, [{ fromCode: 'VC', toCode: 'VA', on: '2015-01-01', kind: 'merge', decision: 'NQ 1/2014' }]);
  add(r.party_orgs, [
    { code: 'DB', name: 'Đảng bộ xã Một', kind: 'committee', parentCode: null, unitCode: 'X1', ...always },
    { code: 'CA', name: 'Chi bộ thôn A', kind: 'cell', parentCode: 'DB', unitCode: 'X1', ...always },
    { code: 'CBC', name: 'Chi bộ ghép B-C', kind: 'cell', parentCode: 'DB', unitCode: 'X1', ...always },
  ]);
  add(r.cell_villages, [
    { cellCode: 'CA', villageCode: 'VA', ...always },
    { cellCode: 'CBC', villageCode: 'VB', ...always },
    { cellCode: 'CBC', villageCode: 'VC', validFrom: null, validTo: '2015-01-01' },
  ]);
  const person = (code: string, fullName: string) => ({
    personCode: code,
    fullName,
    birthDate: '1970-01-01',
    gender: 'male' as const,
    ethnicity: 'Kinh',
    residenceVillageCode: null,
    communeOfficial: false,
  });
  add(r.people, [
    person('N1', 'Nguyễn Văn Một'),
    person('N2', 'Trần Văn Hai'),
    person('N3', 'Lê Thị Ba'),
    person('N4', 'Phạm Văn Bốn'),
    person('N5', 'Hoàng Văn Năm'),
    person('N7', 'Vũ Văn Bảy'),
    person('N8', 'Đỗ Văn Tám'),
    person('N9', 'Bùi Thị Chín'),
    person('N10', 'Ngô Văn Mười'),
    person('N11', 'Đặng Thị Mười Một'),
  ]);
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
  add(r.memberships, [
    member('N1', '2010-01-01', '2011-01-01'),
    member('N2', '2010-01-01', '2011-01-01'),
    member('N3', '2010-01-01', '2011-01-01'),
    member('N4', '2014-06-01', '2015-06-01'),
    member('N5', '2011-05-01', '2012-05-01'),
    member('N8', '2005-01-01', '2006-01-01', '2013-01-01'),
    member('N9', '2013-01-01', '2014-01-01'),
    member('N10', '2015-01-01', '2016-01-01'),
    member('N11', '2015-01-01', '2016-01-01'),
  ]);
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
    reason: 'admission' as const,
  });
  add(r.placements, [
    official('N1', 'CA', 'VA', '2010-01-01'),
    official('N2', 'CA', 'VA', '2010-01-01'),
    official('N3', 'CA', 'VA', '2010-01-01'),
    official('N4', 'CA', 'VA', '2014-06-01'),
    official('N5', 'CBC', 'VB', '2012-01-01', '2014-01-01'),
    official('N9', 'CBC', 'VD', '2013-01-01'),
    // from 2017-01-01 VD has 3 official members and no cell: ready for one
    official('N10', 'CBC', 'VD', '2017-01-01'),
    official('N11', 'CBC', 'VD', '2017-01-01'),
    // a temporary placement runs beside N2's official one and must not count for VD
    {
      personCode: 'N2',
      cellCode: 'CBC',
      villageCode: 'VD',
      validFrom: '2013-01-01',
      validTo: '2014-01-01',
      kind: 'temporary',
      reason: 'other',
    },
  ]);
  add(r.head_terms, [
    { villageCode: 'VA', personCode: 'N1', role: 'head', validFrom: '2010-01-01', validTo: null, how: 'elected' },
    { villageCode: 'VB', personCode: 'N7', role: 'head', validFrom: '2010-01-01', validTo: null, how: 'elected' },
    {
      villageCode: 'VC',
      personCode: 'N8',
      role: 'head',
      validFrom: '2010-01-01',
      validTo: '2015-01-01',
      how: 'elected',
    },
    { villageCode: 'VD', personCode: 'N9', role: 'deputy', validFrom: '2010-01-01', validTo: null, how: 'elected' },
  ]);
  add(r.secretary_terms, [
    { cellCode: 'CA', personCode: 'N1', validFrom: '2010-01-01', validTo: null },
    { cellCode: 'CBC', personCode: 'N7', validFrom: '2010-01-01', validTo: null },
  ]);
  return r;
}

type SnapshotFigures = {
  villages: number;
  white: number;
  weak: number;
  strong: number;
  ownCell: number;
  combinedOnly: number;
  noCell: number;
  readyForCell: number;
  heads: { party: number; nonParty: number; vacant: number };
  secretaryIsHead: number;
  members: { total: number; official: number; probationary: number };
  ratio: string;
};

const fig = (
  villages: number,
  [white, weak, strong]: number[],
  [ownCell, combinedOnly, noCell, readyForCell]: number[],
  [party, nonParty, vacant, secretaryIsHead]: number[],
  [total, official]: number[],
  ratio: string,
): SnapshotFigures => ({
  villages,
  white,
  weak,
  strong,
  ownCell,
  combinedOnly,
  noCell,
  readyForCell,
  heads: { party, nonParty, vacant },
  secretaryIsHead,
  members: { total, official, probationary: total - official },
  ratio,
});

/** Snapshots of the example register, worked out by hand (the comment says why each differs from the one before). */
export const exampleSnapshots: { scope: string; at: string; why: string; expected: SnapshotFigures }[] = [
  {
    scope: 'P',
    at: '2012-12-31',
    why: 'N8 (head of VC) is still a member; N9 not yet admitted',
    expected: fig(4, [2, 1, 1], [1, 2, 1, 0], [2, 1, 1, 1], [4, 4], '25,00% (1/4)'),
  },
  {
    scope: 'P',
    at: '2013-01-01',
    why: "N8's membership ends exactly today; N9 is admitted exactly today",
    expected: fig(4, [1, 2, 1], [1, 2, 1, 0], [1, 2, 1, 1], [5, 4], '50,00% (2/4)'),
  },
  {
    scope: 'P',
    at: '2013-06-01',
    why: 'the temporary placement of N2 in VD does not count',
    expected: fig(4, [1, 2, 1], [1, 2, 1, 0], [1, 2, 1, 1], [5, 4], '50,00% (2/4)'),
  },
  {
    scope: 'P',
    at: '2014-01-01',
    why: "N5's placement in VB ends exactly today; N9 becomes official today",
    expected: fig(4, [2, 1, 1], [1, 2, 1, 0], [1, 2, 1, 1], [4, 4], '50,00% (2/4)'),
  },
  {
    scope: 'X1',
    at: '2016-01-01',
    why: 'VC has ended, VD has moved in, CBC covers only VB and its secretary is its head',
    expected: fig(3, [1, 1, 1], [2, 0, 1, 0], [1, 1, 1, 2], [5, 5], '33,33% (1/3)'),
  },
  {
    scope: 'X2',
    at: '2015-12-31',
    why: 'VD is still in X2',
    expected: fig(1, [0, 1, 0], [0, 0, 1, 0], [0, 0, 1, 0], [1, 1], '0,00% (0/1)'),
  },
  {
    scope: 'X2',
    at: '2016-01-01',
    why: 'VD moved out exactly today: no village',
    expected: fig(0, [0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0], '0,00% (0/0)'),
  },
  {
    scope: 'X1',
    at: '2017-01-01',
    why: 'VD has 3 official members and no cell',
    expected: fig(3, [1, 0, 2], [2, 0, 1, 1], [1, 1, 1, 2], [7, 7], '33,33% (1/3)'),
  },
  {
    scope: 'VA',
    at: '2013-06-01',
    why: 'a village as its own scope',
    expected: fig(1, [0, 0, 1], [1, 0, 0, 0], [1, 0, 0, 1], [3, 3], '0,00% (0/1)'),
  },
];

/** X1 from 2013-06-01 to 2016-01-01: VC ceased (merged), VD is new (moved in), VB lost its member. */
export const exampleComparison = {
  scope: 'X1',
  from: '2013-06-01',
  to: '2016-01-01',
  changes: {
    white: { from: 1, to: 1, left: 0, entered: 1, ceased: 1, new: 0, net: 0 },
    weak: { from: 1, to: 1, left: 1, entered: 0, ceased: 0, new: 1, net: 0 },
    strong: { from: 1, to: 1, left: 0, entered: 0, ceased: 0, new: 0, net: 0 },
    noCell: { from: 0, to: 1, left: 0, entered: 0, ceased: 0, new: 1, net: 1 },
    nonPartyHead: { from: 2, to: 1, left: 0, entered: 0, ceased: 1, new: 0, net: -1 },
  },
};

/** Village lists of the example register and the codes they hold. */
export const exampleLists: {
  where: { scope: string; at: string } | { scope: string; from: string; to: string; flow: string };
  category: string;
  codes: string[];
}[] = [
  { where: { scope: 'P', at: '2013-06-01' }, category: 'nonPartyHead', codes: ['VB', 'VC'] },
  { where: { scope: 'P', at: '2013-06-01' }, category: 'combinedOnly', codes: ['VB', 'VC'] },
  { where: { scope: 'P', at: '2013-06-01' }, category: 'noCell', codes: ['VD'] },
  { where: { scope: 'P', at: '2013-06-01' }, category: 'vacantHead', codes: ['VD'] },
  { where: { scope: 'P', at: '2014-01-01' }, category: 'white', codes: ['VB', 'VC'] },
  { where: { scope: 'X1', at: '2017-01-01' }, category: 'readyForCell', codes: ['VD'] },
  { where: { scope: 'X1', at: '2016-01-01' }, category: 'secretaryIsHead', codes: ['VA', 'VB'] },
  { where: { scope: 'X1', from: '2013-06-01', to: '2016-01-01', flow: 'ceased' }, category: 'white', codes: ['VC'] },
  { where: { scope: 'X1', from: '2013-06-01', to: '2016-01-01', flow: 'entered' }, category: 'white', codes: ['VB'] },
  { where: { scope: 'X1', from: '2013-06-01', to: '2016-01-01', flow: 'left' }, category: 'weak', codes: ['VB'] },
  { where: { scope: 'X1', from: '2013-06-01', to: '2016-01-01', flow: 'new' }, category: 'weak', codes: ['VD'] },
  { where: { scope: 'X1', from: '2013-06-01', to: '2016-01-01', flow: 'new' }, category: 'noCell', codes: ['VD'] },
];
