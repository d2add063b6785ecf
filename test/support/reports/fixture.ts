import { exampleRegister } from '../indicators/example.register.js';

/** The example register, and N12 admitted in VC before VC was merged into VA: the admission follows the lineage to VA. */
export function reportRegister() {
  const r = exampleRegister();
  r.people.push({
    row: r.people.length + 2,
    personCode: 'N12',
    fullName: 'Lý Văn Mười Hai',
    birthDate: '1980-01-01',
    gender: 'male',
    ethnicity: 'Kinh',
    residenceVillageCode: null,
    communeOfficial: false,
  });
  r.memberships.push({
    row: r.memberships.length + 2,
    personCode: 'N12',
    cardNo: null,
    admittedOn: '2014-03-01',
    officialOn: null,
    endedOn: null,
    endReason: null,
  });
  r.placements.push({
    row: r.placements.length + 2,
    personCode: 'N12',
    cellCode: 'CBC',
    villageCode: 'VC',
    validFrom: '2014-03-01',
    validTo: '2015-01-01',
    kind: 'official',
    reason: 'admission',
  });
  return r;
}

/**
 * The same register with a district: X1 and X2 stand under Huyện Một (D)
 * until 1/7/2025, when districts cease and they come directly under the
 * province.
 */
export function reportRegisterWithDistrict() {
  const r = reportRegister();
  const until = '2025-07-01';
  r.units = r.units.flatMap((u) =>
    u.code === 'X1' || u.code === 'X2'
      ? [
          { ...u, parentCode: 'D', validTo: until },
          { ...u, parentCode: 'P', validFrom: until },
        ]
      : [u],
  );
  r.units.splice(1, 0, {
    row: 0,
    code: 'D',
    name: 'Huyện Một',
    level: 'district',
    subtype: 'Huyện',
    parentCode: 'P',
    validFrom: null,
    validTo: until,
  });
  for (const [i, u] of r.units.entries()) u.row = i + 2;
  return r;
}
