/**
 * Error codes and the error that carries one. Each code has an HTTP status and
 * a message in Vietnamese and English; `{name}` placeholders are filled from
 * params. The codes any layer raises are defined here; each module defines its
 * own beside it (`<module>.errors.ts`, with defineErrors), and
 * src/modules/errors.ts gathers them all into the one registry, which
 * docs/errors.md documents (a test checks it).
 */
export type Lang = 'vi' | 'en';
export type ErrorParams = Record<string, string | number>;

/** A code's HTTP status and its message in each language. */
export interface ErrorEntry {
  readonly status: number;
  readonly vi: string;
  readonly en: string;
}

/** Codes with their entries. */
export type ErrorEntries = { readonly [code: string]: ErrorEntry };

/** A set of codes, each with its status and messages, typed as written (its keys are the codes). */
export function defineErrors<const T extends ErrorEntries>(entries: T): T {
  return entries;
}

/** The codes any layer raises: malformed input, no such address, the server's state, the unexpected. */
export const platformErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ: {detail}', en: 'Invalid input: {detail}' },
  INVALID_DATE: {
    status: 400,
    vi: 'Ngày không hợp lệ: "{value}" (dùng yyyy-mm-dd hoặc dd/mm/yyyy)',
    en: 'Invalid date: "{value}" (use yyyy-mm-dd or dd/mm/yyyy)',
  },
  DATE_RANGE_INVALID: {
    status: 400,
    vi: 'Ngày bắt đầu ({from}) phải trước ngày kết thúc ({to})',
    en: 'The start date ({from}) must be before the end date ({to})',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy địa chỉ {path}', en: 'No such address: {path}' },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    vi: 'Tệp hoặc dữ liệu gửi lên quá lớn (tối đa {max})',
    en: 'The upload is too large (at most {max})',
  },
  DATA_DIR_IN_USE: {
    status: 409,
    vi: 'Thư mục dữ liệu {dir} đang được máy chủ (tiến trình {pid}) sử dụng; hãy dừng máy chủ hoặc dùng API',
    en: 'The data directory {dir} is held by a running server (process {pid}); stop the server or use the API',
  },
  DB_UNAVAILABLE: {
    status: 503,
    vi: 'Cơ sở dữ liệu không trả lời; hãy thử lại sau',
    en: 'The database does not answer; try again later',
  },
  SERVER_STARTING: {
    status: 503,
    vi: 'Máy chủ đang khởi động; hãy thử lại sau ít phút',
    en: 'The server is starting; try again in a few minutes',
  },
  SERVER_STOPPING: {
    status: 503,
    vi: 'Máy chủ đang dừng; hãy thử lại sau',
    en: 'The server is shutting down; try again later',
  },
  INTERNAL: { status: 500, vi: 'Lỗi hệ thống; mã yêu cầu {requestId}', en: 'Internal error; request id {requestId}' },
});

export type PlatformErrorCode = keyof typeof platformErrors;

/** The codes defined in more than one of `Parts`. */
type Twice<Parts extends readonly ErrorEntries[], Seen extends PropertyKey = never> = Parts extends readonly [
  infer First extends ErrorEntries,
  ...infer Rest extends readonly ErrorEntries[],
]
  ? (Seen & keyof First) | Twice<Rest, Seen | keyof First>
  : never;

/** The codes of all `Parts` in one object type. */
type Merged<Parts extends readonly ErrorEntries[]> = Parts extends readonly [
  infer First extends ErrorEntries,
  ...infer Rest extends readonly ErrorEntries[],
]
  ? First & Merged<Rest>
  : unknown;

type Flat<T> = { [K in keyof T]: T[K] };

/**
 * The codes of all `parts` in one registry. A code defined twice is refused:
 * its type asks the arguments for a property named after the code (`"X is
 * defined twice"`), and it throws when it runs.
 */
export function gatherErrors<const Parts extends readonly ErrorEntries[]>(
  ...parts: Parts & { readonly [Code in Twice<Parts>]: `${Code & string} is defined twice` }
): Flat<Merged<Parts>> {
  const all: Record<string, ErrorEntry> = {};
  for (const part of parts) {
    for (const [code, entry] of Object.entries(part)) {
      if (Object.hasOwn(all, code)) throw new Error(`The error code ${code} is defined twice`);
      all[code] = entry;
    }
  }
  return all as Flat<Merged<Parts>>;
}

/** Fills the `{name}` placeholders of a message; a name without a param stays as it is. */
export function fillMessage(message: string, params: ErrorParams = {}): string {
  return message.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** The entry of every code an AppError may carry: the registries appErrorFor was given. */
const known = new Map<string, ErrorEntry>();

/** A domain error: services throw these, never HTTP errors. Its code's status and messages come with it. */
class CodedError<Code extends string = string> extends Error {
  readonly status: number;
  readonly #entry: ErrorEntry;
  constructor(
    readonly code: Code,
    readonly params: ErrorParams = {},
    readonly details?: unknown,
  ) {
    const entry = known.get(code);
    if (!entry) throw new Error(`The error code ${code} is not registered`);
    super(fillMessage(entry.en, params));
    this.name = 'AppError';
    this.status = entry.status;
    this.#entry = entry;
  }

  /** The wire shape of an error, with both languages and the requested one first. */
  toJSON(lang: Lang = 'vi') {
    return {
      error: {
        code: this.code,
        message: fillMessage(this.#entry[lang], this.params),
        messages: { vi: fillMessage(this.#entry.vi, this.params), en: fillMessage(this.#entry.en, this.params) },
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}

/** An AppError whose code is one of `Code`. */
export type AppError<Code extends string = string> = CodedError<Code>;

/** AppError raising the codes `Code`; `instanceof` finds an AppError of any code (typed `Caught`). */
export interface AppErrorClass<Code extends string, Caught extends string = Code> {
  new (code: Code, params?: ErrorParams, details?: unknown): AppError<Code>;
  readonly prototype: AppError<Caught>;
}

/**
 * AppError for the codes of `registry`, which it registers: a file raises
 * AppError from the registry that defines its codes, so each code it writes
 * is checked and its entry is known when it is raised. There is one class:
 * `instanceof` finds an AppError whichever registry raised it.
 */
export function appErrorFor<const R extends ErrorEntries>(registry: R): AppErrorClass<keyof R & string> {
  for (const [code, entry] of Object.entries(registry)) {
    const before = known.get(code);
    if (before && before !== entry) throw new Error(`The error code ${code} is defined twice`);
    known.set(code, entry);
  }
  return CodedError;
}

/**
 * AppError for the platform's own codes; outside the platform, AppError comes
 * from src/modules/errors.ts, which knows every code. An AppError caught here
 * may carry any code.
 */
export const AppError: AppErrorClass<PlatformErrorCode, string> = appErrorFor(platformErrors);
