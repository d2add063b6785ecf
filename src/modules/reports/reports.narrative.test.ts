import { describe, expect, it } from 'vitest';
import type { Change } from '../indicators/indicators.schema.js';
import type { Comparison } from '../indicators/indicators.schema.js';
import { narrativeFigures, writeNarrative, type NarrativeFigures } from './reports.narrative.js';

const change = (
  from: number,
  to: number,
  flows: Partial<Pick<Change, 'left' | 'entered' | 'ceased' | 'new'>> = {},
): Change => {
  const c = { left: 0, entered: 0, ceased: 0, new: 0, ...flows };
  // keep the identity of docs/domain.md: net = to - from = entered + new - left - ceased
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
    const down: NarrativeFigures = {
      ...zero,
      nonPartyHead: { from: { count: 2, total: 3 }, to: { count: 0, total: 3 } },
    };
    expect(writeNarrative(down)).toContain(
      'giảm từ 66,67% (2/3) năm 2015 xuống 0,00% (0/3) năm 2020, không còn trưởng thôn, tổ trưởng tổ dân phố nào chưa là đảng viên.',
    );
    const empty: NarrativeFigures = { ...zero, villages: { from: 0, to: 0 } };
    expect(writeNarrative(empty)).toBe(
      'Từ năm 2015 đến năm 2020, không có thôn, tổ dân phố nào trong phạm vi báo cáo.',
    );
    expect(writeNarrative(empty, 'en')).toBe(
      'From 2015 to 2020, there was no village or residential group in the scope of the report.',
    );
  });
});

describe('the narrative of the non-party heads', () => {
  const heads = (from: [number, number], to: [number, number]): NarrativeFigures => ({
    from: '2015-01-01',
    to: '2020-01-01',
    villages: { from: from[1], to: to[1] },
    white: change(0, 0),
    weak: change(0, 0),
    nonPartyHead: { from: { count: from[0], total: from[1] }, to: { count: to[0], total: to[1] } },
  });
  const sentence = (f: NarrativeFigures, lang: 'vi' | 'en') => writeNarrative(f, lang).split('. ')[1];

  it('goes by the percentage, not the count: more non-party heads among many more villages is a fall', () => {
    const f = heads([500, 1000], [520, 1300]);
    expect(sentence(f, 'vi')).toBe(
      'Tỷ lệ trưởng thôn, tổ trưởng chưa là đảng viên giảm từ 50,00% (500/1.000) năm 2015 xuống 40,00% (520/1.300) năm 2020.',
    );
    expect(sentence(f, 'en')).toBe(
      'The share of village and residential-group heads who are not party members fell from 50.00% (500/1,000) in 2015 to 40.00% (520/1,300) in 2020.',
    );
  });

  it('and fewer non-party heads among fewer villages is a rise', () => {
    const f = heads([500, 1000], [480, 800]);
    expect(sentence(f, 'vi')).toBe(
      'Tỷ lệ trưởng thôn, tổ trưởng chưa là đảng viên tăng từ 50,00% (500/1.000) năm 2015 lên 60,00% (480/800) năm 2020.',
    );
    expect(sentence(f, 'en')).toBe(
      'The share of village and residential-group heads who are not party members rose from 50.00% (500/1,000) in 2015 to 60.00% (480/800) in 2020.',
    );
  });

  it('and a different count at the same percentage is no change', () => {
    const f = heads([5, 10], [6, 12]);
    expect(sentence(f, 'vi')).toBe(
      'Tỷ lệ trưởng thôn, tổ trưởng chưa là đảng viên không thay đổi: 50,00% (5/10) năm 2015 và 50,00% (6/12) năm 2020.',
    );
    expect(sentence(f, 'en')).toBe(
      'The share of village and residential-group heads who are not party members did not change: 50.00% (5/10) in 2015 and 50.00% (6/12) in 2020.',
    );
  });
});

