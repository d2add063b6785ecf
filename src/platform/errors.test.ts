import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError, errorRegistry, formatMessage } from './errors.js';

const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
const documented = new Map(
  [...doc.matchAll(/^\| ([A-Z_]+) \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])] as const),
);

describe('error registry', () => {
  it.each(Object.keys(errorRegistry))('documents %s with its status in docs/errors.md', (code) => {
    expect(documented.get(code)).toBe(errorRegistry[code as keyof typeof errorRegistry].status);
  });

  it('documents no code that does not exist', () => {
    expect([...documented.keys()].filter((c) => !(c in errorRegistry))).toEqual([]);
  });

  it.each(Object.entries(errorRegistry))('%s has Vietnamese and English messages with the same placeholders', (_code, e) => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(e.vi.length).toBeGreaterThan(0);
    expect(e.en.length).toBeGreaterThan(0);
    expect(names(e.vi)).toEqual(names(e.en));
  });

  it('fills placeholders and keeps both languages on the wire', () => {
    const e = new AppError('UNIT_NOT_FOUND', { code: '99' });
    expect(formatMessage('UNIT_NOT_FOUND', 'vi', { code: '99' })).toBe('Không có đơn vị mã "99"');
    expect(e.toJSON('en').error).toMatchObject({ code: 'UNIT_NOT_FOUND', message: 'No unit with code "99"' });
    expect(e.toJSON().error.messages.vi).toContain('đơn vị');
  });
});
