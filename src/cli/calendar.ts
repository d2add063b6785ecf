/** `grassroots calendar show|set|remove`: the working-day calendar and a year's notice of days off. */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { calendarYear, setYearNotice } from '../modules/calendar/calendar.service.js';
import type { NoticeDay } from '../modules/rules/working-days.js';
import { cliActor } from '../platform/audit.js';
import { formatDateVi } from '../platform/dates.js';
import { AppError } from '../modules/errors.js';
import type { Lang } from '../platform/errors.js';
import { dataOption, langOf, langOption, reportError, withDatabase, type CommonOptions } from './context.js';

type Year = ReturnType<typeof calendarYear>;

function formatYear(y: Year, lang: Lang): string {
  const en = lang === 'en';
  const basis =
    y.basis === 'rule'
      ? en
        ? "no notice: counted by the Labour Code's rule"
        : 'chưa có thông báo: tính theo quy định của Bộ luật Lao động'
      : y.origin === 'database'
        ? en
          ? 'notice added by an administrator'
          : 'thông báo do quản trị viên nhập'
        : en
          ? 'notice shipped with grassroots'
          : 'thông báo có sẵn trong grassroots';
  const lines = [`${en ? 'Year' : 'Năm'} ${y.year}: ${basis}`];
  lines.push(
    `${en ? 'Weekdays off' : 'Ngày thường được nghỉ'} (${y.weekdaysOff.length}): ${y.weekdaysOff.map(formatDateVi).join(', ')}`,
  );
  lines.push(
    `${en ? 'Weekend days worked' : 'Ngày cuối tuần làm bù'} (${y.saturdaysWorked.length}): ${y.saturdaysWorked.map(formatDateVi).join(', ') || '—'}`,
  );
  return `${lines.join('\n')}\n`;
}

/** Reads a notice file: CSV with the columns date,kind,holiday,source (as assets/vn-days-off/vn-days-off.csv). */
function readNotice(file: string): NoticeDay[] {
  const rows = parse(readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    to: 200,
  }) as Record<string, string>[];
  for (const [i, r] of rows.entries()) {
    for (const c of ['date', 'kind', 'holiday', 'source']) {
      if (typeof r[c] !== 'string')
        throw new AppError('IMPORT_FILE_UNREADABLE', {
          file,
          reason: `dòng ${i + 2}: thiếu cột "${c}" / row ${i + 2}: no column "${c}"`,
        });
    }
    if (r.kind !== 'off' && r.kind !== 'worked')
      throw new AppError('IMPORT_FILE_UNREADABLE', {
        file,
        reason: `dòng ${i + 2}: kind phải là off hoặc worked / row ${i + 2}: kind must be off or worked`,
      });
  }
  return rows.map((r) => ({
    date: r.date.trim(),
    kind: r.kind as NoticeDay['kind'],
    holiday: r.holiday.trim(),
    source: r.source.trim(),
  }));
}

export function calendarCommand(): Command {
  const calendar = new Command('calendar').description(
    'lịch ngày làm việc dùng để tính mọi thời hạn: xem một năm, nhập thông báo nghỉ lễ của một năm',
  );
  const year = (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 2000 || n > 2100)
      throw new AppError('VALIDATION_FAILED', { detail: `năm "${v}" / year "${v}"` });
    return n;
  };

  calendar
    .command('show <year>')
    .description('các ngày nghỉ và ngày làm bù của một năm, và nguồn')
    .option('--json', 'in kết quả dạng JSON')
    .addOption(dataOption())
    .addOption(langOption())
    .action(async (y: string, opts: CommonOptions & { json?: boolean }) => {
      const lang = langOf(opts);
      try {
        const answer = await withDatabase(opts, async () => calendarYear(year(y)));
        process.stdout.write(opts.json ? `${JSON.stringify(answer, null, 2)}\n` : formatYear(answer, lang));
      } catch (e) {
        reportError(e, lang);
      }
    });

  calendar
    .command('set <year> <file>')
    .description(
      'nhập thông báo nghỉ lễ của một năm từ tệp CSV (cột date,kind,holiday,source); thay cho thông báo có sẵn của năm đó',
    )
    .addOption(dataOption())
    .addOption(langOption())
    .action(async (y: string, file: string, opts: CommonOptions) => {
      const lang = langOf(opts);
      try {
        const days = readNotice(file);
        const answer = await withDatabase(opts, ({ db }) => setYearNotice(db, year(y), days, cliActor(), lang));
        process.stdout.write(formatYear(answer, lang));
      } catch (e) {
        reportError(e, lang);
      }
    });

  calendar
    .command('remove <year>')
    .description('bỏ thông báo đã nhập của một năm (trở lại thông báo có sẵn, hoặc cách tính theo Bộ luật Lao động)')
    .addOption(dataOption())
    .addOption(langOption())
    .action(async (y: string, opts: CommonOptions) => {
      const lang = langOf(opts);
      try {
        const answer = await withDatabase(opts, ({ db }) => setYearNotice(db, year(y), [], cliActor(), lang));
        process.stdout.write(formatYear(answer, lang));
      } catch (e) {
        reportError(e, lang);
      }
    });
  return calendar;
}
