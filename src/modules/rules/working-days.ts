/**
 * Working days of the civil service in Vietnam, which every deadline of the
 * workflows counts. A year the government has announced is read from its
 * notice: the days off of each break (weekends inside it included) and the
 * Saturdays worked in exchange for a weekday taken off (làm bù). The notices of
 * 2016–2026 ship in assets/vn-days-off with their sources; an administrator
 * adds a later year (or corrects one) in the database, which then replaces the
 * shipped rows of that year (setNotices).
 *
 * A year with no notice is counted by the Labour Code's rule (2019, art. 111
 * and 112; 2012, art. 115 before 2021): New Year's Day, Tết as the eve and the
 * four days after it on the Vietnamese lunar calendar (UTC+7, from
 * date-holidays), the Hùng Kings' day (10/3 lunar), 30/4, 1/5 and National Day
 * (2/9, with the day after it from 2021), a holiday falling on a Saturday or
 * Sunday replaced by the next working day, and no swaps. That is the rule the
 * notices themselves start from; the days they add on top are not guessed.
 *
 * A year's notice belongs to a holiday year: the New Year break of 2019 starts
 * on 29/12/2018. Whether a date is counted by notices or by the rule depends
 * on whether its calendar year has a notice; the days of every notice count,
 * whatever their year. Dates are 'YYYY-MM-DD'.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import Holidays from 'date-holidays';
import { projectRoot } from '../../platform/paths.js';

/** One day of a notice: a day off, or a Saturday worked in exchange. */
export interface NoticeDay {
  date: string;
  kind: 'off' | 'worked';
  /** The break it belongs to, e.g. "Tet Nguyen dan 2025". */
  holiday: string;
  /** The notice or page it comes from. */
  source: string;
}

/** A year's notice: its holiday year and its days. */
export interface Notice {
  year: number;
  days: NoticeDay[];
  /** 'table': shipped in assets/vn-days-off; 'database': added by an administrator. */
  origin: 'table' | 'database';
}

const DAY = 86_400_000;
const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isWeekend = (ms: number) => [0, 6].includes(new Date(ms).getUTCDay());
const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** The holiday year a notice row belongs to: the year its label ends with ("Tet Duong lich 2019" on 2018-12-29). */
export function holidayYear(row: Pick<NoticeDay, 'date' | 'holiday'>): number {
  const m = /(\d{4})\s*$/.exec(row.holiday);
  return m ? Number(m[1]) : yearOf(row.date);
}

/** The notices shipped with the application, by holiday year. */
export const shippedNotices: ReadonlyMap<number, Notice> = (() => {
  const text = readFileSync(join(projectRoot, 'assets/vn-days-off/vn-days-off.csv'), 'utf8');
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as NoticeDay[];
  const byYear = new Map<number, Notice>();
  for (const r of rows) {
    const year = holidayYear(r);
    if (!byYear.has(year)) byYear.set(year, { year, days: [], origin: 'table' });
    byYear.get(year)!.days.push({ date: r.date, kind: r.kind, holiday: r.holiday, source: r.source });
  }
  return byYear;
})();

interface Calendar {
  notices: Map<number, Notice>;
  off: Set<string>;
  worked: Set<string>;
  /** Calendar years that have a notice: their days are the notices' days only. */
  announced: Set<number>;
}

function build(notices: Map<number, Notice>): Calendar {
  const cal: Calendar = { notices, off: new Set(), worked: new Set(), announced: new Set(notices.keys()) };
  for (const n of notices.values()) for (const d of n.days) (d.kind === 'off' ? cal.off : cal.worked).add(d.date);
  return cal;
}

let calendar = build(new Map(shippedNotices));

/** Puts the administrators' notices in force: each replaces the shipped notice of its year. */
export function setNotices(added: readonly Omit<Notice, 'origin'>[]): void {
  const notices = new Map(shippedNotices);
  for (const n of added) notices.set(n.year, { ...n, origin: 'database' });
  calendar = build(notices);
}

/** The notice of a holiday year in force, or null when the year is counted by the rule. */
export function noticeOf(year: number): Notice | null {
  return calendar.notices.get(year) ?? null;
}

/** The years that have a notice, in order. */
export function announcedYears(): number[] {
  return [...calendar.announced].sort((a, b) => a - b);
}

const vn = new Holidays('VN');
const ruleCache = new Map<number, Set<string>>();

/** The days off of a year with no notice, by the Labour Code's rule (see the top of this file). */
export function ruleDaysOff(year: number): Set<string> {
  const cached = ruleCache.get(year);
  if (cached) return cached;
  const holidays = new Set<string>();
  for (const h of vn.getHolidays(year)) {
    if (h.type !== 'public') continue;
    // a holiday may span days (Tết); `date` is its first day in local time, `end` the instant after its last
    const first = h.date.slice(0, 10);
    const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY));
    for (let i = 0; i < days; i++) holidays.add(toIso(toMs(first) + i * DAY));
  }
  if (year >= 2021) holidays.add(`${year}-09-03`);
  const off = new Set(holidays);
  for (const d of [...holidays].sort()) {
    if (!isWeekend(toMs(d))) continue;
    let ms = toMs(d) + DAY;
    while (isWeekend(ms) || off.has(toIso(ms))) ms += DAY;
    off.add(toIso(ms));
  }
  ruleCache.set(year, off);
  return off;
}

export function isWorkingDay(iso: string): boolean {
  const ms = toMs(iso);
  if (calendar.worked.has(iso)) return true;
  if (isWeekend(ms) || calendar.off.has(iso)) return false;
  return calendar.announced.has(yearOf(iso)) || !ruleDaysOff(yearOf(iso)).has(iso);
}

/** How a date's working day is known: from a notice, or by the rule for a year with none. */
export function basisOf(iso: string): 'notice' | 'rule' {
  return calendar.announced.has(yearOf(iso)) ? 'notice' : 'rule';
}

/** The date `n` working days after `iso` (n >= 1; `iso` itself does not count). */
export function addWorkingDays(iso: string, n: number): string {
  let ms = toMs(iso);
  for (let left = n; left > 0; ) {
    ms += DAY;
    if (isWorkingDay(toIso(ms))) left--;
  }
  return toIso(ms);
}

/** Working days after `from` up to and including `to` (0 when `to` <= `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let ms = toMs(from) + DAY; ms <= toMs(to); ms += DAY) if (isWorkingDay(toIso(ms))) n++;
  return n;
}

/** The days off (weekdays only) and the Saturdays worked of a calendar year, as counted. */
export function yearDays(year: number): { off: string[]; worked: string[]; basis: 'notice' | 'rule' } {
  const off: string[] = [];
  const worked: string[] = [];
  for (let ms = toMs(`${year}-01-01`); yearOf(toIso(ms)) === year; ms += DAY) {
    const iso = toIso(ms);
    if (isWeekend(ms)) {
      if (isWorkingDay(iso)) worked.push(iso);
    } else if (!isWorkingDay(iso)) off.push(iso);
  }
  return { off, worked, basis: basisOf(`${year}-01-01`) };
}
