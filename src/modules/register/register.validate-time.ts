/**
 * The checks on validity intervals: ranges, overlaps of versions and terms,
 * placements inside memberships, and the age warnings. Each groups rows in a
 * Map and sorts each group once, so a province-scale register stays O(n log n).
 */
import type { UnitLevel } from '../../db/schema/index.js';
import type { ErrorParams, Lang } from '../../platform/errors.js';
import { needsConsent, rulesAt } from '../../../common/rules.js';
import {
  intervalText,
  isStored,
  subjectName,
  whereRow,
  type ImportCode,
  type IssueList,
  type Subject,
} from './register.issues.js';
import type { IsoDate, MembershipRow, PersonRow, Register, SheetName, SourceRow } from './register.schema.js';

export type OrgKind = 'committee' | 'cell';

/** Codes known to the merged state; null = defined by a row that could not be read. */
export interface KnownCodes {
  units: Map<string, UnitLevel | null>;
  orgs: Map<string, OrgKind | null>;
  people: Map<string, PersonRow | null>;
}

/** The merged state and what the checks learnt; rows with bad references are left out of time checks. */
export interface Context {
  input: Register;
  merged: Register;
  known: KnownCodes;
  issues: IssueList;
  lang: Lang;
  bad: Set<SourceRow>;
}

/**
 * Open bounds as sortable sentinels: ISO dates compare correctly as strings,
 * and '-' sorts before every digit and 'i' after, so no readable date (not
 * even 9999-12-31) equals an open bound.
 */
export const lo = (d: IsoDate | null): string => d ?? '-infinity';
export const hi = (d: IsoDate | null): string => d ?? 'infinity';

interface Span<R> {
  row: R;
  from: IsoDate | null;
  to: IsoDate | null;
}

/** Runs the interval checks on the merged state; only workbook rows are reported. */
export function checkTime(ctx: Context): void {
  const { merged: m } = ctx;
  const ranges: [SheetName, SourceRow & { validFrom: IsoDate | null; validTo: IsoDate | null }][] = [
    ...m.units.map((r) => ['units', r] as [SheetName, typeof r]),
    ...m.party_orgs.map((r) => ['party_orgs', r] as [SheetName, typeof r]),
    ...m.cell_villages.map((r) => ['cell_villages', r] as [SheetName, typeof r]),
    ...m.placements.map((r) => ['placements', r] as [SheetName, typeof r]),
    ...m.head_terms.map((r) => ['head_terms', r] as [SheetName, typeof r]),
    ...m.secretary_terms.map((r) => ['secretary_terms', r] as [SheetName, typeof r]),
  ];
  for (const [sheet, r] of ranges) range(ctx, sheet, r, r.validFrom, r.validTo, 'valid_from', 'valid_to');
  for (const r of m.memberships) range(ctx, 'memberships', r, r.admittedOn, r.endedOn, 'admitted_on', 'ended_on');

  const ok = <R extends SourceRow>(rows: R[]) => rows.filter((r) => !ctx.bad.has(r));
  const spans = <R extends SourceRow & { validFrom: IsoDate | null; validTo: IsoDate | null }>(rows: R[]) =>
    ok(rows).map((row) => ({ row, from: row.validFrom, to: row.validTo }));

  overlaps(ctx, 'units', spans(m.units), (r) => r.code, 'IMPORT_OVERLAP', 'unit');
  overlaps(ctx, 'party_orgs', spans(m.party_orgs), (r) => r.code, 'IMPORT_OVERLAP', 'org');
  overlaps(
    ctx,
    'cell_villages',
    spans(m.cell_villages),
    (r) => `${r.cellCode}\u0001${r.villageCode}`,
    'IMPORT_OVERLAP',
    'cellVillage',
  );
  overlaps(ctx, 'secretary_terms', spans(m.secretary_terms), (r) => r.cellCode, 'IMPORT_OVERLAP', 'secretary');
  overlaps(
    ctx,
    'head_terms',
    spans(m.head_terms.filter((r) => r.role === 'head')),
    (r) => r.villageCode,
    'IMPORT_TWO_HEADS',
    null,
    (r) => ({ village: r.villageCode }),
  );
  overlaps(
    ctx,
    'placements',
    spans(m.placements.filter((r) => r.kind === 'official')),
    (r) => r.personCode,
    'IMPORT_TWO_OFFICIAL_PLACEMENTS',
    null,
    (r) => ({ person: r.personCode }),
  );
  const memberships = ok(m.memberships).map((row) => ({
    row,
    from: row.admittedOn as IsoDate | null,
    to: row.endedOn,
  }));
  overlaps(ctx, 'memberships', memberships, (r) => r.personCode, 'IMPORT_OVERLAP', 'member', undefined, [
    'admitted_on',
    'ended_on',
  ]);

  checkMemberships(ctx);
  checkPlacements(ctx);
  checkHeads(ctx);
}

