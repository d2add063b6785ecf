import type { ImportSummary } from '../modules/register/register.schema.js';
import { formatIssue } from '../modules/imports/imports.service.js';
import { formatNumberVi } from '../platform/dates.js';
import type { Lang } from '../platform/errors.js';

const words = {
  vi: {
    errors: 'LỖI',
    warnings: 'Cảnh báo',
    inserted: 'thêm',
    updated: 'sửa',
    unchanged: 'không đổi',
    ok: (dry: boolean) => (dry ? 'Kiểm tra xong, không có lỗi. Chạy thử: chưa ghi gì.' : 'Đã nhập xong.'),
    rejected: (n: number) => `Có ${formatNumberVi(n)} lỗi; không ghi dữ liệu nào.`,
    changes: (dry: boolean) => (dry ? 'Sẽ thay đổi:' : 'Đã thay đổi:'),
  },
  en: {
    errors: 'ERRORS',
    warnings: 'Warnings',
    inserted: 'inserted',
    updated: 'updated',
    unchanged: 'unchanged',
    ok: (dry: boolean) => (dry ? 'Checked, no errors. Dry run: nothing written.' : 'Import done.'),
    rejected: (n: number) => `${n} errors; nothing was written.`,
    changes: (dry: boolean) => (dry ? 'Would change:' : 'Changed:'),
  },
};

/** The import result as a user reads it in a terminal. */
export function formatImportSummary(s: ImportSummary, lang: Lang): string {
  const w = words[lang];
  const out: string[] = [];
  if (s.errors.length > 0) {
    out.push(
      `${w.errors} (${s.errors.length}):`,
      ...s.errors.map((i) => `  ${formatIssue(i, lang)}`),
      w.rejected(s.errors.length),
    );
  }
  if (s.warnings.length > 0)
    out.push(`${w.warnings} (${s.warnings.length}):`, ...s.warnings.map((i) => `  ${formatIssue(i, lang)}`));
  if (s.errors.length === 0) {
    out.push(w.ok(s.dryRun), w.changes(s.dryRun));
    for (const [sheet, c] of Object.entries(s.changes)) {
      out.push(
        `  ${sheet.padEnd(16)} ${w.inserted} ${formatNumberVi(c.inserted)}, ${w.updated} ${formatNumberVi(c.updated)}, ${w.unchanged} ${formatNumberVi(c.unchanged)}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
