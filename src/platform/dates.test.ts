import { describe, expect, it } from 'vitest';
import { formatDateVi, formatNumberVi, formatRatioText, parseUserDate, today, tryParseDate } from './dates.js';

describe('dates', () => {
  it('reads yyyy-mm-dd and dd/mm/yyyy', () => {
    expect(tryParseDate('2013-03-15')).toBe('2013-03-15');
    expect(tryParseDate('15/3/2013')).toBe('2013-03-15');
    expect(tryParseDate(' 01/07/2025 ')).toBe('2025-07-01');
  });

  it('refuses dates that do not exist or are malformed', () => {
    expect(tryParseDate('2013-02-29')).toBeNull();
    expect(tryParseDate('31/04/2020')).toBeNull();
    expect(tryParseDate('2013/03/15')).toBeNull();
    expect(() => parseUserDate('hôm qua')).toThrow(/Invalid date/);
  });

  it('formats the way Vietnamese reports do', () => {
    expect(formatDateVi('2017-12-31')).toBe('31/12/2017');
    expect(formatNumberVi(1079)).toBe('1.079');
    expect(formatRatioText(623, 1079)).toEqual({ percent: 57.74, text: '57,74% (623/1.079)' });
    expect(formatRatioText(543, 1082).text).toBe('50,18% (543/1.082)');
    expect(formatRatioText(0, 0).text).toBe('0,00% (0/0)');
  });

  it('takes today in Vietnam time', () => {
    expect(today(new Date('2026-11-27T18:00:00Z'))).toBe('2026-11-28');
  });
});
