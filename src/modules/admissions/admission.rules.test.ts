import { describe, expect, it } from 'vitest';
import { addDays } from '../records/records.rules.js';
import { today } from '../../platform/dates.js';
import { rulesAt, ruleSets, type RuleSet } from '../../../common/rules.js';
import { addWorkingDays } from '../rules/working-days.js';
import {
  checkPlan,
  checkSteps,
  deadlineOf,
  decidersOf,
  issueMessage,
  probationEnds,
  stageOf,
  urgency,
  type ProspectSteps,
} from './admission.rules.js';
import { addMonths } from '../../platform/dates.js';

// every case below lies in the past: today's date only refuses steps after it
const codes = (s: ProspectSteps, on = today()) => checkSteps(s, on).map((i) => i.code);

/** A clean case whose cell resolution falls a month into a rule set's period, every other step well inside the rules. */
function caseUnder(set: RuleSet): ProspectSteps {
  const resolutionOn = addDays(set.effectiveFrom, 30);
  return {
    birthDate: addMonths(resolutionOn, -25 * 12),
    recommendedOn: addMonths(resolutionOn, -14),
    certificateOn: addMonths(resolutionOn, -13),
    applicationOn: addMonths(resolutionOn, -2),
    introducers: [
      { kind: 'member', officialSince: addMonths(resolutionOn, -120), knownSince: addMonths(resolutionOn, -60) },
      { kind: 'member', officialSince: addMonths(resolutionOn, -100), knownSince: addMonths(resolutionOn, -40) },
    ],
    checkedOn: addMonths(resolutionOn, -1),
    resolutionOn,
    votesFor: 6,
    officialMembers: 6,
    decisionOn: null,
    decisionExtended: false,
    ceremonyOn: null,
    reviewOn: null,
    outcome: null,
    outcomeOn: null,
    droppedOn: null,
  };
}

describe('the admission pipeline', () => {
  const base = caseUnder(ruleSets[0]);
  it('derives the stage from the last step recorded', () => {
    expect(
      stageOf({
        ...base,
        certificateOn: null,
        applicationOn: null,
        introducers: [],
        checkedOn: null,
        resolutionOn: null,
      }),
    ).toBe('recommended');
    expect(stageOf(base)).toBe('resolution');
    expect(
      stageOf({ ...base, decisionOn: addDays(base.resolutionOn!, 20), ceremonyOn: addDays(base.resolutionOn!, 40) }),
    ).toBe('probation');
    expect(stageOf({ ...base, outcome: 'official', outcomeOn: addMonths(base.resolutionOn!, 14) })).toBe('official');
    expect(stageOf({ ...base, droppedOn: addDays(base.resolutionOn!, 7) })).toBe('dropped');
  });

  it("ends probation on the same day months later, or the month's last day", () => {
    expect(probationEnds('2020-03-20')).toBe('2021-03-20');
    expect(probationEnds('2024-02-29')).toBe('2025-02-28');
  });

  it('refuses steps out of order, and tells overdue from due soon', () => {
    expect(codes({ ...base, checkedOn: addDays(base.resolutionOn!, 2) })).toEqual(['ADMISSION_ORDER']);
    const d = deadlineOf(base)!;
    expect(urgency(d, addDays(d.due, 1))).toBe('overdue');
    expect(urgency(d, d.due)).toBe('soon');
    expect(urgency(d, addDays(d.due, -30))).toBe('soon');
    expect(urgency(d, addDays(d.due, -31))).toBeNull();
  });
});

