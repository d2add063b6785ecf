import { describe, expect, it } from 'vitest';
import { formatRuleSets } from './rules.format.js';
import {
  beforeRuleSets,
  decidingBodies,
  needsConsent,
  provinceAt,
  provinceChoices,
  ruleSetAt,
  ruleSetLabel,
  rulesAt,
  ruleSets,
} from '../../../common/rules.js';

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
    // an id no set has is shown as it is
    expect(ruleSetLabel('123-QĐ/TW', 'vi')).toBe('123-QĐ/TW');
    expect(ruleSets.map((s) => s.id)).not.toContain(beforeRuleSets.id);
  });

  it('has the district committee decide until 30/06/2025 and the commune-level committee from 01/07/2025', () => {
    expect(rulesAt('2016-07-24').admission.decidedBy).toBe('district');
    expect(rulesAt('2025-06-30').admission.decidedBy).toBe('district');
    expect(rulesAt('2025-07-01').admission.decidedBy).toBe('commune');
    expect(rulesAt('2025-07-02').admission.decidedBy).toBe('commune');
    expect(decidingBodies.district).toEqual({
      vi: 'Huyện ủy và tương đương',
      en: 'District party committee or equivalent',
    });
    expect(decidingBodies.commune).toEqual({ vi: 'Đảng ủy cấp xã', en: 'Commune-level party committee' });
  });

  it('needs consent only over 60: above 720 months', () => {
    for (const s of [beforeRuleSets, ...ruleSets]) expect(s.admission.consentAboveAgeMonths).toBe(720);
    // the check both the pipeline and the importer use, at every set's dates
    for (const day of ['2016-07-24', '2016-07-25', '2025-06-30', '2025-07-01']) {
      expect(
        [719, 720, 721, 722].map((m) => needsConsent(m, day)),
        day,
      ).toEqual([false, false, true, true]);
    }
  });

  it('keeps the sets in date order, each whole: every set has every rule of the first', () => {
    const dates = ruleSets.map((s) => s.effectiveFrom);
    expect([...dates].sort()).toEqual(dates);
    const keys = (s: object): string[] =>
      Object.entries(s).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]));
    for (const s of ruleSets) expect(keys(s)).toEqual(keys(ruleSets[0]));
  });

  it("takes the head term from the province's own choice in force on the day, beside the Party's set", () => {
    expect(provinceChoices).toEqual([
      {
        effectiveFrom: '2012-01-01',
        headTermYears: 2.5,
        basis: 'Thông tư 04/2012/TT-BNV: nhiệm kỳ 2,5 hoặc 5 năm do Ủy ban nhân dân tỉnh quyết định',
      },
    ]);
    expect(provinceAt('2011-12-31')).toBe(provinceChoices[0]);
    for (const day of ['2013-01-01', '2020-05-05', '2025-07-01']) {
      expect(rulesAt(day).heads).toEqual({ ...ruleSetAt(day).heads, termYears: provinceAt(day).headTermYears });
      expect([2.5, 5]).toContain(rulesAt(day).heads.termYears);
    }
  });

  it("prints every set and the province's choice, in Vietnamese and in English", () => {
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
    expect(en).toContain("over 60 (from 721 months of age) the province's consent");
    expect(en).toContain('the commune-level party committee decides');
    expect(en).toContain('Before 2016-07-25: checked with the values of 29-QĐ/TW, labelled "before 29-QĐ/TW"');
  });

  it('prints a set whole, line by line, in Vietnamese and in English', () => {
    const first = ruleSets[0];
    expect(first.id).toBe('29-QĐ/TW');
    expect(formatRuleSets([first], provinceChoices, 'vi').split('\n')).toEqual([
      'Trước 25/07/2016: kiểm tra theo các giá trị của 29-QĐ/TW, ghi là "trước 29-QĐ/TW"',
      '',
      '29-QĐ/TW — Quy định 29-QĐ/TW thi hành Điều lệ Đảng, hiệu lực từ 25/07/2016',
      '  Kết nạp: từ 18 tuổi; trên 60 tuổi (từ 721 tháng tuổi) cần tỉnh ủy đồng ý; 2 người giới thiệu quen 12 tháng; giấy chứng nhận học lớp nhận thức 5 năm',
      '  Nghị quyết chi bộ ≥ 2/3 đảng viên chính thức; Huyện ủy và tương đương quyết định trong 60 ngày làm việc (gia hạn 30); lễ kết nạp trong 30 ngày làm việc',
      '  Dự bị 12 tháng; xét trong 30 + 30 ngày làm việc',
      '  Kết nạp lại tối đa 1 lần, sau ít nhất 36 tháng; chỉ khai trừ đảng viên chính thức',
      '  Chi bộ: ít nhất 3 đảng viên chính thức; từ 9 bầu chi ủy. Trưởng thôn: từ 21 tuổi, cư trú ở thôn, tạm thời tối đa 6 tháng',
      '  Chuyển sinh hoạt: giấy giới thiệu trong 30 ngày; tạm thời 3 đến 12 tháng, đi học đến 24 tháng',
      '',
      'Tỉnh quyết định, từ 01/01/2012: nhiệm kỳ trưởng thôn 2,5 năm (Thông tư 04/2012/TT-BNV: nhiệm kỳ 2,5 hoặc 5 năm do Ủy ban nhân dân tỉnh quyết định)',
    ]);
    expect(formatRuleSets([first], provinceChoices, 'en').split('\n')).toEqual([
      'Before 2016-07-25: checked with the values of 29-QĐ/TW, labelled "before 29-QĐ/TW"',
      '',
      '29-QĐ/TW — Quy định 29-QĐ/TW thi hành Điều lệ Đảng, in force from 2016-07-25',
      "  Admission: from age 18; over 60 (from 721 months of age) the province's consent; 2 introducers who have known the prospect 12 months; class certificate valid 5 years",
      '  Cell resolution ≥ 2/3 of official members; the district party committee or equivalent decides within 60 working days (+30); ceremony within 30 working days',
      '  Probation 12 months; review within 30 + 30 working days',
      '  Readmission at most 1 time(s), at least 36 months after leaving; only official members are expelled',
      '  Cells: at least 3 official members; a committee from 9. Village heads: from age 21, living in the village, interim at most 6 months',
      '  Transfers: letter within 30 days; temporary 3 to 12 months, study up to 24 months',
      '',
      "The province's choice from 2012-01-01: village head term 2.5 years (Thông tư 04/2012/TT-BNV: nhiệm kỳ 2,5 hoặc 5 năm do Ủy ban nhân dân tỉnh quyết định)",
    ]);
  });

  it('prints the other choice of a rule as such, and no before-line without a set', () => {
    const other = {
      ...ruleSets[0],
      membership: { ...ruleSets[0].membership, expelOfficialOnly: false },
      heads: { ...ruleSets[0].heads, residentOnly: false },
    };
    const vi = formatRuleSets([other], [], 'vi').split('\n');
    expect(vi[6]).toBe('  Kết nạp lại tối đa 1 lần, sau ít nhất 36 tháng; khai trừ cả đảng viên dự bị');
    expect(vi[7]).toBe(
      '  Chi bộ: ít nhất 3 đảng viên chính thức; từ 9 bầu chi ủy. Trưởng thôn: từ 21 tuổi, tạm thời tối đa 6 tháng',
    );
    const en = formatRuleSets([other], [], 'en').split('\n');
    expect(en[6]).toBe(
      '  Readmission at most 1 time(s), at least 36 months after leaving; probationary members may be expelled',
    );
    expect(en[7]).toBe(
      '  Cells: at least 3 official members; a committee from 9. Village heads: from age 21, interim at most 6 months',
    );
    const later = { effectiveFrom: '2030-01-01', headTermYears: 5 as const, basis: 'Quyết định của tỉnh' };
    expect(formatRuleSets([], [...provinceChoices, later], 'vi').split('\n')).toEqual([
      'Tỉnh quyết định, từ 01/01/2012: nhiệm kỳ trưởng thôn 2,5 năm (Thông tư 04/2012/TT-BNV: nhiệm kỳ 2,5 hoặc 5 năm do Ủy ban nhân dân tỉnh quyết định)',
      'Tỉnh quyết định, từ 01/01/2030: nhiệm kỳ trưởng thôn 5 năm (Quyết định của tỉnh)',
    ]);
    expect(formatRuleSets([], provinceChoices, 'en')).toBe(
      "The province's choice from 2012-01-01: village head term 2.5 years (Thông tư 04/2012/TT-BNV: nhiệm kỳ 2,5 hoặc 5 năm do Ủy ban nhân dân tỉnh quyết định)",
    );
  });
});
