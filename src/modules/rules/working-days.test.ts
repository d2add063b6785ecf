import { afterEach, describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  announcedYears,
  basisOf,
  isWorkingDay,
  noticeOf,
  ruleDaysOff,
  setNotices,
  shippedNotices,
  workingDaysBetween,
  yearDays,
} from './working-days.js';

afterEach(() => setNotices([]));

describe('the civil-service calendar', () => {
  it('ships the notices of 2016 to 2026, with a source on every day', () => {
    expect([...shippedNotices.keys()].sort()).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    for (const n of shippedNotices.values())
      for (const d of n.days) expect(d.source.length, d.date).toBeGreaterThan(10);
    // the New Year break of 2019 began on 29/12/2018 and belongs to 2019's notice
    expect(noticeOf(2019)!.days.some((d) => d.date === '2018-12-31' && d.kind === 'off')).toBe(true);
  });

  it('holds the real days off and Saturdays worked of 2024', () => {
    expect(yearDays(2024)).toEqual({
      off: [
        '2024-01-01',
        '2024-02-08',
        '2024-02-09',
        '2024-02-12',
        '2024-02-13',
        '2024-02-14',
        '2024-04-18',
        '2024-04-29',
        '2024-04-30',
        '2024-05-01',
        '2024-09-02',
        '2024-09-03',
      ],
      worked: ['2024-05-04'],
      basis: 'notice',
    });
  });

  it('holds the real days off and Saturdays worked of 2025: Tết 27–31/1, 2/5 swapped for Saturday 26/4', () => {
    expect(yearDays(2025)).toEqual({
      off: [
        '2025-01-01',
        '2025-01-27',
        '2025-01-28',
        '2025-01-29',
        '2025-01-30',
        '2025-01-31',
        '2025-04-07',
        '2025-04-30',
        '2025-05-01',
        '2025-05-02',
        '2025-09-01',
        '2025-09-02',
      ],
      worked: ['2025-04-26'],
      basis: 'notice',
    });
    // what the Labour Code's rule alone would have given, and the notice did not
    expect(isWorkingDay('2025-02-03')).toBe(true);
    expect(ruleDaysOff(2025).has('2025-02-03')).toBe(true);
  });

  it('holds the real days off and Saturdays worked of 2026: 2/1 for 10/1, Tết 16–20/2, 31/8 for 22/8', () => {
    expect(yearDays(2026)).toEqual({
      off: [
        '2026-01-01',
        '2026-01-02',
        '2026-02-16',
        '2026-02-17',
        '2026-02-18',
        '2026-02-19',
        '2026-02-20',
        '2026-04-27',
        '2026-04-30',
        '2026-05-01',
        '2026-08-31',
        '2026-09-01',
        '2026-09-02',
      ],
      worked: ['2026-01-10', '2026-08-22'],
      basis: 'notice',
    });
  });

  it('counts the deadlines a clerk was given wrong before: 60 working days after a cell resolution', () => {
    // over Tết 2024 (8–14/2): the eve of Tết is not the deadline
    expect(addWorkingDays('2023-11-15', 60)).toBe('2024-02-15');
    // over Tết 2025 (27–31/1)
    expect(addWorkingDays('2024-11-01', 60)).toBe('2025-02-03');
    // the Saturday 26/4/2025 worked in exchange for 2/5 counts
    expect(addWorkingDays('2025-01-27', 60)).toBe('2025-04-26');
    expect(workingDaysBetween('2025-01-27', '2025-04-26')).toBe(60);
  });

  it('counts a year with no notice by the Labour Code, a weekend holiday replaced by the next working day', () => {
    expect(basisOf('2027-03-01')).toBe('rule');
    // Tết 2027 is Saturday 6/2: the eve 5/2 to 9/2, the weekend's two days replaced by 10 and 11/2
    expect(yearDays(2027).off.filter((d) => d < '2027-03-01')).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ]);
    // 1/5/2027 is a Saturday: Monday 3/5 is off; 2/9 and 3/9 both
    expect(isWorkingDay('2027-05-03')).toBe(false);
    expect(isWorkingDay('2027-09-03')).toBe(false);
    expect(isWorkingDay('2027-09-06')).toBe(true);
  });

  it('puts an administrator’s notice of a year in force in place of the rule, and back', () => {
    const before = addWorkingDays('2027-01-29', 10);
    setNotices([
      {
        year: 2027,
        days: [
          ...['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10'].map(
            (date) => ({ date, kind: 'off' as const, holiday: 'Tet Nguyen dan 2027', source: 'TB test' }),
          ),
          { date: '2027-01-30', kind: 'worked', holiday: 'Tet Nguyen dan 2027', source: 'TB test' },
        ],
      },
    ]);
    expect(basisOf('2027-02-11')).toBe('notice');
    expect(noticeOf(2027)!.origin).toBe('database');
    expect(isWorkingDay('2027-01-30')).toBe(true); // the Saturday worked
    expect(isWorkingDay('2027-02-04')).toBe(false);
    expect(isWorkingDay('2027-02-11')).toBe(true); // the rule's replacement day is not in the notice
    expect(addWorkingDays('2027-01-29', 10)).not.toBe(before);
    setNotices([]);
    expect(basisOf('2027-02-11')).toBe('rule');
    expect(addWorkingDays('2027-01-29', 10)).toBe(before);
  });

  it('counts deadlines over weekends, the start day excluded', () => {
    expect(addWorkingDays('2025-01-24', 1)).toBe('2025-02-03'); // Friday before Tết -> the Monday after it
    expect(addWorkingDays('2025-03-03', 5)).toBe('2025-03-10');
    expect(workingDaysBetween('2025-03-03', '2025-03-10')).toBe(5);
    expect(workingDaysBetween('2025-03-10', '2025-03-03')).toBe(0);
    const d = addWorkingDays('2024-12-20', 60);
    expect(workingDaysBetween('2024-12-20', d)).toBe(60);
    expect(isWorkingDay(d)).toBe(true);
  });

  it('counts by the rule a Saturday holiday on the next Monday, never the Friday before, and 3/9 from 2021 on', () => {
    // 2028: New Year on a Saturday, 30/4 and 2/9 and 3/9 on weekends, Tết 25–29/1 ending on a Saturday
    expect([...ruleDaysOff(2028)].sort()).toEqual([
      '2028-01-01',
      '2028-01-03',
      '2028-01-25',
      '2028-01-26',
      '2028-01-27',
      '2028-01-28',
      '2028-01-29',
      '2028-01-31',
      '2028-04-04',
      '2028-04-30',
      '2028-05-01',
      '2028-05-02',
      '2028-09-02',
      '2028-09-03',
      '2028-09-04',
      '2028-09-05',
    ]);
    // the day after National Day is a holiday since the Labour Code of 2019, in force from 2021
    expect(ruleDaysOff(2020).has('2020-09-03')).toBe(false);
    expect(ruleDaysOff(2021).has('2021-09-03')).toBe(true);
    expect(ruleDaysOff(2022).has('2022-09-03')).toBe(true);
  });

  it('lists the years with a notice in order, those an administrator added among the shipped ones', () => {
    const shipped = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
    expect(announcedYears()).toEqual(shipped);
    const notice = (year: number) => ({
      year,
      days: [{ date: `${year}-01-01`, kind: 'off' as const, holiday: `Tet Duong lich ${year}`, source: 'TB test' }],
    });
    setNotices([notice(2030), notice(2027)]);
    expect(announcedYears()).toEqual([...shipped, 2027, 2030]);
  });
});
