/**
 * The report's tables as plain data (headers with their spans, rows of cells),
 * so that the workbook, the printed page and the portal article show the same
 * tables with the same labels. Counts stay numbers; each renderer formats them
 * as vi-VN (1.079).
 */
import { signedText, terms } from '../../../common/glossary.js';
import { formatDateVi, formatNumberVi, formatRatioText } from '../../platform/dates.js';
import type { Snapshot } from '../indicators/indicators.schema.js';
import type { AppendixVillage, Report } from './reports.schema.js';

export type Cell = string | number;

export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface Table {
  /** The section's heading above the table. */
  caption: string;
  /** A line below the caption (the date of an appendix). */
  subcaption?: string;
  header: HeaderCell[][];
  rows: Cell[][];
  /**
   * The columns of signed changes (0-based): their numbers are shown with
   * their sign, +3 and −4 (the minus sign U+2212), and stay numbers in the
   * workbook.
   */
  signedColumns?: number[];
  /** Rows drawn in bold (the total). */
  boldRows?: number[];
  /**
   * The row that is the sum of all the rows above it, column by column, for
   * its numeric cells (the total): the workbook writes those cells as SUM
   * formulas, their cached results the row's own numbers (the engine's).
   */
  sumRow?: number;
  /** The columns of text, aligned left (0-based); the others are centred. The second column when not given. */
  textColumns?: number[];
  /** Relative widths of the columns (character widths in the workbook). */
  widths: number[];
  /** Whether the page of this table is A4 landscape. */
  landscape?: boolean;
}

const V = 'thôn, tổ dân phố';
/** The report's labels: the glossary's Vietnamese terms. */
const g = terms('vi');

/** The comparison of D1 and D2: counts, the four flows and the net change of each category. */
export function comparisonTable(r: Report): Table {
  const c = r.comparison;
  const row = (
    i: number,
    label: string,
    ch: { from: number; to: number; left: number; entered: number; ceased: number; new: number; net: number },
  ): Cell[] => [i, label, ch.from, ch.to, ch.left, ch.entered, ch.ceased, ch.new, ch.net];
  return {
    caption: `II. BIẾN ĐỘNG TỪ NGÀY ${formatDateVi(r.from)} ĐẾN NGÀY ${formatDateVi(r.to)}`,
    header: [
      [
        { text: g.ordinal, rowSpan: 2 },
        { text: g.indicator, rowSpan: 2 },
        { text: `${g.onDate} ${formatDateVi(r.from)}`, rowSpan: 2 },
        { text: `${g.onDate} ${formatDateVi(r.to)}`, rowSpan: 2 },
        { text: g.inPeriod, colSpan: 4 },
        { text: g.netSigned, rowSpan: 2 },
      ],
      [{ text: g.left }, { text: g.entered }, { text: g.ceased }, { text: g.new }],
    ],
    rows: [
      [1, g.villages, c.from.villages, c.to.villages, '', '', '', '', c.to.villages - c.from.villages],
      row(2, g.whiteRow, c.changes.white),
      row(3, g.weakRow, c.changes.weak),
      row(4, g.strongRow, c.changes.strong),
      row(5, g.noCellRow, c.changes.noCell),
      row(6, g.nonPartyHeadRow, c.changes.nonPartyHead),
      [7, g.ratioRow, c.from.nonPartyHeadRatio.text, c.to.nonPartyHeadRatio.text, '', '', '', '', ''],
    ],
    signedColumns: [8],
    widths: [5, 40, 15, 15, 8, 8, 9, 8, 10],
  };
}

function unitCells(s: Snapshot, admissions: number): Cell[] {
  return [
    s.villages,
    s.white,
    s.weak,
    s.strong,
    s.ownCell,
    s.combinedOnly,
    s.noCell,
    s.heads.party,
    s.heads.nonParty,
    s.heads.vacant,
    formatRatioText(s.heads.nonParty, s.villages).text.split(' ')[0],
    s.members.total,
    admissions,
  ];
}

/** The day districts ceased and communes were merged (Nghị quyết 202/2025/QH15, Luật Tổ chức chính quyền địa phương 2025). */
export const twoLevelFrom = '2025-07-01';
/** The commune-level units as a heading names them on a day: xã, phường, thị trấn; from 1/7/2025 xã, phường, đặc khu. */
export const communeWord = (at: string) => (at < twoLevelFrom ? g.communeBefore2025 : g.communeFrom2025);
const districtWord = g.district;
const rowWord = (level: string, at: string) =>
  level === 'province'
    ? g.province
    : level === 'district'
      ? districtWord
      : level === 'commune'
        ? communeWord(at)
        : g.village;

/** The figures at D2 by child unit, with the scope's total as the last row. */
export function unitsTable(r: Report): Table {
  const rows: Cell[][] = r.rows.map((x, i) => [i + 1, x.unit.name, ...unitCells(x.figures, x.admissions)]);
  rows.push(['', g.total, ...unitCells(r.total.figures, r.total.admissions)]);
  return {
    caption: 'KẾT QUẢ XÂY DỰNG ĐẢNG Ở THÔN, TỔ DÂN PHỐ THEO ĐƠN VỊ',
    subcaption: `Đến ngày ${formatDateVi(r.to)}`,
    header: [
      [
        { text: g.ordinal, rowSpan: 2 },
        { text: r.rowLevel ? rowWord(r.rowLevel, r.to) : g.unit, rowSpan: 2 },
        { text: g.villages, rowSpan: 2 },
        { text: g.villagesWith, colSpan: 3 },
        { text: g.cell, colSpan: 3 },
        { text: g.heads, colSpan: 4 },
        { text: g.members, colSpan: 2 },
      ],
      [
        { text: g.whiteColumn },
        { text: g.weakColumn },
        { text: g.strongColumn },
        { text: g.ownCellColumn },
        { text: g.combinedColumn },
        { text: g.noCellColumn },
        { text: g.partyHeadColumn },
        { text: g.nonPartyHeadColumn },
        { text: g.vacant },
        { text: g.ratioColumn },
        { text: g.membersCount },
        { text: g.admissions },
      ],
    ],
    rows,
    boldRows: [rows.length - 1],
    // the total adds up the rows above it (a village's report has no row: its total is its own figures)
    sumRow: r.rows.length > 0 ? rows.length - 1 : undefined,
    widths: [5, 26, 9, 9, 9, 9, 9, 9, 9, 9, 9, 8, 10, 9, 9],
    landscape: true,
  };
}

