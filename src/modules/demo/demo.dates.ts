/**
 * Dates inside the generator are whole days since 1970-01-01 (UTC), so that
 * comparisons and sorting are plain integer operations; they become
 * 'YYYY-MM-DD' strings only when rows are written.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/** The day number of a calendar date (month 1-12). */
export function dayOf(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The day number of an ISO date string. */
export function parseDay(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  return dayOf(y, m, d);
}

const isoCache = new Map<Day, string>();

/** The ISO string of a day, or null for an open bound. */
export function isoOf(day: Day | null): string | null {
  if (day === null) return null;
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

/** Year, month (1-12) and day of month of a day number. */
export function partsOf(day: Day): [number, number, number] {
  const d = new Date(day * MS_PER_DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Adds calendar months, clamping the day to the target month's length (31/1 + 1 month = 28 or 29/2). */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = partsOf(day);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return dayOf(ty, tm, Math.min(d, last));
}

/** The first day of the month that is `index` months after January 2005. */
export function monthStart(index: number): Day {
  return addMonths(dayOf(2005, 1, 1), index);
}

/** Whole years of age on a day, for someone born on `birth`. */
export function ageYears(birth: Day, on: Day): number {
  const [by, bm, bd] = partsOf(birth);
  const [y, m, d] = partsOf(on);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
