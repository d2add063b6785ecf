/**
 * The real administrative units of Hưng Yên (province 33) from assets/vn-units,
 * and the synthetic villages laid over its pre-reform communes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../platform/paths.js';
import { parse } from 'csv-parse/sync';
import {
  PROVINCE,
  type Commune,
  type District,
  type NewCommune,
  type OldProvince,
  type Village,
} from './demo.model.js';
import { villageNames, villageSubtype } from './demo.names.js';
import type { Rng } from './demo.random.js';

const assets = join(projectRoot, 'assets/vn-units/');

type CsvRow = Record<string, string>;
function readCsv(path: string): CsvRow[] {
  return parse(readFileSync(assets + path, 'utf8'), { columns: true, skip_empty_lines: true }) as CsvRow[];
}

export interface Territory {
  /** The province today (after 1/7/2025). */
  province: { code: string; name: string; type: string };
  /** The provinces before 1/7/2025 that make it up: itself first, then those merged into it. */
  oldProvinces: OldProvince[];
  districts: District[];
  communes: Commune[];
  newCommunes: NewCommune[];
}

/**
 * Province 33 before and after the reform: the old provinces that make it up
 * (lineage_provinces.csv: Hưng Yên and Thái Bình), their districts and old
 * communes with their successors, and the new communes.
 */
export function loadTerritory(): Territory {
  const merged = readCsv('vn-units-2025/lineage_provinces.csv')
    .filter((l) => l.new_province_code === PROVINCE)
    .map((l) => l.old_province_code);
  const order = (code: string) => (code === PROVINCE ? '' : code);
  merged.sort((a, b) => (order(a) < order(b) ? -1 : 1));
  const oldProvinces = merged
    .map((code) => readCsv('vn-units-2024/provinces.csv').find((p) => p.code === code)!)
    .map((p) => ({ code: p.code, name: p.name, type: p.type }));
  const province = readCsv('vn-units-2025/provinces.csv').find((p) => p.code === PROVINCE)!;
  const provinceOf = new Map<string, string>();
  const districts = readCsv('vn-units-2024/districts.csv').filter((d) => merged.includes(d.parent_code));
  for (const d of districts) provinceOf.set(d.code, d.parent_code);
  const oldCommunes = readCsv('vn-units-2024/communes.csv').filter((c) => provinceOf.has(c.parent_code));
  oldCommunes.sort(
    (a, b) =>
      merged.indexOf(provinceOf.get(a.parent_code)!) - merged.indexOf(provinceOf.get(b.parent_code)!) ||
      (a.code < b.code ? -1 : 1),
  );
  const oldCodes = new Set(oldCommunes.map((c) => c.code));
  const lineage = readCsv('vn-units-2025/lineage.csv').filter(
    (l) => l.old_level === 'commune' && oldCodes.has(l.old_commune_code),
  );
  const successors = new Map<string, { codes: string[]; partial: boolean }>();
  for (const l of lineage) {
    const s = successors.get(l.old_commune_code) ?? { codes: [], partial: false };
    s.codes.push(l.new_commune_code);
    s.partial ||= l.extent === 'partial';
    successors.set(l.old_commune_code, s);
  }
  const newCodes = new Set(lineage.map((l) => l.new_commune_code));
  const newCommunes = readCsv('vn-units-2025/communes.csv')
    .filter((c) => c.parent_code === PROVINCE && newCodes.has(c.code))
    .map((c) => ({ code: c.code, name: c.name, type: c.type }));
  return {
    province: { code: province.code, name: province.name, type: province.type },
    oldProvinces,
    districts: districts.map((d) => ({ code: d.code, name: d.name, type: d.type, provinceCode: d.parent_code })),
    communes: oldCommunes.map((c) => {
      const s = successors.get(c.code);
      if (!s) throw new Error(`commune ${c.code} has no successor in lineage.csv`);
      return {
        code: c.code,
        name: c.name,
        type: c.type,
        districtCode: c.parent_code,
        provinceCode: provinceOf.get(c.parent_code)!,
        successors: s.codes.sort(),
        partial: s.partial,
      };
    }),
    newCommunes,
  };
}

/** The number of villages of Hưng Yên (before the merger) in 2013, as in the source article. */
export const VILLAGES_2013 = 1079;

/**
 * Lays out the villages of every old commune: 5-11 thôn in a xã, more tổ dân
 * phố/khu phố in towns; the old Hưng Yên's adjusted to exactly VILLAGES_2013,
 * the source article's count. Villages of a commune that was split in 2025 go,
 * in neighbouring blocks, to its successors.
 */
export function layOutVillages(rng: Rng, communes: Commune[]): Omit<Village, 'cls' | 'desired' | 'anchor' | 'event'>[] {
  const counts = communes.map((c) => (c.type === 'Xã' ? rng.int(5, 11) : rng.int(8, 14)));
  const adjusted = communes.flatMap((c, i) => (c.provinceCode === PROVINCE ? [i] : []));
  let total = adjusted.reduce((a, i) => a + counts[i], 0);
  while (total !== VILLAGES_2013) {
    const i = adjusted[rng.int(0, adjusted.length - 1)];
    const min = communes[i].type === 'Xã' ? 5 : 8;
    if (total < VILLAGES_2013 && counts[i] < 15) {
      counts[i]++;
      total++;
    } else if (total > VILLAGES_2013 && counts[i] > min) {
      counts[i]--;
      total--;
    }
  }
  const villages: Omit<Village, 'cls' | 'desired' | 'anchor' | 'event'>[] = [];
  communes.forEach((c, ci) => {
    const subtype = villageSubtype(c.type);
    const names = villageNames(rng, subtype, counts[ci]);
    const cut =
      c.successors.length > 1
        ? Math.max(1, Math.min(counts[ci] - 1, Math.round(counts[ci] * (0.3 + 0.4 * rng.next()))))
        : counts[ci];
    names.forEach((name, i) => {
      villages.push({
        code: `${c.code}-${String(i + 1).padStart(3, '0')}`,
        name,
        subtype,
        oldProvince: c.provinceCode,
        oldCommune: c.code,
        newCommune: c.successors.length > 1 ? c.successors[i < cut ? 0 : 1] : c.successors[0],
        from: null,
        to: null,
        order: i,
        ownCell: null,
        combined: null,
        members: new Set(),
      });
    });
  });
  return villages;
}
