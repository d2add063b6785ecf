import { describe, expect, it } from 'vitest';
import { addWorkingDays, daysOff, isWorkingDay, workingDaysBetween } from './working-days.js';

describe('working days in Vietnam', () => {
  it('takes Tết from the Vietnamese lunar calendar: five days, eve included', () => {
    // Tết Ất Tỵ: 29/1/2025; the eve 28/1 to the fourth day 1/2
    for (const d of ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']) expect(isWorkingDay(d), d).toBe(false);
    expect(isWorkingDay('2025-01-27')).toBe(true);
    // the fifth day, 1/2, is a Saturday: Monday 3/2 replaces it
    expect(isWorkingDay('2025-02-03')).toBe(false);
    expect(isWorkingDay('2025-02-04')).toBe(true);
    // 2007 is a year where Vietnam's new year (17/2) differs from China's (18/2)
    expect(daysOff(2007).has('2007-02-16')).toBe(true);
    // 16-20/2/2007, two of them on a weekend: 21 and 22/2 replace them
    expect(isWorkingDay('2007-02-22')).toBe(false);
    expect(isWorkingDay('2007-02-23')).toBe(true);
  });

  it('keeps the lunar Hùng Kings day, 30/4, 1/5 and the two National Day holidays', () => {
    expect(isWorkingDay('2024-04-18')).toBe(false); // 10/3 lunar
    expect(isWorkingDay('2024-04-30')).toBe(false);
    expect(isWorkingDay('2024-05-01')).toBe(false);
    expect(isWorkingDay('2024-09-02')).toBe(false);
    expect(isWorkingDay('2024-09-03')).toBe(false);
    expect(isWorkingDay('2020-09-03')).toBe(true); // one day only before 2021
  });

  it('gives the next working day off for a holiday on a weekend', () => {
    // 30/4/2022 was a Saturday and 1/5 a Sunday: 2/5 and 3/5 were off
    expect(isWorkingDay('2022-05-02')).toBe(false);
    expect(isWorkingDay('2022-05-03')).toBe(false);
    expect(isWorkingDay('2022-05-04')).toBe(true);
    // 2/9/2023 was a Saturday (1/9 the second day): 4/9 was off
    expect(isWorkingDay('2023-09-04')).toBe(false);
  });

  it('counts deadlines over weekends and holidays, the start day excluded', () => {
    expect(addWorkingDays('2025-01-24', 1)).toBe('2025-01-27'); // Friday -> Monday
    // across Tết: 1/2 is a Saturday, so Monday 3/2 replaces it
    expect(addWorkingDays('2025-01-27', 1)).toBe('2025-02-04');
    expect(addWorkingDays('2025-03-03', 5)).toBe('2025-03-10');
    expect(workingDaysBetween('2025-03-03', '2025-03-10')).toBe(5);
    expect(workingDaysBetween('2025-03-10', '2025-03-03')).toBe(0);
    const d = addWorkingDays('2024-12-20', 60);
    expect(workingDaysBetween('2024-12-20', d)).toBe(60);
    expect(isWorkingDay(d)).toBe(true);
  });
});
