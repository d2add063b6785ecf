/**
 * The civil-service calendar as the application holds it: the shipped notices
 * (assets/vn-days-off) and the years an administrator added or corrected in
 * the database, put in force in this process (working-days.ts) at start and
 * after each change.
 */
import { withActor, type AuditActor } from '../../platform/audit.js';
import type { Db } from '../../platform/db.js';
import { formatDateVi, isoFromParts } from '../../platform/dates.js';
import { AppError } from '../errors.js';
import type { Lang } from '../../platform/errors.js';
import {
  basisOf,
  holidayYear,
  noticeOf,
  setNotices,
  shippedNotices,
  yearDays,
  type NoticeDay,
} from '../rules/working-days.js';
import * as repo from './calendar.repository.js';

/** Puts the notices stored in the database in force. */
export async function loadCalendar(db: Db): Promise<void> {
  setNotices(await repo.addedNotices(db));
}

/** A year of the calendar as it is counted: its notice (if any) and its weekdays off and Saturdays worked. */
export function calendarYear(year: number) {
  const notice = noticeOf(year);
  const { off, worked } = yearDays(year);
  return {
    year,
    basis: basisOf(`${year}-01-01`),
    origin: notice?.origin ?? null,
    shipped: shippedNotices.has(year),
    days: notice?.days ?? [],
    weekdaysOff: off,
    saturdaysWorked: worked,
  };
}

const MAX_DAYS = 60;

/**
 * Checks a year's notice: each day a real date of that holiday year (its New
 * Year break may start in the December before), no date twice, a worked day a
 * Saturday or Sunday, a break and a source named on every day.
 */
export function checkNotice(year: number, days: readonly NoticeDay[], lang: Lang): void {
  const fail = (row: number, vi: string, en: string): never => {
    throw new AppError('CALENDAR_NOTICE_INVALID', { year, row, detail: lang === 'en' ? en : vi });
  };
  if (days.length > MAX_DAYS) fail(MAX_DAYS + 1, `quá ${MAX_DAYS} ngày`, `more than ${MAX_DAYS} days`);
  const seen = new Set<string>();
  days.forEach((d, i) => {
    const row = i + 1;
    const [y, m, dd] = d.date.split('-').map(Number);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date) || isoFromParts(y, m, dd) === null)
      fail(row, `ngày "${d.date}" không có thật (yyyy-mm-dd)`, `"${d.date}" is not a date (yyyy-mm-dd)`);
    if (d.date < `${year - 1}-12-01` || d.date > `${year}-12-31`) {
      fail(
        row,
        `ngày ${formatDateVi(d.date)} không thuộc năm ${year} (từ 01/12/${year - 1} đến 31/12/${year})`,
        `${formatDateVi(d.date)} is not in ${year} (01/12/${year - 1} to 31/12/${year})`,
      );
    }
    if (seen.has(d.date))
      fail(row, `ngày ${formatDateVi(d.date)} ghi hai lần`, `${formatDateVi(d.date)} is listed twice`);
    seen.add(d.date);
    const weekday = new Date(`${d.date}T00:00:00Z`).getUTCDay();
    if (d.kind === 'worked' && weekday !== 6 && weekday !== 0) {
      fail(
        row,
        `ngày làm bù ${formatDateVi(d.date)} không phải thứ Bảy hay Chủ nhật`,
        `the day worked ${formatDateVi(d.date)} is not a Saturday or Sunday`,
      );
    }
    if (!d.holiday.trim()) fail(row, 'chưa ghi tên dịp nghỉ', 'the break is not named');
    if (!d.source.trim()) fail(row, 'chưa ghi văn bản thông báo (nguồn)', 'the notice (source) is not named');
    if (holidayYear(d) !== year && /\d{4}\s*$/.test(d.holiday)) {
      fail(
        row,
        `dịp nghỉ "${d.holiday}" ghi năm khác ${year}`,
        `the break "${d.holiday}" names a year other than ${year}`,
      );
    }
  });
}

/** Sets (or, with no days, removes) an administrator's notice of a year, and puts it in force. */
export async function setYearNotice(db: Db, year: number, days: readonly NoticeDay[], actor: AuditActor, lang: Lang) {
  checkNotice(year, days, lang);
  await withActor(db, actor, (tx) => repo.replaceYear(tx, year, days));
  await loadCalendar(db);
  return calendarYear(year);
}
