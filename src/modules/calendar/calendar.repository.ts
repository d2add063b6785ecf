import { asc, eq } from 'drizzle-orm';
import { calendarDays } from '../../db/schema/index.js';
import type { Db } from '../../platform/db.js';
import type { Notice, NoticeDay } from '../rules/working-days.js';

/** The notices administrators added, by holiday year. */
export async function addedNotices(db: Db): Promise<Omit<Notice, 'origin'>[]> {
  const rows = await db.select().from(calendarDays).orderBy(asc(calendarDays.year), asc(calendarDays.date));
  const byYear = new Map<number, NoticeDay[]>();
  for (const r of rows) {
    if (!byYear.has(r.year)) byYear.set(r.year, []);
    byYear.get(r.year)!.push({ date: r.date, kind: r.kind as NoticeDay['kind'], holiday: r.holiday, source: r.source });
  }
  return [...byYear].map(([year, days]) => ({ year, days }));
}

/** Replaces a year's notice with these days (an empty list removes it). */
export async function replaceYear(tx: Db, year: number, days: readonly NoticeDay[]): Promise<void> {
  await tx.delete(calendarDays).where(eq(calendarDays.year, year));
  if (days.length > 0) await tx.insert(calendarDays).values(days.map((d) => ({ year, ...d })));
}
