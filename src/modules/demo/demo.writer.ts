/**
 * Turns the simulated world into the rows of a Register, sorted by their keys
 * and numbered as an Excel sheet would be (header = row 1).
 */
import type {
  CellVillageRow,
  HeadTermRow,
  LineageRow,
  MembershipRow,
  PartyOrgRow,
  PersonRow,
  PlacementRow,
  Register,
  SecretaryTermRow,
  UnitRow,
} from '../register/register.schema.js';
import { isoOf, type Day } from './demo.dates.js';
import type { HeadTerm, SecretaryTerm } from './demo.heads.js';
import { MERGER_DECISION, PROVINCE, REFORM, REFORM_DECISION, START, type Cell } from './demo.model.js';
import { lowerFirst } from './demo.names.js';
import { committeeCode, type World } from './demo.world.js';

type NoRow<T> = Omit<T, 'row'>;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const lo = (d: string | null) => d ?? '';

function numbered<T>(rows: NoRow<T>[], key: (r: NoRow<T>) => string): T[] {
  return rows
    .map((r) => ({ r, k: key(r) }))
    .sort((a, b) => cmp(a.k, b.k))
    .map(({ r }, i) => ({ ...r, row: i + 2 }) as T);
}

/** The whole register of the demo province. */
export function writeRegister(w: World, heads: HeadTerm[], secretaries: SecretaryTerm[]): Register {
  return {
    units: numbered<UnitRow>(units(w), (r) => `${r.code}|${lo(r.validFrom)}`),
    unit_lineage: numbered<LineageRow>(lineage(w), (r) => `${r.fromCode}|${r.toCode}|${r.on}`),
    party_orgs: numbered<PartyOrgRow>(orgs(w), (r) => `${r.code}|${lo(r.validFrom)}`),
    cell_villages: numbered<CellVillageRow>(
      w.cells.flatMap((c) =>
        c.coverage.map((cv) => ({
          cellCode: c.code,
          villageCode: cv.village.code,
          validFrom: isoOf(cv.from),
          validTo: isoOf(cv.to),
        })),
      ),
      (r) => `${r.cellCode}|${r.villageCode}|${lo(r.validFrom)}`,
    ),
    people: numbered<PersonRow>(
      w.people.all.map((p) => ({
        personCode: p.code,
        fullName: p.name,
        birthDate: isoOf(p.birth),
        gender: p.gender,
        ethnicity: p.ethnicity,
        residenceVillageCode: p.residence,
        communeOfficial: p.official,
      })),
      (r) => r.personCode,
    ),
    memberships: numbered<MembershipRow>(
      w.people.members.map((m) => ({
        personCode: m.person.code,
        cardNo: m.cardNo,
        admittedOn: isoOf(m.admitted)!,
        officialOn: isoOf(m.official),
        endedOn: isoOf(m.ended),
        endReason: m.endReason,
      })),
      (r) => `${r.personCode}|${r.admittedOn}`,
    ),
    placements: numbered<PlacementRow>(
      w.people.members.flatMap((m) =>
        m.segs.map((s) => ({
          personCode: m.person.code,
          cellCode: s.cell,
          villageCode: s.village,
          validFrom: isoOf(s.from),
          validTo: isoOf(s.to),
          kind: s.kind,
          reason: s.reason,
        })),
      ),
      (r) => `${r.personCode}|${lo(r.validFrom)}|${r.kind}|${r.cellCode}`,
    ),
    head_terms: numbered<HeadTermRow>(
      heads.map((h) => ({
        villageCode: h.village,
        personCode: h.person.code,
        role: 'head' as const,
        validFrom: isoOf(h.from),
        validTo: isoOf(h.to),
        how: h.how,
      })),
      (r) => `${r.villageCode}|${lo(r.validFrom)}`,
    ),
    secretary_terms: numbered<SecretaryTermRow>(
      secretaries.map((s) => ({
        cellCode: s.cell,
        personCode: s.person.code,
        validFrom: isoOf(s.from),
        validTo: isoOf(s.to),
      })),
      (r) => `${r.cellCode}|${lo(r.validFrom)}`,
    ),
  };
}

function units(w: World): NoRow<UnitRow>[] {
  const t = w.territory;
  const reform = isoOf(REFORM);
  // The province itself goes on; a province merged into it ends on 1/7/2025.
  const rows: NoRow<UnitRow>[] = t.oldProvinces.map((p) => ({
    code: p.code,
    name: p.code === PROVINCE ? t.province.name : p.name,
    level: 'province' as const,
    subtype: p.type,
    parentCode: null,
    validFrom: null,
    validTo: p.code === PROVINCE ? null : reform,
  }));
  for (const d of t.districts)
    rows.push({
      code: d.code,
      name: d.name,
      level: 'district',
      subtype: d.type,
      parentCode: d.provinceCode,
      validFrom: null,
      validTo: reform,
    });
  const newByCode = new Map(t.newCommunes.map((c) => [c.code, c]));
  for (const c of t.communes) {
    rows.push({
      code: c.code,
      name: c.name,
      level: 'commune',
      subtype: c.type,
      parentCode: c.districtCode,
      validFrom: null,
      validTo: reform,
    });
    const after = newByCode.get(c.code);
    if (after)
      rows.push({
        code: c.code,
        name: after.name,
        level: 'commune',
        subtype: after.type,
        parentCode: PROVINCE,
        validFrom: reform,
        validTo: null,
      });
  }
  for (const v of w.villages) {
    const base = { code: v.code, name: v.name, level: 'village' as const, subtype: v.subtype };
    const crosses = (v.from === null || v.from < REFORM) && (v.to === null || v.to > REFORM);
    if (crosses && v.oldCommune !== v.newCommune) {
      rows.push({ ...base, parentCode: v.oldCommune, validFrom: isoOf(v.from), validTo: reform });
      rows.push({ ...base, parentCode: v.newCommune, validFrom: reform, validTo: isoOf(v.to) });
    } else {
      const parent =
        v.to !== null && v.to <= REFORM
          ? v.oldCommune
          : v.from !== null && v.from >= REFORM
            ? v.newCommune
            : v.oldCommune;
      rows.push({ ...base, parentCode: parent, validFrom: isoOf(v.from), validTo: isoOf(v.to) });
    }
  }
  return rows;
}

