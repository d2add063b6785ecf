/**
 * The report as an .xlsx workbook in the layout of a party document: the
 * heading (committee top left with the number, "ĐẢNG CỘNG SẢN VIỆT NAM" and
 * the place and date top right), the title, the narrative, bordered tables
 * and the signer block on the first sheet; one sheet per appendix. Every
 * sheet prints on A4 fitted to the page's width; an appendix repeats its
 * table's header rows on each printed page and keeps them in view on screen.
 * A total is a SUM of the rows above it, its cached result the engine's.
 */
import ExcelJS from 'exceljs';
import { formatDateVi } from '../../platform/dates.js';
import type { Report } from './reports.schema.js';
import {
  appendixNote,
  appendixTables,
  comparisonTable,
  headerGrid,
  isSignedColumn,
  isTextColumn,
  type Table,
} from './reports.tables.js';

const font = 'Times New Roman';
/**
 * Counts as numbers (they still add up in a spreadsheet) shown with the
 * vi-VN grouping dot whatever the reader's locale: the dots are literal
 * characters of the format, not the locale's separator.
 */
export const viCountFormat = '[>=1000000]#"."###"."##0;[>=1000]#"."##0;0';
/**
 * Signed changes as numbers, shown +3, −4 (the minus sign U+2212, as on the
 * screen and the printed page) and 0.
 */
export const signedFormat = '"+"#,##0;"−"#,##0;0';
const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

type Style = {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
};

function put(ws: ExcelJS.Worksheet, row: number, from: number, to: number, text: string, s: Style = {}): ExcelJS.Cell {
  if (to > from) ws.mergeCells(row, from, row, to);
  const cell = ws.getCell(row, from);
  cell.value = text;
  cell.font = { name: font, size: s.size ?? 13, bold: s.bold, italic: s.italic, underline: s.underline };
  cell.alignment = { horizontal: s.align ?? 'center', vertical: 'middle', wrapText: true };
  return cell;
}

/**
 * Writes a table from `top`; returns the next free row. The numeric cells of
 * its sum row are SUM formulas over the rows above, with the row's own
 * numbers as their results (what a reader sees before any recalculation).
 */
function writeTable(ws: ExcelJS.Worksheet, top: number, t: Table): number {
  const headerRows = t.header.length;
  for (const { cell, row, col } of headerGrid(t.header)) {
    const r = top + row;
    const c = col + 1;
    const r2 = r + (cell.rowSpan ?? 1) - 1;
    const c2 = c + (cell.colSpan ?? 1) - 1;
    if (r2 > r || c2 > c) ws.mergeCells(r, c, r2, c2);
    const x = ws.getCell(r, c);
    x.value = cell.text;
    x.font = { name: font, size: 11, bold: true };
    x.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let i = r; i <= r2; i++) for (let j = c; j <= c2; j++) ws.getCell(i, j).border = border;
  }
  for (let i = 0; i < headerRows; i++) ws.getRow(top + i).height = headerRows === 1 ? 34 : 40;
  t.rows.forEach((cells, i) => {
    const r = top + headerRows + i;
    const bold = t.boldRows?.includes(i);
    cells.forEach((v, j) => {
      const x = ws.getCell(r, j + 1);
      if (i === t.sumRow && i > 0 && typeof v === 'number') {
        const col = ws.getColumn(j + 1).letter;
        x.value = { formula: `SUM(${col}${top + headerRows}:${col}${r - 1})`, result: v };
      } else x.value = v;
      x.font = { name: font, size: 12, bold };
      x.border = border;
      x.alignment = { horizontal: isTextColumn(t, j) ? 'left' : 'center', vertical: 'middle', wrapText: true };
      if (typeof v === 'number') x.numFmt = isSignedColumn(t, j) ? signedFormat : viCountFormat;
    });
    const longest = Math.max(...cells.map((v, j) => String(v).length / (t.widths[j] ?? 10)));
    if (longest > 1) ws.getRow(r).height = 17 * Math.ceil(longest);
  });
  if (t.rows.length === 0) {
    const r = top + headerRows;
    put(ws, r, 1, t.widths.length, 'Không có', { italic: true, size: 12 });
    for (let j = 1; j <= t.widths.length; j++) ws.getCell(r, j).border = border;
    return r + 1;
  }
  return top + headerRows + t.rows.length;
}

