/** The units module's error codes. */
import { defineErrors } from '../../platform/errors.js';

export const unitsErrors = defineErrors({
  UNIT_NOT_FOUND: { status: 404, vi: 'Không có đơn vị mã "{code}"', en: 'No unit with code "{code}"' },
  UNIT_NOT_VALID_AT: {
    status: 404,
    vi: 'Đơn vị "{code}" không tồn tại vào ngày {at}',
    en: 'Unit "{code}" does not exist on {at}',
  },
});
