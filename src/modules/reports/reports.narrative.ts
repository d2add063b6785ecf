/**
 * The report's narrative: the figures of a comparison written as the
 * committee's own reports write them, e.g. "Từ năm 2013 đến năm 2017, đã xóa
 * được 44 thôn, tổ dân phố chưa có đảng viên; giảm 110 thôn, tổ dân phố có từ
 * 1–2 đảng viên. Tỷ lệ trưởng thôn, tổ trưởng chưa là đảng viên
 * giảm từ 57,74% (623/1.079) năm 2013 xuống 50,18% (543/1.082) năm 2017."
 * Pure: the unit tests feed it fixed figures.
 */
import { terms } from '../../../common/glossary.js';
import { formatDateVi, formatNumberVi, formatRatioText } from '../../platform/dates.js';
import type { Lang } from '../../platform/errors.js';
import type { Change, Comparison } from '../indicators/indicators.schema.js';

interface Ratio {
  count: number;
  total: number;
}

/** What the narrative is written from. */
export interface NarrativeFigures {
  from: string;
  to: string;
  /** Villages at each date: none at both means there is nothing to report. */
  villages: { from: number; to: number };
  white: Change;
  weak: Change;
  nonPartyHead: { from: Ratio; to: Ratio };
  /** Admissions in [from, to); no sentence when omitted. */
  admissions?: number;
}

/** The narrative's figures from a comparison (and the period's admissions). */
export function narrativeFigures(c: Comparison, admissions?: number): NarrativeFigures {
  return {
    from: c.from.at,
    to: c.to.at,
    villages: { from: c.from.villages, to: c.to.villages },
    white: c.changes.white,
    weak: c.changes.weak,
    nonPartyHead: {
      from: { count: c.from.nonPartyHeadRatio.count, total: c.from.nonPartyHeadRatio.total },
      to: { count: c.to.nonPartyHeadRatio.count, total: c.to.nonPartyHeadRatio.total },
    },
    admissions,
  };
}

const year = (d: string) => d.slice(0, 4);
const intEn = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const pctEn = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const dateEn = (d: string) => formatDateVi(d);

/** The ratio as the report shows it, and its rounded percent (what the reader compares). */
function ratio(r: Ratio, lang: Lang): { text: string; percent: number } {
  const { percent, text } = formatRatioText(r.count, r.total);
  if (lang === 'vi') return { text, percent };
  return { text: `${pctEn.format(percent)}% (${intEn.format(r.count)}/${intEn.format(r.total)})`, percent };
}

function vietnamese(f: NarrativeFigures): string {
  const n = formatNumberVi;
  const V = 'thôn, tổ dân phố';
  const sameYear = year(f.from) === year(f.to);
  const period = sameYear ? `Từ ngày ${formatDateVi(f.from)} đến ngày ${formatDateVi(f.to)}` : `Từ năm ${year(f.from)} đến năm ${year(f.to)}`;
  const point = (d: string) => (sameYear ? `ngày ${formatDateVi(d)}` : `năm ${year(d)}`);
  if (f.villages.from === 0 && f.villages.to === 0) return `${period}, không có ${V} nào trong phạm vi báo cáo.`;

  const w = f.white;
  const gained = w.entered + w.new;
  let white: string;
  if (w.from === 0 && w.to === 0) white = `không có ${V} nào chưa có đảng viên`;
  else if (w.left > 0) {
    white = `đã xóa được ${n(w.left)} ${V} chưa có đảng viên`;
    if (w.to === 0) white += `, không còn ${V} nào chưa có đảng viên`;
    else if (gained > 0) white += ` (phát sinh thêm ${n(gained)}, còn ${n(w.to)})`;
  } else if (w.to === 0) white = `không còn ${V} nào chưa có đảng viên`;
  else if (gained > 0) white = `chưa xóa được ${V} nào chưa có đảng viên, phát sinh thêm ${n(gained)} (còn ${n(w.to)})`;
  else white = `chưa xóa được ${V} nào chưa có đảng viên (còn ${n(w.to)})`;

  const k = f.weak;
  let weak: string;
  if (k.from === 0 && k.to === 0) weak = `không có ${V} nào chỉ có 1–2 đảng viên`;
  else if (k.net < 0) weak = `giảm ${n(-k.net)} ${V} có từ 1–2 đảng viên${k.to === 0 ? `, không còn ${V} nào chỉ có 1–2 đảng viên` : ''}`;
  else if (k.net > 0) weak = `tăng ${n(k.net)} ${V} có từ 1–2 đảng viên`;
  else weak = `số ${V} có từ 1–2 đảng viên không thay đổi (${n(k.to)})`;

  const a = ratio(f.nonPartyHead.from, 'vi');
  const b = ratio(f.nonPartyHead.to, 'vi');
  const R = terms('vi').ratioRow;
  let heads: string;
  if (f.nonPartyHead.from.count === 0 && f.nonPartyHead.to.count === 0) {
    const p = point(f.from);
    heads = `${p[0].toUpperCase()}${p.slice(1)} và ${point(f.to)} đều không có trưởng thôn, tổ trưởng tổ dân phố nào chưa là đảng viên.`;
  } else if (b.percent < a.percent) {
    const none = f.nonPartyHead.to.count === 0 ? `, không còn trưởng thôn, tổ trưởng tổ dân phố nào chưa là đảng viên` : '';
    heads = `${R} giảm từ ${a.text} ${point(f.from)} xuống ${b.text} ${point(f.to)}${none}.`;
  } else if (b.percent > a.percent) heads = `${R} tăng từ ${a.text} ${point(f.from)} lên ${b.text} ${point(f.to)}.`;
  else heads = `${R} không thay đổi: ${a.text} ${point(f.from)} và ${b.text} ${point(f.to)}.`;

  const parts = [`${period}, ${white}; ${weak}.`, heads];
  if (f.admissions !== undefined) {
    parts.push(
      f.admissions > 0
        ? `Trong thời gian đó, đã kết nạp ${n(f.admissions)} đảng viên ở các ${V}.`
        : `Trong thời gian đó, chưa kết nạp được đảng viên nào ở các ${V}.`,
    );
  }
  return parts.join(' ');
}

