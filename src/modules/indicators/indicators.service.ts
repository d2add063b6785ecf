import { recordEvent, type AuditActor } from '../../platform/audit.js';
import type { Db } from '../../platform/db.js';
import { formatRatioText, parseUserDate } from '../../platform/dates.js';
import { AppError } from '../errors.js';
import type { Lang } from '../../platform/errors.js';
import { districtsOf } from './queries/districts.js';
import { admissionsByChild, type AdmissionCounts } from './queries/admissions.js';
import { comparison } from './queries/comparison.js';
import { villagesInFlow } from './queries/flow-list.js';
import { scopeAt, type ScopeAtRow } from './queries/scope-at.js';
import { snapshotCounts, type SnapshotCountsRow } from './queries/snapshot.js';
import type { VillageFactsRow } from './queries/village-facts.js';
import { villagesInCategory } from './queries/village-list.js';
import { villageListWorkbook } from './villages.xlsx.js';
import {
  changeCategories,
  listFlows,
  memberGroups,
  villageCategories,
  type Change,
  type Comparison,
  type ListFlow,
  type MemberGroup,
  type Snapshot,
  type FlowCategory,
  type Flows,
  type ScopeMoves,
  type VillageCategory,
  type VillageItem,
  type VillageList,
  type VillageListScope,
} from './indicators.schema.js';

export { formatComparisonTable, formatSnapshotTable } from './format.js';

interface ResolvedScope {
  id: number;
  code: string;
  name: string;
}

/** The scope unit at a date: UNIT_NOT_FOUND for an unknown code, UNIT_NOT_VALID_AT when it does not exist then. */
async function resolveScope(db: Db, code: string, at: string): Promise<ResolvedScope> {
  return checkedScope(await scopeAt(db, { code, at }), code, at);
}

function checkedScope(unit: ScopeAtRow | null, code: string, at: string): ResolvedScope {
  if (!unit) throw new AppError('UNIT_NOT_FOUND', { code });
  if (unit.name === null) throw new AppError('UNIT_NOT_VALID_AT', { code, at });
  return { id: unit.id, code: unit.code, name: unit.name };
}

/** Two dates in order, or DATE_RANGE_INVALID. */
function dateRange(from: string, to: string): { from: string; to: string } {
  const d1 = parseUserDate(from);
  const d2 = parseUserDate(to);
  if (!(d1 < d2)) throw new AppError('DATE_RANGE_INVALID', { from: d1, to: d2 });
  return { from: d1, to: d2 };
}

/** Builds the snapshot JSON from the aggregate row; pure so the reference can share the shape. */
export function snapshotFromCounts(scope: { code: string; name: string }, at: string, c: SnapshotCountsRow): Snapshot {
  return {
    scope: { code: scope.code, name: scope.name },
    at,
    villages: c.villages,
    white: c.white,
    weak: c.weak,
    strong: c.strong,
    ownCell: c.own_cell,
    combinedOnly: c.combined_only,
    noCell: c.no_cell,
    readyForCell: c.ready_for_cell,
    heads: { party: c.party_head, nonParty: c.non_party_head, vacant: c.vacant_head },
    secretaryIsHead: c.secretary_is_head,
    members: {
      total: c.members_total,
      official: c.members_official,
      probationary: c.members_total - c.members_official,
    },
    nonPartyHeadRatio: { count: c.non_party_head, total: c.villages, ...formatRatioText(c.non_party_head, c.villages) },
  };
}

/** A village row of the facts query as the API shows it. */
export function villageItemFromRow(r: VillageFactsRow): VillageItem {
  return {
    code: r.code,
    name: r.name,
    subtype: r.subtype,
    commune: { code: r.commune_code, name: r.commune_name },
    members: { total: r.total, official: r.official, probationary: r.total - r.official },
    category: r.total === 0 ? 'white' : r.total <= 2 ? 'weak' : 'strong',
    cell: r.cell,
    readyForCell: r.categories.includes('readyForCell'),
    head: r.head_code === null ? null : { code: r.head_code, name: r.head_name ?? '', isMember: r.head_is_member },
    headStatus: r.head_status,
    secretaryIsHead: r.secretary_is_head,
    categories: r.categories,
  };
}

