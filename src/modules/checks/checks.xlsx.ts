/**
 * The findings of the data-quality checks as an .xlsx workbook: a title row
 * naming the scope and the date (or all history), a header row, one row per
 * finding in the screen's order (by commune), and the count of errors and
 * warnings.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../../../common/rules.js';
import { formatDateVi } from '../../platform/dates.js';
import type { CheckResult } from './checks.service.js';

const labels = {
  vi: {
    title: (when: string, scope: string | null) => `Kiểm tra dữ liệu ${when}${scope ? `, đơn vị ${scope}` : ''}`,
    at: (d: string) => `ngày ${d}`,
    all: 'toàn bộ lịch sử',
    columns: [
      'STT',
      'Xã, phường',
      'Mức độ',
      'Mã kiểm tra',
      'Phát hiện',
      'Hồ sơ',
      'Nội dung',
      'Từ ngày',
      'Đến ngày',
      'Căn cứ',
      'Trang hồ sơ',
    ],
    severity: { error: 'Lỗi', warning: 'Cảnh báo' },
    noCommune: 'Không rõ xã',
    now: 'nay',
    count: (e: number, w: number) => `${e} lỗi, ${w} cảnh báo`,
    sheet: 'Kiểm tra dữ liệu',
  },
  en: {
    title: (when: string, scope: string | null) => `Data checks ${when}${scope ? `, unit ${scope}` : ''}`,
    at: (d: string) => `on ${d}`,
    all: 'over all history',
    columns: [
      'No.',
      'Commune',
      'Severity',
      'Check',
      'Finding',
      'Record',
      'Detail',
      'From',
      'To',
      'Rule',
      'Record page',
    ],
    severity: { error: 'Error', warning: 'Warning' },
    noCommune: 'No commune',
    now: 'now',
    count: (e: number, w: number) => `${e} errors, ${w} warnings`,
    sheet: 'Data checks',
  },
} as const;

const widths = [6, 26, 11, 26, 40, 32, 60, 12, 12, 24, 26];
const font = 'Times New Roman';
const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** The workbook of a check result; `appUrl` prefixes each record's page (the web app's address). */
export async function checksWorkbook(r: CheckResult, lang: Lang, appUrl: string): Promise<Buffer> {
  const l = labels[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'grassroots';
  const ws = wb.addWorksheet(l.sheet, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  for (const [i, w] of widths.entries()) ws.getColumn(i + 1).width = w;
  ws.mergeCells(1, 1, 1, widths.length);
  const title = ws.getCell(1, 1);
  title.value = l.title(r.at === null ? l.all : l.at(formatDateVi(r.at)), r.scope);
  title.font = { name: font, size: 14, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;

  const write = (row: number, values: (string | number)[], bold = false) =>
    values.forEach((v, j) => {
      const x = ws.getCell(row, j + 1);
      x.value = v;
      x.font = { name: font, size: 11, bold };
      x.border = border;
      x.alignment = { vertical: 'top', wrapText: true, horizontal: typeof v === 'number' ? 'right' : 'left' };
    });
  write(2, [...l.columns], true);
  r.findings.forEach((f, i) => {
    const link = f.link ? `${appUrl}${f.link}` : '';
    write(3 + i, [
      i + 1,
      f.commune ? `${f.commune.name ?? ''} (${f.commune.code})` : l.noCommune,
      l.severity[f.severity],
      f.code,
      f.title,
      f.record ? `${f.record.name ?? ''} (${f.record.code})` : '',
      f.message,
      f.validFrom ? formatDateVi(f.validFrom) : '',
      f.validTo ? formatDateVi(f.validTo) : l.now,
      f.rule.label,
      link,
    ]);
    // the record's page as a link, as on the screen
    if (link) ws.getCell(3 + i, widths.length).value = { text: link, hyperlink: link };
  });
  const last = 3 + r.findings.length;
  ws.mergeCells(last, 1, last, widths.length);
  ws.getCell(last, 1).value = l.count(r.count.error, r.count.warning);
  ws.getCell(last, 1).font = { name: font, size: 11, bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
