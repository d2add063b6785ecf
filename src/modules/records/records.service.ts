/**
 * Everyday changes to the register from forms: admit, record official status,
 * transfer, end a membership, enter a head's or a secretary's term. Each is
 * turned into the rows of the import format and goes through the importer, so
 * that one set of domain rules judges a form and a workbook alike, in one
 * audited transaction that refreshes the figures. The importer's issues come
 * back with the form field they concern.
 */
import type { z } from 'zod';
import type { AuditActor } from '../../platform/audit.js';
import { addMonths, formatDateVi } from '../../platform/dates.js';
import type { Db } from '../../platform/db.js';
import { AppError, formatMessage } from '../errors.js';
import type { Lang } from '../../platform/errors.js';
import { rulesAt } from '../../../common/rules.js';
import { importRegister } from '../register/register.service.js';
import { requireWritable } from '../register/writable.js';
import { scopeGuard } from '../transfer/transfer.service.js';
import {
  emptyRegister,
  type ImportIssue,
  type MembershipRow,
  type PlacementRow,
  type Register,
} from '../register/register.schema.js';
import * as people from '../people/people.repository.js';
import { findUnitByCode } from '../units/units.repository.js';
import * as repo from './records.repository.js';
import {
  checkEnd,
  checkHead,
  checkPeriod,
  checkReadmission,
  checkTemporary,
  checkTransit,
  temporaryLimit,
  type RuleIssue,
} from './records.rules.js';
import type {
  admission,
  ChangeResult,
  endMembership,
  headTerm,
  officialStatus,
  secretaryTerm,
  transfer,
  transferOut,
} from './records.schema.js';

export interface Writer {
  actor: AuditActor;
  lang: Lang;
  /**
   * The writer's scope (null: everything). Every change passes requireWritable
   * (register/writable.ts) for it: through the importer's scope guard for the
   * rows it writes, or directly for the people a workflow names.
   */
  scopeCode: string | null;
  /** Whether the unit is in the writer's scope at this date: a path's subject outside it is not found. */
  unitInScope(unitId: number, at: string): Promise<boolean>;
  /** Whether the person is readable by the writer (following history): a subject outside it is not found. */
  personInScope(personId: number): Promise<boolean>;
}

const ROW = 2;

/** The importer's scope guard for a writer with a scope: every row a form writes lies in scope at its dates. */
export const writeGuard = (w: Writer) => (w.scopeCode === null ? undefined : scopeGuard(w.scopeCode));