function range(
  ctx: Context,
  sheet: SheetName,
  r: SourceRow,
  from: IsoDate | null,
  to: IsoDate | null,
  fromColumn: string,
  toColumn: string,
): void {
  if (from === null || to === null || to > from) return;
  ctx.bad.add(r);
  if (isStored(r)) return;
  ctx.issues.error(
    'IMPORT_RANGE',
    { sheet, row: r.row, column: toColumn, value: to },
    { from, to, fromColumn, toColumn },
  );
}

/**
 * Within each group, sorts by start and sweeps, keeping the span that reaches
 * furthest: a span starting before that reach overlaps it. Each overlapping
 * span is reported once, at the workbook row of the pair.
 */
function overlaps<R extends SourceRow>(
  ctx: Context,
  sheet: SheetName,
  spans: Span<R>[],
  group: (r: R) => string,
  code: ImportCode,
  subject: Subject | null,
  params?: (r: R) => ErrorParams,
  columns: [string, string] = ['valid_from', 'valid_to'],
): void {
  const groups = new Map<string, Span<R>[]>();
  for (const s of spans) {
    const g = group(s.row);
    const list = groups.get(g);
    if (list) list.push(s);
    else groups.set(g, [s]);
  }
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => (lo(a.from) < lo(b.from) ? -1 : lo(a.from) > lo(b.from) ? 1 : a.row.row - b.row.row));
    let reach = list[0];
    for (let i = 1; i < list.length; i++) {
      const cur = list[i];
      if (lo(cur.from) < hi(reach.to)) {
        // Report at the workbook row of the pair; of two workbook rows, at the later one (usually the one added).
        const [here, other] = cur.row.row >= reach.row.row ? [cur, reach] : [reach, cur];
        if (!isStored(here.row)) {
          ctx.issues.error(
            code,
            { sheet, row: here.row.row, column: columns[0], value: here.from },
            {
              interval: intervalText(here.from, here.to),
              otherInterval: intervalText(other.from, other.to),
              where: whereRow(other.row, ctx.lang),
              subject: subject ? subjectName(subject, ctx.lang) : '',
              ...(params ? params(here.row) : {}),
            },
          );
        }
      }
      if (hi(cur.to) > hi(reach.to)) reach = cur;
    }
  }
}

/** Full months from birth to a date, as the admission rules count age. */
export function ageInMonths(birth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}

function checkMemberships(ctx: Context): void {
  const { issues, known } = ctx;
  for (const r of ctx.input.memberships) {
    if (r.officialOn !== null && r.officialOn < r.admittedOn) {
      issues.error(
        'IMPORT_OFFICIAL_BEFORE_ADMITTED',
        { sheet: 'memberships', row: r.row, column: 'official_on', value: r.officialOn },
        { official: r.officialOn, admitted: r.admittedOn },
      );
    }
    if (r.cardNo !== null && r.officialOn === null) {
      issues.warn('IMPORT_CARD_WITHOUT_OFFICIAL', {
        sheet: 'memberships',
        row: r.row,
        column: 'card_no',
        value: r.cardNo,
      });
    }
    // expulsion is a discipline of official members (a probationary member who fails is removed)
    if (
      r.endReason === 'expelled' &&
      r.endedOn !== null &&
      (r.officialOn === null || r.officialOn > r.endedOn) &&
      rulesAt(r.endedOn).membership.expelOfficialOnly
    ) {
      issues.warn(
        'IMPORT_EXPELLED_PROBATIONARY',
        { sheet: 'memberships', row: r.row, column: 'end_reason', value: r.endReason },
        { on: r.endedOn },
      );
    }
    const birth = known.people.get(r.personCode)?.birthDate;
    if (!birth) continue;
    const months = ageInMonths(birth, r.admittedOn);
    const at = { sheet: 'memberships', row: r.row, column: 'admitted_on', value: r.admittedOn };
    const age = { years: Math.floor(months / 12), months: months % 12 };
    const rules = rulesAt(r.admittedOn).admission;
    if (months < rules.minAgeMonths) issues.warn('IMPORT_ADMITTED_TOO_YOUNG', at, age);
    // consent only OVER 60: from 721 full months, not at exactly 720
    else if (needsConsent(months, r.admittedOn)) issues.warn('IMPORT_ADMITTED_TOO_OLD', at, age);
  }
  checkReadmissions(ctx);
}

