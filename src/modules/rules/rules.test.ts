import { describe, expect, it } from 'vitest';
import { formatRuleSets } from './rules.format.js';
import { provinceAt, provinceChoices, ruleSetAt, rulesAt, ruleSets } from '../../../common/rules.js';

describe('rule sets by date', () => {
  it('picks the set in force on the day, switching on the effective date itself', () => {
    expect(rulesAt('2016-07-24').id).toBe('29-QĐ/TW');
    expect(rulesAt('2021-07-29').id).toBe('29-QĐ/TW');
    expect(rulesAt('2021-07-30').id).toBe('24-QĐ/TW');
    expect(rulesAt('2025-01-19').id).toBe('24-QĐ/TW');
    expect(rulesAt('2025-01-20').id).toBe('232-QĐ/TW');
    expect(rulesAt('2025-06-30').id).toBe('232-QĐ/TW');
    expect(rulesAt('2025-07-01').id).toBe('294-QĐ/TW');
    expect(rulesAt('2030-01-01').id).toBe('294-QĐ/TW');
  });

  it('keeps the sets in date order, each whole: every set has every rule of the first', () => {
    const dates = ruleSets.map((s) => s.effectiveFrom);
    expect([...dates].sort()).toEqual(dates);
    const keys = (s: object): string[] => Object.entries(s).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]));
    for (const s of ruleSets) expect(keys(s)).toEqual(keys(ruleSets[0]));
  });

  it('takes the head term from the province\'s own choice in force on the day, beside the Party\'s set', () => {
    expect(provinceChoices.length).toBeGreaterThan(0);
    for (const day of ['2013-01-01', '2020-05-05', '2025-07-01']) {
      expect(rulesAt(day).heads).toEqual({ ...ruleSetAt(day).heads, termYears: provinceAt(day).headTermYears });
      expect([2.5, 5]).toContain(rulesAt(day).heads.termYears);
    }
  });

  it('prints every set and the province\'s choice, in Vietnamese and in English', () => {
    const vi = formatRuleSets(ruleSets, provinceChoices, 'vi');
    for (const s of ruleSets) expect(vi).toContain(`${s.id} — `);
    expect(vi).toContain('Kết nạp lại tối đa 1 lần, sau ít nhất 36 tháng; chỉ khai trừ đảng viên chính thức');
    expect(vi).toContain('giấy giới thiệu trong 30 ngày; tạm thời 3 đến 12 tháng, đi học đến 24 tháng');
    expect(vi).toContain('nhiệm kỳ trưởng thôn 2,5 năm');
    expect(vi).toContain('cấp ủy cấp xã quyết định');
    const en = formatRuleSets(ruleSets, provinceChoices, 'en');
    expect(en).toContain('Village heads: from age 21, living in the village');
    expect(en).toContain('village head term 2.5 years');
  });
});
