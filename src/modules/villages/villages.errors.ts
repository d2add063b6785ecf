/** The villages module's error codes. */
import { defineErrors } from '../../platform/errors.js';

export const villagesErrors = defineErrors({
  VILLAGE_NOT_FOUND: { status: 404, vi: 'Không có thôn, tổ dân phố mã "{code}"', en: 'No village with code "{code}"' },
});