const cellWord = { own: g.cellOwn, combined: g.cellCombined, none: g.cellNone } as const;

/**
 * A list of villages at D2: where each is (its district, while there were
 * districts, and its commune), its members and its cell, and in the list of
 * non-party heads the head's name when the report names heads.
 */
function villagesTable(
  caption: string,
  at: string,
  villages: AppendixVillage[],
  columns: { district: boolean; head: boolean },
): Table {
  type Column = { text: string; width: number; cell: (v: AppendixVillage, i: number) => Cell; left?: boolean };
  const cols: Column[] = [
    { text: g.ordinal, width: 5, cell: (_, i) => i + 1 },
    { text: g.village, width: 22, cell: (v) => v.name, left: true },
    ...(columns.district
      ? [{ text: districtWord, width: 21, cell: (v: AppendixVillage) => v.district?.name ?? '', left: true }]
      : []),
    { text: communeWord(at), width: 21, cell: (v) => v.commune.name ?? '', left: true },
    ...(columns.head ? [{ text: g.headName, width: 22, cell: (v: AppendixVillage) => v.head ?? '', left: true }] : []),
    { text: g.membersCount, width: 8, cell: (v) => v.members.total },
    { text: g.official, width: 8, cell: (v) => v.members.official },
    { text: g.cell, width: 10, cell: (v) => cellWord[v.cell] },
  ];
  return {
    caption,
    subcaption: `Đến ngày ${formatDateVi(at)}`,
    header: [cols.map((c) => ({ text: c.text }))],
    rows: villages.map((v, i) => cols.map((c) => c.cell(v, i))),
    widths: cols.map((c) => c.width),
    textColumns: cols.flatMap((c, j) => (c.left ? [j] : [])),
    landscape: cols.length > 7,
  };
}

/**
 * The appendices: the report's figures by unit, then the villages behind the
 * three targets of the directive. The lists of a province's report have a
 * district column while its villages stood under districts at D2 (before
 * 1/7/2025); the list of non-party heads names the heads when the report does.
 */
export function appendixTables(r: Report): { title: string; table: Table }[] {
  const a = r.appendices;
  const district =
    r.scope.level === 'province' && [...a.white, ...a.weak, ...a.nonPartyHead].some((v) => v.district !== null);
  const list = (caption: string, villages: AppendixVillage[], head = false) =>
    villagesTable(caption, r.to, villages, { district, head });
  const listOf = (term: string) => `DANH SÁCH ${term}`.toLocaleUpperCase('vi');
  return [
    { title: 'PHỤ LỤC 1', table: unitsTable(r) },
    { title: 'PHỤ LỤC 2', table: list(listOf(g.whiteRow), a.white) },
    { title: 'PHỤ LỤC 3', table: list(listOf(g.weakRow), a.weak) },
    { title: 'PHỤ LỤC 4', table: list(listOf(g.nonPartyHeadRow), a.nonPartyHead, r.headNames) },
  ];
}

/** Whether a column of a table holds text (aligned left). */
export const isTextColumn = (t: Table, j: number) => (t.textColumns ?? [1]).includes(j);

/** The sentence of the body that points to the appendices. */
export function appendixNote(r: Report): string {
  return (
    `Kết quả theo từng đơn vị tại Phụ lục 1; danh sách ${V} chưa có đảng viên (${formatNumberVi(r.appendices.white.length)}), ` +
    `có 1–2 đảng viên (${formatNumberVi(r.appendices.weak.length)}) và có trưởng thôn, tổ trưởng chưa là đảng viên ` +
    `(${formatNumberVi(r.appendices.nonPartyHead.length)}) tại các Phụ lục 2, 3, 4.`
  );
}

/** The cell as text in vi-VN: numbers grouped with dots, negative ones with the minus sign; `signed`: +3, −4. */
export const cellText = (c: Cell, signed = false): string =>
  typeof c === 'number' ? (signed ? signedText(c, formatNumberVi) : formatNumberVi(c)) : c;

/** Whether a column of a table holds signed changes. */
export const isSignedColumn = (t: Table, j: number) => t.signedColumns?.includes(j) ?? false;

/** The occupied grid of a header: each cell with its row and column (0-based), spans applied. */
export function headerGrid(header: HeaderCell[][]): { cell: HeaderCell; row: number; col: number }[] {
  const taken = new Set<string>();
  const out: { cell: HeaderCell; row: number; col: number }[] = [];
  header.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (taken.has(`${row}:${col}`)) col++;
      out.push({ cell, row, col });
      for (let r = 0; r < (cell.rowSpan ?? 1); r++)
        for (let c = 0; c < (cell.colSpan ?? 1); c++) taken.add(`${row + r}:${col + c}`);
      col += cell.colSpan ?? 1;
    }
  });
  return out;
}
