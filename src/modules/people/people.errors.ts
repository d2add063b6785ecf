/** The people module's error codes. */
import { defineErrors } from '../../platform/errors.js';

export const peopleErrors = defineErrors({
  PERSON_EXISTS: { status: 409, vi: 'Đã có người mã "{code}"', en: 'A person with code "{code}" already exists' },
  PERSON_NOT_FOUND: { status: 404, vi: 'Không có người mã "{code}"', en: 'No person with code "{code}"' },
});
