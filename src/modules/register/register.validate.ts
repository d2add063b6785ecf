/**
 * Checks a register against the merged state: what the database holds for the
 * codes the import touches, with the workbook's rows replacing stored rows of
 * the same key. Pure: no I/O, every problem goes to the IssueList, all at once.
 * Problems are reported only where a workbook row is involved; stored rows
 * passed these checks when they were written.
 */
import type { UnitLevel } from '../../db/schema/index.js';
import {
  fromDatabase,
  intervalText,
  type IssueList,
  levelName,
  orgKindName,
  subjectName,
  whereRow,
  type Subject,
} from './register.issues.js';
import { keyColumns, rowKey, type ExistingState } from './register.keys.js';
import type { PartialCodes } from '../imports/imports.parse.js';
import {
  emptyRegister,
  sheetNames,
  type PersonRow,
  type Register,
  type SheetName,
  type SourceRow,
  type UnitRow,
} from './register.schema.js';
import { checkTime, lo, hi, type Context, type KnownCodes, type OrgKind } from './register.validate-time.js';

const rank: Record<UnitLevel, number> = { country: 0, province: 1, district: 2, commune: 3, village: 4 };

/** Runs every check of docs/import-format.md; the register is valid when `issues.errors` stays empty. */
export function validateRegister(
  input: Register,
  existing: ExistingState,
  partial: PartialCodes,
  issues: IssueList,
): void {
  const ctx: Context = {
    input,
    merged: mergeAll(input, existing.register, issues),
    known: knownCodes(input, existing, partial, issues),
    issues,
    lang: issues.lang,
    bad: new Set(),
  };
  checkReferences(ctx);
  checkUnitParents(ctx);
  checkTime(ctx);
}

/** Stored rows, then workbook rows replacing those of the same key; a key twice in the workbook is an error. */
function mergeAll(input: Register, stored: Register, issues: IssueList): Register {
  const merged = emptyRegister();
  for (const sheet of sheetNames) mergeSheet(sheet, input, stored, merged, issues);
  return merged;
}

function mergeSheet<S extends SheetName>(
  sheet: S,
  input: Register,
  stored: Register,
  merged: Register,
  issues: IssueList,
): void {
  type R = Register[S][number];
  const key = rowKey[sheet] as (r: R) => string;
  const byKey = new Map<string, R>();
  for (const r of stored[sheet] as R[]) byKey.set(key(r), r);
  const seen = new Map<string, R>();
  for (const r of input[sheet] as R[]) {
    const k = key(r);
    const first = seen.get(k);
    if (first) {
      const shown = keyColumns[sheet].map((c, i) => `${c}=${k.split('\u0001')[i] || '∅'}`).join(', ');
      issues.error(
        'IMPORT_DUPLICATE_ROW',
        { sheet, row: r.row, column: keyColumns[sheet][0], value: k.split('\u0001')[0] },
        { key: shown, other: first.row },
      );
      continue;
    }
    seen.set(k, r);
    byKey.set(k, r);
  }
  (merged[sheet] as R[]) = [...byKey.values()];
}

/** Levels and kinds of every code in the merged state; a code whose level differs between rows is an error. */
function knownCodes(input: Register, existing: ExistingState, partial: PartialCodes, issues: IssueList): KnownCodes {
  const units = new Map<string, UnitLevel | null>(existing.unitLevels);
  const orgs = new Map<string, OrgKind | null>(existing.orgKinds);
  const people = new Map<string, PersonRow | null>();
  for (const c of partial.units) if (!units.has(c)) units.set(c, null);
  for (const c of partial.orgs) if (!orgs.has(c)) orgs.set(c, null);
  for (const c of partial.people) people.set(c, null);
  for (const p of existing.register.people) people.set(p.personCode, p);
  for (const p of input.people) people.set(p.personCode, p);
  identity(
    input.units,
    (r) => r.code,
    (r) => r.level,
    existing.unitLevels,
    units,
    'level',
    issues,
  );
  identity(
    input.party_orgs,
    (r) => r.code,
    (r) => r.kind,
    existing.orgKinds,
    orgs,
    'kind',
    issues,
  );
  return { units, orgs, people };
}

function identity<R extends SourceRow, L extends string>(
  rows: R[],
  code: (r: R) => string,
  level: (r: R) => L,
  stored: Map<string, L>,
  out: Map<string, L | null>,
  column: string,
  issues: IssueList,
): void {
  const sheet = column === 'level' ? 'units' : 'party_orgs';
  const firstRow = new Map<string, R>();
  for (const r of rows) {
    const c = code(r);
    const storedLevel = stored.get(c);
    const first = firstRow.get(c);
    const expected = storedLevel ?? (first ? level(first) : undefined);
    if (expected !== undefined && expected !== level(r)) {
      const where =
        storedLevel !== undefined ? whereRow({ row: fromDatabase }, issues.lang) : whereRow(first!, issues.lang);
      issues.error(
        'IMPORT_LEVEL_CHANGED',
        { sheet, row: r.row, column, value: level(r) },
        { code: c, other: expected, where },
      );
      continue;
    }
    if (!first) firstRow.set(c, r);
    out.set(c, expected ?? level(r));
  }
}

