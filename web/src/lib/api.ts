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
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin', signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(0, 'NETWORK', { vi: i18n.t('errors.NETWORK', { lng: 'vi' }), en: i18n.t('errors.NETWORK', { lng: 'en' }) });
  }
  if (res.status === 204) return null as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; messages?: ErrorMessages } } | null)?.error;
    const fallback = `HTTP ${res.status}`;
    const apiError = new ApiError(res.status, err?.code ?? 'HTTP', err?.messages ?? { vi: err?.message ?? fallback, en: err?.message ?? fallback });
    if (res.status === 401 && path !== '/api/auth/login') for (const l of unauthorizedListeners) l();
    throw apiError;
  }
  return data as T;
}

export const apiGet = <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', apiPath(path, query), undefined, signal);
export const apiPost = <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {});

/** The text to show for an error, in the UI language. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.messages[currentLang()];
  return i18n.t('common.unexpected', { message: error instanceof Error ? error.message : String(error) });
}
