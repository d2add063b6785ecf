import { z } from 'zod';
import { formatMinus } from '../../common/glossary.js';
import { AppError } from './errors.js';

const iso = /^(\d{4})-(\d{2})-(\d{2})$/;
const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 'YYYY-MM-DD' from calendar parts, or null when that day does not exist. */
export function isoFromParts(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Parses yyyy-mm-dd or dd/mm/yyyy into 'YYYY-MM-DD', or null when it is neither. */
export function tryParseDate(value: string): string | null {
  const s = value.trim();
  let y: number, m: number, d: number;
  const a = iso.exec(s);
  const b = vn.exec(s);
  if (a) [y, m, d] = [Number(a[1]), Number(a[2]), Number(a[3])];
  else if (b) [y, m, d] = [Number(b[3]), Number(b[2]), Number(b[1])];
  else return null;
  return isoFromParts(y, m, d);
}

/** Parses a date typed by a user; throws INVALID_DATE naming the value. */
export function parseUserDate(value: string): string {
  const r = tryParseDate(value);
  if (r === null) throw new AppError('INVALID_DATE', { value });
  return r;
}

/** A query/body date: accepts yyyy-mm-dd or dd/mm/yyyy, yields 'YYYY-MM-DD'. */
export const isoDate = z.string().transform((v, ctx) => {
  const r = tryParseDate(v);
  if (r === null) {
    ctx.addIssue({ code: 'custom', message: `ngày không hợp lệ "${v}" (yyyy-mm-dd hoặc dd/mm/yyyy) / invalid date` });
    return z.NEVER;
  }
  return r;
});

/** An instant as Vietnam's wall clock (UTC+7, no daylight saving) in ISO form: 'YYYY-MM-DDThh:mm:ss.sssZ', the Z notwithstanding. */
function vietnamClock(ms: number): string {
  return new Date(ms + 7 * 3600_000).toISOString();
}

/** Today's date in Vietnam (UTC+7) as 'YYYY-MM-DD'. */
export function today(now = new Date()): string {
  return vietnamClock(now.getTime()).slice(0, 10);
}

/** 'YYYY-MM-DD' -> 'dd/mm/yyyy', the way Vietnamese users write dates. */
export function formatDateVi(isoValue: string | null): string {
  if (!isoValue) return '';
  const [y, m, d] = isoValue.split('-');
  return `${d}/${m}/${y}`;
}

const intVi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const pctVi = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** dd/mm/yyyy hh:mm in Vietnam's time (UTC+7, no daylight saving) of an instant. */
export function formatDateTimeVi(isoTime: string): string {
  const d = vietnamClock(Date.parse(isoTime));
  return `${formatDateVi(d.slice(0, 10))} ${d.slice(11, 16)}`;
}

/** 1079 -> '1.079' (vi-VN grouping); -4 -> '−4' (the minus sign U+2212, not the hyphen). */
export function formatNumberVi(n: number): string {
  return formatMinus(intVi.format(n));
}

/** 57.7386 -> '57,74' (vi-VN, two decimals). */
export function formatPercentVi(p: number): string {
  return formatMinus(pctVi.format(p));
}

/** The ratio as reported: `57,74% (623/1.079)`; a zero total reads `0,00% (0/0)`. */
export function formatRatioText(count: number, total: number): { percent: number; text: string } {
  const percent = total === 0 ? 0 : Math.round((count / total) * 10000) / 100;
  return { percent, text: `${formatPercentVi(percent)}% (${formatNumberVi(count)}/${formatNumberVi(total)})` };
}

/** The same day `months` months later, or the month's last day when it has fewer days. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const last = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
