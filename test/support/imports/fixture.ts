/**
 * A small, valid register used by the importer's tests: one commune, three
 * villages (one merged away in 2019), two cells, four people with memberships,
 * placements, heads and a secretary. Rows carry their Excel row numbers.
 */
import { emptyRegister, sheetNames, type Register } from '../../../src/modules/register/register.schema.js';

/** Numbers each sheet's rows as Excel shows them (header = 1). */
export function numberRows(r: Register): Register {
  for (const s of sheetNames) {
    for (const [i, row] of (r[s] as { row: number }[]).entries()) row.row = i + 2;
  }
  return r;
}

/** The sample register; a fresh copy on every call, so tests may mutate it. */
export function sampleRegister(): Register {
  const r = emptyRegister();
  r.units = [
    {
      row: 0,
      code: '33',
      name: 'Hưng Yên',
      level: 'province',
      subtype: 'Tỉnh',
      parentCode: null,
      validFrom: null,
      validTo: null,
    },
    {
      row: 0,
      code: '33D1',
      name: 'Kim Động',
      level: 'district',
      subtype: 'Huyện',
      parentCode: '33',
      validFrom: null,
      validTo: '2025-07-01',
    },
    {
      row: 0,
      code: '33C1',
      name: 'Toàn Thắng',
      level: 'commune',
      subtype: 'Xã',
      parentCode: '33D1',
      validFrom: null,
      validTo: '2025-07-01',
    },
    {
      row: 0,
      code: '33C1',
      name: 'Toàn Thắng',
      level: 'commune',
      subtype: 'Xã',
      parentCode: '33',
      validFrom: '2025-07-01',
      validTo: null,
    },
    {
      row: 0,
      code: '33V1',
      name: 'Thôn Đông',
      level: 'village',
      subtype: 'Thôn',
      parentCode: '33C1',
      validFrom: null,
      validTo: null,
    },
    {
      row: 0,
      code: '33V2',
      name: 'Thôn Tây',
      level: 'village',
      subtype: 'Thôn',
      parentCode: '33C1',
      validFrom: null,
      validTo: null,
    },
    {
      row: 0,
      code: '33V3',
      name: 'Thôn Nam',
      level: 'village',
      subtype: 'Thôn',
      parentCode: '33C1',
      validFrom: null,
      validTo: '2019-01-01',
    },
  ];
  r.unit_lineage = [
    { row: 0, fromCode: '33V3', toCode: '33V2', on: '2019-01-01', kind: 'merge', decision: 'NQ 656/NQ-UBTVQH14' },
  ];
  r.party_orgs = [
    {
      row: 0,
      code: 'DB1',
      name: 'Đảng bộ xã Toàn Thắng',
      kind: 'committee',
      parentCode: null,
      unitCode: '33C1',
      validFrom: null,
      validTo: null,
    },
    {
      row: 0,
      code: 'CB1',
      name: 'Chi bộ thôn Đông',
      kind: 'cell',
      parentCode: 'DB1',
      unitCode: '33V1',
      validFrom: '2008-01-01',
      validTo: null,
    },
    {
      row: 0,
      code: 'CB2',
      name: 'Chi bộ ghép Tây - Nam',
      kind: 'cell',
      parentCode: 'DB1',
      unitCode: '33C1',
      validFrom: '2008-01-01',
      validTo: null,
    },
  ];
  r.cell_villages = [
    { row: 0, cellCode: 'CB1', villageCode: '33V1', validFrom: '2008-01-01', validTo: null },
    { row: 0, cellCode: 'CB2', villageCode: '33V2', validFrom: '2008-01-01', validTo: null },
    { row: 0, cellCode: 'CB2', villageCode: '33V3', validFrom: '2008-01-01', validTo: '2019-01-01' },
  ];
  r.people = [
    {
      row: 0,
      personCode: 'P1',
      fullName: 'Nguyễn Văn An',
      birthDate: '1970-02-03',
      gender: 'male',
      ethnicity: 'Kinh',
      residenceVillageCode: '33V1',
      communeOfficial: true,
    },
    {
      row: 0,
      personCode: 'P2',
      fullName: 'Trần Thị Bình',
      birthDate: '1990-01-01',
      gender: 'female',
      ethnicity: 'Kinh',
      residenceVillageCode: '33V2',
      communeOfficial: false,
    },
    {
      row: 0,
      personCode: 'P3',
      fullName: 'Lê Văn Cường, "Ba"',
      birthDate: '1980-06-15',
      gender: 'male',
      ethnicity: null,
      residenceVillageCode: null,
      communeOfficial: false,
    },
    {
      row: 0,
      personCode: 'P4',
      fullName: 'Phạm Văn Hòa',
      birthDate: '1965-09-09',
      gender: 'male',
      ethnicity: 'Kinh',
      residenceVillageCode: '33V1',
      communeOfficial: false,
    },
  ];
  r.memberships = [
    {
      row: 0,
      personCode: 'P1',
      cardNo: '33.000001',
      admittedOn: '2005-01-01',
      officialOn: '2006-01-01',
      endedOn: null,
      endReason: null,
    },
    {
      row: 0,
      personCode: 'P2',
      cardNo: '33.000002',
      admittedOn: '2012-05-01',
      officialOn: '2013-05-01',
      endedOn: null,
      endReason: null,
    },
    {
      row: 0,
      personCode: 'P3',
      cardNo: null,
      admittedOn: '2015-03-01',
      officialOn: '2016-03-01',
      endedOn: '2020-01-01',
      endReason: 'death',
    },
  ];
  r.placements = [
    {
      row: 0,
      personCode: 'P1',
      cellCode: 'CB1',
      villageCode: '33V1',
      validFrom: '2005-01-01',
      validTo: null,
      kind: 'official',
      reason: 'admission',
    },
    {
      row: 0,
      personCode: 'P2',
      cellCode: 'CB1',
      villageCode: '33V1',
      validFrom: '2012-05-01',
      validTo: '2016-01-01',
      kind: 'official',
      reason: 'admission',
    },
    {
      row: 0,
      personCode: 'P2',
      cellCode: 'CB2',
      villageCode: '33V2',
      validFrom: '2016-01-01',
      validTo: null,
      kind: 'official',
      reason: 'transfer',
    },
    {
      row: 0,
      personCode: 'P3',
      cellCode: 'CB2',
      villageCode: '33V3',
      validFrom: '2015-03-01',
      validTo: '2019-01-01',
      kind: 'official',
      reason: 'admission',
    },
    {
      row: 0,
      personCode: 'P3',
      cellCode: 'CB2',
      villageCode: '33V2',
      validFrom: '2019-01-01',
      validTo: '2020-01-01',
      kind: 'official',
      reason: 'other',
    },
    {
      row: 0,
      personCode: 'P1',
      cellCode: 'CB2',
      villageCode: '33V2',
      validFrom: '2017-01-01',
      validTo: '2017-07-01',
      kind: 'temporary',
      reason: 'reinforcement',
    },
  ];
  r.head_terms = [
    {
      row: 0,
      villageCode: '33V1',
      personCode: 'P4',
      role: 'head',
      validFrom: '2012-01-01',
      validTo: '2014-07-01',
      how: 'elected',
    },
    {
      row: 0,
      villageCode: '33V1',
      personCode: 'P1',
      role: 'head',
      validFrom: '2014-07-01',
      validTo: null,
      how: 'elected',
    },
    {
      row: 0,
      villageCode: '33V1',
      personCode: 'P4',
      role: 'deputy',
      validFrom: '2014-07-01',
      validTo: null,
      how: 'elected',
    },
    { row: 0, villageCode: '33V2', personCode: 'P2', role: 'head', validFrom: '2016-01-01', validTo: null, how: null },
  ];
  r.secretary_terms = [{ row: 0, cellCode: 'CB1', personCode: 'P1', validFrom: '2010-01-01', validTo: null }];
  return numberRows(r);
}
