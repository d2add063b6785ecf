import { describe, expect, it } from 'vitest';
import { addMonths } from '../../platform/dates.js';
import { rulesAt, ruleSets } from '../../../common/rules.js';
import {
  addDays,
  checkEnd,
  checkHead,
  checkReadmission,
  checkTemporary,
  checkTransit,
  temporaryLimit,
} from './records.rules.js';

const codes = (list: { code: string }[]) => list.map((i) => i.code);

// Each rule at its boundaries (the day before, the day of, the day after) under each rule set,
// the step's date a few weeks into the set's period so that the set in force is this one.
describe.each(ruleSets.map((s) => [s.id, s] as const))('form rules under %s', (_id, set) => {
  const day = addDays(set.effectiveFrom, 20);

  it("is the set in force on the step's date", () => {
    expect(rulesAt(day).id).toBe(set.id);
  });

  it('lets a member be in transit for the letter days the set names, and refuses a later start naming the dates', () => {
    const limit = addDays(day, set.transfers.letterDays);
    expect(checkTransit(day, day)).toEqual([]);
    expect(checkTransit(day, addDays(limit, -1))).toEqual([]);
    expect(checkTransit(day, limit)).toEqual([]);
    expect(checkTransit(day, addDays(limit, 1))).toEqual([
      {
        code: 'TRANSFER_LETTER_LATE',
        field: 'on',
        params: { left: day, on: addDays(limit, 1), days: set.transfers.letterDays, limit },
      },
    ]);
  });

  it('keeps a temporary placement between the minimum and the maximum months the set names', () => {
    const t = set.transfers;
    const earliest = addMonths(day, t.temporaryMinMonths);
    expect(checkTemporary(day, addDays(earliest, -1), 'transfer')).toEqual([
      { code: 'TEMPORARY_TOO_SHORT', field: 'until', params: { months: t.temporaryMinMonths, earliest } },
    ]);
    expect(checkTemporary(day, earliest, 'transfer')).toEqual([]);
    expect(checkTemporary(day, addDays(earliest, 1), 'transfer')).toEqual([]);
    const latest = addMonths(day, t.temporaryMaxMonths);
    expect(temporaryLimit(day, 'transfer')).toBe(latest);
    expect(checkTemporary(day, addDays(latest, -1), 'reinforcement')).toEqual([]);
    expect(checkTemporary(day, latest, 'reinforcement')).toEqual([]);
    expect(checkTemporary(day, addDays(latest, 1), 'reinforcement')).toEqual([
      { code: 'TEMPORARY_TOO_LONG', field: 'until', params: { months: t.temporaryMaxMonths, latest } },
    ]);
  });

  it('lets a temporary placement for study last the longer months the set names', () => {
    const t = set.transfers;
    const latest = addMonths(day, t.studyMaxMonths);
    expect(temporaryLimit(day, 'study')).toBe(latest);
    expect(checkTemporary(day, addDays(latest, -1), 'study')).toEqual([]);
    expect(checkTemporary(day, latest, 'study')).toEqual([]);
    expect(checkTemporary(day, addDays(latest, 1), 'study')).toEqual([
      { code: 'TEMPORARY_STUDY_TOO_LONG', field: 'until', params: { months: t.studyMaxMonths, latest } },
    ]);
    // the same length for another reason is too long
    expect(codes(checkTemporary(day, latest, 'transfer'))).toEqual(
      t.studyMaxMonths > t.temporaryMaxMonths ? ['TEMPORARY_TOO_LONG'] : [],
    );
    // and study is no shorter than the minimum either
    expect(codes(checkTemporary(day, addDays(addMonths(day, t.temporaryMinMonths), -1), 'study'))).toEqual([
      'TEMPORARY_TOO_SHORT',
    ]);
  });

  it('expels only a member who is official on the day: official the day before or on the day, not the day after', () => {
    expect(set.membership.expelOfficialOnly).toBe(true);
    expect(checkEnd({ officialOn: addDays(day, -1) }, day, 'expelled')).toEqual([]);
    expect(checkEnd({ officialOn: day }, day, 'expelled')).toEqual([]);
    expect(checkEnd({ officialOn: addDays(day, 1) }, day, 'expelled')).toEqual([
      { code: 'EXPEL_PROBATIONARY', field: 'endReason', params: { on: day } },
    ]);
    expect(codes(checkEnd({ officialOn: null }, day, 'expelled'))).toEqual(['EXPEL_PROBATIONARY']);
    // a probationary member may die, resign or be removed
    for (const reason of ['death', 'removed', 'resigned'])
      expect(checkEnd({ officialOn: null }, day, reason)).toEqual([]);
  });

  it('readmits once, and only the months the set names after the membership ended', () => {
    const m = set.membership;
    const ended = addMonths(day, -m.readmissionAfterMonths);
    const first = [{ admittedOn: '2000-01-01', endedOn: ended }];
    expect(checkReadmission([], day)).toEqual([]);
    expect(checkReadmission(first, addDays(day, -1))).toEqual([
      {
        code: 'READMISSION_TOO_SOON',
        field: 'admittedOn',
        params: { months: m.readmissionAfterMonths, ended, earliest: day },
      },
    ]);
    expect(checkReadmission(first, day)).toEqual([]);
    expect(checkReadmission(first, addDays(day, 1))).toEqual([]);
    // admitted, left, readmitted, left again: a third admission is refused however long after
    const twice = [
      { admittedOn: addMonths(day, -300), endedOn: addMonths(day, -250) },
      { admittedOn: addMonths(day, -200), endedOn: addMonths(day, -150) },
    ];
    expect(m.readmissionsAllowed).toBe(1);
    expect(checkReadmission(twice, day)).toEqual([
      { code: 'READMISSION_LIMIT', field: 'admittedOn', params: { times: 1, readmitted: addMonths(day, -200) } },
    ]);
  });

  it('takes a village head who is of age on the first day of the term: refused the day before the birthday, accepted on it and after', () => {
    const h = set.heads;
    const birthday = addMonths(day, -h.minAge * 12);
    const head = (birthDate: string | null, residenceVillageCode: string | null = 'V1') =>
      checkHead({ birthDate, residenceVillageCode }, 'V1', day);
    expect(head(addDays(birthday, 1))).toEqual([
      { code: 'HEAD_TOO_YOUNG', field: 'personCode', params: { age: h.minAge, from: day, birthday: addDays(day, 1) } },
    ]);
    expect(head(birthday)).toEqual([]);
    expect(head(addDays(birthday, -1))).toEqual([]);
    expect(codes(head(null))).toEqual(['HEAD_BIRTH_DATE_MISSING']);
  });

  it('takes a village head who lives in the village', () => {
    const born = addMonths(day, -40 * 12);
    expect(set.heads.residentOnly).toBe(true);
    expect(checkHead({ birthDate: born, residenceVillageCode: 'V2' }, 'V1', day, 'winnerCode')).toEqual([
      { code: 'HEAD_NOT_RESIDENT', field: 'winnerCode', params: { village: 'V1', residence: 'V2' } },
    ]);
    expect(codes(checkHead({ birthDate: born, residenceVillageCode: null }, 'V1', day))).toEqual(['HEAD_NOT_RESIDENT']);
    expect(checkHead({ birthDate: born, residenceVillageCode: 'V1' }, 'V1', day)).toEqual([]);
  });
});

describe('the rule sets that differ', () => {
  it('has the district committee decide admissions until the district level ends, a commune-level committee from 294-QĐ/TW', () => {
    expect(ruleSets.map((s) => [s.id, s.admission.decidedBy])).toEqual([
      ['29-QĐ/TW', 'district'],
      ['24-QĐ/TW', 'district'],
      ['232-QĐ/TW', 'district'],
      ['294-QĐ/TW', 'commune'],
    ]);
    expect(rulesAt('2025-06-30').admission.decidedBy).toBe('district');
    expect(rulesAt('2025-07-01').admission.decidedBy).toBe('commune');
  });
});