describe('the narrative, case by case', () => {
  const base: NarrativeFigures = {
    from: '2015-01-01',
    to: '2020-01-01',
    villages: { from: 10, to: 10 },
    white: change(2, 2),
    weak: change(3, 3),
    nonPartyHead: { from: { count: 4, total: 10 }, to: { count: 4, total: 10 } },
  };
  const period = { vi: 'Từ năm 2015 đến năm 2020, ', en: 'From 2015 to 2020, ' };
  const steady = {
    weak: {
      vi: 'số thôn, tổ dân phố có từ 1–2 đảng viên không thay đổi (3)',
      en: 'villages and residential groups with 1–2 party members stayed at 3',
    },
    heads: {
      vi: 'Tỷ lệ trưởng thôn, tổ trưởng chưa là đảng viên không thay đổi: 40,00% (4/10) năm 2015 và 40,00% (4/10) năm 2020.',
      en: 'The share of village and residential-group heads who are not party members did not change: 40.00% (4/10) in 2015 and 40.00% (4/10) in 2020.',
    },
    white: {
      vi: 'chưa xóa được thôn, tổ dân phố nào chưa có đảng viên (còn 2)',
      en: 'no village or residential group with no party member was cleared (2 remain)',
    },
  };
  const cases: [string, Partial<NarrativeFigures>, { vi: string; en: string }][] = [
    [
      'villages at the end only: a report, not "no village"',
      {
        villages: { from: 0, to: 2 },
        white: change(0, 2, { new: 2 }),
        weak: change(0, 1, { new: 1 }),
        nonPartyHead: { from: { count: 0, total: 0 }, to: { count: 1, total: 2 } },
      },
      {
        vi: 'chưa xóa được thôn, tổ dân phố nào chưa có đảng viên, phát sinh thêm 2 (còn 2); tăng 1 thôn, tổ dân phố có từ 1–2 đảng viên. Tỷ lệ trưởng thôn, tổ trưởng chưa là đảng viên tăng từ 0,00% (0/0) năm 2015 lên 50,00% (1/2) năm 2020.',
        en: 'no village or residential group with no party member was cleared and 2 more became so (2 remain); villages and residential groups with 1–2 party members rose by 1. The share of village and residential-group heads who are not party members rose from 0.00% (0/0) in 2015 to 50.00% (1/2) in 2020.',
      },
    ],
    [
      'cleared some while others became so, those that entered and the new ones together',
      { white: change(5, 4, { left: 3, entered: 1, new: 1 }) },
      {
        vi: 'đã xóa được 3 thôn, tổ dân phố chưa có đảng viên (phát sinh thêm 2, còn 4); ${weak}. ${heads}',
        en: '3 villages and residential groups with no party member were cleared (2 more became so; 4 remain); ${weak}. ${heads}',
      },
    ],
    [
      'one left behind: "1 remains"',
      { white: change(2, 1, { left: 2, new: 1 }) },
      {
        vi: 'đã xóa được 2 thôn, tổ dân phố chưa có đảng viên (phát sinh thêm 1, còn 1); ${weak}. ${heads}',
        en: '2 villages and residential groups with no party member were cleared (1 more became so; 1 remains); ${weak}. ${heads}',
      },
    ],
    [
      'one cleared, none left',
      { white: change(1, 0, { left: 1 }) },
      {
        vi: 'đã xóa được 1 thôn, tổ dân phố chưa có đảng viên, không còn thôn, tổ dân phố nào chưa có đảng viên; ${weak}. ${heads}',
        en: '1 village or residential group with no party member was cleared, leaving none without a party member; ${weak}. ${heads}',
      },
    ],
    [
      'none left though none was cleared (they ceased)',
      { white: change(2, 0, { ceased: 2 }) },
      {
        vi: 'không còn thôn, tổ dân phố nào chưa có đảng viên; ${weak}. ${heads}',
        en: 'no village or residential group without a party member remains; ${weak}. ${heads}',
      },
    ],
    ['nothing cleared, nothing new', {}, { vi: '${white}; ${weak}. ${heads}', en: '${white}; ${weak}. ${heads}' }],
    [
      'no weak village at either date; non-party heads down to none',
      {
        weak: change(0, 0),
        nonPartyHead: { from: { count: 2, total: 10 }, to: { count: 0, total: 10 } },
      },
      {
        vi: '${white}; không có thôn, tổ dân phố nào chỉ có 1–2 đảng viên. Tỷ lệ trưởng thôn, tổ trưởng chưa là đảng viên giảm từ 20,00% (2/10) năm 2015 xuống 0,00% (0/10) năm 2020, không còn trưởng thôn, tổ trưởng tổ dân phố nào chưa là đảng viên.',
        en: '${white}; there was no village or residential group with only 1–2 party members. The share of village and residential-group heads who are not party members fell from 20.00% (2/10) in 2015 to 0.00% (0/10) in 2020, leaving no head who is not a party member.',
      },
    ],
    [
      'weak villages down to none',
      { weak: change(2, 0, { left: 2 }) },
      {
        vi: '${white}; giảm 2 thôn, tổ dân phố có từ 1–2 đảng viên, không còn thôn, tổ dân phố nào chỉ có 1–2 đảng viên. ${heads}',
        en: '${white}; villages and residential groups with 1–2 party members fell by 2, leaving none. ${heads}',
      },
    ],
    [
      'no village without a member at either date',
      { white: change(0, 0) },
      {
        vi: 'không có thôn, tổ dân phố nào chưa có đảng viên; ${weak}. ${heads}',
        en: 'there was no village or residential group without a party member; ${weak}. ${heads}',
      },
    ],
    [
      'villages at the start only: a report of their going',
      {
        villages: { from: 2, to: 0 },
        white: change(1, 0, { ceased: 1 }),
        weak: change(1, 0, { ceased: 1 }),
        nonPartyHead: { from: { count: 1, total: 2 }, to: { count: 0, total: 0 } },
      },
      {
        vi: 'không còn thôn, tổ dân phố nào chưa có đảng viên; giảm 1 thôn, tổ dân phố có từ 1–2 đảng viên, không còn thôn, tổ dân phố nào chỉ có 1–2 đảng viên. Tỷ lệ trưởng thôn, tổ trưởng chưa là đảng viên giảm từ 50,00% (1/2) năm 2015 xuống 0,00% (0/0) năm 2020, không còn trưởng thôn, tổ trưởng tổ dân phố nào chưa là đảng viên.',
        en: 'no village or residential group without a party member remains; villages and residential groups with 1–2 party members fell by 1, leaving none. The share of village and residential-group heads who are not party members fell from 50.00% (1/2) in 2015 to 0.00% (0/0) in 2020, leaving no head who is not a party member.',
      },
    ],
    [
      'non-party heads at neither date',
      { nonPartyHead: { from: { count: 0, total: 10 }, to: { count: 0, total: 10 } } },
      {
        vi: '${white}; ${weak}. Năm 2015 và năm 2020 đều không có trưởng thôn, tổ trưởng tổ dân phố nào chưa là đảng viên.',
        en: '${white}; ${weak}. Every village and residential-group head in office was a party member in 2015 and in 2020.',
      },
    ],
  ];
  it.each(cases)('%s', (_name, changes, want) => {
    for (const lang of ['vi', 'en'] as const) {
      const text = want[lang]
        .replace('${white}', steady.white[lang])
        .replace('${weak}', steady.weak[lang])
        .replace('${heads}', steady.heads[lang]);
      expect(writeNarrative({ ...base, ...changes }, lang)).toBe(period[lang] + text);
    }
  });

  it('writes a scope without villages as such in English too', () => {
    const empty: NarrativeFigures = { ...base, villages: { from: 0, to: 0 } };
    expect(writeNarrative(empty, 'en')).toBe(
      'From 2015 to 2020, there was no village or residential group in the scope of the report.',
    );
  });
});

describe("the narrative's figures from a comparison", () => {
  it('takes the dates, villages, white and weak changes and the non-party heads of each date, and the admissions', () => {
    const white = change(5, 4, { left: 3, entered: 1, new: 1 });
    const weak = change(2, 0, { left: 2 });
    const at = (d: string, villages: number, count: number) => ({
      at: d,
      villages,
      nonPartyHeadRatio: { count, total: villages, text: '' },
    });
    const c = {
      from: at('2015-01-01', 10, 4),
      to: at('2020-01-01', 12, 3),
      changes: { white, weak },
    } as unknown as Comparison;
    expect(narrativeFigures(c, 7)).toEqual({
      from: '2015-01-01',
      to: '2020-01-01',
      villages: { from: 10, to: 12 },
      white,
      weak,
      nonPartyHead: { from: { count: 4, total: 10 }, to: { count: 3, total: 12 } },
      admissions: 7,
    });
    expect(narrativeFigures(c).admissions).toBeUndefined();
  });
});