// Every rule and deadline at its boundaries (the day before, the day of, the day after) under each rule set,
// with the values read from the set in force on the date of the step.
describe.each(ruleSets.map((s) => [s.id, s] as const))('admission under %s', (_id, set) => {
  const base = caseUnder(set);
  const on = base.resolutionOn!;
  const a = set.admission;

  it('applies this set on the day of the resolution', () => {
    expect(rulesAt(on).id).toBe(set.id);
    expect(codes(base)).toEqual([]);
  });

  it('needs the minimum age in months on the day of the resolution: refused the day before the birthday, accepted on it and after', () => {
    const birthday = addMonths(on, -a.minAgeMonths);
    const young = checkSteps({ ...base, birthDate: addDays(birthday, 1) }, today());
    expect(young).toEqual([
      expect.objectContaining({
        code: 'ADMISSION_TOO_YOUNG',
        severity: 'error',
        params: { years: Math.floor((a.minAgeMonths - 1) / 12), months: (a.minAgeMonths - 1) % 12 },
      }),
    ]);
    expect(codes({ ...base, birthDate: birthday })).toEqual([]);
    expect(codes({ ...base, birthDate: addDays(birthday, -1) })).toEqual([]);
  });

  it("asks for the province's consent only over the age the set names, in full months: not at 720 months, from 721", () => {
    expect(a.consentAboveAgeMonths).toBe(720);
    // 60 years to the day, and 60 years and some days: 720 full months, no consent needed
    const sixty = addMonths(on, -a.consentAboveAgeMonths);
    expect(codes({ ...base, birthDate: sixty })).toEqual([]);
    expect(codes({ ...base, birthDate: addDays(sixty, -20) })).toEqual([]);
    expect(codes({ ...base, birthDate: addDays(sixty, 1) })).toEqual([]);
    // 721 months: the day before it is reached, the day it is, the day after
    const over = addMonths(on, -(a.consentAboveAgeMonths + 1));
    expect(codes({ ...base, birthDate: addDays(over, 1) })).toEqual([]);
    expect(checkSteps({ ...base, birthDate: over }, today())).toEqual([
      expect.objectContaining({
        code: 'ADMISSION_NEEDS_CONSENT',
        severity: 'warning',
        params: { years: 60, months: 1 },
      }),
    ]);
    expect(codes({ ...base, birthDate: addDays(over, -1) })).toEqual(['ADMISSION_NEEDS_CONSENT']);
  });

  it('holds the class certificate valid for the years the set names, and not a day longer', () => {
    const lastValid = addDays(addMonths(on, -a.certificateValidYears * 12), 1);
    expect(codes({ ...base, certificateOn: addDays(lastValid, 1) })).toEqual([]);
    expect(codes({ ...base, certificateOn: lastValid })).toEqual([]);
    expect(codes({ ...base, certificateOn: addDays(lastValid, -1) })).toEqual(['ADMISSION_CERTIFICATE_EXPIRED']);
    expect(codes({ ...base, certificateOn: null })).toEqual(['ADMISSION_CERTIFICATE_EXPIRED']);
  });

  it('needs official introducers who have known the prospect the months the set names by the application, or the Youth Union', () => {
    const app = base.applicationOn!;
    const second = (knownSince: string, officialSince = addMonths(app, -100)) => ({
      ...base,
      introducers: [base.introducers[0], { kind: 'member' as const, officialSince, knownSince }],
    });
    const known = addMonths(app, -a.introducerKnownMonths);
    expect(codes(second(addDays(known, -1)))).toEqual([]);
    expect(codes(second(known))).toEqual([]);
    expect(codes(second(addDays(known, 1)))).toEqual(['ADMISSION_INTRODUCERS']);
    // official on the day of the application, not the day after
    expect(codes(second(known, app))).toEqual([]);
    expect(codes(second(known, addDays(app, 1)))).toEqual(['ADMISSION_INTRODUCERS']);
    expect(codes({ ...base, introducers: base.introducers.slice(0, a.introducers - 1) })).toEqual([
      'ADMISSION_INTRODUCERS',
    ]);
    expect(codes({ ...base, introducers: [{ kind: 'youthUnion' }] })).toEqual([]);
  });

  it('needs the share of official members the set names: one vote short refused, exactly enough and one more accepted', () => {
    const q = a.resolutionQuorum;
    const members = 7;
    const needed = Math.ceil((members * q.numerator) / q.denominator);
    expect(codes({ ...base, officialMembers: members, votesFor: needed - 1 })).toEqual(['ADMISSION_QUORUM']);
    expect(codes({ ...base, officialMembers: members, votesFor: needed })).toEqual([]);
    expect(codes({ ...base, officialMembers: members, votesFor: needed + 1 })).toEqual([]);
  });

  it('gives the committee the working days the set names after the resolution, more when extended', () => {
    const due = addWorkingDays(on, a.decisionWorkingDays);
    expect(deadlineOf(base)).toEqual({ step: 'decision', due, ruleSet: set.id });
    expect(deadlineOf({ ...base, decisionExtended: true })!.due).toBe(
      addWorkingDays(on, a.decisionWorkingDays + a.decisionExtensionWorkingDays),
    );
    expect(codes({ ...base, decisionOn: addDays(due, -1) })).toEqual([]);
    expect(codes({ ...base, decisionOn: due })).toEqual([]);
    expect(checkSteps({ ...base, decisionOn: addDays(due, 1) }, today())).toEqual([
      expect.objectContaining({
        code: 'ADMISSION_LATE',
        field: 'decisionOn',
        severity: 'warning',
        params: expect.objectContaining({ due, ruleSet: set.id }),
      }),
    ]);
  });

  it('holds the ceremony within the working days of the set in force on the decision', () => {
    const decisionOn = addDays(on, 14);
    const r = rulesAt(decisionOn);
    const due = addWorkingDays(decisionOn, r.admission.ceremonyWorkingDays);
    const decided = { ...base, decisionOn };
    expect(deadlineOf(decided)).toEqual({ step: 'ceremony', due, ruleSet: r.id });
    expect(codes({ ...decided, ceremonyOn: addDays(due, -1) })).toEqual([]);
    expect(codes({ ...decided, ceremonyOn: due })).toEqual([]);
    expect(codes({ ...decided, ceremonyOn: addDays(due, 1) })).toEqual(['ADMISSION_LATE']);
  });

  it("reviews within the working days of the set in force when probation ends, and decides within those of the review's day", () => {
    const ceremonyOn = addDays(on, 30);
    const end = addMonths(ceremonyOn, set.probation.months);
    expect(probationEnds(ceremonyOn)).toBe(end);
    const admitted = { ...base, decisionOn: addDays(on, 14), ceremonyOn };
    const review = rulesAt(end);
    const due = addWorkingDays(end, review.probation.reviewWorkingDays);
    expect(deadlineOf(admitted)).toEqual({ step: 'review', due, ruleSet: review.id });
    expect(codes({ ...admitted, reviewOn: addDays(due, -1) })).toEqual([]);
    expect(codes({ ...admitted, reviewOn: due })).toEqual([]);
    expect(codes({ ...admitted, reviewOn: addDays(due, 1) })).toEqual(['ADMISSION_LATE']);

    const reviewOn = addDays(end, 10);
    const outcomeDue = addWorkingDays(reviewOn, rulesAt(reviewOn).probation.reviewDecisionWorkingDays);
    const reviewed = { ...admitted, reviewOn };
    expect(deadlineOf(reviewed)).toMatchObject({ step: 'outcome', due: outcomeDue });
    expect(codes({ ...reviewed, outcome: 'official', outcomeOn: addDays(outcomeDue, -1) })).toEqual([]);
    expect(codes({ ...reviewed, outcome: 'official', outcomeOn: outcomeDue })).toEqual([]);
    expect(codes({ ...reviewed, outcome: 'official', outcomeOn: addDays(outcomeDue, 1) })).toEqual(['ADMISSION_LATE']);
    expect(deadlineOf({ ...reviewed, outcome: 'official', outcomeOn: outcomeDue })).toBeNull();
  });
});

