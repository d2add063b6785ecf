/** The transfer module's error codes: an upload refused, an import with errors. */
import { defineErrors } from '../../platform/errors.js';

export const transferErrors = defineErrors({
  IMPORT_REJECTED: {
    status: 422,
    vi: 'Tệp nhập có {count} lỗi; không ghi dữ liệu nào',
    en: 'The import has {count} errors; nothing was written',
  },
  UPLOAD_UNSUPPORTED_TYPE: {
    status: 415,
    vi: 'Không nhận tệp "{file}"; chỉ nhận một tệp {allowed}',
    en: 'The file "{file}" is not accepted; send one {allowed} file',
  },
});
