/**
 * Numbers and dates the way the users write them, in either UI language:
 * 1.079, 57,74 and dd/mm/yyyy, like the report texts the API returns.
 */
import { formatMinus, signedText } from '../../../common/glossary';

const intVi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const pctVi = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1.079; −4 with the minus sign U+2212 (not the hyphen), as everywhere numbers are shown. */
export const formatNumber = (n: number): string => formatMinus(intVi.format(n));
export const formatPercent = (p: number): string => `${formatMinus(pctVi.format(p))}%`;

/** +12, −3, 0: the sign always shown. */
export const formatSigned = (n: number): string => signedText(n, formatNumber);

/** 'YYYY-MM-DD' -> 'dd/mm/yyyy'. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Today in Vietnam (UTC+7) as 'YYYY-MM-DD', as the server counts it. */
export function todayIso(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export const isIsoDate = (s: string | null): s is string =>
  !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

/** Lower case without diacritics, so that "pho hien" finds "Phố Hiến". */
export const searchable = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
