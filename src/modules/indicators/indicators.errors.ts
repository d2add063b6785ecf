/** The indicators module's error codes. */
import { defineErrors } from '../../platform/errors.js';

export const indicatorsErrors = defineErrors({
  UNKNOWN_CATEGORY: {
    status: 400,
    vi: 'Không có nhóm chỉ tiêu "{value}"; các nhóm hợp lệ: {allowed}',
    en: 'Unknown category "{value}"; valid categories: {allowed}',
  },
  UNKNOWN_FLOW: {
    status: 400,
    vi: 'Không có loại biến động "{value}"; các loại hợp lệ: {allowed}',
    en: 'Unknown flow "{value}"; valid flows: {allowed}',
  },
});