/** Every code a workbook row names must exist in the merged state, and be of the kind its column needs. */
function checkReferences(ctx: Context): void {
  const { input } = ctx;
  const ref = refChecker(ctx);
  for (const r of input.unit_lineage) {
    ref.unit(r, 'unit_lineage', 'from_code', r.fromCode, null);
    ref.unit(r, 'unit_lineage', 'to_code', r.toCode, null);
  }
  for (const r of input.party_orgs) {
    if (r.parentCode) ref.org(r, 'party_orgs', 'parent_code', r.parentCode, 'committee');
    if (r.unitCode) ref.unit(r, 'party_orgs', 'unit_code', r.unitCode, null);
  }
  for (const r of input.cell_villages) {
    ref.org(r, 'cell_villages', 'cell_code', r.cellCode, 'cell');
    ref.unit(r, 'cell_villages', 'village_code', r.villageCode, 'village');
  }
  for (const r of input.people) {
    if (r.residenceVillageCode) ref.unit(r, 'people', 'residence_village_code', r.residenceVillageCode, 'village');
  }
  for (const r of input.memberships) ref.person(r, 'memberships', r.personCode);
  for (const r of input.placements) {
    ref.person(r, 'placements', r.personCode);
    ref.org(r, 'placements', 'cell_code', r.cellCode, 'cell');
    if (r.villageCode) ref.unit(r, 'placements', 'village_code', r.villageCode, 'village');
  }
  for (const r of input.head_terms) {
    ref.unit(r, 'head_terms', 'village_code', r.villageCode, 'village');
    ref.person(r, 'head_terms', r.personCode);
  }
  for (const r of input.secretary_terms) {
    ref.org(r, 'secretary_terms', 'cell_code', r.cellCode, 'cell');
    ref.person(r, 'secretary_terms', r.personCode);
  }
}

function refChecker(ctx: Context) {
  const { known, issues, lang, bad } = ctx;
  const unknown = (r: SourceRow, sheet: SheetName, column: string, code: string, what: Subject) => {
    bad.add(r);
    issues.error('IMPORT_UNKNOWN_CODE', { sheet, row: r.row, column, value: code }, { what: subjectName(what, lang) });
  };
  const wrong = (r: SourceRow, sheet: SheetName, column: string, code: string, actual: string, expected: string) => {
    bad.add(r);
    issues.error('IMPORT_WRONG_KIND', { sheet, row: r.row, column, value: code }, { actual, expected });
  };
  return {
    unit(r: SourceRow, sheet: SheetName, column: string, code: string, level: UnitLevel | null) {
      const found = known.units.get(code);
      if (found === undefined) unknown(r, sheet, column, code, 'unit');
      else if (level && found && found !== level)
        wrong(r, sheet, column, code, levelName(found, lang), levelName(level, lang));
    },
    org(r: SourceRow, sheet: SheetName, column: string, code: string, kind: OrgKind) {
      const found = known.orgs.get(code);
      if (found === undefined) unknown(r, sheet, column, code, 'org');
      else if (found && found !== kind)
        wrong(r, sheet, column, code, orgKindName(found, lang), orgKindName(kind, lang));
    },
    person(r: SourceRow, sheet: SheetName, code: string) {
      if (!known.people.has(code)) unknown(r, sheet, 'person_code', code, 'person');
    },
  };
}

/**
 * A village's parent must be a commune in every version; any other unit's
 * parent must be of a higher level. A parent that does not exist for the whole
 * of a version is suspicious (a lineage typed with the wrong date) but legal.
 */
function checkUnitParents(ctx: Context): void {
  const { input, merged, known, issues, lang } = ctx;
  const versions = new Map<string, UnitRow[]>();
  for (const v of merged.units) {
    const list = versions.get(v.code);
    if (list) list.push(v);
    else versions.set(v.code, [v]);
  }
  for (const list of versions.values()) list.sort((a, b) => (lo(a.validFrom) < lo(b.validFrom) ? -1 : 1));
  for (const r of input.units) {
    if (known.units.get(r.code) !== r.level) continue; // already reported as IMPORT_LEVEL_CHANGED
    const at = { sheet: 'units', row: r.row, column: 'parent_code', value: r.parentCode };
    if (r.parentCode === null) {
      if (r.level === 'village') issues.error('IMPORT_MISSING_VALUE', at);
      continue;
    }
    const parentLevel = known.units.get(r.parentCode);
    if (parentLevel === undefined) {
      ctx.bad.add(r);
      issues.error('IMPORT_UNKNOWN_CODE', at, { what: subjectName('unit', lang) });
      continue;
    }
    if (parentLevel === null) continue;
    if (r.level === 'village' && parentLevel !== 'commune') {
      issues.error('IMPORT_VILLAGE_PARENT_NOT_COMMUNE', at, { code: r.code, level: levelName(parentLevel, lang) });
    } else if (r.level !== 'village' && rank[parentLevel] >= rank[r.level]) {
      issues.error('IMPORT_PARENT_LEVEL', at, {
        parentLevel: levelName(parentLevel, lang),
        level: levelName(r.level, lang),
      });
    } else if (!covers(versions.get(r.parentCode) ?? [], r.validFrom, r.validTo)) {
      issues.warn('IMPORT_PARENT_NOT_VALID', at, { interval: intervalText(r.validFrom, r.validTo) });
    }
  }
}

/** Whether versions sorted by start cover [from, to) without a gap. */
function covers(sorted: UnitRow[], from: string | null, to: string | null): boolean {
  if (sorted.length === 0) return true; // a parent known only by a dropped row: nothing to judge
  let cursor = lo(from);
  const end = hi(to);
  for (const v of sorted) {
    if (lo(v.validFrom) > cursor) return false;
    if (hi(v.validTo) > cursor) cursor = hi(v.validTo);
    if (cursor >= end) return true;
  }
  return cursor >= end;
}