function lineage(w: World): NoRow<LineageRow>[] {
  const rows: NoRow<LineageRow>[] = w.territory.oldProvinces
    .filter((p) => p.code !== PROVINCE)
    .map((p) => ({
      fromCode: p.code,
      toCode: PROVINCE,
      on: isoOf(REFORM)!,
      kind: 'merge' as const,
      decision: MERGER_DECISION,
    }));
  for (const c of w.territory.communes) {
    for (const s of c.successors) {
      if (s !== c.code)
        rows.push({
          fromCode: c.code,
          toCode: s,
          on: isoOf(REFORM)!,
          kind: c.partial ? 'split' : 'merge',
          decision: REFORM_DECISION,
        });
    }
  }
  for (const l of w.villageLineage)
    rows.push({ fromCode: l.from, toCode: l.to, on: isoOf(l.on)!, kind: l.kind, decision: l.decision });
  return rows;
}

type OrgAttrs = Pick<PartyOrgRow, 'name' | 'parentCode' | 'unitCode'>;

function orgs(w: World): NoRow<PartyOrgRow>[] {
  const t = w.territory;
  const reform = isoOf(REFORM);
  const rows: NoRow<PartyOrgRow>[] = t.oldProvinces.map((p) => ({
    code: committeeCode(p.code),
    name: `Đảng bộ ${lowerFirst(p.name)}`,
    kind: 'committee' as const,
    parentCode: null,
    unitCode: p.code,
    validFrom: null,
    validTo: p.code === PROVINCE ? null : reform,
  }));
  for (const d of t.districts) {
    rows.push({
      code: committeeCode(d.code),
      name: `Đảng bộ ${lowerFirst(d.name)}`,
      kind: 'committee',
      parentCode: committeeCode(d.provinceCode),
      unitCode: d.code,
      validFrom: null,
      validTo: reform,
    });
  }
  for (const c of t.communes) {
    const names = w.communeNames.get(c.code)!;
    const base = { code: committeeCode(c.code), kind: 'committee' as const, unitCode: c.code };
    rows.push({
      ...base,
      name: `Đảng bộ ${lowerFirst(names.before)}`,
      parentCode: committeeCode(c.districtCode),
      validFrom: null,
      validTo: reform,
    });
    if (names.after)
      rows.push({
        ...base,
        name: `Đảng bộ ${lowerFirst(names.after)}`,
        parentCode: committeeCode(PROVINCE),
        validFrom: reform,
        validTo: null,
      });
  }
  for (const cell of w.cells) rows.push(...cellVersions(w, cell));
  return rows;
}

/** A cell's versions: a new one wherever its name, territory or parent committee changes (conversion, reform). */
function cellVersions(w: World, cell: Cell): NoRow<PartyOrgRow>[] {
  const cuts = [cell.from, cell.convertedAt, REFORM].filter(
    (d): d is Day | null =>
      d === cell.from || (d !== null && (cell.from === null || d > cell.from) && (cell.to === null || d < cell.to)),
  );
  const starts = [...new Set(cuts)].sort((a, b) => (a ?? -Infinity) - (b ?? -Infinity));
  const versions: NoRow<PartyOrgRow>[] = [];
  starts.forEach((s, i) => {
    const a = attrs(w, cell, s ?? START);
    const prev = versions[versions.length - 1];
    const to = i + 1 < starts.length ? starts[i + 1] : cell.to;
    if (prev && prev.name === a.name && prev.parentCode === a.parentCode && prev.unitCode === a.unitCode) {
      prev.validTo = isoOf(to);
      return;
    }
    versions.push({ code: cell.code, kind: 'cell', ...a, validFrom: isoOf(s), validTo: isoOf(to) });
  });
  return versions;
}

function attrs(w: World, cell: Cell, d: Day): OrgAttrs {
  const after = d >= REFORM;
  const commune = after ? cell.newCommune : cell.oldCommune;
  if (cell.kind === 'agency') {
    const names = w.communeNames.get(cell.oldCommune)!;
    const name = after && names.after ? names.after : names.before;
    return { name: `Chi bộ Cơ quan ${lowerFirst(name)}`, parentCode: committeeCode(commune), unitCode: commune };
  }
  const single = cell.kind === 'own' || (cell.convertedAt !== null && d >= cell.convertedAt);
  return {
    name: single ? `Chi bộ ${cell.village!.name}` : cell.name,
    parentCode: committeeCode(commune),
    unitCode: single ? cell.village!.code : commune,
  };
}
