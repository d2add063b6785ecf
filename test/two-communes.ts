/** A register with people outside commune X1, for the tests of the write check. */
import { exampleRegister } from './support/indicators/example.register.js';
import type { Register } from '../src/modules/register/register.schema.js';

/** The example register and a village VE of commune X2 with its cell CE: O1 has always been there, L1 left X1 for it in 2008. */
export function twoCommunes(): Register {
  const r = exampleRegister();
  const always = { validFrom: null, validTo: null };
  r.units.push({ row: 90, code: 'VE', name: 'Thôn E', level: 'village', subtype: 'Thôn', parentCode: 'X2', ...always });
  r.party_orgs.push({
    row: 90,
    code: 'DB2',
    name: 'Đảng bộ xã Hai',
    kind: 'committee',
    parentCode: null,
    unitCode: 'X2',
    ...always,
  });
  r.party_orgs.push({
    row: 91,
    code: 'CE',
    name: 'Chi bộ thôn E',
    kind: 'cell',
    parentCode: 'DB2',
    unitCode: 'X2',
    ...always,
  });
  r.cell_villages.push({ row: 90, cellCode: 'CE', villageCode: 'VE', ...always });
  const person = (personCode: string, fullName: string) => ({
    row: 90,
    personCode,
    fullName,
    birthDate: '1960-01-01',
    gender: 'female' as const,
    ethnicity: 'Kinh',
    residenceVillageCode: 'VE',
    communeOfficial: false,
  });
  r.people.push(person('O1', 'Hồ Thị Ngoài'), person('L1', 'Mai Văn Rời'));
  r.memberships.push(
    {
      row: 90,
      personCode: 'O1',
      cardNo: null,
      admittedOn: '1985-01-01',
      officialOn: '1986-01-01',
      endedOn: null,
      endReason: null,
    },
    {
      row: 91,
      personCode: 'L1',
      cardNo: null,
      admittedOn: '2005-01-01',
      officialOn: '2006-01-01',
      endedOn: null,
      endReason: null,
    },
  );
  const placed = (
    personCode: string,
    cellCode: string,
    villageCode: string,
    validFrom: string,
    validTo: string | null,
  ) => ({
    row: 90,
    personCode,
    cellCode,
    villageCode,
    validFrom,
    validTo,
    kind: 'official' as const,
    reason: 'admission' as const,
  });
  r.placements.push(
    placed('O1', 'CE', 'VE', '1985-01-01', null),
    placed('L1', 'CA', 'VA', '2005-01-01', '2008-01-01'),
    placed('L1', 'CE', 'VE', '2008-01-01', null),
  );
  return r;
}

/** The names of O1 and L1: no answer to X1's account about them may carry them. */
export const outsiders = ['Hồ Thị Ngoài', 'Mai Văn Rời'];