function english(f: NarrativeFigures): string {
  const n = (x: number) => intEn.format(x);
  const V = (k: number) => (k === 1 ? 'village or residential group' : 'villages and residential groups');
  const sameYear = year(f.from) === year(f.to);
  const period = sameYear ? `From ${dateEn(f.from)} to ${dateEn(f.to)}` : `From ${year(f.from)} to ${year(f.to)}`;
  const point = (d: string) => (sameYear ? `on ${dateEn(d)}` : `in ${year(d)}`);
  if (f.villages.from === 0 && f.villages.to === 0) return `${period}, there was no village or residential group in the scope of the report.`;

  const w = f.white;
  const gained = w.entered + w.new;
  const remain = `${n(w.to)} ${w.to === 1 ? 'remains' : 'remain'}`;
  let white: string;
  if (w.from === 0 && w.to === 0) white = 'there was no village or residential group without a party member';
  else if (w.left > 0) {
    white = `${n(w.left)} ${V(w.left)} with no party member ${w.left === 1 ? 'was' : 'were'} cleared`;
    if (w.to === 0) white += ', leaving none without a party member';
    else if (gained > 0) white += ` (${n(gained)} more became so; ${remain})`;
  } else if (w.to === 0) white = 'no village or residential group without a party member remains';
  else if (gained > 0) white = `no village or residential group with no party member was cleared and ${n(gained)} more became so (${remain})`;
  else white = `no village or residential group with no party member was cleared (${remain})`;

  const k = f.weak;
  let weak: string;
  if (k.from === 0 && k.to === 0) weak = 'there was no village or residential group with only 1–2 party members';
  else if (k.net < 0) weak = `villages and residential groups with 1–2 party members fell by ${n(-k.net)}${k.to === 0 ? ', leaving none' : ''}`;
  else if (k.net > 0) weak = `villages and residential groups with 1–2 party members rose by ${n(k.net)}`;
  else weak = `villages and residential groups with 1–2 party members stayed at ${n(k.to)}`;

  const a = ratio(f.nonPartyHead.from, 'en');
  const b = ratio(f.nonPartyHead.to, 'en');
  const R = 'The share of village and residential-group heads who are not party members';
  let heads: string;
  if (f.nonPartyHead.from.count === 0 && f.nonPartyHead.to.count === 0) {
    heads = `Every village and residential-group head in office was a party member ${point(f.from)} and ${point(f.to)}.`;
  } else if (b.percent < a.percent) {
    const none = f.nonPartyHead.to.count === 0 ? ', leaving no head who is not a party member' : '';
    heads = `${R} fell from ${a.text} ${point(f.from)} to ${b.text} ${point(f.to)}${none}.`;
  } else if (b.percent > a.percent) heads = `${R} rose from ${a.text} ${point(f.from)} to ${b.text} ${point(f.to)}.`;
  else heads = `${R} did not change: ${a.text} ${point(f.from)} and ${b.text} ${point(f.to)}.`;

  const parts = [`${period}, ${white}; ${weak}.`, heads];
  if (f.admissions !== undefined) {
    parts.push(
      f.admissions > 0
        ? `In that time, ${n(f.admissions)} ${f.admissions === 1 ? 'member was' : 'members were'} admitted in villages and residential groups.`
        : 'In that time, no member was admitted in villages and residential groups.',
    );
  }
  return parts.join(' ');
}

/** The narrative of the figures, in Vietnamese or English. */
export function writeNarrative(f: NarrativeFigures, lang: Lang = 'vi'): string {
  return lang === 'vi' ? vietnamese(f) : english(f);
}
