import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCsvText, escapeXlsxText, unescapeText } from './imports.formula.js';

const risky = /^[=+\-@\t\r\0]/;
/** Strings made to hit the edge cases: leading quotes, risky characters, ordinary text. */
const text = fc
  .array(fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', 'Ă', ' ', '1'), { maxLength: 8 })
  .map((a) => a.join(''));

describe('formula injection (ASVS 1.2.10)', () => {
  it('a CSV cell never starts with a character that makes it a formula', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string()), (v) => !risky.test(escapeCsvText(v))));
  });

  it('what either writer escapes, the reader gives back unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (v) => {
        expect(unescapeText(escapeCsvText(v))).toBe(v);
        expect(unescapeText(escapeXlsxText(v))).toBe(v);
      }),
    );
  });

  it.each([
    ['=HYPERLINK("http://x.example","y")', `'=HYPERLINK("http://x.example","y")`],
    ['-Nguyễn', "'-Nguyễn"],
    ['+84 912', "'+84 912"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["'=quoted", "''=quoted"],
    ["O'Neil", "O'Neil"],
    ['2010-01-01', '2010-01-01'],
    ['Nguyễn - Văn', 'Nguyễn - Văn'],
  ])('CSV: %s is written %s', (v, written) => expect(escapeCsvText(v)).toBe(written));

  it('xlsx cells are text, so only a value that already starts with a quote before a risky character is changed', () => {
    expect(escapeXlsxText('=1+1')).toBe('=1+1');
    expect(escapeXlsxText("'=1+1")).toBe("''=1+1");
    expect(unescapeText("'-5")).toBe('-5');
    expect(unescapeText("'abc")).toBe("'abc");
  });
});