/** The snapshot of docs/domain.md's counts for a scope at a date. */
export async function snapshot(db: Db, scopeCode: string, at: string): Promise<Snapshot> {
  const day = parseUserDate(at);
  const r = await snapshotCounts(db, { scopeCode, at: day });
  return snapshotFromCounts(checkedScope(r.scope, scopeCode, day), day, r.counts);
}

/**
 * The snapshots at D1 < D2 and, per category asked for, the flows of villages
 * between them (docs/domain.md, Comparing two dates): the comparison of the
 * API with its own categories, targets with theirs (own cell, party head, and
 * `all` for the villages that joined or left the scope).
 */
export async function compareFlows<C extends FlowCategory>(
  db: Db,
  scopeCode: string,
  from: string,
  to: string,
  categories: readonly C[],
): Promise<Flows<C>> {
  const range = dateRange(from, to);
  const r = await comparison(db, { scopeCode, ...range, categories });
  const s1 = checkedScope(r.scope_from, scopeCode, range.from);
  const s2 = checkedScope(r.scope_to, scopeCode, range.to);
  const byCategory = new Map(r.changes.map((c) => [c.category, c]));
  const changeOf = (category: C): Change => {
    const c = byCategory.get(category) ?? { from: 0, to: 0, left: 0, entered: 0, ceased: 0, new: 0 };
    return {
      from: c.from,
      to: c.to,
      left: c.left,
      entered: c.entered,
      ceased: c.ceased,
      new: c.new,
      net: c.to - c.from,
    };
  };
  return {
    from: snapshotFromCounts(s1, range.from, r.from_counts),
    to: snapshotFromCounts(s2, range.to, r.to_counts),
    changes: Object.fromEntries(categories.map((c) => [c, changeOf(c)])) as Record<C, Change>,
    moves: Object.fromEntries(
      categories.map((c) => [
        c,
        { joined: byCategory.get(c)?.joined ?? 0, departed: byCategory.get(c)?.departed ?? 0 },
      ]),
    ) as Record<C, ScopeMoves>,
  };
}

/** The snapshots at D1 < D2 and, per reported category, the flows of villages between them. */
export async function compare(db: Db, scopeCode: string, from: string, to: string): Promise<Comparison> {
  const { moves: _, ...c } = await compareFlows(db, scopeCode, from, to, changeCategories);
  return c;
}

/**
 * Admissions in [D1, D2) in a scope as it stands at D2, in total and by the
 * unit directly under the scope (docs/reports.md): the one count of
 * admissions, which the report of a period and the targets both use.
 */
export async function admissionsInPeriod(
  db: Db,
  scopeCode: string,
  from: string,
  to: string,
): Promise<AdmissionCounts> {
  const range = dateRange(from, to);
  const scope = await resolveScope(db, scopeCode, range.to);
  return admissionsByChild(db, scope.id, range.from, range.to);
}

/** The category, or UNKNOWN_CATEGORY naming the valid ones. */
export function parseCategory(value: string): VillageCategory {
  if ((villageCategories as readonly string[]).includes(value)) return value as VillageCategory;
  throw new AppError('UNKNOWN_CATEGORY', { value, allowed: villageCategories.join(', ') });
}

/** The flow of a list (those of the comparison, or `stayed`), or UNKNOWN_FLOW naming the valid ones. */
export function parseFlow(value: string): ListFlow {
  if ((listFlows as readonly string[]).includes(value)) return value as ListFlow;
  throw new AppError('UNKNOWN_FLOW', { value, allowed: listFlows.join(', ') });
}