/** snake_case import columns to the form's camelCase fields, with a form's own renames. */
function fieldOf(column: string | null, renames: Record<string, string>): string | null {
  if (column === null) return null;
  return renames[column] ?? column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

async function apply(
  db: Db,
  register: Register,
  w: Writer,
  reason: string | undefined,
  renames: Record<string, string> = {},
): Promise<ChangeResult> {
  const summary = await importRegister(db, register, {
    actor: { ...w.actor, reason: reason ?? null },
    lang: w.lang,
    authorize: writeGuard(w),
  });
  const fields = (list: ImportIssue[]) =>
    list.map((i) => ({ field: fieldOf(i.column, renames), code: i.code, message: i.message }));
  if (summary.errors.length > 0) {
    throw new AppError('CHANGE_REJECTED', { detail: summary.errors[0].message }, { issues: fields(summary.errors) });
  }
  return { changes: summary.changes, warnings: fields(summary.warnings) };
}

/** Refuses a change that breaks the workflow rules, each problem at its form field, as the importer's are. */
export function refuse(issues: RuleIssue[], lang: Lang): void {
  if (issues.length === 0) return;
  // Vietnamese readers write dates dd/mm/yyyy
  const dated = (p: RuleIssue['params']) =>
    lang === 'vi'
      ? Object.fromEntries(
          Object.entries(p).map(([k, v]) => [
            k,
            typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDateVi(v) : v,
          ]),
        )
      : p;
  const list = issues.map((i) => ({
    field: i.field,
    code: i.code,
    message: (i.subject ? `${i.subject}: ` : '') + formatMessage(i.code, lang, dated(i.params)),
  }));
  throw new AppError('CHANGE_REJECTED', { detail: list.map((i) => i.message).join('; ') }, { issues: list });
}

async function personOf(db: Db, code: string, w: Writer) {
  const p = await people.findPerson(db, code);
  if (!p || !(await w.personInScope(p.id))) throw new AppError('PERSON_NOT_FOUND', { code });
  return p;
}

/** The cell and the village a placement counts for, both in the writer's scope at the date. */
async function placeIn(
  db: Db,
  cellCode: string,
  villageCode: string | undefined,
  at: string,
  w: Writer,
): Promise<{ cellCode: string; villageCode: string | null }> {
  const cell = await repo.orgUnit(db, cellCode);
  if (!cell || cell.unitId === null || !(await w.unitInScope(cell.unitId, at)))
    throw new AppError('ORG_NOT_FOUND', { code: cellCode });
  if (villageCode) {
    const v = await findUnitByCode(db, villageCode);
    if (!v || !(await w.unitInScope(v.id, at))) throw new AppError('VILLAGE_NOT_FOUND', { code: villageCode });
    return { cellCode, villageCode };
  }
  const covered = await repo.cellVillagesAt(db, cell.orgId, at);
  return { cellCode, villageCode: covered.length === 1 ? covered[0] : null };
}

const membershipRows = async (db: Db, personId: number, personCode: string): Promise<MembershipRow[]> =>
  (await people.memberships(db, personId)).map((m) => ({
    row: ROW,
    personCode,
    ...m,
    endReason: m.endReason as MembershipRow['endReason'],
  }));

const placementRows = async (db: Db, personId: number, personCode: string): Promise<PlacementRow[]> =>
  (await people.placements(db, personId)).map((p) => ({
    row: ROW,
    personCode,
    ...p,
    kind: p.kind as PlacementRow['kind'],
    reason: p.reason as PlacementRow['reason'],
  }));

/** Admits a person: a new membership and its first official placement. */
export async function admit(db: Db, code: string, f: z.infer<typeof admission>, w: Writer): Promise<ChangeResult> {
  const p = await personOf(db, code, w);
  refuse(checkReadmission(await people.memberships(db, p.id), f.admittedOn), w.lang);
  const place = await placeIn(db, f.cellCode, f.villageCode, f.admittedOn, w);
  const r = emptyRegister();
  r.memberships.push({
    row: ROW,
    personCode: p.code,
    cardNo: null,
    admittedOn: f.admittedOn,
    officialOn: null,
    endedOn: null,
    endReason: null,
  });
  r.placements.push({
    row: ROW,
    personCode: p.code,
    ...place,
    validFrom: f.admittedOn,
    validTo: null,
    kind: 'official',
    reason: 'admission',
  });
  return apply(db, r, w, f.reason, {
    admitted_on: 'admittedOn',
    valid_from: 'admittedOn',
    cell_code: 'cellCode',
    village_code: 'villageCode',
  });
}

/** Records official status of a membership (the current one by default) and its card number. */
export async function recordOfficial(
  db: Db,
  code: string,
  f: z.infer<typeof officialStatus>,
  w: Writer,
): Promise<ChangeResult> {
  const p = await personOf(db, code, w);
  const all = await membershipRows(db, p.id, p.code);
  const m = f.admittedOn
    ? all.find((x) => x.admittedOn === f.admittedOn)
    : all.filter((x) => x.endedOn === null).at(-1);
  if (!m) throw new AppError('MEMBERSHIP_NOT_FOUND', { code: p.code });
  const r = emptyRegister();
  r.memberships.push({ ...m, officialOn: f.officialOn, cardNo: f.cardNo ?? m.cardNo });
  return apply(db, r, w, f.reason);
}

/**
 * Moves a member. An official transfer ends the official placement running on
 * the day the member leaves (`leftOn`, the new start when omitted); between
 * the two the member is in transit, for no longer than the rules allow. A
 * temporary placement runs beside the official one for a limited time.
 */
export async function transferMember(
  db: Db,
  code: string,
  f: z.infer<typeof transfer>,
  w: Writer,
): Promise<ChangeResult> {
  const p = await personOf(db, code, w);
  if (f.kind === 'official' && f.until)
    throw new AppError('VALIDATION_FAILED', {
      detail: 'until: chỉ dùng cho nơi sinh hoạt tạm thời / only for a temporary placement',
    });
  if (f.kind === 'temporary' && f.leftOn)
    throw new AppError('VALIDATION_FAILED', {
      detail: 'leftOn: chỉ dùng khi chuyển sinh hoạt chính thức / only for an official transfer',
    });
  const left = f.leftOn ?? f.on;
  if (left > f.on)
    throw new AppError('VALIDATION_FAILED', {
      detail: `leftOn: ngày rời nơi cũ (${left}) sau ngày bắt đầu nơi mới (${f.on}) / the day of leaving is after the new start`,
    });
  let until = f.until ?? null;
  if (f.kind === 'official') refuse(checkTransit(left, f.on), w.lang);
  else {
    until ??= temporaryLimit(f.on, f.reasonKind);
    refuse(checkTemporary(f.on, until, f.reasonKind), w.lang);
  }
  const place = await placeIn(db, f.cellCode, f.villageCode, f.on, w);
  const r = emptyRegister();
  if (f.kind === 'official') {
    for (const cur of await placementRows(db, p.id, p.code)) {
      const open =
        cur.kind === 'official' &&
        (cur.validFrom === null || cur.validFrom < left) &&
        (cur.validTo === null || cur.validTo > left);
      if (open) r.placements.push({ ...cur, validTo: left });
    }
  }
  r.placements.push({
    row: ROW,
    personCode: p.code,
    ...place,
    validFrom: f.on,
    validTo: until,
    kind: f.kind,
    reason: f.reasonKind,
  });
  return apply(db, r, w, f.reason, {
    valid_from: 'on',
    valid_to: f.kind === 'official' ? (f.leftOn ? 'leftOn' : 'on') : 'until',
    reason: 'reasonKind',
  });
}

/**
 * A transfer out of the province: every placement running on the day ends
 * then, and the membership goes on (the member is no longer counted here).
 * The audit log keeps where the member went.
 */
export async function transferOutOfProvince(
  db: Db,
  code: string,
  f: z.infer<typeof transferOut>,
  w: Writer,
): Promise<ChangeResult> {
  const p = await personOf(db, code, w);
  const r = emptyRegister();
  for (const cur of await placementRows(db, p.id, p.code)) {
    if ((cur.validFrom === null || cur.validFrom < f.on) && (cur.validTo === null || cur.validTo > f.on))
      r.placements.push({ ...cur, validTo: f.on });
  }
  if (r.placements.length === 0) throw new AppError('PLACEMENT_NOT_FOUND', { code: p.code, on: f.on });
  const note =
    w.lang === 'vi'
      ? `Chuyển sinh hoạt ra ngoài tỉnh: ${f.destination}`
      : `Transferred out of the province: ${f.destination}`;
  return apply(db, r, w, f.reason ? `${note}. ${f.reason}` : note, { valid_to: 'on' });
}

/** Ends the current membership, and with it every placement still open. */
export async function endMember(
  db: Db,
  code: string,
  f: z.infer<typeof endMembership>,
  w: Writer,
): Promise<ChangeResult> {
  const p = await personOf(db, code, w);
  const m = (await membershipRows(db, p.id, p.code)).filter((x) => x.endedOn === null).at(-1);
  if (!m) throw new AppError('MEMBERSHIP_NOT_FOUND', { code: p.code });
  refuse(checkEnd(m, f.endedOn, f.endReason), w.lang);
  const r = emptyRegister();
  r.memberships.push({ ...m, endedOn: f.endedOn, endReason: f.endReason });
  for (const cur of await placementRows(db, p.id, p.code)) {
    if (cur.validTo === null || cur.validTo > f.endedOn) r.placements.push({ ...cur, validTo: f.endedOn });
  }
  return apply(db, r, w, f.reason, { ended_on: 'endedOn', valid_to: 'endedOn' });
}

/**
 * Enters a head's term in a village; a term of the same role still running
 * then ends the day it starts. The head must be of age and live in the
 * village; `personField` names the form field of the person (the winner of
 * an election).
 */
export async function enterHeadTerm(
  db: Db,
  villageCode: string,
  f: z.infer<typeof headTerm>,
  w: Writer,
  personField = 'personCode',
): Promise<ChangeResult> {
  const v = await findUnitByCode(db, villageCode);
  if (v?.level !== 'village' || !(await w.unitInScope(v.id, f.validFrom)))
    throw new AppError('VILLAGE_NOT_FOUND', { code: villageCode });
  const person = await people.findPerson(db, f.personCode);
  if (!person) throw new AppError('PERSON_NOT_FOUND', { code: f.personCode });
  // naming a head does not bring them into scope: they must be in it when the term starts (before any rule is told)
  await requireWritable(db, w.scopeCode, [{ kind: 'person', code: person.code, at: f.validFrom }]);
  const issues = [...checkPeriod(f.validFrom, f.validTo), ...checkHead(person, villageCode, f.validFrom, personField)];
  // an interim head serves at most the months the rules allow: the term ends then unless it ends sooner
  let validTo = f.validTo ?? null;
  if (f.how === 'interim') {
    const months = rulesAt(f.validFrom).heads.interimMaxMonths;
    const limit = addMonths(f.validFrom, months);
    if (validTo !== null && validTo > limit)
      issues.push({ code: 'HEAD_INTERIM_TOO_LONG', field: 'validTo', params: { months, limit } });
    validTo ??= limit;
  }
  refuse(issues, w.lang);
  const r = emptyRegister();
  // a term still running when the new one starts ends that day (an election before a term's planned end)
  for (const open of await repo.headTermsRunningPast(db, v.id, f.role, f.validFrom)) {
    if (open.personCode !== f.personCode && (open.validFrom === null || open.validFrom < f.validFrom)) {
      r.head_terms.push({
        row: ROW,
        villageCode,
        personCode: open.personCode,
        role: f.role,
        validFrom: open.validFrom,
        validTo: f.validFrom,
        how: open.how,
      });
    }
  }
  r.head_terms.push({
    row: ROW,
    villageCode,
    personCode: f.personCode,
    role: f.role,
    validFrom: f.validFrom,
    validTo,
    how: f.how,
  });
  return apply(db, r, w, f.reason);
}

/** Enters a secretary's term in a cell; a term still running then (open, or with a later end) ends the day it starts. */
export async function enterSecretaryTerm(
  db: Db,
  cellCode: string,
  f: z.infer<typeof secretaryTerm>,
  w: Writer,
): Promise<ChangeResult> {
  const cell = await repo.orgUnit(db, cellCode);
  if (!cell || cell.unitId === null || !(await w.unitInScope(cell.unitId, f.validFrom)))
    throw new AppError('ORG_NOT_FOUND', { code: cellCode });
  const person = await people.findPerson(db, f.personCode);
  if (!person) throw new AppError('PERSON_NOT_FOUND', { code: f.personCode });
  // naming a secretary does not bring them into scope: they must be in it when the term starts
  await requireWritable(db, w.scopeCode, [{ kind: 'person', code: person.code, at: f.validFrom }]);
  refuse(checkPeriod(f.validFrom, f.validTo), w.lang);
  const r = emptyRegister();
  for (const open of await repo.secretaryTermsRunningPast(db, cell.orgId, f.validFrom)) {
    if (open.personCode !== f.personCode && (open.validFrom === null || open.validFrom < f.validFrom)) {
      r.secretary_terms.push({
        row: ROW,
        cellCode,
        personCode: open.personCode,
        validFrom: open.validFrom,
        validTo: f.validFrom,
      });
    }
  }
  r.secretary_terms.push({
    row: ROW,
    cellCode,
    personCode: f.personCode,
    validFrom: f.validFrom,
    validTo: f.validTo ?? null,
  });
  return apply(db, r, w, f.reason);
}
