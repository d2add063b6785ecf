/**
 * The reference implementation of docs/domain.md's counting: plain TypeScript over
 * a Register (rows keyed by codes), no SQL, written to be obviously right
 * rather than fast. The property tests check the SQL engine against it.
 * It reads each definition literally; see the comments for the choices that
 * the SQL engine makes the same way.
 */
import { formatRatioText } from '../../../src/platform/dates.js';
import { AppError } from '../../../src/modules/errors.js';
import type { Register, UnitRow } from '../../../src/modules/register/register.schema.js';
import {
  changeCategories,
  flows,
  listFlows,
  memberGroups,
  villageCategories,
  type Change,
  type Comparison,
  type ListFlow,
  type MemberGroup,
  type FlowCategory,
  type Flows,
  type ScopeMoves,
  type Snapshot,
  type VillageCategory,
  type VillageItem,
  type VillageList,
  type VillageListScope,
} from '../../../src/modules/indicators/indicators.schema.js';

/** A fact with [from, to) holds at D: from <= D (or open) and D < to (or open). */
export function holdsAt(from: string | null, to: string | null, d: string): boolean {
  return (from === null || from <= d) && (to === null || d < to);
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function unitAt(reg: Register, code: string, d: string): UnitRow | undefined {
  return reg.units.find((u) => u.code === code && holdsAt(u.validFrom, u.validTo, d));
}

function scopeAt(reg: Register, code: string, d: string): UnitRow {
  if (!reg.units.some((u) => u.code === code)) throw new AppError('UNIT_NOT_FOUND', { code });
  const v = unitAt(reg, code, d);
  if (!v) throw new AppError('UNIT_NOT_VALID_AT', { code, at: d });
  return v;
}

/** The village versions valid at D whose chain of parents valid at D reaches the scope (or that are the scope). */
function villagesAt(reg: Register, scopeCode: string, d: string): UnitRow[] {
  const found: UnitRow[] = [];
  for (const v of reg.units) {
    if (v.level !== 'village' || !holdsAt(v.validFrom, v.validTo, d)) continue;
    let cur: UnitRow | undefined = v;
    for (let step = 0; cur && step < 10; step++) {
      if (cur.code === scopeCode) {
        found.push(v);
        break;
      }
      cur = cur.parentCode === null ? undefined : unitAt(reg, cur.parentCode, d);
    }
  }
  return found.sort((a, b) => byCode(a.code, b.code));
}

function activeMembership(reg: Register, personCode: string, d: string) {
  return reg.memberships.find((m) => m.personCode === personCode && holdsAt(m.admittedOn, m.endedOn, d));
}

/** Cells (kind cell, a version valid at D) covering the village at D, each with the villages valid at D it covers. */
function coveringCells(reg: Register, villageCode: string, d: string): { cell: string; covers: Set<string> }[] {
  const cells = new Set(
    reg.party_orgs.filter((o) => o.kind === 'cell' && holdsAt(o.validFrom, o.validTo, d)).map((o) => o.code),
  );
  const result: { cell: string; covers: Set<string> }[] = [];
  for (const cell of cells) {
    const rowsAtD = reg.cell_villages.filter((cv) => cv.cellCode === cell && holdsAt(cv.validFrom, cv.validTo, d));
    if (!rowsAtD.some((cv) => cv.villageCode === villageCode)) continue;
    // "no other village at D": other villages that exist at D; a covering row left open on an ended village is ignored
    const covers = new Set(rowsAtD.map((cv) => cv.villageCode).filter((c) => unitAt(reg, c, d) !== undefined));
    result.push({ cell, covers });
  }
  return result;
}

/** The facts of one village at D, straight from the definitions. */
export function villageFactsAt(reg: Register, v: UnitRow, d: string): VillageItem {
  const counted = new Map<string, boolean>(); // person -> official at D
  for (const p of reg.placements) {
    if (p.kind !== 'official' || p.villageCode !== v.code || !holdsAt(p.validFrom, p.validTo, d)) continue;
    const m = activeMembership(reg, p.personCode, d);
    if (m) counted.set(p.personCode, m.officialOn !== null && m.officialOn <= d);
  }
  const total = counted.size;
  const official = [...counted.values()].filter(Boolean).length;

  const covering = coveringCells(reg, v.code, d);
  const ownCells = covering.filter((c) => c.covers.size === 1).map((c) => c.cell);
  const cell = ownCells.length > 0 ? 'own' : covering.length > 0 ? 'combined' : 'none';

  // The importer forbids two heads at once; were there two, the engine keeps the lowest person id, this the lowest code.
  const heads = reg.head_terms
    .filter((h) => h.villageCode === v.code && h.role === 'head' && holdsAt(h.validFrom, h.validTo, d))
    .sort((a, b) => byCode(a.personCode, b.personCode));
  const headTerm = heads[0];
  const headPerson = headTerm && reg.people.find((p) => p.personCode === headTerm.personCode);
  const head = headTerm
    ? {
        code: headTerm.personCode,
        name: headPerson?.fullName ?? '',
        isMember: activeMembership(reg, headTerm.personCode, d) !== undefined,
      }
    : null;
  const headStatus = head === null ? 'vacant' : head.isMember ? 'party' : 'nonParty';
  const secretaryIsHead =
    head !== null &&
    reg.secretary_terms.some(
      (s) => ownCells.includes(s.cellCode) && s.personCode === head.code && holdsAt(s.validFrom, s.validTo, d),
    );

  const category = total === 0 ? 'white' : total <= 2 ? 'weak' : 'strong';
  const readyForCell = official >= 3 && cell !== 'own';
  const categories: VillageCategory[] = [
    category,
    cell === 'own' ? 'ownCell' : cell === 'combined' ? 'combinedOnly' : 'noCell',
    ...(readyForCell ? (['readyForCell'] as const) : []),
    headStatus === 'party' ? 'partyHead' : headStatus === 'nonParty' ? 'nonPartyHead' : 'vacantHead',
    ...(secretaryIsHead ? (['secretaryIsHead'] as const) : []),
    'all',
  ];
  const commune = v.parentCode === null ? undefined : unitAt(reg, v.parentCode, d);
  return {
    code: v.code,
    name: v.name,
    subtype: v.subtype,
    commune: { code: v.parentCode, name: commune?.name ?? null },
    members: { total, official, probationary: total - official },
    category,
    cell,
    readyForCell,
    head,
    headStatus,
    secretaryIsHead,
    categories,
  };
}

/** Every village of the scope at D with its facts, ordered by code. */
export function referenceVillages(reg: Register, scopeCode: string, d: string): VillageItem[] {
  scopeAt(reg, scopeCode, d);
  return villagesAt(reg, scopeCode, d).map((v) => villageFactsAt(reg, v, d));
}

const inCat = (v: VillageItem, c: VillageCategory) => v.categories.includes(c);

/** The snapshot at D, counted from the village facts. */
export function referenceSnapshot(reg: Register, scopeCode: string, d: string): Snapshot {
  const scope = scopeAt(reg, scopeCode, d);
  const vs = referenceVillages(reg, scopeCode, d);
  const count = (c: VillageCategory) => vs.filter((v) => inCat(v, c)).length;
  const sum = (f: (v: VillageItem) => number) => vs.reduce((a, v) => a + f(v), 0);
  const nonParty = count('nonPartyHead');
  return {
    scope: { code: scope.code, name: scope.name },
    at: d,
    villages: vs.length,
    white: count('white'),
    weak: count('weak'),
    strong: count('strong'),
    ownCell: count('ownCell'),
    combinedOnly: count('combinedOnly'),
    noCell: count('noCell'),
    readyForCell: count('readyForCell'),
    heads: { party: count('partyHead'), nonParty, vacant: count('vacantHead') },
    secretaryIsHead: count('secretaryIsHead'),
    members: {
      total: sum((v) => v.members.total),
      official: sum((v) => v.members.official),
      probationary: sum((v) => v.members.probationary),
    },
    nonPartyHeadRatio: { count: nonParty, total: vs.length, ...formatRatioText(nonParty, vs.length) },
  };
}

/** Which villages (codes) of one category are in one flow between D1 and D2; "valid at D" = in the scope's set at D. */
function flowCodes(a: VillageItem[], b: VillageItem[], c: VillageCategory, flow: ListFlow): string[] {
  const at1 = new Map(a.map((v) => [v.code, v]));
  const at2 = new Map(b.map((v) => [v.code, v]));
  const codes = [...new Set([...at1.keys(), ...at2.keys()])].sort(byCode);
  return codes.filter((code) => {
    const v1 = at1.get(code);
    const v2 = at2.get(code);
    const in1 = v1 !== undefined && inCat(v1, c);
    const in2 = v2 !== undefined && inCat(v2, c);
    switch (flow) {
      case 'left':
        return v1 !== undefined && v2 !== undefined && in1 && !in2;
      case 'entered':
        return v1 !== undefined && v2 !== undefined && !in1 && in2;
      case 'ceased':
        return in1 && v2 === undefined;
      case 'new':
        return v1 === undefined && in2;
      case 'stayed':
        return in1 && in2;
      default:
        return false;
    }
  });
}

function checkRange(d1: string, d2: string): void {
  if (!(d1 < d2)) throw new AppError('DATE_RANGE_INVALID', { from: d1, to: d2 });
}

/** The snapshots at D1 < D2 and the flows of the given categories (compareFlows). */
export function referenceFlows<C extends FlowCategory>(
  reg: Register,
  scopeCode: string,
  d1: string,
  d2: string,
  categories: readonly C[],
): Flows<C> {
  checkRange(d1, d2);
  const from = referenceSnapshot(reg, scopeCode, d1);
  const to = referenceSnapshot(reg, scopeCode, d2);
  const a = referenceVillages(reg, scopeCode, d1);
  const b = referenceVillages(reg, scopeCode, d2);
  const change = (c: VillageCategory): Change => {
    const [left, entered, ceased, added] = flows.map((f) => flowCodes(a, b, c, f).length);
    const n1 = a.filter((v) => inCat(v, c)).length;
    const n2 = b.filter((v) => inCat(v, c)).length;
    return { from: n1, to: n2, left, entered, ceased, new: added, net: n2 - n1 };
  };
  const changes = Object.fromEntries(categories.map((c) => [c, change(c)])) as Record<C, Change>;
  const existsAt = (code: string, d: string) =>
    reg.units.some(
      (u) => u.code === code && (u.validFrom === null || u.validFrom <= d) && (u.validTo === null || d < u.validTo),
    );
  const moved = (c: VillageCategory): ScopeMoves => ({
    joined: flowCodes(a, b, c, 'new').filter((code) => existsAt(code, d1)).length,
    departed: flowCodes(a, b, c, 'ceased').filter((code) => existsAt(code, d2)).length,
  });
  const moves = Object.fromEntries(categories.map((c) => [c, moved(c)])) as Record<C, ScopeMoves>;
  return { from, to, changes, moves };
}

/** The comparison of D1 < D2. */
export function referenceComparison(reg: Register, scopeCode: string, d1: string, d2: string): Comparison {
  const { moves: _, ...c } = referenceFlows(reg, scopeCode, d1, d2, changeCategories);
  return c;
}

/** The village list behind a number, as the service returns it. */
export function referenceVillageList(reg: Register, where: VillageListScope, category: string): VillageList {
  if (!(villageCategories as readonly string[]).includes(category)) {
    throw new AppError('UNKNOWN_CATEGORY', { value: category, allowed: villageCategories.join(', ') });
  }
  const c = category as VillageCategory;
  if ('at' in where) {
    const scope = scopeAt(reg, where.scope, where.at);
    const villages = referenceVillages(reg, where.scope, where.at).filter((v) => inCat(v, c));
    return {
      scope: { code: scope.code, name: scope.name },
      at: where.at,
      category: c,
      count: villages.length,
      villages,
    };
  }
  if (!(listFlows as readonly string[]).includes(where.flow)) {
    throw new AppError('UNKNOWN_FLOW', { value: where.flow, allowed: listFlows.join(', ') });
  }
  const flow = where.flow as ListFlow;
  const toCategory = where.toCategory ?? null;
  if (toCategory !== null && !(memberGroups as readonly string[]).includes(toCategory)) {
    throw new AppError('UNKNOWN_CATEGORY', { value: toCategory, allowed: memberGroups.join(', ') });
  }
  checkRange(where.from, where.to);
  scopeAt(reg, where.scope, where.from);
  const scope = scopeAt(reg, where.scope, where.to);
  const a = referenceVillages(reg, where.scope, where.from);
  const b = referenceVillages(reg, where.scope, where.to);
  const villages = flowCodes(a, b, c, flow)
    .map((code) => {
      const v1 = a.find((v) => v.code === code) ?? null;
      const v2 = b.find((v) => v.code === code) ?? null;
      return { code, name: (v2 ?? v1)?.name ?? '', from: v1, to: v2 };
    })
    .filter((v) => toCategory === null || (v.to !== null && inCat(v.to, toCategory as VillageCategory)));
  return {
    scope: { code: scope.code, name: scope.name },
    from: where.from,
    to: where.to,
    category: c,
    flow,
    toCategory: toCategory as MemberGroup | null,
    count: villages.length,
    villages,
  };
}
