import { describe, expect, it } from 'vitest';
import type { Change } from '../indicators/indicators.schema.js';
import { writeNarrative, type NarrativeFigures } from './reports.narrative.js';

const change = (from: number, to: number, flows: Partial<Pick<Change, 'left' | 'entered' | 'ceased' | 'new'>> = {}): Change => {
  const c = { left: 0, entered: 0, ceased: 0, new: 0, ...flows };
  // keep the identity of DOMAIN.md: net = to - from = entered + new - left - ceased
  expect(c.entered + c.new - c.left - c.ceased).toBe(to - from);
  return { from, to, ...c, net: to - from };
};

/** The figures of the source article: 2013-2017, 44 white villages cleared, weak villages down 110, 623/1.079 to 543/1.082. */
const article: NarrativeFigures = {
  from: '2013-01-01',
  to: '2017-12-31',
  villages: { from: 1079, to: 1082 },
  white: change(60, 16, { left: 44 }),
  weak: change(300, 190, { left: 125, entered: 15 }),
  nonPartyHead: { from: { count: 623, total: 1079 }, to: { count: 543, total: 1082 } },
};

describe('the narrative', () => {
  it('tells the villages that entered the scope by a merger of units apart from those cleared or reduced', () => {
    // a province that another one, 2,004 villages (3 white, 40 weak), joined during the period
    const f: NarrativeFigures = {
      from: '2024-01-01',
      to: '2026-01-01',
      villages: { from: 1080, to: 3084 },
      white: change(2, 3, { left: 2, new: 3 }),
      weak: change(30, 60, { left: 15, entered: 5, new: 40 }),
      nonPartyHead: { from: { count: 380, total: 1080 }, to: { count: 1050, total: 3084 } },
      moved: { joined: { all: 2004, white: 3, weak: 40 }, departed: { all: 0, white: 0, weak: 0 } },
    };
    expect(writeNarrative(f)).toBe(
      'Từ năm 2024 đến năm 2026, đã xóa được 2 thôn, tổ dân phố chưa có đảng viên; giảm 10 thôn, tổ dân phố có từ 1–2 đảng viên. ' +
        'Tỷ lệ trưởng thôn, tổ trưởng chưa là đảng viên giảm từ 35,19% (380/1.080) năm 2024 xuống 34,05% (1.050/3.084) năm 2026. ' +
        'Do sáp nhập, điều chỉnh đơn vị hành chính, 2.004 thôn, tổ dân phố nhập vào phạm vi báo cáo (trong đó 3 chưa có đảng viên, 40 có từ 1–2 đảng viên); ' +
        'các thôn, tổ dân phố này không tính vào số đã xóa, đã giảm nêu trên.',
    );
    expect(writeNarrative(f, 'en')).toBe(
      'From 2024 to 2026, 2 villages and residential groups with no party member were cleared; ' +
        'villages and residential groups with 1–2 party members fell by 10. ' +
        'The share of village and residential-group heads who are not party members fell from 35.19% (380/1,080) in 2024 to 34.05% (1,050/3,084) in 2026. ' +
        'By the merger and rearrangement of administrative units, 2,004 villages and residential groups entered the scope of the report (3 with no party member, 40 with 1–2 party members); ' +
        'they are not counted among those cleared or reduced above.',
    );
  });

  it("writes the source article's sentence from its figures", () => {
    expect(writeNarrative(article)).toBe(
      'Từ năm 2013 đến năm 2017, đã xóa được 44 thôn, tổ dân phố chưa có đảng viên; giảm 110 thôn, tổ dân phố có từ 1–2 đảng viên. ' +
        'Tỷ lệ trưởng thôn, tổ trưởng chưa là đảng viên giảm từ 57,74% (623/1.079) năm 2013 xuống 50,18% (543/1.082) năm 2017.',
    );
  });

  it('writes the same in English, with English numbers', () => {
    expect(writeNarrative(article, 'en')).toBe(
      'From 2013 to 2017, 44 villages and residential groups with no party member were cleared; villages and residential groups with 1–2 party members fell by 110. ' +
        'The share of village and residential-group heads who are not party members fell from 57.74% (623/1,079) in 2013 to 50.18% (543/1,082) in 2017.',
    );
  });

  it('says when none is left, and when weak villages and non-party heads rise', () => {
    const f: NarrativeFigures = {
      ...article,
      white: change(44, 0, { left: 40, ceased: 4 }),
      weak: change(100, 112, { entered: 30, left: 18 }),
      nonPartyHead: { from: { count: 500, total: 1079 }, to: { count: 543, total: 1082 } },
      admissions: 1234,
    };
    expect(writeNarrative(f)).toBe(
      'Từ năm 2013 đến năm 2017, đã xóa được 40 thôn, tổ dân phố chưa có đảng viên, không còn thôn, tổ dân phố nào chưa có đảng viên; ' +
        'tăng 12 thôn, tổ dân phố có từ 1–2 đảng viên. ' +
        'Tỷ lệ trưởng thôn, tổ trưởng chưa là đảng viên tăng từ 46,34% (500/1.079) năm 2013 lên 50,18% (543/1.082) năm 2017. ' +
        'Trong thời gian đó, đã kết nạp 1.234 đảng viên ở các thôn, tổ dân phố.',
    );
    expect(writeNarrative(f, 'en')).toBe(
      'From 2013 to 2017, 40 villages and residential groups with no party member were cleared, leaving none without a party member; ' +
        'villages and residential groups with 1–2 party members rose by 12. ' +
        'The share of village and residential-group heads who are not party members rose from 46.34% (500/1,079) in 2013 to 50.18% (543/1,082) in 2017. ' +
        'In that time, 1,234 members were admitted in villages and residential groups.',
    );
  });

  it('writes dates within one year as days, and no change as no change', () => {
    const f: NarrativeFigures = {
      from: '2017-01-01',
      to: '2017-06-30',
      villages: { from: 10, to: 10 },
      white: change(2, 3, { entered: 1 }),
      weak: change(4, 4, { left: 1, entered: 1 }),
      nonPartyHead: { from: { count: 5, total: 10 }, to: { count: 5, total: 10 } },
      admissions: 0,
    };
    expect(writeNarrative(f)).toBe(
      'Từ ngày 01/01/2017 đến ngày 30/06/2017, chưa xóa được thôn, tổ dân phố nào chưa có đảng viên, phát sinh thêm 1 (còn 3); ' +
        'số thôn, tổ dân phố có từ 1–2 đảng viên không thay đổi (4). ' +
        'Tỷ lệ trưởng thôn, tổ trưởng chưa là đảng viên không thay đổi: 50,00% (5/10) ngày 01/01/2017 và 50,00% (5/10) ngày 30/06/2017. ' +
        'Trong thời gian đó, chưa kết nạp được đảng viên nào ở các thôn, tổ dân phố.',
    );
    expect(writeNarrative(f, 'en')).toBe(
      'From 01/01/2017 to 30/06/2017, no village or residential group with no party member was cleared and 1 more became so (3 remain); ' +
        'villages and residential groups with 1–2 party members stayed at 4. ' +
        'The share of village and residential-group heads who are not party members did not change: 50.00% (5/10) on 01/01/2017 and 50.00% (5/10) on 30/06/2017. ' +
        'In that time, no member was admitted in villages and residential groups.',
    );
  });

  it('writes zero figures as none, and a scope without villages as such', () => {
    const zero: NarrativeFigures = {
      from: '2015-01-01',
      to: '2020-01-01',
      villages: { from: 3, to: 3 },
      white: change(0, 0),
      weak: change(2, 0, { left: 2 }),
      nonPartyHead: { from: { count: 0, total: 3 }, to: { count: 0, total: 3 } },
      admissions: 1,
    };
    expect(writeNarrative(zero)).toBe(
      'Từ năm 2015 đến năm 2020, không có thôn, tổ dân phố nào chưa có đảng viên; giảm 2 thôn, tổ dân phố có từ 1–2 đảng viên, không còn thôn, tổ dân phố nào chỉ có 1–2 đảng viên. ' +
        'Năm 2015 và năm 2020 đều không có trưởng thôn, tổ trưởng tổ dân phố nào chưa là đảng viên. ' +
        'Trong thời gian đó, đã kết nạp 1 đảng viên ở các thôn, tổ dân phố.',
    );
    expect(writeNarrative(zero, 'en')).toContain('1 member was admitted');
    const down: NarrativeFigures = { ...zero, nonPartyHead: { from: { count: 2, total: 3 }, to: { count: 0, total: 3 } } };
    expect(writeNarrative(down)).toContain(
      'giảm từ 66,67% (2/3) năm 2015 xuống 0,00% (0/3) năm 2020, không còn trưởng thôn, tổ trưởng tổ dân phố nào chưa là đảng viên.',
    );
    const empty: NarrativeFigures = { ...zero, villages: { from: 0, to: 0 } };
    expect(writeNarrative(empty)).toBe('Từ năm 2015 đến năm 2020, không có thôn, tổ dân phố nào trong phạm vi báo cáo.');
    expect(writeNarrative(empty, 'en')).toBe('From 2015 to 2020, there was no village or residential group in the scope of the report.');
  });
});
