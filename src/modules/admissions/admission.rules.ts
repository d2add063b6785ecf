/**
 * The admission pipeline as pure rules: a prospect's stage derived from the
 * dates of its steps (never stored), the deadline of the step that is due,
 * and the checks of each step under the rule set in force on its date
 * (common/rules.ts). Working days skip weekends and Vietnamese holidays.
 */
import { ageInMonths } from '../imports/imports.validate-time.js';
import type { Stage } from '../../../common/admissions.js';
import { rulesAt } from '../../../common/rules.js';
import { addWorkingDays } from '../rules/working-days.js';

export interface Introducer {
  kind: 'member' | 'youthUnion';
  /** For a member: since when they are an official member (null: not official). */
  officialSince?: string | null;
  /** Since when they have known the prospect. */
  knownSince?: string | null;
}

/** The recorded steps of one prospect; null: not reached. */
export interface ProspectSteps {
  birthDate: string | null;
  recommendedOn: string;
  certificateOn: string | null;
  applicationOn: string | null;
  introducers: Introducer[];
  checkedOn: string | null;
  resolutionOn: string | null;
  votesFor: number | null;
  officialMembers: number | null;
  decisionOn: string | null;
  decisionExtended: boolean;
  ceremonyOn: string | null;
  reviewOn: string | null;
  outcome: 'official' | 'removed' | null;
  outcomeOn: string | null;
  droppedOn: string | null;
}

/** The stage a prospect has reached: the last step recorded. */
export function stageOf(s: ProspectSteps): Stage {
  if (s.droppedOn) return 'dropped';
  if (s.outcome) return s.outcome;
  if (s.reviewOn) return 'review';
  if (s.ceremonyOn) return 'probation';
  if (s.decisionOn) return 'decision';
  if (s.resolutionOn) return 'resolution';
  if (s.checkedOn) return 'checked';
  if (s.introducers.length > 0) return 'introduced';
  if (s.applicationOn) return 'application';
  if (s.certificateOn) return 'class';
  return 'recommended';
}

/** The same day `months` months later, or the month's last day when it has fewer days. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const last = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The day probation ends and official status dates from: 12 months after the ceremony. */
export function probationEnds(ceremonyOn: string): string {
  return addMonths(ceremonyOn, rulesAt(ceremonyOn).probation.months);
}

export type DueStep = 'decision' | 'ceremony' | 'review' | 'outcome';

export interface Deadline {
  step: DueStep;
  /** The last day the step may be taken. */
  due: string;
  /** The rule set that sets it. */
  ruleSet: string;
}

/** The deadline of the step now due, or null when none runs (before the resolution, or done). */
export function deadlineOf(s: ProspectSteps): Deadline | null {
  if (s.droppedOn || s.outcome) return null;
  if (s.reviewOn) {
    const r = rulesAt(s.reviewOn);
    return { step: 'outcome', due: addWorkingDays(s.reviewOn, r.probation.reviewDecisionWorkingDays), ruleSet: r.id };
  }
  if (s.ceremonyOn) {
    const end = probationEnds(s.ceremonyOn);
    const r = rulesAt(end);
    return { step: 'review', due: addWorkingDays(end, r.probation.reviewWorkingDays), ruleSet: r.id };
  }
  if (s.decisionOn) {
    const r = rulesAt(s.decisionOn);
    return { step: 'ceremony', due: addWorkingDays(s.decisionOn, r.admission.ceremonyWorkingDays), ruleSet: r.id };
  }
  if (s.resolutionOn) {
    const r = rulesAt(s.resolutionOn);
    const days = r.admission.decisionWorkingDays + (s.decisionExtended ? r.admission.decisionExtensionWorkingDays : 0);
    return { step: 'decision', due: addWorkingDays(s.resolutionOn, days), ruleSet: r.id };
  }
  return null;
}

/** Whether a deadline has passed on a day, or falls within the next `days` days. */
export function urgency(d: Deadline, today: string, days = 30): 'overdue' | 'soon' | null {
  if (d.due < today) return 'overdue';
  return d.due <= addDays(today, days) ? 'soon' : null;
}

