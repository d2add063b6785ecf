import type { ImportIssue, ImportSummary } from '../modules/imports/imports.schema.js';
import { formatNumberVi } from '../platform/dates.js';
import type { Lang } from '../platform/errors.js';

const words = {
  vi: {
    errors: 'LỖI', warnings: 'Cảnh báo', sheet: 'Bảng', row: 'Dòng', column: 'Cột', value: 'Giá trị',
    inserted: 'thêm', updated: 'sửa', unchanged: 'không đổi',
    ok: (dry: boolean) => (dry ? 'Kiểm tra xong, không có lỗi. Chạy thử: chưa ghi gì.' : 'Đã nhập xong.'),
    rejected: (n: number) => `Có ${formatNumberVi(n)} lỗi; không ghi dữ liệu nào.`,
    changes: (dry: boolean) => (dry ? 'Sẽ thay đổi:' : 'Đã thay đổi:'),
  },
  en: {
    errors: 'ERRORS', warnings: 'Warnings', sheet: 'Sheet', row: 'Row', column: 'Column', value: 'Value',
    inserted: 'inserted', updated: 'updated', unchanged: 'unchanged',
    ok: (dry: boolean) => (dry ? 'Checked, no errors. Dry run: nothing written.' : 'Import done.'),
    rejected: (n: number) => `${n} errors; nothing was written.`,
    changes: (dry: boolean) => (dry ? 'Would change:' : 'Changed:'),
  },
};

function issueLine(i: ImportIssue, lang: Lang): string {
  const w = words[lang];
  const where = [`${w.sheet} ${i.sheet}`, i.row !== null ? `${w.row} ${i.row}` : null, i.column ? `${w.column} ${i.column}` : null]
    .filter(Boolean)
    .join(', ');
  const value = i.value !== null && i.value !== '' ? ` ${w.value} "${i.value}":` : '';
  return `  ${where}:${value} ${i.message} [${i.code}]`;
}

/** The import result as a user reads it in a terminal. */
export function formatImportSummary(s: ImportSummary, lang: Lang): string {
  const w = words[lang];
  const out: string[] = [];
  if (s.errors.length > 0) {
    out.push(`${w.errors} (${s.errors.length}):`, ...s.errors.map((i) => issueLine(i, lang)), w.rejected(s.errors.length));
  }
  if (s.warnings.length > 0) out.push(`${w.warnings} (${s.warnings.length}):`, ...s.warnings.map((i) => issueLine(i, lang)));
  if (s.errors.length === 0) {
    out.push(w.ok(s.dryRun), w.changes(s.dryRun));
    for (const [sheet, c] of Object.entries(s.changes)) {
      out.push(`  ${sheet.padEnd(16)} ${w.inserted} ${formatNumberVi(c.inserted)}, ${w.updated} ${formatNumberVi(c.updated)}, ${w.unchanged} ${formatNumberVi(c.unchanged)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