/** A member group, or UNKNOWN_CATEGORY naming the valid ones. */
function parseGroup(value: string): MemberGroup {
  if ((memberGroups as readonly string[]).includes(value)) return value as MemberGroup;
  throw new AppError('UNKNOWN_CATEGORY', { value, allowed: memberGroups.join(', ') });
}

/**
 * The villages behind a number: those in a category at a date, or in one flow
 * of it between two dates (`stayed`: in it at both), optionally only those in
 * a member group at the second date.
 */
export async function villageList(db: Db, where: VillageListScope, category: string): Promise<VillageList> {
  const cat = parseCategory(category);
  if ('at' in where) {
    const at = parseUserDate(where.at);
    const scope = await resolveScope(db, where.scope, at);
    const villages = (await villagesInCategory(db, { scopeId: scope.id, at, category: cat })).map(villageItemFromRow);
    return { scope: { code: scope.code, name: scope.name }, at, category: cat, count: villages.length, villages };
  }
  const flow = parseFlow(where.flow);
  const toCategory = where.toCategory === undefined ? undefined : parseGroup(where.toCategory);
  const range = dateRange(where.from, where.to);
  await resolveScope(db, where.scope, range.from);
  const scope = await resolveScope(db, where.scope, range.to);
  const found = await villagesInFlow(db, { scopeId: scope.id, ...range, category: cat, flow, toCategory });
  const villages = found.map((r) => {
    const a = r.from_facts && villageItemFromRow(r.from_facts);
    const b = r.to_facts && villageItemFromRow(r.to_facts);
    return { code: r.code, name: (b ?? a)?.name ?? '', from: a, to: b };
  });
  return {
    scope: { code: scope.code, name: scope.name },
    ...range,
    category: cat,
    flow,
    toCategory: toCategory ?? null,
    count: villages.length,
    villages,
  };
}

/** A village list as a file, with the name it goes by. */
export interface VillageListFile {
  data: Buffer;
  /** ASCII, safe in a header: danh-sach-thon_white-left-weak_33_2020-01-01_2025-01-01.xlsx */
  fileName: string;
  contentType: string;
}

/** A file name made of safe characters only (it goes into a header). */
const safe = (s: string) => s.replace(/[^A-Za-z0-9.-]/g, '_');

/**
 * The villages behind a number (the list villageList answers) as an .xlsx
 * workbook, with each commune's district while there were districts; the
 * export is recorded in the audit log. The caller has checked the scope.
 */
export async function villageListXlsx(
  db: Db,
  where: VillageListScope,
  category: string,
  o: { actor: AuditActor; lang: Lang },
): Promise<VillageListFile> {
  const list = await villageList(db, where, category);
  const communes = (items: (VillageItem | null)[]) => [
    ...new Set(items.flatMap((v) => (v?.commune.code ? [v.commune.code] : []))),
  ];
  const districts =
    'at' in list
      ? { at: await districtsOf(db, communes(list.villages), list.at) }
      : {
          from: await districtsOf(db, communes(list.villages.map((v) => v.from)), list.from),
          to: await districtsOf(db, communes(list.villages.map((v) => v.to)), list.to),
        };
  const data = await villageListWorkbook(list, districts, o.lang);
  const what = 'at' in list ? list.category : [list.category, list.flow, list.toCategory].filter(Boolean).join('-');
  const when = 'at' in list ? list.at : `${list.from}_${list.to}`;
  const fileName = `danh-sach-thon_${safe(what)}_${safe(list.scope.code)}_${when}.xlsx`;
  const dates =
    'at' in list ? { at: list.at } : { from: list.from, to: list.to, flow: list.flow, toCategory: list.toCategory };
  await recordEvent(db, o.actor, {
    action: 'export',
    entity: 'village-list',
    entityId: list.scope.code,
    detail: {
      scope: list.scope.code,
      category: list.category,
      ...dates,
      format: 'xlsx',
      file: fileName,
      rows: list.count,
    },
  });
  return { data, fileName, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}