/** A paragraph across the sheet, its row tall enough for its wrapped lines. */
function paragraph(ws: ExcelJS.Worksheet, row: number, last: number, text: string, widthChars: number, s: Style = {}) {
  put(ws, row, 1, last, text, { align: 'justify', size: 13, ...s });
  ws.getRow(row).height = 19 * Math.max(1, Math.ceil((text.length * 1.1) / widthChars));
}

function sheet(wb: ExcelJS.Workbook, name: string, widths: number[], landscape: boolean): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      // Hướng dẫn 36-HD/VPTW: 20-25 mm top and bottom, 30-35 mm left, 15-20 mm right
      margins: { top: 0.8, bottom: 0.8, left: 1.2, right: 0.7, header: 0.3, footer: 0.3 },
    },
  });
  ws.columns = widths.map((width) => ({ width }));
  return ws;
}

/** The workbook of a report. */
export async function reportWorkbook(r: Report): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'grassroots';
  const h = r.heading;
  const main = comparisonTable(r);
  const ws = sheet(wb, 'Báo cáo', main.widths, false);
  const last = main.widths.length;
  const total = main.widths.reduce((a, b) => a + b, 0);

  put(ws, 1, 1, 3, h.issuer[0]);
  put(ws, 1, 4, last, 'ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true });
  put(ws, 2, 1, 3, h.issuer[1], { bold: true });
  put(ws, 3, 1, 3, '*');
  put(ws, 4, 1, 3, h.numberLine, { size: 12 });
  put(ws, 4, 4, last, h.dateLine, { italic: true, size: 12 });
  put(ws, 6, 1, last, h.title, { bold: true, size: 15 });
  put(ws, 7, 1, last, h.subtitle, { bold: true, size: 13 });
  put(ws, 8, 1, last, h.period, { bold: true, size: 13 });
  put(ws, 9, 1, last, '-----');
  put(ws, 11, 1, last, 'I. KẾT QUẢ CHUNG', { bold: true, align: 'left' });
  paragraph(ws, 12, last, r.narrative.vi, total);
  put(ws, 14, 1, last, main.caption, { bold: true, align: 'left' });
  let row = writeTable(ws, 15, main) + 1;
  paragraph(ws, row, last, appendixNote(r), total, { italic: true });
  row += 2;

  put(ws, row, 1, 3, 'Nơi nhận:', { bold: true, italic: true, size: 12, align: 'left' });
  if (h.signer.on) put(ws, row, 4, last, h.signer.on, { bold: true });
  put(ws, h.signer.on ? row + 1 : row, 4, last, h.signer.title, { bold: true });
  put(ws, row + 1, 1, 3, '- Thường trực cấp ủy (để báo cáo),', { size: 11, align: 'left' });
  put(ws, row + 2, 1, 3, '- Lưu.', { size: 11, align: 'left' });
  put(ws, row + 6, 4, last, h.signer.name, { bold: true });

  for (const { title, table } of appendixTables(r)) {
    const ap = sheet(wb, title.replace('PHỤ LỤC', 'Phụ lục'), table.widths, !!table.landscape);
    const end = table.widths.length;
    put(ap, 1, 1, end, title, { bold: true });
    put(ap, 2, 1, end, table.caption, { bold: true });
    put(ap, 3, 1, end, table.subcaption ?? '', { bold: true, italic: true, size: 12 });
    put(ap, 4, 1, end, `(Kèm theo Báo cáo ngày ${formatDateVi(h.issuedOn)} của ${h.issuerName})`, {
      italic: true,
      size: 12,
    });
    ap.getRow(2).height = 34;
    writeTable(ap, 6, table);
    // the header rows on every printed page, and in view while scrolling a long list
    const headerEnd = 6 + table.header.length - 1;
    ap.pageSetup.printTitlesRow = `6:${headerEnd}`;
    ap.views = [{ state: 'frozen', ySplit: headerEnd, xSplit: 0 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