function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** One problem with a step, in the error registry's terms. */
export interface StepIssue {
  severity: 'error' | 'warning';
  code: 'ADMISSION_TOO_YOUNG' | 'ADMISSION_NEEDS_CONSENT' | 'ADMISSION_CERTIFICATE_EXPIRED' | 'ADMISSION_INTRODUCERS' | 'ADMISSION_QUORUM' | 'ADMISSION_LATE' | 'ADMISSION_ORDER';
  field: string;
  params: Record<string, string | number>;
}

/**
 * Checks the steps recorded so far under the rules in force on each step's
 * date: what the cell resolution needs (age, certificate, introducers,
 * quorum), and steps taken after their deadline or out of order.
 */
export function checkSteps(s: ProspectSteps): StepIssue[] {
  const out: StepIssue[] = [];
  const order: [string, string | null][] = [
    // the class certificate is left out: one earned before the recommendation serves while it is valid
    ['recommendedOn', s.recommendedOn], ['applicationOn', s.applicationOn], ['checkedOn', s.checkedOn],
    ['resolutionOn', s.resolutionOn], ['decisionOn', s.decisionOn], ['ceremonyOn', s.ceremonyOn], ['reviewOn', s.reviewOn], ['outcomeOn', s.outcomeOn],
  ];
  let last: [string, string] | null = null;
  for (const [field, date] of order) {
    if (date === null) continue;
    if (last && date < last[1]) out.push({ severity: 'error', code: 'ADMISSION_ORDER', field, params: { date, before: last[0], other: last[1] } });
    last = [field, date];
  }
  if (s.resolutionOn) {
    const r = rulesAt(s.resolutionOn).admission;
    if (s.birthDate) {
      const age = ageInMonths(s.birthDate, s.resolutionOn);
      if (age < r.minAgeMonths) out.push({ severity: 'error', code: 'ADMISSION_TOO_YOUNG', field: 'resolutionOn', params: { years: Math.floor(age / 12), months: age % 12 } });
      else if (age >= r.consentFromAgeMonths) out.push({ severity: 'warning', code: 'ADMISSION_NEEDS_CONSENT', field: 'resolutionOn', params: { years: Math.floor(age / 12) } });
    }
    if (!s.certificateOn || addMonths(s.certificateOn, r.certificateValidYears * 12) <= s.resolutionOn) {
      out.push({ severity: 'error', code: 'ADMISSION_CERTIFICATE_EXPIRED', field: 'certificateOn', params: { years: r.certificateValidYears } });
    }
    const on = s.applicationOn ?? s.resolutionOn;
    const youthUnion = s.introducers.some((i) => i.kind === 'youthUnion');
    const qualified = s.introducers.filter(
      (i) => i.kind === 'member' && i.officialSince != null && i.officialSince <= on && i.knownSince != null && addMonths(i.knownSince, r.introducerKnownMonths) <= on,
    );
    if (!youthUnion && qualified.length < r.introducers) {
      out.push({ severity: 'error', code: 'ADMISSION_INTRODUCERS', field: 'introducers', params: { needed: r.introducers, months: r.introducerKnownMonths, found: qualified.length } });
    }
    const q = r.resolutionQuorum;
    if (s.votesFor === null || s.officialMembers === null || s.votesFor * q.denominator < s.officialMembers * q.numerator) {
      out.push({ severity: 'error', code: 'ADMISSION_QUORUM', field: 'votesFor', params: { votes: s.votesFor ?? 0, members: s.officialMembers ?? 0, share: `${q.numerator}/${q.denominator}` } });
    }
  }
  // a step taken after its deadline is recorded, and flagged
  const steps: [DueStep, string | null, ProspectSteps][] = [
    ['decision', s.decisionOn, { ...s, decisionOn: null, ceremonyOn: null, reviewOn: null, outcome: null, outcomeOn: null }],
    ['ceremony', s.ceremonyOn, { ...s, ceremonyOn: null, reviewOn: null, outcome: null, outcomeOn: null }],
    ['review', s.reviewOn, { ...s, reviewOn: null, outcome: null, outcomeOn: null }],
    ['outcome', s.outcomeOn, { ...s, outcome: null, outcomeOn: null }],
  ];
  for (const [step, date, before] of steps) {
    const d = deadlineOf(before);
    if (date && d && d.step === step && date > d.due) {
      out.push({ severity: 'warning', code: 'ADMISSION_LATE', field: `${step === 'outcome' ? 'outcome' : step}On`, params: { date, due: d.due, ruleSet: d.ruleSet } });
    }
  }
  return out;
}
