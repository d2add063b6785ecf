import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppError, errorRegistry, formatMessage, type ErrorCode } from './errors.js';

const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
const documented = new Map(
  [...doc.matchAll(/^\| ([A-Z_]+) \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])] as const),
);

describe('error registry', () => {
  it.each(Object.keys(errorRegistry) as ErrorCode[])('documents %s with its status in docs/errors.md', (code) => {
    expect(documented.get(code)).toBe(errorRegistry[code].status);
  });

  it('documents no code that does not exist', () => {
    expect([...documented.keys()].filter((c) => !(c in errorRegistry))).toEqual([]);
  });

  const entries = Object.entries(errorRegistry);
  it.each(entries)('%s has Vietnamese and English messages with the same placeholders', (_code, e) => {
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

  it("gathers each module's codes, defined beside it, once", () => {
    const modules = readdirSync(fileURLToPath(new URL('.', import.meta.url)), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(new URL(`./${d.name}/${d.name}.errors.ts`, import.meta.url)))
      .map((d) => d.name);
    const gathered = readFileSync(new URL('./errors.ts', import.meta.url), 'utf8');
    expect(modules.length).toBeGreaterThan(10);
    expect(modules.filter((m) => !gathered.includes(`from './${m}/${m}.errors.js'`))).toEqual([]);
  });
});
