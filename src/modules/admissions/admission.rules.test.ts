import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../rules/working-days.js';
import { checkSteps, deadlineOf, probationEnds, stageOf, urgency, type ProspectSteps } from './admission.rules.js';

const base: ProspectSteps = {
  birthDate: '2000-03-15', recommendedOn: '2019-01-05', certificateOn: '2019-02-10', applicationOn: '2019-12-01',
  introducers: [
    { kind: 'member', officialSince: '2010-01-01', knownSince: '2018-01-01' },
    { kind: 'member', officialSince: '2012-01-01', knownSince: '2018-06-01' },
  ],
  checkedOn: '2020-01-10', resolutionOn: '2020-02-03', votesFor: 4, officialMembers: 6,
  decisionOn: null, decisionExtended: false, ceremonyOn: null, reviewOn: null, outcome: null, outcomeOn: null, droppedOn: null,
};
const codes = (s: ProspectSteps) => checkSteps(s).map((i) => i.code);

describe('the admission pipeline', () => {
  it('derives the stage from the last step recorded', () => {
    expect(stageOf({ ...base, certificateOn: null, applicationOn: null, introducers: [], checkedOn: null, resolutionOn: null })).toBe('recommended');
    expect(stageOf(base)).toBe('resolution');
    expect(stageOf({ ...base, decisionOn: '2020-03-01', ceremonyOn: '2020-03-20' })).toBe('probation');
    expect(stageOf({ ...base, outcome: 'official', outcomeOn: '2021-04-01' })).toBe('official');
    expect(stageOf({ ...base, droppedOn: '2020-02-10' })).toBe('dropped');
  });

  it('accepts a prospect who is 18 on the day of the resolution, counted in months, and not the day before', () => {
    expect(codes({ ...base, birthDate: '2002-02-03' })).toEqual([]);
    const young = checkSteps({ ...base, birthDate: '2002-02-04' });
    expect(young).toEqual([expect.objectContaining({ code: 'ADMISSION_TOO_YOUNG', severity: 'error', params: { years: 17, months: 11 } })]);
  });

  it('asks for the province\'s consent from 60', () => {
    expect(checkSteps({ ...base, birthDate: '1960-02-03' })).toEqual([expect.objectContaining({ code: 'ADMISSION_NEEDS_CONSENT', severity: 'warning' })]);
    expect(codes({ ...base, birthDate: '1960-02-04' })).toEqual([]);
  });

  it('holds the class certificate valid for 5 years', () => {
    expect(codes({ ...base, certificateOn: '2015-02-04' })).toEqual([]);
    expect(codes({ ...base, certificateOn: '2015-02-03' })).toEqual(['ADMISSION_CERTIFICATE_EXPIRED']);
    expect(codes({ ...base, certificateOn: null })).toEqual(['ADMISSION_CERTIFICATE_EXPIRED']);
  });

  it('needs two official members who have known the prospect for 12 months, or the Youth Union', () => {
    const second = (knownSince: string, officialSince = '2012-01-01') => ({ ...base, introducers: [base.introducers[0], { kind: 'member' as const, officialSince, knownSince }] });
    expect(codes(second('2018-12-01'))).toEqual([]); // exactly 12 months before the application
    expect(codes(second('2018-12-02'))).toEqual(['ADMISSION_INTRODUCERS']);
    expect(codes(second('2018-01-01', '2019-12-02'))).toEqual(['ADMISSION_INTRODUCERS']); // not yet official
    expect(codes({ ...base, introducers: [{ kind: 'youthUnion' }] })).toEqual([]);
  });

  it('needs the votes of two thirds of the official members', () => {
    expect(codes({ ...base, votesFor: 4, officialMembers: 6 })).toEqual([]);
    expect(codes({ ...base, votesFor: 3, officialMembers: 6 })).toEqual(['ADMISSION_QUORUM']);
    expect(codes({ ...base, votesFor: 2, officialMembers: 3 })).toEqual([]);
  });

  it('gives the committee 60 working days after the resolution, 90 when extended, under the rules of the day', () => {
    const d = deadlineOf(base)!;
    expect(d).toEqual({ step: 'decision', due: addWorkingDays('2020-02-03', 60), ruleSet: '29-QĐ/TW' });
    expect(deadlineOf({ ...base, decisionExtended: true })!.due).toBe(addWorkingDays('2020-02-03', 90));
    expect(deadlineOf({ ...base, resolutionOn: '2025-06-30' })!.ruleSet).toBe('232-QĐ/TW');
    expect(deadlineOf({ ...base, resolutionOn: '2025-07-01' })!.ruleSet).toBe('294-QĐ/TW');
    // taken on the last day: fine; a day later: recorded and flagged
    expect(codes({ ...base, decisionOn: d.due })).toEqual([]);
    expect(checkSteps({ ...base, decisionOn: addWorkingDays(d.due, 1) })).toEqual([expect.objectContaining({ code: 'ADMISSION_LATE', field: 'decisionOn', severity: 'warning' })]);
  });

  it('holds the ceremony within 30 working days of the decision, then 12 months of probation and 30 + 30 working days to decide', () => {
    const decided = { ...base, decisionOn: '2020-03-02' };
    expect(deadlineOf(decided)).toMatchObject({ step: 'ceremony', due: addWorkingDays('2020-03-02', 30) });
    const admitted = { ...decided, ceremonyOn: '2020-03-20' };
    expect(probationEnds('2020-03-20')).toBe('2021-03-20');
    expect(probationEnds('2024-02-29')).toBe('2025-02-28');
    expect(deadlineOf(admitted)).toMatchObject({ step: 'review', due: addWorkingDays('2021-03-20', 30) });
    expect(deadlineOf({ ...admitted, reviewOn: '2021-04-01' })).toMatchObject({ step: 'outcome', due: addWorkingDays('2021-04-01', 30) });
    expect(deadlineOf({ ...admitted, reviewOn: '2021-04-01', outcome: 'official', outcomeOn: '2021-04-15' })).toBeNull();
  });

  it('refuses steps out of order, and tells overdue from due soon', () => {
    expect(codes({ ...base, checkedOn: '2020-02-05' })).toEqual(['ADMISSION_ORDER']);
    const d = deadlineOf(base)!;
    expect(urgency(d, addWorkingDays(d.due, 1))).toBe('overdue');
    expect(urgency(d, d.due)).toBe('soon');
    expect(urgency(d, '2020-02-04')).toBeNull();
  });
});
