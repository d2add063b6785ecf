import { describe, expect, it } from 'vitest';
import { addDays } from '../records/records.rules.js';
import { rulesAt, ruleSets, type RuleSet } from '../../../common/rules.js';
import { addWorkingDays } from '../rules/working-days.js';
import { addMonths, checkSteps, deadlineOf, probationEnds, stageOf, urgency, type ProspectSteps } from './admission.rules.js';

const codes = (s: ProspectSteps) => checkSteps(s).map((i) => i.code);

/** A clean case whose cell resolution falls a month into a rule set's period, every other step well inside the rules. */
function caseUnder(set: RuleSet): ProspectSteps {
  const resolutionOn = addDays(set.effectiveFrom, 30);
  return {
    birthDate: addMonths(resolutionOn, -25 * 12), recommendedOn: addMonths(resolutionOn, -14), certificateOn: addMonths(resolutionOn, -13),
    applicationOn: addMonths(resolutionOn, -2),
    introducers: [
      { kind: 'member', officialSince: addMonths(resolutionOn, -120), knownSince: addMonths(resolutionOn, -60) },
      { kind: 'member', officialSince: addMonths(resolutionOn, -100), knownSince: addMonths(resolutionOn, -40) },
    ],
    checkedOn: addMonths(resolutionOn, -1), resolutionOn, votesFor: 6, officialMembers: 6,
    decisionOn: null, decisionExtended: false, ceremonyOn: null, reviewOn: null, outcome: null, outcomeOn: null, droppedOn: null,
  };
}

describe('the admission pipeline', () => {
  const base = caseUnder(ruleSets[0]);
  it('derives the stage from the last step recorded', () => {
    expect(stageOf({ ...base, certificateOn: null, applicationOn: null, introducers: [], checkedOn: null, resolutionOn: null })).toBe('recommended');
    expect(stageOf(base)).toBe('resolution');
    expect(stageOf({ ...base, decisionOn: addDays(base.resolutionOn!, 20), ceremonyOn: addDays(base.resolutionOn!, 40) })).toBe('probation');
    expect(stageOf({ ...base, outcome: 'official', outcomeOn: addMonths(base.resolutionOn!, 14) })).toBe('official');
    expect(stageOf({ ...base, droppedOn: addDays(base.resolutionOn!, 7) })).toBe('dropped');
  });

  it('ends probation on the same day months later, or the month\'s last day', () => {
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
    const young = checkSteps({ ...base, birthDate: addDays(birthday, 1) });
    expect(young).toEqual([expect.objectContaining({ code: 'ADMISSION_TOO_YOUNG', severity: 'error', params: { years: Math.floor((a.minAgeMonths - 1) / 12), months: (a.minAgeMonths - 1) % 12 } })]);
    expect(codes({ ...base, birthDate: birthday })).toEqual([]);
    expect(codes({ ...base, birthDate: addDays(birthday, -1) })).toEqual([]);
  });

  it('asks for the province\'s consent from the age the set names', () => {
    const birthday = addMonths(on, -a.consentFromAgeMonths);
    expect(codes({ ...base, birthDate: addDays(birthday, 1) })).toEqual([]);
    expect(checkSteps({ ...base, birthDate: birthday })).toEqual([expect.objectContaining({ code: 'ADMISSION_NEEDS_CONSENT', severity: 'warning' })]);
    expect(codes({ ...base, birthDate: addDays(birthday, -1) })).toEqual(['ADMISSION_NEEDS_CONSENT']);
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
      ...base, introducers: [base.introducers[0], { kind: 'member' as const, officialSince, knownSince }],
    });
    const known = addMonths(app, -a.introducerKnownMonths);
    expect(codes(second(addDays(known, -1)))).toEqual([]);
    expect(codes(second(known))).toEqual([]);
    expect(codes(second(addDays(known, 1)))).toEqual(['ADMISSION_INTRODUCERS']);
    // official on the day of the application, not the day after
    expect(codes(second(known, app))).toEqual([]);
    expect(codes(second(known, addDays(app, 1)))).toEqual(['ADMISSION_INTRODUCERS']);
    expect(codes({ ...base, introducers: base.introducers.slice(0, a.introducers - 1) })).toEqual(['ADMISSION_INTRODUCERS']);
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
    expect(deadlineOf({ ...base, decisionExtended: true })!.due).toBe(addWorkingDays(on, a.decisionWorkingDays + a.decisionExtensionWorkingDays));
    expect(codes({ ...base, decisionOn: addDays(due, -1) })).toEqual([]);
    expect(codes({ ...base, decisionOn: due })).toEqual([]);
    expect(checkSteps({ ...base, decisionOn: addDays(due, 1) })).toEqual([
      expect.objectContaining({ code: 'ADMISSION_LATE', field: 'decisionOn', severity: 'warning', params: expect.objectContaining({ due, ruleSet: set.id }) }),
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

  it('reviews within the working days of the set in force when probation ends, and decides within those of the review\'s day', () => {
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
