/**
 * The one way the app talks to the server: JSON over fetch with the session
 * cookie, the CSRF token on every POST, and errors as ApiError carrying the
 * server's message in both languages.
 */
import i18n, { currentLang } from '../i18n';

export interface ErrorMessages {
  vi: string;
  en: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: ErrorMessages,
    /** The error's `details` as the server sent them (a refused change's issues, a validation's paths). */
    readonly details?: unknown,
    /** The whole answer, for routes that send more beside the error (an import's summary). */
    readonly body?: unknown,
  ) {
    super(messages.en);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
/** Set from sign-in and /api/auth/me; sent back on every POST. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const unauthorizedListeners = new Set<() => void>();
/** Called when any request answers 401: the session is gone, so the app returns to sign-in. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

type Query = Record<string, string | number | undefined | null>;

/** `/api/x?a=1&b=2`, leaving out empty values. */
export function apiPath(path: string, query: Query = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLang() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method === 'POST' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw networkError();
  }
  if (res.status === 204) return null as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) throw failure(res.status, data, path);
  return data as T;
}

/** The ApiError of a refused answer; a 401 tells the app that the session is gone. */
function failure(status: number, data: unknown, path: string): ApiError {
  const err = (
    data as { error?: { code?: string; message?: string; messages?: ErrorMessages; details?: unknown } } | null
  )?.error;
  const fallback = `HTTP ${status}`;
  const apiError = new ApiError(
    status,
    err?.code ?? 'HTTP',
    err?.messages ?? { vi: err?.message ?? fallback, en: err?.message ?? fallback },
    err?.details,
    data,
  );
  if (status === 401 && path !== '/api/auth/login') for (const l of unauthorizedListeners) l();
  return apiError;
}

const networkError = () =>
  new ApiError(0, 'NETWORK', {
    vi: i18n.t('errors.NETWORK', { lng: 'vi' }),
    en: i18n.t('errors.NETWORK', { lng: 'en' }),
  });

export const apiGet = <T>(path: string, query?: Query, signal?: AbortSignal) =>
  request<T>('GET', apiPath(path, query), undefined, signal);
export const apiPost = <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {});

/**
 * POSTs one file as multipart/form-data (field `file`) with the CSRF token.
 * XMLHttpRequest rather than fetch, because only it reports the upload's
 * progress; `onProgress` gets bytes sent and the total.
 */
export function apiUpload<T>(
  path: string,
  file: File,
  onProgress?: (sent: number, total: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', currentLang());
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: the status alone says what happened
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else reject(failure(xhr.status, data, path));
    };
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** A file the server sent, with the name it gave it. */
export interface Download {
  blob: Blob;
  fileName: string;
}

/** GETs a file, reporting the bytes received (and the total when the server tells it). */
export async function apiDownload(
  path: string,
  query?: Query,
  onProgress?: (received: number, total: number | null) => void,
): Promise<Download> {
  const url = apiPath(path, query);
  let res: Response;
  try {
    res = await fetch(url, { headers: { 'accept-language': currentLang() }, credentials: 'same-origin' });
  } catch {
    throw networkError();
  }
  if (!res.ok) throw failure(res.status, await res.json().catch(() => null), url);
  const total = Number(res.headers.get('content-length')) || null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress?.(received, total);
  }
  const disposition = res.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'download';
  return { blob: new Blob(chunks, { type: res.headers.get('content-type') ?? 'application/octet-stream' }), fileName };
}

/** Hands a downloaded file to the browser, as a link to it would. */
export function saveDownload({ blob, fileName }: Download): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The text to show for an error, in the UI language. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.messages[currentLang()];
  return i18n.t('common.unexpected', { message: error instanceof Error ? error.message : String(error) });
}
