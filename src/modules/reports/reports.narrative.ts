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
import type { Change, Comparison, ScopeMoves } from '../indicators/indicators.schema.js';

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
  /**
   * Villages that moved into the scope (a merger of administrative units) or
   * out of it between the dates, with how many of them were white or weak at
   * the date they count at: told apart, never as villages cleared or added.
   */
  moved?: { joined: MovedVillages; departed: MovedVillages };
}

/** How many villages moved, and of them how many were white or weak (at `to` for those that joined, at `from` for those that left). */
export interface MovedVillages {
  all: number;
  white: number;
  weak: number;
}

/** The narrative's figures from a comparison (and the period's admissions, and the villages that moved into or out of the scope). */
export function narrativeFigures(
  c: Comparison,
  admissions?: number,
  moves?: Record<'all' | 'white' | 'weak', ScopeMoves>,
): NarrativeFigures {
  return {
    ...(moves && {
      moved: {
        joined: { all: moves.all.joined, white: moves.white.joined, weak: moves.weak.joined },
        departed: { all: moves.all.departed, white: moves.white.departed, weak: moves.weak.departed },
      },
    }),
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

const none: MovedVillages = { all: 0, white: 0, weak: 0 };

/**
 * The white and weak changes told in words leave out the villages that moved
 * into or out of the scope: those villages' party life did not change by it.
 * Founded, merged or split villages stay in (new and ceased).
 */
function ownChanges(f: NarrativeFigures): {
  whiteGained: number;
  weakNet: number;
  joined: MovedVillages;
  departed: MovedVillages;
} {
  const joined = f.moved?.joined ?? none;
  const departed = f.moved?.departed ?? none;
  return {
    whiteGained: f.white.entered + f.white.new - joined.white,
    weakNet: f.weak.net - joined.weak + departed.weak,
    joined,
    departed,
  };
}

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
  const period = sameYear
    ? `Từ ngày ${formatDateVi(f.from)} đến ngày ${formatDateVi(f.to)}`
    : `Từ năm ${year(f.from)} đến năm ${year(f.to)}`;
  const point = (d: string) => (sameYear ? `ngày ${formatDateVi(d)}` : `năm ${year(d)}`);
  if (f.villages.from === 0 && f.villages.to === 0) return `${period}, không có ${V} nào trong phạm vi báo cáo.`;

  const w = f.white;
  const own = ownChanges(f);
  const gained = own.whiteGained;
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
  const kNet = own.weakNet;
  let weak: string;
  if (k.from === 0 && k.to === 0) weak = `không có ${V} nào chỉ có 1–2 đảng viên`;
  else if (kNet < 0)
    weak = `giảm ${n(-kNet)} ${V} có từ 1–2 đảng viên${k.to === 0 ? `, không còn ${V} nào chỉ có 1–2 đảng viên` : ''}`;
  else if (kNet > 0) weak = `tăng ${n(kNet)} ${V} có từ 1–2 đảng viên`;
  else weak = `số ${V} có từ 1–2 đảng viên không thay đổi (${n(k.to)})`;

  const a = ratio(f.nonPartyHead.from, 'vi');
  const b = ratio(f.nonPartyHead.to, 'vi');
  const R = terms('vi').ratioRow;
  let heads: string;
  if (f.nonPartyHead.from.count === 0 && f.nonPartyHead.to.count === 0) {
    const p = point(f.from);
    heads = `${p[0].toUpperCase()}${p.slice(1)} và ${point(f.to)} đều không có trưởng thôn, tổ trưởng tổ dân phố nào chưa là đảng viên.`;
  } else if (b.percent < a.percent) {
    const none =
      f.nonPartyHead.to.count === 0 ? `, không còn trưởng thôn, tổ trưởng tổ dân phố nào chưa là đảng viên` : '';
    heads = `${R} giảm từ ${a.text} ${point(f.from)} xuống ${b.text} ${point(f.to)}${none}.`;
  } else if (b.percent > a.percent) heads = `${R} tăng từ ${a.text} ${point(f.from)} lên ${b.text} ${point(f.to)}.`;
  else heads = `${R} không thay đổi: ${a.text} ${point(f.from)} và ${b.text} ${point(f.to)}.`;

  const parts = [`${period}, ${white}; ${weak}.`, heads];
  const among = (m: MovedVillages) => {
    const of = [
      m.white > 0 ? `${n(m.white)} chưa có đảng viên` : '',
      m.weak > 0 ? `${n(m.weak)} có từ 1–2 đảng viên` : '',
    ].filter(Boolean);
    return of.length > 0 ? ` (trong đó ${of.join(', ')})` : '';
  };
  if (own.joined.all > 0 || own.departed.all > 0) {
    const moves = [
      own.joined.all > 0 ? `${n(own.joined.all)} ${V} nhập vào phạm vi báo cáo${among(own.joined)}` : '',
      own.departed.all > 0 ? `${n(own.departed.all)} ${V} ra khỏi phạm vi báo cáo${among(own.departed)}` : '',
    ].filter(Boolean);
    parts.push(
      `Do sáp nhập, điều chỉnh đơn vị hành chính, ${moves.join('; ')}; các ${V} này không tính vào số đã xóa, đã giảm nêu trên.`,
    );
  }
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
  const villagesWord = (k: number) => (k === 1 ? 'village or residential group' : 'villages and residential groups');
  const sameYear = year(f.from) === year(f.to);
  const period = sameYear ? `From ${dateEn(f.from)} to ${dateEn(f.to)}` : `From ${year(f.from)} to ${year(f.to)}`;
  const point = (d: string) => (sameYear ? `on ${dateEn(d)}` : `in ${year(d)}`);
  if (f.villages.from === 0 && f.villages.to === 0)
    return `${period}, there was no village or residential group in the scope of the report.`;

  const w = f.white;
  const own = ownChanges(f);
  const gained = own.whiteGained;
  const remain = `${n(w.to)} ${w.to === 1 ? 'remains' : 'remain'}`;
  let white: string;
  if (w.from === 0 && w.to === 0) white = 'there was no village or residential group without a party member';
  else if (w.left > 0) {
    white = `${n(w.left)} ${villagesWord(w.left)} with no party member ${w.left === 1 ? 'was' : 'were'} cleared`;
    if (w.to === 0) white += ', leaving none without a party member';
    else if (gained > 0) white += ` (${n(gained)} more became so; ${remain})`;
  } else if (w.to === 0) white = 'no village or residential group without a party member remains';
  else if (gained > 0)
    white = `no village or residential group with no party member was cleared and ${n(gained)} more became so (${remain})`;
  else white = `no village or residential group with no party member was cleared (${remain})`;

  const k = f.weak;
  const kNet = own.weakNet;
  let weak: string;
  if (k.from === 0 && k.to === 0) weak = 'there was no village or residential group with only 1–2 party members';
  else if (kNet < 0)
    weak = `villages and residential groups with 1–2 party members fell by ${n(-kNet)}${k.to === 0 ? ', leaving none' : ''}`;
  else if (kNet > 0) weak = `villages and residential groups with 1–2 party members rose by ${n(kNet)}`;
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
  const among = (m: MovedVillages) => {
    const of = [
      m.white > 0 ? `${n(m.white)} with no party member` : '',
      m.weak > 0 ? `${n(m.weak)} with 1–2 party members` : '',
    ].filter(Boolean);
    return of.length > 0 ? ` (${of.join(', ')})` : '';
  };
  if (own.joined.all > 0 || own.departed.all > 0) {
    const moves = [
      own.joined.all > 0
        ? `${n(own.joined.all)} ${villagesWord(own.joined.all)} entered the scope of the report${among(own.joined)}`
        : '',
      own.departed.all > 0
        ? `${n(own.departed.all)} ${villagesWord(own.departed.all)} left it${among(own.departed)}`
        : '',
    ].filter(Boolean);
    parts.push(
      `By the merger and rearrangement of administrative units, ${moves.join('; ')}; they are not counted among those cleared or reduced above.`,
    );
  }
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
