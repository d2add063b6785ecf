/** The calendar module's error codes. */
import { defineErrors } from '../../platform/errors.js';

export const calendarErrors = defineErrors({
  CALENDAR_NOTICE_INVALID: {
    status: 422,
    vi: 'Thông báo ngày nghỉ năm {year}, dòng {row}: {detail}; không ghi gì',
    en: 'The notice of days off for {year}, row {row}: {detail}; nothing was written',
  },
});
