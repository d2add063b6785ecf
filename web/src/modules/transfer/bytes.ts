import { formatNumber } from '../../lib/format';

const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 532 B, 14,2 kB, 3,5 MB: vi-VN numbers in either language, like the rest of the app. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${formatNumber(n)} B`;
  if (n < 1024 * 1024) return `${oneDecimal.format(n / 1024)} kB`;
  return `${oneDecimal.format(n / 1024 / 1024)} MB`;
}