/** A clean case whose cell resolution is on a given day, every step before it inside the rules. */
function resolvedOn(resolutionOn: string): ProspectSteps {
  return {
    ...caseUnder({ ...ruleSets[0], effectiveFrom: addDays(resolutionOn, -30) }),
    birthDate: addMonths(resolutionOn, -25 * 12),
  };
}
/** The same case walked to its end: decided, admitted, reviewed the day probation ends, recognised ten days later. */
function recognised(resolutionOn: string): ProspectSteps {
  const ceremonyOn = addDays(resolutionOn, 30);
  const end = probationEnds(ceremonyOn);
  return {
    ...resolvedOn(resolutionOn),
    decisionOn: addDays(resolutionOn, 14),
    ceremonyOn,
    reviewOn: end,
    outcome: 'official',
    outcomeOn: addDays(end, 10),
  };
}
const errorsOf = (s: ProspectSteps, on = today()) => checkSteps(s, on).filter((i) => i.severity === 'error');

describe('steps in their legal order and time', () => {
  const base = resolvedOn('2020-03-02');
  const on = base.resolutionOn!;

  it('takes the decision on or after the resolution, the ceremony on or after the decision: the day before refused, the day of and after accepted', () => {
    expect(errorsOf({ ...base, decisionOn: addDays(on, -1) })).toEqual([
      expect.objectContaining({
        code: 'ADMISSION_ORDER',
        field: 'decisionOn',
        params: { step: 'decision', date: addDays(on, -1), other: 'resolution', otherDate: on },
      }),
    ]);
    expect(codes({ ...base, decisionOn: on })).toEqual([]);
    expect(codes({ ...base, decisionOn: addDays(on, 1) })).toEqual([]);
    const decisionOn = addDays(on, 14);
    expect(errorsOf({ ...base, decisionOn, ceremonyOn: addDays(decisionOn, -1) })).toEqual([
      expect.objectContaining({
        code: 'ADMISSION_ORDER',
        field: 'ceremonyOn',
        params: { step: 'ceremony', date: addDays(decisionOn, -1), other: 'decision', otherDate: decisionOn },
      }),
    ]);
    expect(codes({ ...base, decisionOn, ceremonyOn: decisionOn })).toEqual([]);
    expect(codes({ ...base, decisionOn, ceremonyOn: addDays(decisionOn, 1) })).toEqual([]);
  });

  it('reviews and decides the outcome only once probation is over: the day before it ends refused, the day it ends and after accepted', () => {
    const done = recognised(on);
    const ceremony = done.ceremonyOn!;
    const end = probationEnds(ceremony);
    expect(end).toBe(addMonths(ceremony, 12));
    expect(codes(done)).toEqual([]);
    expect(errorsOf({ ...done, reviewOn: addDays(end, -1), outcome: null, outcomeOn: null })).toEqual([
      expect.objectContaining({
        code: 'ADMISSION_BEFORE_PROBATION_END',
        field: 'reviewOn',
        params: { step: 'review', date: addDays(end, -1), months: 12, ceremony, ends: end },
      }),
    ]);
    expect(codes({ ...done, reviewOn: end, outcome: null, outcomeOn: null })).toEqual([]);
    expect(codes({ ...done, reviewOn: addDays(end, 1), outcome: null, outcomeOn: null })).toEqual([]);
    // the outcome, recognition or removal alike, on the day probation ends at the earliest
    for (const outcome of ['official', 'removed'] as const) {
      expect(codes({ ...done, outcome, outcomeOn: end })).toEqual([]);
      expect(codes({ ...done, outcome, outcomeOn: addDays(end, 1) })).toEqual([]);
      expect(
        errorsOf({ ...done, outcome, outcomeOn: addDays(end, -1) }).map((i) => [i.code, i.field, i.params.step]),
      ).toEqual([
        ['ADMISSION_ORDER', 'outcomeOn', outcome],
        ['ADMISSION_BEFORE_PROBATION_END', 'outcomeOn', outcome],
      ]);
    }
  });

  it('refuses a review and a recognition three months after the ceremony', () => {
    const done = recognised(on);
    const early = addMonths(done.ceremonyOn!, 3);
    expect(errorsOf({ ...done, reviewOn: early, outcomeOn: early }).map((i) => [i.code, i.field])).toEqual([
      ['ADMISSION_BEFORE_PROBATION_END', 'reviewOn'],
      ['ADMISSION_BEFORE_PROBATION_END', 'outcomeOn'],
    ]);
  });

  it('decides the outcome on or after the review', () => {
    const done = recognised(on);
    const review = addDays(done.reviewOn!, 5);
    expect(errorsOf({ ...done, reviewOn: review, outcomeOn: addDays(review, -1) })).toEqual([
      expect.objectContaining({
        code: 'ADMISSION_ORDER',
        field: 'outcomeOn',
        params: { step: 'official', date: addDays(review, -1), other: 'review', otherDate: review },
      }),
    ]);
    expect(codes({ ...done, reviewOn: review, outcomeOn: review })).toEqual([]);
  });

  it('holds the certificate on or before the resolution, and a drop on or after the last step', () => {
    expect(errorsOf({ ...base, certificateOn: addDays(on, 1) })).toEqual([
      expect.objectContaining({
        code: 'ADMISSION_ORDER',
        field: 'resolutionOn',
        params: { step: 'resolution', date: on, other: 'certificate', otherDate: addDays(on, 1) },
      }),
    ]);
    expect(codes({ ...base, certificateOn: on })).toEqual([]);
    expect(errorsOf({ ...base, droppedOn: addDays(on, -1) })).toEqual([
      expect.objectContaining({
        code: 'ADMISSION_ORDER',
        field: 'droppedOn',
        params: { step: 'drop', date: addDays(on, -1), other: 'resolution', otherDate: on },
      }),
    ]);
    expect(codes({ ...base, droppedOn: on })).toEqual([]);
  });

  it('refuses any step dated after today, whatever its field: today accepted, tomorrow refused', () => {
    const now = today();
    const tomorrow = addDays(now, 1);
    const done = recognised('2020-03-02');
    const fields = [
      'recommendedOn',
      'certificateOn',
      'applicationOn',
      'checkedOn',
      'resolutionOn',
      'decisionOn',
      'ceremonyOn',
      'reviewOn',
      'outcomeOn',
      'droppedOn',
    ] as const;
    for (const field of fields) {
      const future = (date: string) =>
        checkSteps({ ...done, [field]: date }, now).filter((i) => i.code === 'ADMISSION_FUTURE_DATE');
      expect(future(tomorrow), field).toEqual([
        expect.objectContaining({
          severity: 'error',
          field,
          params: expect.objectContaining({ date: tomorrow, today: now }),
        }),
      ]);
      expect(future(now), field).toEqual([]);
    }
    const known = { ...done, introducers: [done.introducers[0], { ...done.introducers[1], knownSince: tomorrow }] };
    expect(
      checkSteps(known, now)
        .filter((i) => i.code === 'ADMISSION_FUTURE_DATE')
        .map((i) => i.field),
    ).toEqual(['introducers']);
  });

  it('refuses a resolution 33 days ahead and a ceremony on 01/01/2099, and accepts them today', () => {
    const now = today();
    // a resolution a little over a month ahead (05/01/2027 seen from 03/12/2026)
    expect(errorsOf({ ...resolvedOn(now), resolutionOn: addDays(now, 33) }, now).map((i) => [i.code, i.field])).toEqual(
      [['ADMISSION_FUTURE_DATE', 'resolutionOn']],
    );
    expect(codes(resolvedOn(now), now)).toEqual([]);
    const decided = { ...resolvedOn(addDays(now, -20)), decisionOn: addDays(now, -10) };
    expect(errorsOf({ ...decided, ceremonyOn: '2099-01-01' }, now)).toEqual([
      expect.objectContaining({
        code: 'ADMISSION_FUTURE_DATE',
        field: 'ceremonyOn',
        params: { step: 'ceremony', date: '2099-01-01', today: now },
      }),
    ]);
    expect(errorsOf({ ...decided, ceremonyOn: now }, now)).toEqual([]);
  });

  it('words each refusal with both dates as dd/mm/yyyy and the steps by name, in Vietnamese and in English', () => {
    const [order] = errorsOf({ ...base, decisionOn: '2020-03-01' });
    expect(issueMessage(order, 'vi')).toBe(
      'Ngày quyết định kết nạp (01/03/2020) không thể trước ngày nghị quyết của chi bộ (02/03/2020)',
    );
    expect(issueMessage(order, 'en')).toBe(
      'The date of the admission decision (01/03/2020) cannot come before that of the cell resolution (02/03/2020)',
    );

    const admitted = { ...base, decisionOn: '2020-03-10', ceremonyOn: '2020-03-20' };
    const [early] = errorsOf({ ...admitted, reviewOn: '2020-06-20' });
    expect(issueMessage(early, 'vi')).toBe(
      'Ngày chi bộ xét công nhận chính thức (20/06/2020) trước khi hết 12 tháng dự bị: lễ kết nạp ngày 20/03/2020, hết dự bị ngày 20/03/2021; bước này sớm nhất là ngày 20/03/2021',
    );
    expect(issueMessage(early, 'en')).toBe(
      'The cell review after probation is dated 20/06/2020, before the 12 months of probation are over: the ceremony was on 20/03/2020 and probation ends on 20/03/2021; this step may be dated 20/03/2021 at the earliest',
    );

    const [future] = errorsOf({ ...base, decisionOn: '2020-03-10', ceremonyOn: '2099-01-01' }, '2026-12-03');
    expect(issueMessage(future, 'vi')).toBe(
      'Ngày lễ kết nạp (01/01/2099) sau hôm nay (03/12/2026): chỉ ghi bước đã diễn ra; ngày dự kiến ghi ở mục "Dự kiến bước tiếp theo"',
    );
    expect(issueMessage(future, 'en')).toBe(
      'The admission ceremony is dated 01/01/2099, after today (03/12/2026): record only steps that have taken place; a date planned goes in "Next step planned for"',
    );
  });

  it('keeps a date planned for the next step apart: the future allowed, not before the last step recorded', () => {
    expect(checkPlan(base, null)).toEqual([]);
    expect(checkPlan(base, addDays(on, -1))).toEqual([
      expect.objectContaining({
        code: 'ADMISSION_ORDER',
        field: 'plannedOn',
        params: { step: 'plan', date: addDays(on, -1), other: 'resolution', otherDate: on },
      }),
    ]);
    expect(checkPlan(base, on)).toEqual([]);
    expect(checkPlan(base, addDays(today(), 400))).toEqual([]);
  });
});

