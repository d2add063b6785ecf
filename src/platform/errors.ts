/**
 * The one registry of error codes. Each code has an HTTP status and a message
 * in Vietnamese and English; `{name}` placeholders are filled from params.
 * docs/errors.md documents every code (a test checks it).
 */
export const errorRegistry = {
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ: {detail}', en: 'Invalid input: {detail}' },
  INVALID_DATE: { status: 400, vi: 'Ngày không hợp lệ: "{value}" (dùng yyyy-mm-dd hoặc dd/mm/yyyy)', en: 'Invalid date: "{value}" (use yyyy-mm-dd or dd/mm/yyyy)' },
  DATE_RANGE_INVALID: { status: 400, vi: 'Ngày bắt đầu ({from}) phải trước ngày kết thúc ({to})', en: 'The start date ({from}) must be before the end date ({to})' },
  UNKNOWN_CATEGORY: { status: 400, vi: 'Không có nhóm chỉ tiêu "{value}"; các nhóm hợp lệ: {allowed}', en: 'Unknown category "{value}"; valid categories: {allowed}' },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy địa chỉ {path}', en: 'No such address: {path}' },
  UNIT_NOT_FOUND: { status: 404, vi: 'Không có đơn vị mã "{code}"', en: 'No unit with code "{code}"' },
  UNIT_NOT_VALID_AT: { status: 404, vi: 'Đơn vị "{code}" không tồn tại vào ngày {at}', en: 'Unit "{code}" does not exist on {at}' },
  VILLAGE_NOT_FOUND: { status: 404, vi: 'Không có thôn, tổ dân phố mã "{code}"', en: 'No village with code "{code}"' },
  PERSON_NOT_FOUND: { status: 404, vi: 'Không có người mã "{code}"', en: 'No person with code "{code}"' },
  IMPORT_REJECTED: { status: 422, vi: 'Tệp nhập có {count} lỗi; không ghi dữ liệu nào', en: 'The import has {count} errors; nothing was written' },
  IMPORT_FILE_UNREADABLE: { status: 400, vi: 'Không đọc được tệp "{file}": {reason}', en: 'Cannot read file "{file}": {reason}' },
  DATA_DIR_IN_USE: { status: 409, vi: 'Thư mục dữ liệu {dir} đang được máy chủ (tiến trình {pid}) sử dụng; hãy dừng máy chủ hoặc dùng API', en: 'The data directory {dir} is held by a running server (process {pid}); stop the server or use the API' },
  INTERNAL: { status: 500, vi: 'Lỗi hệ thống; mã yêu cầu {requestId}', en: 'Internal error; request id {requestId}' },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof errorRegistry;
export type Lang = 'vi' | 'en';
export type ErrorParams = Record<string, string | number>;

/** Fills `{name}` placeholders of a registry message. */
export function formatMessage(code: ErrorCode, lang: Lang, params: ErrorParams = {}): string {
  return errorRegistry[code][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** A domain error: services throw these, never HTTP errors. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    readonly details?: unknown,
  ) {
    super(formatMessage(code, 'en', params));
    this.name = 'AppError';
    this.status = errorRegistry[code].status;
  }

  /** The wire shape of an error, with both languages and the requested one first. */
  toJSON(lang: Lang = 'vi') {
    return {
      error: {
        code: this.code,
        message: formatMessage(this.code, lang, this.params),
        messages: { vi: formatMessage(this.code, 'vi', this.params), en: formatMessage(this.code, 'en', this.params) },
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}
