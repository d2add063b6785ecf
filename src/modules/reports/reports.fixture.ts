import { exampleRegister } from '../indicators/example.register.js';

/** The example register, and N12 admitted in VC before VC was merged into VA: the admission follows the lineage to VA. */
export function reportRegister() {
  const r = exampleRegister();
  r.people.push({ row: r.people.length + 2, personCode: 'N12', fullName: 'Lý Văn Mười Hai', birthDate: '1980-01-01', gender: 'male', ethnicity: 'Kinh', residenceVillageCode: null, communeOfficial: false });
  r.memberships.push({ row: r.memberships.length + 2, personCode: 'N12', cardNo: null, admittedOn: '2014-03-01', officialOn: null, endedOn: null, endReason: null });
  r.placements.push({ row: r.placements.length + 2, personCode: 'N12', cellCode: 'CBC', villageCode: 'VC', validFrom: '2014-03-01', validTo: '2015-01-01', kind: 'official', reason: 'admission' });
  return r;
}
