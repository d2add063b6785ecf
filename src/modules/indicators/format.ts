/**
 * The CLI's readable tables (without --json): Vietnamese by default, English
 * with --lang en. Numbers in vi-VN format, dates as dd/mm/yyyy.
 */
import { signedText, terms } from '../../../common/glossary.js';
import { formatDateVi, formatNumberVi } from '../../platform/dates.js';
import type { Lang } from '../../platform/errors.js';
import type { Change, ChangeCategory, Comparison, Snapshot } from './indicators.schema.js';

/** The words of a table: the glossary's terms, and the titles. */
function labelsIn(lang: Lang) {
  const g = terms(lang);
  return {
    villages: g.villages,
    white: g.white,
    weak: g.weak,
    strong: g.strong,
    ownCell: g.ownCell,
    combinedOnly: g.combinedOnly,
    noCell: g.noCell,
    readyForCell: g.readyForCell,
    partyHead: g.partyHead,
    nonPartyHead: g.nonPartyHead,
    vacantHead: g.vacantHead,
    secretaryIsHead: g.secretaryIsHead,
    members: g.membersInVillages,
    official: `  ${g.official}`,
    probationary: `  ${g.probationary}`,
    ratio: g.ratio,
    indicator: g.indicator,
    left: g.left,
    entered: g.entered,
    ceased: g.ceased,
    new: g.new,
    net: g.net,
  };
}

const labels = {
  vi: {
    ...labelsIn('vi'),
    title: (s: Snapshot) =>
      `Chỉ tiêu xây dựng Đảng ở thôn, tổ dân phố: ${s.scope.name} (${s.scope.code}), ngày ${formatDateVi(s.at)}`,
    compareTitle: (c: Comparison) =>
      `So sánh ${c.to.scope.name} (${c.to.scope.code}): ngày ${formatDateVi(c.from.at)} và ngày ${formatDateVi(c.to.at)}`,
  },
  en: {
    ...labelsIn('en'),
    title: (s: Snapshot) => `Grassroots party-building indicators: ${s.scope.name} (${s.scope.code}), on ${s.at}`,
    compareTitle: (c: Comparison) =>
      `Comparison for ${c.to.scope.name} (${c.to.scope.code}): ${c.from.at} and ${c.to.at}`,
  },
};

function table(rowsOfCells: string[][]): string {
  const widths = rowsOfCells[0].map((_, i) => Math.max(...rowsOfCells.map((r) => r[i].length)));
  return rowsOfCells
    .map((r) =>
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
        .join('  ')
        .trimEnd(),
    )
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

const signed = (v: number) => signedText(v, n);

/** A comparison as one row per category: counts at both dates and the flows between them. */
export function formatComparisonTable(c: Comparison, lang: Lang = 'vi'): string {
  const l = labels[lang];
  const date = (d: string) => (lang === 'vi' ? formatDateVi(d) : d);
  const row = (key: ChangeCategory, ch: Change) => [
    l[key],
    n(ch.from),
    n(ch.to),
    n(ch.left),
    n(ch.entered),
    n(ch.ceased),
    n(ch.new),
    signed(ch.net),
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
