/** How the register screens write periods, timestamps and names of coded values. */
import i18n from '../../i18n';
import { formatDate } from '../../lib/format';

/** [from, to) as "dd/mm/yyyy – dd/mm/yyyy"; an open start is "…", an open end "nay" / "now". */
export function formatPeriod(from: string | null, to: string | null): string {
  return `${from ? formatDate(from) : i18n.t('reg.always')} – ${to ? formatDate(to) : i18n.t('reg.now')}`;
}

/** 'YYYY-MM-DDTHH:mm:ss' (Vietnam time, as the audit log gives it) as "dd/mm/yyyy HH:mm". */
export function formatDateTime(s: string): string {
  const [date, time = ''] = s.split('T');
  return `${formatDate(date)} ${time.slice(0, 5)}`.trim();
}

/** Whether a period holds on a day: from ≤ day < to, open ends holding. */
export const holdsOn = (p: { validFrom: string | null; validTo: string | null }, day: string) =>
  (p.validFrom === null || p.validFrom <= day) && (p.validTo === null || day < p.validTo);

/** The label of a coded value (`reg.kind.official`), or the code itself when it has none. */
export function codeLabel(group: string, code: string | null | undefined): string {
  if (!code) return '';
  const key = `reg.${group}.${code}`;
  return i18n.exists(key) ? i18n.t(key) : code;
}

/** Newest period first, open ones on top. */
export const byStartDesc = (a: { validFrom: string | null }, b: { validFrom: string | null }) =>
  (b.validFrom ?? '').localeCompare(a.validFrom ?? '');
