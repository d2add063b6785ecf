/**
 * A small register of the whole country over the 2025 reform: the 63
 * provinces before 1/7/2025 and the 34 after it, with the official old → new
 * province lineage (assets/vn-units/vn-units-2025/lineage_provinces.csv).
 * Every new province keeps the code of one old province; the others end on
 * 1/7/2025 with a `merge` row into it. Provinces come without a parent (the
 * import attaches them to the country, VN).
 *
 * Each old province `pp` has one district `ppH` and one commune `ppX` until
 * 1/7/2025; each new province one commune `ppN` from then. Each old province
 * has two villages, which from 1/7/2025 stand under the commune of its new
 * province: `ppA` with 3 official members, its own cell and a member as head;
 * `ppB` with no member (in every third province but Thái Bình: 1) and a head
 * who is not a member. One real change crosses the reform: a member admitted in
 * Thái Bình's (34) village B on 1/3/2025, so that 34B goes from white to
 * weak; Thái Bình joins Hưng Yên (33).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../../../src/platform/paths.js';
import { emptyRegister, type Register } from '../../../src/modules/register/register.schema.js';
import { addRows } from '../rows.js';

/** The day of the reform, and a day before and after it. */
export const reform = '2025-07-01';
export const beforeReform = '2025-01-01';
export const afterReform = '2025-08-01';
/** The province whose village B gains a member on 1/3/2025, and the province it joins. */
export const admittedIn = '34';
export const joins = '33';

type CsvRow = Record<string, string>;
const readCsv = (path: string) =>
  parse(readFileSync(join(projectRoot, 'assets/vn-units', path), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as CsvRow[];

/** The official lineage of the provinces: old code → new code. */
export function provinceLineage(): Map<string, string> {
  return new Map(readCsv('vn-units-2025/lineage_provinces.csv').map((l) => [l.old_province_code, l.new_province_code]));
}

export function nationRegister(): Register {
  const r = emptyRegister();
  const add = addRows;
  const always = { validFrom: null, validTo: null };
  const before = { validFrom: null, validTo: reform };
  const after = { validFrom: reform, validTo: null };
  const lineage = provinceLineage();
  const newProvinces = new Map(readCsv('vn-units-2025/provinces.csv').map((p) => [p.code, p]));
  const oldProvinces = readCsv('vn-units-2024/provinces.csv');

  oldProvinces.forEach((p, i) => {
    const pp = p.code;
    const next = lineage.get(pp)!;
    const kept = newProvinces.get(pp);
    add(r.units, [{ code: pp, name: p.name, level: 'province', subtype: p.type, parentCode: null, ...before }]);
    if (kept) {
      add(r.units, [
        { code: pp, name: kept.name, level: 'province', subtype: kept.type, parentCode: null, ...after },
        { code: `${pp}N`, name: `Xã Mới ${pp}`, level: 'commune', subtype: 'Xã', parentCode: pp, ...after },
      ]);
    } else {
      add(r.unit_lineage, [{ fromCode: pp, toCode: next, on: reform, kind: 'merge', decision: '202/2025/QH15' }]);
    }
    add(r.units, [
      { code: `${pp}H`, name: `Huyện ${pp}`, level: 'district', subtype: 'Huyện', parentCode: pp, ...before },
      { code: `${pp}X`, name: `Xã Cũ ${pp}`, level: 'commune', subtype: 'Xã', parentCode: `${pp}H`, ...before },
    ]);
    add(r.unit_lineage, [
      { fromCode: `${pp}X`, toCode: `${next}N`, on: reform, kind: 'merge', decision: '1666/NQ-UBTVQH15' },
    ]);
    for (const v of ['A', 'B']) {
      add(r.units, [
        {
          code: `${pp}${v}`,
          name: `Thôn ${v} ${pp}`,
          level: 'village',
          subtype: 'Thôn',
          parentCode: `${pp}X`,
          ...before,
        },
        {
          code: `${pp}${v}`,
          name: `Thôn ${v} ${pp}`,
          level: 'village',
          subtype: 'Thôn',
          parentCode: `${next}N`,
          ...after,
        },
      ]);
    }
    add(r.party_orgs, [
      { code: `CB${pp}A`, name: `Chi bộ thôn A ${pp}`, kind: 'cell', parentCode: null, unitCode: `${pp}A`, ...always },
    ]);
    add(r.cell_villages, [{ cellCode: `CB${pp}A`, villageCode: `${pp}A`, ...always }]);

    const members = [
      `${pp}M1`,
      `${pp}M2`,
      `${pp}M3`,
      ...(i % 3 === 0 && pp !== admittedIn ? [`${pp}M4`] : []),
      ...(pp === admittedIn ? [`${pp}M5`] : []),
    ];
    const person = (personCode: string) => ({
      personCode,
      fullName: `Người ${personCode}`,
      birthDate: '1970-01-01',
      gender: 'male' as const,
      ethnicity: 'Kinh',
      residenceVillageCode: null,
      communeOfficial: false,
    });
    add(r.people, [...members, `${pp}T`].map(person));
    for (const m of members) {
      const late = m.endsWith('M5');
      const admittedOn = late ? '2025-03-01' : '2010-01-01';
      add(r.memberships, [
        {
          personCode: m,
          cardNo: null,
          admittedOn,
          officialOn: late ? null : '2011-01-01',
          endedOn: null,
          endReason: null,
        },
      ]);
      const inB = m.endsWith('M4') || late;
      add(r.placements, [
        {
          personCode: m,
          cellCode: `CB${pp}A`,
          villageCode: inB ? `${pp}B` : `${pp}A`,
          validFrom: admittedOn,
          validTo: null,
          kind: 'official',
          reason: 'admission',
        },
      ]);
    }
    add(r.head_terms, [
      {
        villageCode: `${pp}A`,
        personCode: `${pp}M1`,
        role: 'head',
        validFrom: '2010-01-01',
        validTo: null,
        how: 'elected',
      },
      {
        villageCode: `${pp}B`,
        personCode: `${pp}T`,
        role: 'head',
        validFrom: '2010-01-01',
        validTo: null,
        how: 'elected',
      },
    ]);
    add(r.secretary_terms, [{ cellCode: `CB${pp}A`, personCode: `${pp}M2`, validFrom: '2010-01-01', validTo: null }]);
  });
  return r;
}
