/**
 * The imports module's error codes: reading a file and its limits, and the issues of its cells
 * (each reported with its sheet, row, column and value beside the message).
 */
import { defineErrors } from '../../platform/errors.js';

export const importsErrors = defineErrors({
  IMPORT_FILE_UNREADABLE: {
    status: 400,
    vi: 'Không đọc được tệp "{file}": {reason}',
    en: 'Cannot read file "{file}": {reason}',
  },
  IMPORT_MISSING_COLUMN: {
    status: 422,
    vi: 'Trang tính "{sheet}" thiếu cột "{column}"',
    en: 'Sheet "{sheet}" lacks the column "{column}"',
  },
  IMPORT_EXTRA_COLUMN: {
    status: 422,
    vi: 'Cột "{column}" không có trong mẫu nhập; đã bỏ qua',
    en: 'Column "{column}" is not part of the import format; ignored',
  },
  IMPORT_UNKNOWN_SHEET: {
    status: 422,
    vi: 'Trang tính "{sheet}" không có trong mẫu nhập; đã bỏ qua',
    en: 'Sheet "{sheet}" is not part of the import format; ignored',
  },
  IMPORT_MISSING_VALUE: {
    status: 422,
    vi: 'Cột "{column}" không được để trống',
    en: 'Column "{column}" must not be empty',
  },
  IMPORT_BAD_DATE: {
    status: 422,
    vi: 'Không đọc được ngày "{value}" (dùng yyyy-mm-dd, dd/mm/yyyy hoặc ô kiểu ngày)',
    en: 'Cannot read the date "{value}" (use yyyy-mm-dd, dd/mm/yyyy or a date cell)',
  },
  IMPORT_BAD_NUMBER: {
    status: 422,
    vi: 'Không đọc được số "{value}" ở cột "{column}" (cần {expected})',
    en: 'Cannot read the number "{value}" in column "{column}" (expected {expected})',
  },
  IMPORT_BAD_CHARACTER: {
    status: 422,
    vi: 'Ô ở cột "{column}" chứa ký tự NUL (mã 0), không lưu được; hãy xóa ký tự này',
    en: 'The cell in column "{column}" holds a NUL character (code 0), which cannot be stored; remove it',
  },
  IMPORT_TOO_LONG: {
    status: 422,
    vi: 'Mã ở cột "{column}" dài {length} ký tự, quá giới hạn {max} ký tự',
    en: 'The code in column "{column}" is {length} characters long, over the limit of {max}',
  },
  IMPORT_BAD_VALUE: {
    status: 422,
    vi: 'Giá trị "{value}" không hợp lệ ở cột "{column}"; dùng một trong: {allowed}',
    en: 'Invalid value "{value}" in column "{column}"; use one of: {allowed}',
  },
  ARCHIVE_TOO_LARGE: {
    status: 413,
    vi: 'Tệp nén "{file}" có {what} vượt giới hạn ({value} > {max}); không giải nén',
    en: 'The archive "{file}" has {what} over the limit ({value} > {max}); not unpacked',
  },
  ARCHIVE_PART_TOO_LARGE: {
    status: 413,
    vi: 'Phần "{part}" ({kind}) của tệp "{file}" khi giải nén vượt giới hạn {max}; không đọc tiếp',
    en: 'The part "{part}" ({kind}) of the file "{file}" inflates past its limit of {max}; not read further',
  },
  ARCHIVE_PART_TOO_COMPLEX: {
    status: 413,
    vi: 'Phần "{part}" của tệp "{file}" có {what} vượt giới hạn {max}; không đọc tiếp',
    en: 'The part "{part}" of the file "{file}" has {what} over the limit of {max}; not read further',
  },
  IMPORT_MEMORY_LIMIT: {
    status: 413,
    vi: 'Đọc tệp "{file}" cần quá {max} bộ nhớ; tệp bị từ chối, không ghi dữ liệu nào',
    en: 'Reading the file "{file}" needs more than {max} of memory; the file is refused, nothing was written',
  },
  IMPORT_TIME_LIMIT: {
    status: 413,
    vi: 'Đọc tệp "{file}" lâu quá giới hạn {max}; tệp bị từ chối, không ghi dữ liệu nào',
    en: 'Reading the file "{file}" takes longer than the limit of {max}; the file is refused, nothing was written',
  },
});
