/**
 * Working days in Vietnam: Monday to Friday, except public holidays and the
 * days off that replace a holiday falling on a weekend (Labor Code 2019,
 * art. 112). Holidays come from date-holidays (country VN), which computes
 * Tết and the Hùng Kings' day on the Vietnamese lunar calendar (UTC+7):
 * New Year, Tết (5 days), Hùng Kings, 30/4, 1/5 and National Day. Since 2021
 * National Day is two days, 2/9 and the day before or after that the
 * government picks each year (known years below, else the day after).
 * The yearly swaps of working days the government sometimes decrees around
 * Tết are not modelled: deadlines may differ from those by a day or two.
 * Dates are 'YYYY-MM-DD'.
 */
import Holidays from 'date-holidays';

const vn = new Holidays('VN');

/** The second National Day holiday, as the government announced it. */
const nationalDaySecond: Record<number, string> = {
  2021: '09-03',
  2022: '09-01',
  2023: '09-01',
  2024: '09-03',
  2025: '09-01',
};

const DAY = 86_400_000;
const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isWeekend = (ms: number) => [0, 6].includes(new Date(ms).getUTCDay());

const cache = new Map<number, Set<string>>();

/** The days off of a year: holidays and their replacements. */
export function daysOff(year: number): Set<string> {
  const cached = cache.get(year);
  if (cached) return cached;
  const holidays = new Set<string>();
  for (const h of vn.getHolidays(year)) {
    if (h.type !== 'public') continue;
    // a holiday may span days (Tết); `date` is its first day in local time, `end` the instant after its last
    const first = h.date.slice(0, 10);
    const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY));
    for (let i = 0; i < days; i++) holidays.add(toIso(toMs(first) + i * DAY));
  }
  if (year >= 2021) holidays.add(`${year}-${nationalDaySecond[year] ?? '09-03'}`);
  const off = new Set(holidays);
  // a holiday on a Saturday or Sunday is replaced by the next working day
  for (const d of [...holidays].sort()) {
    if (!isWeekend(toMs(d))) continue;
    let ms = toMs(d) + DAY;
    while (isWeekend(ms) || off.has(toIso(ms))) ms += DAY;
    off.add(toIso(ms));
  }
  cache.set(year, off);
  return off;
}

export function isWorkingDay(iso: string): boolean {
  const ms = toMs(iso);
  return !isWeekend(ms) && !daysOff(new Date(ms).getUTCFullYear()).has(iso);
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