/** A person is readmitted at most as often as the rules in force then allow (once): a later episode of the workbook is flagged. */
function checkReadmissions(ctx: Context): void {
  const byPerson = new Map<string, MembershipRow[]>();
  for (const m of ctx.merged.memberships) {
    if (ctx.bad.has(m)) continue;
    const list = byPerson.get(m.personCode);
    if (list) list.push(m);
    else byPerson.set(m.personCode, [m]);
  }
  for (const list of byPerson.values()) {
    if (list.length < 3) continue;
    list.sort((a, b) => (a.admittedOn < b.admittedOn ? -1 : 1));
    list.forEach((m, i) => {
      if (isStored(m) || i <= rulesAt(m.admittedOn).membership.readmissionsAllowed) return;
      ctx.issues.warn(
        'IMPORT_READMITTED_AGAIN',
        { sheet: 'memberships', row: m.row, column: 'admitted_on', value: m.admittedOn },
        { times: i - 1, readmitted: list[1].admittedOn },
      );
    });
  }
}

/** A village head (or deputy) is of age on the first day of the term. */
function checkHeads(ctx: Context): void {
  for (const h of ctx.input.head_terms) {
    const birth = ctx.known.people.get(h.personCode)?.birthDate;
    if (!birth || h.validFrom === null) continue;
    const minAge = rulesAt(h.validFrom).heads.minAge;
    if (ageInMonths(birth, h.validFrom) < minAge * 12) {
      ctx.issues.warn(
        'IMPORT_HEAD_TOO_YOUNG',
        { sheet: 'head_terms', row: h.row, column: 'valid_from', value: h.validFrom },
        { age: minAge, birth },
      );
    }
  }
}

/** Each placement must lie within one membership episode [admitted_on, ended_on) of its person. */
function checkPlacements(ctx: Context): void {
  const { merged, issues, lang } = ctx;
  const byPerson = new Map<string, MembershipRow[]>();
  for (const m of merged.memberships) {
    if (ctx.bad.has(m)) continue;
    const list = byPerson.get(m.personCode);
    if (list) list.push(m);
    else byPerson.set(m.personCode, [m]);
  }
  const touched = new Set(ctx.input.memberships.map((m) => m.personCode));
  // A person whose memberships are already in error would only cascade here.
  const unsure = new Set(merged.memberships.filter((m) => ctx.bad.has(m)).map((m) => m.personCode));
  for (const p of merged.placements) {
    if (ctx.bad.has(p) || unsure.has(p.personCode)) continue;
    // A stored placement is judged only when the workbook changes its person's memberships.
    if (isStored(p) && !touched.has(p.personCode)) continue;
    const episodes = byPerson.get(p.personCode) ?? [];
    // The episode the placement starts in, if any: then only its end can stick out.
    const start =
      p.validFrom === null
        ? undefined
        : episodes.find((m) => m.admittedOn <= p.validFrom! && p.validFrom! < hi(m.endedOn));
    if (start && hi(p.validTo) <= hi(start.endedOn)) continue;
    const at = start ? { column: 'valid_to', value: p.validTo } : { column: 'valid_from', value: p.validFrom };
    issues.error(
      'IMPORT_PLACEMENT_OUTSIDE_MEMBERSHIP',
      { sheet: 'placements', row: isStored(p) ? null : p.row, ...at },
      {
        interval: intervalText(p.validFrom, p.validTo),
        person: p.personCode,
        memberships: episodes.length
          ? episodes.map((m) => intervalText(m.admittedOn, m.endedOn)).join(', ')
          : lang === 'vi'
            ? 'không có'
            : 'none',
      },
    );
  }
}
