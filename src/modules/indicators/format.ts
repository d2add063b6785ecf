/**
 * The CLI's readable tables (without --json): Vietnamese by default, English
 * with --lang en. Numbers in vi-VN format, dates as dd/mm/yyyy.
 */
import { formatDateVi, formatNumberVi } from '../../platform/dates.js';
import type { Lang } from '../../platform/errors.js';
import type { Change, ChangeCategory, Comparison, Snapshot } from './indicators.schema.js';

const labels = {
  vi: {
    title: (s: Snapshot) => `Chỉ tiêu xây dựng Đảng ở thôn, tổ dân phố: ${s.scope.name} (${s.scope.code}), ngày ${formatDateVi(s.at)}`,
    compareTitle: (c: Comparison) =>
      `So sánh ${c.to.scope.name} (${c.to.scope.code}): ngày ${formatDateVi(c.from.at)} và ngày ${formatDateVi(c.to.at)}`,
    villages: 'Số thôn, tổ dân phố',
    white: 'Thôn "trắng" đảng viên (0 đảng viên)',
    weak: 'Thôn có 1-2 đảng viên',
    strong: 'Thôn có từ 3 đảng viên trở lên',
    ownCell: 'Có chi bộ riêng',
    combinedOnly: 'Chỉ sinh hoạt chi bộ ghép',
    noCell: 'Chưa có chi bộ',
    readyForCell: 'Đủ 3 đảng viên chính thức, chưa có chi bộ riêng',
    partyHead: 'Trưởng thôn là đảng viên',
    nonPartyHead: 'Trưởng thôn chưa là đảng viên',
    vacantHead: 'Khuyết trưởng thôn',
    secretaryIsHead: 'Bí thư chi bộ kiêm trưởng thôn',
    members: 'Đảng viên sinh hoạt ở thôn',
    official: '  chính thức',
    probationary: '  dự bị',
    ratio: 'Tỉ lệ thôn có trưởng thôn chưa là đảng viên',
    indicator: 'Chỉ tiêu',
    left: 'Ra khỏi',
    entered: 'Vào',
    ceased: 'Không còn',
    new: 'Mới',
    net: 'Tăng/giảm',
  },
  en: {
    title: (s: Snapshot) => `Grassroots party-building indicators: ${s.scope.name} (${s.scope.code}), on ${s.at}`,
    compareTitle: (c: Comparison) => `Comparison for ${c.to.scope.name} (${c.to.scope.code}): ${c.from.at} and ${c.to.at}`,
    villages: 'Villages',
    white: 'White villages (no member)',
    weak: 'Villages with 1-2 members',
    strong: 'Villages with 3+ members',
    ownCell: 'With their own cell',
    combinedOnly: 'In a combined cell only',
    noCell: 'With no cell',
    readyForCell: 'Ready for a cell (3+ official members, no own cell)',
    partyHead: 'Head is a party member',
    nonPartyHead: 'Head is not a party member',
    vacantHead: 'No head in office',
    secretaryIsHead: 'Cell secretary is the head',
    members: 'Members counted in villages',
    official: '  official',
    probationary: '  probationary',
    ratio: 'Share of villages whose head is not a member',
    indicator: 'Indicator',
    left: 'Left',
    entered: 'Entered',
    ceased: 'Ceased',
    new: 'New',
    net: 'Net',
  },
} as const;

function table(rowsOfCells: string[][]): string {
  const widths = rowsOfCells[0].map((_, i) => Math.max(...rowsOfCells.map((r) => r[i].length)));
  return rowsOfCells
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd())
    .join('\n');
}

const n = formatNumberVi;

/** A snapshot as a two-column table of indicator and value. */
export function formatSnapshotTable(s: Snapshot, lang: Lang = 'vi'): string {
  const l = labels[lang];
  const body = table([
    [l.villages, n(s.villages)],
    [l.white, n(s.white)],
    [l.weak, n(s.weak)],
    [l.strong, n(s.strong)],
    [l.ownCell, n(s.ownCell)],
    [l.combinedOnly, n(s.combinedOnly)],
    [l.noCell, n(s.noCell)],
    [l.readyForCell, n(s.readyForCell)],
    [l.partyHead, n(s.heads.party)],
    [l.nonPartyHead, n(s.heads.nonParty)],
    [l.vacantHead, n(s.heads.vacant)],
    [l.secretaryIsHead, n(s.secretaryIsHead)],
    [l.members, n(s.members.total)],
    [l.official, n(s.members.official)],
    [l.probationary, n(s.members.probationary)],
    [l.ratio, s.nonPartyHeadRatio.text],
  ]);
  return `${l.title(s)}\n\n${body}`;
}

const signed = (v: number) => (v > 0 ? `+${n(v)}` : n(v));

/** A comparison as one row per category: counts at both dates and the flows between them. */
export function formatComparisonTable(c: Comparison, lang: Lang = 'vi'): string {
  const l = labels[lang];
  const date = (d: string) => (lang === 'vi' ? formatDateVi(d) : d);
  const row = (key: ChangeCategory, ch: Change) => [
    l[key], n(ch.from), n(ch.to), n(ch.left), n(ch.entered), n(ch.ceased), n(ch.new), signed(ch.net),
  ];
  const body = table([
    [l.indicator, date(c.from.at), date(c.to.at), l.left, l.entered, l.ceased, l.new, l.net],
    [l.villages, n(c.from.villages), n(c.to.villages), '', '', '', '', signed(c.to.villages - c.from.villages)],
    row('white', c.changes.white),
    row('weak', c.changes.weak),
    row('strong', c.changes.strong),
    row('noCell', c.changes.noCell),
    row('nonPartyHead', c.changes.nonPartyHead),
    [l.ratio, c.from.nonPartyHeadRatio.text, c.to.nonPartyHeadRatio.text, '', '', '', '', ''],
  ]);
  return `${l.compareTitle(c)}\n\n${body}`;
}
