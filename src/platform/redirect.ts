/**
 * Redirects built from what a client sent (a form's return field, a Referer)
 * go through safeRedirectPath: only a path on this site, as a browser would
 * read it, is kept; anything else becomes `/`.
 */
import { AppError } from './errors.js';

// a host no request can name: what a path resolves against to tell whether it leaves the site
const base = new URL('http://redirect-base.invalid/');

/**
 * The same-site path (with its query and fragment) that `input` names, or `/`.
 *
 * The input is read as the WHATWG URL parser (a browser's) reads a Location:
 * tabs and newlines are dropped, backslashes count as slashes, so `/\t/evil`
 * and `/\evil` are the host `evil`, not paths; those, absolute URLs
 * (`https:`, `javascript:`) and protocol-relative ones go to `/`. The answer is
 * the parser's own serialisation (percent-encoded, no control character), and
 * never starts with `//` or an encoded slash or backslash. A CR or LF in the
 * input is refused (400 VALIDATION_FAILED): it could only be an attempt to
 * split the response's headers.
 */
export function safeRedirectPath(input: string | null | undefined, fallback = '/'): string {
  if (input === null || input === undefined) return fallback;
  if (/[\r\n]/.test(input))
    throw new AppError('VALIDATION_FAILED', {
      detail: 'địa chỉ quay lại có ký tự xuống dòng / the return address holds a line break',
    });
  // as the URL parser does: leading and trailing C0 controls and spaces go, tabs go everywhere
  const trimmed = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/\t/g, '');
  if (!/^[/\\]/.test(trimmed)) return fallback;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // a path the browser would still take for another host, or that a server decoding it might (`/%2F%2Fevil`, `/%5Cevil`)
  if (!path.startsWith('/') || path.startsWith('//') || /^\/%(2f|5c)/i.test(path)) return fallback;
  return path;
}
