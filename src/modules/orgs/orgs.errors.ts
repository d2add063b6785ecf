/** The orgs module's error codes. */
import { defineErrors } from '../../platform/errors.js';

export const orgsErrors = defineErrors({
  ORG_NOT_FOUND: {
    status: 404,
    vi: 'Không có tổ chức đảng mã "{code}"',
    en: 'No party organisation with code "{code}"',
  },
});
