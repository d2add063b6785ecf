import { describe, expect, it } from 'vitest';
import { formatRuleSets } from './rules.format.js';
import { beforeRuleSets, decidingBodies, needsConsent, provinceAt, provinceChoices, ruleSetAt, ruleSetLabel, rulesAt, ruleSets } from '../../../common/rules.js';

describe('rule sets by date', () => {
  it('picks the set in force on the day, switching on the effective date itself', () => {
    expect(rulesAt('2016-07-24').id).toBe('before-29-QĐ/TW');
    expect(rulesAt('2016-07-25').id).toBe('29-QĐ/TW');
    expect(rulesAt('2016-07-26').id).toBe('29-QĐ/TW');
    expect(rulesAt('2021-07-29').id).toBe('29-QĐ/TW');
    expect(rulesAt('2021-07-30').id).toBe('24-QĐ/TW');
    expect(rulesAt('2025-01-19').id).toBe('24-QĐ/TW');
    expect(rulesAt('2025-01-20').id).toBe('232-QĐ/TW');
    expect(rulesAt('2025-06-30').id).toBe('232-QĐ/TW');
    expect(rulesAt('2025-07-01').id).toBe('294-QĐ/TW');
    expect(rulesAt('2025-07-02').id).toBe('294-QĐ/TW');
    expect(rulesAt('2030-01-01').id).toBe('294-QĐ/TW');
  });

  it('labels a day before 25/07/2016 plainly as before 29-QĐ/TW, with the values of 29-QĐ/TW', () => {
    for (const day of ['1990-01-01', '2016-07-24']) {
      const s = ruleSetAt(day);
      expect(s).toBe(beforeRuleSets);
      expect(s.label).toEqual({ vi: 'trước 29-QĐ/TW', en: 'before 29-QĐ/TW' });
      const { id: _i, label: _l, title: _t, effectiveFrom: _e, ...values } = s;
      const { id: _i0, label: _l0, title: _t0, effectiveFrom: _e0, ...first } = ruleSets[0];
      expect(values).toEqual(first);
      expect(s.effectiveFrom < ruleSets[0].effectiveFrom).toBe(true);
    }
    expect(ruleSetAt('2016-07-25').label).toEqual({ vi: '29-QĐ/TW', en: '29-QĐ/TW' });
    expect(ruleSetLabel('before-29-QĐ/TW', 'vi')).toBe('trước 29-QĐ/TW');
    expect(ruleSetLabel('before-29-QĐ/TW', 'en')).toBe('before 29-QĐ/TW');
    expect(ruleSetLabel('294-QĐ/TW', 'en')).toBe('294-QĐ/TW');
    expect(ruleSets.map((s) => s.id)).not.toContain(beforeRuleSets.id);
  });

  it('has the district committee decide until 30/06/2025 and the commune-level committee from 01/07/2025', () => {
    expect(rulesAt('2016-07-24').admission.decidedBy).toBe('district');
    expect(rulesAt('2025-06-30').admission.decidedBy).toBe('district');
    expect(rulesAt('2025-07-01').admission.decidedBy).toBe('commune');
    expect(rulesAt('2025-07-02').admission.decidedBy).toBe('commune');
    expect(decidingBodies.district).toEqual({ vi: 'Huyện ủy và tương đương', en: 'District party committee or equivalent' });
    expect(decidingBodies.commune).toEqual({ vi: 'Đảng ủy cấp xã', en: 'Commune-level party committee' });
  });

  it('needs consent only over 60: above 720 months', () => {
    for (const s of [beforeRuleSets, ...ruleSets]) expect(s.admission.consentAboveAgeMonths).toBe(720);
    // the check both the pipeline and the importer use, at every set's dates
    for (const day of ['2016-07-24', '2016-07-25', '2025-06-30', '2025-07-01']) {
      expect([719, 720, 721, 722].map((m) => needsConsent(m, day)), day).toEqual([false, false, true, true]);
    }
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
    expect(vi).toContain('Đảng ủy cấp xã quyết định');
    expect(vi).toContain('Huyện ủy và tương đương quyết định');
    expect(vi).toContain('trên 60 tuổi (từ 721 tháng tuổi) cần tỉnh ủy đồng ý');
    expect(vi).toContain('Trước 25/07/2016: kiểm tra theo các giá trị của 29-QĐ/TW, ghi là "trước 29-QĐ/TW"');
    const en = formatRuleSets(ruleSets, provinceChoices, 'en');
    expect(en).toContain('Village heads: from age 21, living in the village');
    expect(en).toContain('village head term 2.5 years');
    expect(en).toContain('over 60 (from 721 months of age) the province\'s consent');
    expect(en).toContain('the commune-level party committee decides');
    expect(en).toContain('Before 2016-07-25: checked with the values of 29-QĐ/TW, labelled "before 29-QĐ/TW"');
  });
});