describe('who decides', () => {
  const resolution = '2025-06-30';
  const base = resolvedOn(resolution);

  it('judges a decision taken by its own date: district the day before 1/7/2025, commune-level on it and after', () => {
    const by = (decisionOn: string) => decidersOf({ ...base, decisionOn }, today()).admission;
    expect(by('2025-06-30')).toEqual({
      decision: 'admission',
      level: 'district',
      on: '2025-06-30',
      ruleSet: '232-QĐ/TW',
      taken: true,
    });
    expect(by('2025-07-01')).toEqual({
      decision: 'admission',
      level: 'commune',
      on: '2025-07-01',
      ruleSet: '294-QĐ/TW',
      taken: true,
    });
    expect(by('2025-07-02')).toMatchObject({ level: 'commune', ruleSet: '294-QĐ/TW' });
    // the deadline still runs from the resolution, under the set in force on it
    expect(deadlineOf(base)).toMatchObject({ step: 'decision', ruleSet: '232-QĐ/TW' });
  });

  it('judges a pending decision by today or the resolution, whichever is later', () => {
    expect(decidersOf(base, '2025-06-30').admission).toEqual({
      decision: 'admission',
      level: 'district',
      on: '2025-06-30',
      ruleSet: '232-QĐ/TW',
      taken: false,
    });
    expect(decidersOf(base, '2025-07-01').admission).toMatchObject({
      level: 'commune',
      on: '2025-07-01',
      taken: false,
    });
    // a resolution after today (as a stored record could hold): by the resolution
    expect(decidersOf(resolvedOn('2025-07-01'), '2025-06-29').admission).toMatchObject({
      level: 'commune',
      on: '2025-07-01',
    });
    // before the resolution, by today
    expect(decidersOf({ ...base, resolutionOn: null }, '2025-06-29').admission).toMatchObject({
      level: 'district',
      on: '2025-06-29',
    });
    expect(decidersOf(base, today()).recognition).toBeNull();
  });

  it('judges the recognition by its date once taken, else by today or the review (before it, the end of probation), whichever is later', () => {
    const done = recognised('2024-05-01');
    expect(decidersOf(done, today()).recognition).toEqual({
      decision: 'recognition',
      level: 'district',
      on: done.outcomeOn,
      ruleSet: '232-QĐ/TW',
      taken: true,
    });
    const pending = { ...done, outcome: null, outcomeOn: null, reviewOn: null };
    const end = probationEnds(done.ceremonyOn!);
    expect(decidersOf(pending, addDays(end, -30)).recognition).toMatchObject({
      level: 'district',
      on: end,
      taken: false,
    });
    expect(decidersOf(pending, '2025-07-01').recognition).toMatchObject({
      level: 'commune',
      on: '2025-07-01',
      ruleSet: '294-QĐ/TW',
    });
    expect(decidersOf({ ...pending, droppedOn: addDays(end, -1) }, today())).toMatchObject({
      admission: { taken: true },
      recognition: null,
    });
  });

  it('labels a step before 25/07/2016 as before 29-QĐ/TW, with the values of 29-QĐ/TW', () => {
    const pre = resolvedOn('2016-07-24');
    expect(deadlineOf(pre)).toMatchObject({
      ruleSet: 'before-29-QĐ/TW',
      due: addWorkingDays('2016-07-24', ruleSets[0].admission.decisionWorkingDays),
    });
    expect(deadlineOf(resolvedOn('2016-07-25'))!.ruleSet).toBe('29-QĐ/TW');
    expect(deadlineOf(resolvedOn('2016-07-26'))!.ruleSet).toBe('29-QĐ/TW');
    const late = checkSteps({ ...pre, decisionOn: addDays(deadlineOf(pre)!.due, 1) }, today()).find(
      (i) => i.code === 'ADMISSION_LATE',
    )!;
    expect(issueMessage(late, 'vi')).toContain('(trước 29-QĐ/TW)');
    expect(issueMessage(late, 'en')).toContain('(before 29-QĐ/TW)');
    expect(decidersOf({ ...pre, decisionOn: '2016-07-24' }, today()).admission).toMatchObject({
      level: 'district',
      ruleSet: 'before-29-QĐ/TW',
    });
  });
});
