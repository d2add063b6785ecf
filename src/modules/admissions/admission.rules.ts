/**
 * The admission pipeline as pure rules: a prospect's stage derived from the
 * dates of its steps (never stored), the deadline of the step that is due,
 * who decides, and the checks of each step under the rule set in force on its
 * date (common/rules.ts). Working days skip weekends and Vietnamese holidays.
 *
 * The checks of dates (each an error: the step is refused, nothing written):
 * - no step is dated after today (Vietnam's date): a step is recorded once it
 *   has taken place; the date the next step is planned for is kept apart
 *   (a prospect's `plannedOn`, which may be in the future);
 * - the steps come in their order: recommendation, application, background
 *   check, resolution, decision, ceremony, review, outcome, each on or after
 *   the one before it that is recorded (the same day is allowed); the
 *   awareness-class certificate on or before the resolution (one earned
 *   before the recommendation serves while it is valid); a drop, and a date
 *   planned, on or after the last step recorded;
 * - the cell's review and the outcome (recognition or removal) on or after
 *   the day probation ends: the ceremony's date 12 months on.
 */
import { addMonths, formatDateVi } from '../../platform/dates.js';
import { formatMessage, type ErrorCode } from '../errors.js';
import type { Lang } from '../../platform/errors.js';
import { ageInMonths } from '../register/register.validate-time.js';
import type { Stage } from '../../../common/admissions.js';
import { decidingBodies, needsConsent, ruleSetLabel, rulesAt, type DecidingLevel } from '../../../common/rules.js';
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

/**
 * The steps as users name them, for messages (lower case, to stand inside a
 * sentence): `step`, `other` and `need` params of an issue hold these keys.
 */
export const stepLabels = {
  vi: {
    recommendation: 'giới thiệu quần chúng',
    certificate: 'cấp giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng',
    application: 'làm đơn xin vào Đảng',
    introducer: 'người giới thiệu bắt đầu quen biết',
    check: 'thẩm tra lý lịch',
    resolution: 'nghị quyết của chi bộ',
    extend: 'gia hạn thời hạn quyết định',
    decision: 'quyết định kết nạp',
    ceremony: 'lễ kết nạp',
    review: 'chi bộ xét công nhận chính thức',
    official: 'quyết định công nhận đảng viên chính thức',
    removed: 'quyết định xóa tên',
    outcome: 'quyết định công nhận chính thức hoặc xóa tên',
    drop: 'dừng hồ sơ',
    plan: 'dự kiến bước tiếp theo',
  },
  en: {
    recommendation: 'recommendation',
    certificate: 'awareness-class certificate',
    application: 'application',
    introducer: "start of an introducer's acquaintance",
    check: 'background check',
    resolution: 'cell resolution',
    extend: 'extension of the decision deadline',
    decision: 'admission decision',
    ceremony: 'admission ceremony',
    review: 'cell review after probation',
    official: 'recognition as an official member',
    removed: 'removal from the rolls',
    outcome: 'recognition or removal',
    drop: 'dropping of the case',
    plan: 'planned next step',
  },
} as const satisfies Record<Lang, Record<string, string>>;
export type StepLabel = keyof (typeof stepLabels)['vi'];

