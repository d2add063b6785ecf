import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { safeRedirectPath } from './redirect.js';

describe('safeRedirectPath', () => {
  // each would take a browser to another site, or is not a path of this one
  it.each([
    '//evil.example',
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    '/\t/evil.example/poll',
    '\t//evil.example',
    '/\\\t\\evil.example',
    ' //evil.example',
    '/.//evil.example',
    '/..//evil.example',
    '/%2F%2Fevil.example',
    '/%2f/evil.example',
    '/%5Cevil.example',
    'https://evil.example/',
    'http:evil.example',
    'HTTPS://evil.example',
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,x',
    'mailto:a@b.c',
    'evil.example',
    'tin-tuc',
    '',
    '?x=1',
    '#y',
    '\u0000//evil.example',
    '///evil.example',
  ])('sends %j to /', (input) => {
    expect(safeRedirectPath(input)).toBe('/');
  });

  it.each([
    ['/', '/'],
    ['/ok', '/ok'],
    ['/ok?x=1#y', '/ok?x=1#y'],
    ['/tin-tuc/12-bai-viet', '/tin-tuc/12-bai-viet'],
    // read as a browser reads it: tabs dropped, backslashes as slashes, dot segments resolved, the rest percent-encoded
    ['/tin\t-tuc', '/tin-tuc'],
    ['/a\\b', '/a/b'],
    ['/a/../b', '/b'],
    ['/tin tức', '/tin%20t%E1%BB%A9c'],
    ['/a%2F%2Fb', '/a%2F%2Fb'],
  ])('keeps the same-site path %j as %j', (input, path) => {
    expect(safeRedirectPath(input)).toBe(path);
  });

  it('answers the fallback for nothing or a refused input', () => {
    expect(safeRedirectPath(undefined)).toBe('/');
    expect(safeRedirectPath(null, '/tin-tuc')).toBe('/tin-tuc');
    expect(safeRedirectPath('//evil.example', '')).toBe('');
  });

  it.each(['/ok\r\nSet-Cookie: x=1', '/ok\n', '\r/ok', '//evil.example\r\n'])(
    "refuses a CR or LF in %j with a 400 in the app's error shape",
    (input) => {
      let thrown: unknown;
      try {
        safeRedirectPath(input);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(AppError);
      expect((thrown as AppError).status).toBe(400);
      expect((thrown as AppError).toJSON().error.code).toBe('VALIDATION_FAILED');
    },
  );
});
