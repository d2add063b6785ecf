/**
 * What may import what: the web app talks to the server only through the API
 * (its types come from openapi.json), and common/, which both run, stands on
 * its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|jsx)$/.test(name) ? [path] : [];
  });
}

/** Every module a file names: static imports and re-exports, side-effect imports, dynamic imports. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const re of [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g]) {
    for (const m of text.matchAll(re)) found.push(m[1]);
  }
  return found;
}

/** `file: specifier` for each relative import of a file in `dir` that lands in one of `banned` (folders of the repository). */
function crossings(dir: string, banned: string[], { packages = true } = {}): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(join(root, dir))) {
    for (const spec of specifiers(file)) {
      const at = relative(root, file);
      if (!spec.startsWith('.')) {
        if (!packages) out.push(`${at}: ${spec} (a package)`);
        continue;
      }
      const target = relative(root, resolve(dirname(file), spec));
      if (banned.some((b) => target === b || target.startsWith(`${b}/`))) out.push(`${at}: ${spec}`);
    }
  }
  return out;
}

describe('module boundaries', () => {
  it('the web app imports nothing from the server (its API types come from openapi.json)', () => {
    expect(crossings('web/src', ['src'])).toEqual([]);
  });

  it('common/ imports nothing from the server, the web app or any package', () => {
    expect(crossings('common', ['src', 'web'], { packages: false })).toEqual([]);
  });

  it('finds an import that crosses (the check itself works)', () => {
    expect(specifiers(join(root, 'test/boundaries.test.ts'))).toContain('node:fs');
    expect(crossings('test', ['src'])).not.toEqual([]);
  });
});