/** One problem with a step, in the error registry's terms. */
export interface StepIssue {
  severity: 'error' | 'warning';
  code: Extract<ErrorCode, `ADMISSION_${string}`>;
  field: string;
  /** Dates as yyyy-mm-dd, steps as `stepLabels` keys, rule sets by id: `issueMessage` words them for a language. */
  params: Record<string, string | number>;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** An issue's message in a language: dates as dd/mm/yyyy (in both languages), steps and rule sets by their names. */
export function issueMessage(i: Pick<StepIssue, 'code' | 'params'>, lang: Lang): string {
  const worded = Object.fromEntries(
    Object.entries(i.params).map(([k, v]) => {
      if (typeof v !== 'string') return [k, v];
      if ((k === 'step' || k === 'other' || k === 'need') && v in stepLabels[lang])
        return [k, stepLabels[lang][v as StepLabel]];
      if (k === 'ruleSet') return [k, ruleSetLabel(v, lang)];
      return [k, isoDay.test(v) ? formatDateVi(v) : v];
    }),
  );
  return formatMessage(i.code, lang, worded);
}

/** The dated steps in their order, each with its field and its name; the outcome named by what it is. */
function datedSteps(s: ProspectSteps): [field: keyof ProspectSteps, label: StepLabel, date: string | null][] {
  return [
    ['recommendedOn', 'recommendation', s.recommendedOn],
    ['applicationOn', 'application', s.applicationOn],
    ['checkedOn', 'check', s.checkedOn],
    ['resolutionOn', 'resolution', s.resolutionOn],
    ['decisionOn', 'decision', s.decisionOn],
    ['ceremonyOn', 'ceremony', s.ceremonyOn],
    ['reviewOn', 'review', s.reviewOn],
    ['outcomeOn', s.outcome === 'removed' ? 'removed' : 'official', s.outcomeOn],
  ];
}

/** The latest step recorded (the drop aside), with its name: what a drop or a planned date may not precede. */
export function lastStep(s: ProspectSteps): { label: StepLabel; date: string } {
  let last: { label: StepLabel; date: string } = { label: 'recommendation', date: s.recommendedOn };
  for (const [, label, date] of [...datedSteps(s), ['certificateOn', 'certificate', s.certificateOn] as const]) {
    if (date !== null && date > last.date) last = { label, date };
  }
  return last;
}

/**
 * Checks the steps recorded so far under the rules in force on each step's
 * date: no step after `today`, the steps in their order and probation over
 * before its review and outcome (errors, see the top of this file); what the
 * cell resolution needs (age, certificate, introducers, quorum); and steps
 * taken after their deadline (warnings).
 */
export function checkSteps(s: ProspectSteps, today: string): StepIssue[] {
  const out: StepIssue[] = [];
  const refuse = (code: StepIssue['code'], field: string, params: StepIssue['params']) =>
    out.push({ severity: 'error', code, field, params });

  // nothing after today: a step is recorded once it has taken place
  const everyDate: [string, StepLabel, string | null][] = [
    ...datedSteps(s),
    ['certificateOn', 'certificate', s.certificateOn],
    ['droppedOn', 'drop', s.droppedOn],
    ...s.introducers.map(
      (i) => ['introducers', 'introducer', i.knownSince ?? null] as [string, StepLabel, string | null],
    ),
  ];
  for (const [field, step, date] of everyDate) {
    if (date !== null && date > today) refuse('ADMISSION_FUTURE_DATE', field, { step, date, today });
  }

  // in their order: each step on or after the last one before it that is recorded
  let last: [StepLabel, string] | null = null;
  for (const [field, step, date] of datedSteps(s)) {
    if (date === null) continue;
    if (last && date < last[1]) refuse('ADMISSION_ORDER', field, { step, date, other: last[0], otherDate: last[1] });
    last = [step, date];
  }
  // the class certificate is left out of that order (one earned before the recommendation serves while it is valid), but the cell considers it
  if (s.certificateOn && s.resolutionOn && s.certificateOn > s.resolutionOn) {
    refuse('ADMISSION_ORDER', 'resolutionOn', {
      step: 'resolution',
      date: s.resolutionOn,
      other: 'certificate',
      otherDate: s.certificateOn,
    });
  }
  if (s.droppedOn) {
    const before = lastStep(s);
    if (s.droppedOn < before.date)
      refuse('ADMISSION_ORDER', 'droppedOn', {
        step: 'drop',
        date: s.droppedOn,
        other: before.label,
        otherDate: before.date,
      });
  }
  // probation is over before the cell reviews it and the committee decides
  if (s.ceremonyOn) {
    const ends = probationEnds(s.ceremonyOn);
    const months = rulesAt(s.ceremonyOn).probation.months;
    const outcome: StepLabel = s.outcome === 'removed' ? 'removed' : 'official';
    for (const [field, step, date] of [
      ['reviewOn', 'review', s.reviewOn],
      ['outcomeOn', outcome, s.outcomeOn],
    ] as const) {
      if (date !== null && date < ends)
        refuse('ADMISSION_BEFORE_PROBATION_END', field, { step, date, months, ceremony: s.ceremonyOn, ends });
    }
  }

  if (s.resolutionOn) {
    const r = rulesAt(s.resolutionOn).admission;
    if (s.birthDate) {
      const age = ageInMonths(s.birthDate, s.resolutionOn);
      const years = Math.floor(age / 12);
      if (age < r.minAgeMonths)
        out.push({
          severity: 'error',
          code: 'ADMISSION_TOO_YOUNG',
          field: 'resolutionOn',
          params: { years, months: age % 12 },
        });
      // consent only OVER 60: from 721 full months, not at exactly 720
      else if (needsConsent(age, s.resolutionOn))
        out.push({
          severity: 'warning',
          code: 'ADMISSION_NEEDS_CONSENT',
          field: 'resolutionOn',
          params: { years, months: age % 12 },
        });
    }
    if (!s.certificateOn || addMonths(s.certificateOn, r.certificateValidYears * 12) <= s.resolutionOn) {
      out.push({
        severity: 'error',
        code: 'ADMISSION_CERTIFICATE_EXPIRED',
        field: 'certificateOn',
        params: { years: r.certificateValidYears },
      });
    }
    const on = s.applicationOn ?? s.resolutionOn;
    const youthUnion = s.introducers.some((i) => i.kind === 'youthUnion');
    const qualified = s.introducers.filter(
      (i) =>
        i.kind === 'member' &&
        i.officialSince != null &&
        i.officialSince <= on &&
        i.knownSince != null &&
        addMonths(i.knownSince, r.introducerKnownMonths) <= on,
    );
    if (!youthUnion && qualified.length < r.introducers) {
      out.push({
        severity: 'error',
        code: 'ADMISSION_INTRODUCERS',
        field: 'introducers',
        params: { needed: r.introducers, months: r.introducerKnownMonths, found: qualified.length },
      });
    }
    const q = r.resolutionQuorum;
    if (
      s.votesFor === null ||
      s.officialMembers === null ||
      s.votesFor * q.denominator < s.officialMembers * q.numerator
    ) {
      out.push({
        severity: 'error',
        code: 'ADMISSION_QUORUM',
        field: 'votesFor',
        params: { votes: s.votesFor ?? 0, members: s.officialMembers ?? 0, share: `${q.numerator}/${q.denominator}` },
      });
    }
  }
  // a step taken after its deadline is recorded, and flagged
  const steps: [DueStep, string | null, ProspectSteps][] = [
    [
      'decision',
      s.decisionOn,
      { ...s, decisionOn: null, ceremonyOn: null, reviewOn: null, outcome: null, outcomeOn: null },
    ],
    ['ceremony', s.ceremonyOn, { ...s, ceremonyOn: null, reviewOn: null, outcome: null, outcomeOn: null }],
    ['review', s.reviewOn, { ...s, reviewOn: null, outcome: null, outcomeOn: null }],
    ['outcome', s.outcomeOn, { ...s, outcome: null, outcomeOn: null }],
  ];
  for (const [step, date, before] of steps) {
    const d = deadlineOf(before);
    if (date && d && d.step === step && date > d.due) {
      out.push({
        severity: 'warning',
        code: 'ADMISSION_LATE',
        field: `${step === 'outcome' ? 'outcome' : step}On`,
        params: { date, due: d.due, ruleSet: d.ruleSet },
      });
    }
  }
  return out;
}

/** A date planned for the next step: any day (the future too), but not before the last step recorded. */
export function checkPlan(s: ProspectSteps, plannedOn: string | null): StepIssue[] {
  if (plannedOn === null) return [];
  const last = lastStep(s);
  return plannedOn < last.date
    ? [
        {
          severity: 'error',
          code: 'ADMISSION_ORDER',
          field: 'plannedOn',
          params: { step: 'plan', date: plannedOn, other: last.label, otherDate: last.date },
        },
      ]
    : [];
}

/** Who decides one of the committee's two decisions on a case. */
export interface Decider {
  /** The admission (kết nạp) or, after probation, the recognition as a official member or the removal. */
  decision: 'admission' | 'recognition';
  level: DecidingLevel;
  /** The day the body is judged by: the decision's own date once taken; else the earliest day it can still be taken. */
  on: string;
  /** The rule set in force that day. */
  ruleSet: string;
  taken: boolean;
}

/**
 * The committee that decides, by the rule set in force on the day that
 * counts (common/rules.ts, `decidedBy`: the district committee until
 * 30/06/2025, a commune-level committee from 1/7/2025, 294-QĐ/TW):
 * - a decision taken: on its own date (a resolution of 30/06/2025 decided on
 *   1/7/2025 was decided by the commune-level committee);
 * - a decision still to take: on today or the day it can first be taken,
 *   whichever is later: the admission from the resolution, the recognition
 *   from the review (or, before it, the day probation ends). The body in
 *   force then is the one that will decide, unless the rules change before
 *   it does; a change announced for a later day shows once that day comes.
 * The committee that decides an admission also decides the recognition (or
 * removal) of the member it admitted. A dropped case has no pending decision.
 */
export function decidersOf(
  s: ProspectSteps,
  today: string,
): { admission: Decider | null; recognition: Decider | null } {
  const judge = (decision: Decider['decision'], on: string, taken: boolean): Decider => {
    const r = rulesAt(on);
    return { decision, level: r.admission.decidedBy, on, ruleSet: r.id, taken };
  };
  const later = (a: string, b: string | null) => (b !== null && b > a ? b : a);
  const admission = s.decisionOn
    ? judge('admission', s.decisionOn, true)
    : s.droppedOn
      ? null
      : judge('admission', later(today, s.resolutionOn), false);
  const recognition = !s.ceremonyOn
    ? null
    : s.outcome && s.outcomeOn
      ? judge('recognition', s.outcomeOn, true)
      : s.droppedOn
        ? null
        : judge('recognition', later(today, s.reviewOn ?? probationEnds(s.ceremonyOn)), false);
  return { admission, recognition };
}

/** A deciding body's name, as the users call it. */
export function decidingBody(level: DecidingLevel, lang: Lang): string {
  return decidingBodies[level][lang];
}
