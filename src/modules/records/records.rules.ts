/**
 * The rules a form's change must keep besides the importer's (docs/domain.md,
 * "Rules the workflows enforce"): transfers and their time in transit,
 * temporary placements, the end and the readmission of a membership, and who
 * may be a village head. Pure: each takes the facts it judges and answers the
 * problems, each under the rule set in force on the date of the step.
 */
import { addMonths, formatDateVi } from '../../platform/dates.js';
import type { ErrorCode } from '../errors.js';
import { ageInMonths } from '../register/register.validate-time.js';
import { rulesAt } from '../../../common/rules.js';

/** One problem with a form's field, in the error registry's terms. */
export interface RuleIssue {
  code: ErrorCode;
  field: string;
  params: Record<string, string | number>;
  /** Whom the problem is about, when a form names several people (an election's candidates): its message starts with it. */
  subject?: string;
}

/** The day `n` days after an ISO date. */
export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * An official transfer: the member leaves the old placement on `leftOn` and is
 * in transit until the new placement starts on `on`; the letter must be
 * presented within the days the rules in force on leaving allow.
 */
export function checkTransit(leftOn: string, on: string): RuleIssue[] {
  const days = rulesAt(leftOn).transfers.letterDays;
  const limit = addDays(leftOn, days);
  return on > limit ? [{ code: 'TRANSFER_LETTER_LATE', field: 'on', params: { left: leftOn, on, days, limit } }] : [];
}

/** The longest a temporary placement starting on a day may last, by its reason (study may last longer). */
export function temporaryLimit(on: string, reason: string): string {
  const t = rulesAt(on).transfers;
  return addMonths(on, reason === 'study' ? t.studyMaxMonths : t.temporaryMaxMonths);
}

/** A temporary placement from `on` to `until`: at least the minimum months, at most the maximum (study: longer). */
export function checkTemporary(on: string, until: string, reason: string): RuleIssue[] {
  const t = rulesAt(on).transfers;
  const earliest = addMonths(on, t.temporaryMinMonths);
  if (until < earliest)
    return [{ code: 'TEMPORARY_TOO_SHORT', field: 'until', params: { months: t.temporaryMinMonths, earliest } }];
  const latest = temporaryLimit(on, reason);
  if (until > latest) {
    const months = reason === 'study' ? t.studyMaxMonths : t.temporaryMaxMonths;
    return [
      {
        code: reason === 'study' ? 'TEMPORARY_STUDY_TOO_LONG' : 'TEMPORARY_TOO_LONG',
        field: 'until',
        params: { months, latest },
      },
    ];
  }
  return [];
}

/** Expulsion ends only an official membership: official on or before the day it ends. */
export function checkEnd(m: { officialOn: string | null }, endedOn: string, endReason: string): RuleIssue[] {
  if (endReason !== 'expelled' || !rulesAt(endedOn).membership.expelOfficialOnly) return [];
  if (m.officialOn !== null && m.officialOn <= endedOn) return [];
  return [{ code: 'EXPEL_PROBATIONARY', field: 'endReason', params: { on: endedOn } }];
}

/**
 * A new membership after earlier ones is a readmission: allowed as many times
 * as the rules say (once), and only some months after the last one ended.
 */
export function checkReadmission(
  earlier: { admittedOn: string; endedOn: string | null }[],
  admittedOn: string,
): RuleIssue[] {
  const before = earlier
    .filter((m) => m.admittedOn < admittedOn)
    .sort((a, b) => a.admittedOn.localeCompare(b.admittedOn));
  if (before.length === 0) return [];
  const r = rulesAt(admittedOn).membership;
  if (before.length > r.readmissionsAllowed) {
    return [
      {
        code: 'READMISSION_LIMIT',
        field: 'admittedOn',
        params: { times: r.readmissionsAllowed, readmitted: before[before.length - 1].admittedOn },
      },
    ];
  }
  const last = before[before.length - 1];
  // an open membership is the importer's overlap to report
  if (last.endedOn === null) return [];
  const earliest = addMonths(last.endedOn, r.readmissionAfterMonths);
  if (admittedOn < earliest)
    return [
      {
        code: 'READMISSION_TOO_SOON',
        field: 'admittedOn',
        params: { months: r.readmissionAfterMonths, ended: last.endedOn, earliest },
      },
    ];
  return [];
}

/** A village head is of age on the first day of the term and lives in the village. */
export function checkHead(
  p: { birthDate: string | null; residenceVillageCode: string | null },
  villageCode: string,
  from: string,
  field = 'personCode',
): RuleIssue[] {
  const r = rulesAt(from).heads;
  const out: RuleIssue[] = [];
  if (p.birthDate === null) out.push({ code: 'HEAD_BIRTH_DATE_MISSING', field, params: { age: r.minAge } });
  else if (ageInMonths(p.birthDate, from) < r.minAge * 12) {
    out.push({
      code: 'HEAD_TOO_YOUNG',
      field,
      params: { age: r.minAge, from, birthday: addMonths(p.birthDate, r.minAge * 12) },
    });
  }
  if (r.residentOnly && p.residenceVillageCode !== villageCode) {
    out.push({
      code: 'HEAD_NOT_RESIDENT',
      field,
      params: { village: villageCode, residence: p.residenceVillageCode ?? '—' },
    });
  }
  return out;
}

/**
 * A period from `from` to `to` (open when either is missing): its end may not
 * come before its start. The dates are named dd/mm/yyyy in both languages.
 */
export function checkPeriod(
  from: string | null | undefined,
  to: string | null | undefined,
  field = 'validTo',
): RuleIssue[] {
  if (!from || !to || to >= from) return [];
  return [{ code: 'PERIOD_ENDS_BEFORE_START', field, params: { from: formatDateVi(from), to: formatDateVi(to) } }];
}
