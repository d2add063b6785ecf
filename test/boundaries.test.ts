/**
 * What may import what (ARCHITECTURE.md): the web app talks to the server only
 * through the API (its types come from openapi.json); common/, which both run,
 * stands on its own; the schema and the platform import no module; SQL is
 * written in repositories only; no file of src/ imports itself through
 * others; and nothing the app runs imports the tests' support or a dev
 * dependency.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  for (const re of [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ]) {
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

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/** What runs in the server: src/ without its tests. */
const serverFiles = () => sourceFiles(join(root, 'src')).filter((f) => !isTest(f));

/** What the server and the web app run: src/, web/src/ and common/ without their tests. */
const appFiles = () =>
  ['src', 'web/src', 'common'].flatMap((dir) => sourceFiles(join(root, dir))).filter((f) => !isTest(f));

const devDependencies = new Set(
  Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies ?? {}),
);

/** The package a bare specifier names: `fast-check`, `@scope/name` (without a path inside it). */
const packageOf = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

/** `file: specifier` for each import of `files` that lands in test/ or names a dev dependency (not installed where the app runs). */
function testImports(files: string[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const at = relative(root, file);
    for (const spec of specifiers(file)) {
      if (spec.startsWith('.')) {
        const target = relative(root, resolve(dirname(file), spec));
        if (target === 'test' || target.startsWith('test/')) out.push(`${at}: ${spec}`);
      } else if (devDependencies.has(packageOf(spec))) out.push(`${at}: ${spec} (a dev dependency)`);
    }
  }
  return out;
}

/** The file a relative specifier names (`./x.js` is `./x.ts` in the sources), or null for a package. */
function resolved(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(file), spec).replace(/\.js$/, '');
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => existsSync(c)) ?? null;
}

/** The import cycles among `files` (type-only imports too), each as the files it passes through. */
function cycles(files: string[]): string[][] {
  const edges = new Map(
    files.map((f) => [
      f,
      specifiers(f)
        .map((s) => resolved(f, s))
        .filter((t): t is string => t !== null),
    ]),
  );
  // Tarjan's strongly connected components: a component of more than one file is a cycle
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do component.push((w = stack.pop()!));
      while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v))
        found.push(component.map((f) => relative(root, f)).sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}

/**
 * Statements written outside a repository: a sql`…` template, a raw statement,
 * or drizzle's query builder on a database or a transaction. The exceptions
 * are the layer beneath the repositories and the indicator engine's queries.
 */
const sqlPattern =
  /\bsql\s*`|\bsql\.raw\(|\.execute\(|\b(?:db|tx|database\.db)\s*\.\s*(?:select|insert|update|delete)\s*\(/;
const mayWriteSql = (at: string) =>
  at.endsWith('.repository.ts') ||
  at.startsWith('src/db/') || // the schema (column defaults) and the migrations
  at === 'src/platform/db.ts' || // opening, migrating, granting, the rows() and transaction() helpers
  at === 'src/platform/intervals.ts' || // the validity-interval condition every repository shares
  at.startsWith('src/modules/indicators/queries/'); // the indicator engine's statements, one file each

function sqlOutsideRepositories(files: string[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const at = relative(root, file);
    if (mayWriteSql(at)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (sqlPattern.test(line) && !/^\s*(\/\/|\*|\/\*)/.test(line))
          out.push(`${at}:${i + 1}: ${line.trim().slice(0, 100)}`);
      });
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

  it('the schema imports no module, the platform or the command line (tables do not depend on what uses them)', () => {
    expect(crossings('src/db', ['src/modules', 'src/platform', 'src/portal', 'src/cli', 'src/app.ts', 'web'])).toEqual(
      [],
    );
  });

  it('the platform imports no module, the portal or the command line', () => {
    expect(crossings('src/platform', ['src/modules', 'src/portal', 'src/cli', 'src/app.ts', 'web'])).toEqual([]);
  });

  it('SQL is written in repositories only', () => {
    expect(sqlOutsideRepositories(serverFiles())).toEqual([]);
  });

  it('no file of src/ imports itself through others', () => {
    expect(cycles(serverFiles())).toEqual([]);
  });

  it('nothing the app runs imports from test/ or a dev dependency (test support and fast-check stay out of it)', () => {
    expect(testImports(appFiles())).toEqual([]);
  });

  it('finds an import that crosses, SQL outside a repository and a cycle (the checks themselves work)', () => {
    expect(specifiers(join(root, 'test/boundaries.test.ts'))).toContain('node:fs');
    expect(crossings('test', ['src'])).not.toEqual([]);
    // the tests import their support and vitest; the app's own tests are left out of appFiles
    const fromTests = testImports(sourceFiles(join(root, 'test')));
    expect(fromTests).toContain('test/boundaries.test.ts: vitest (a dev dependency)');
    expect(fromTests.some((s) => s.includes('./support/'))).toBe(true);
    expect(appFiles().some(isTest)).toBe(false);
    // tests write SQL beside the repositories, and a module's files import each other both ways once the tests are counted
    expect(sqlOutsideRepositories(sourceFiles(join(root, 'test')))).not.toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'gr-cycle-'));
    try {
      writeFileSync(join(dir, 'a.ts'), "import type { B } from './b.js';\nexport type A = B[];\n");
      writeFileSync(
        join(dir, 'b.ts'),
        "import { c } from './c.js';\nexport type B = { a: import('./a.js').A };\nexport const b = c;\n",
      );
      writeFileSync(join(dir, 'c.ts'), 'export const c = 1;\n');
      expect(cycles(['a', 'b', 'c'].map((f) => join(dir, `${f}.ts`))).map((c) => c.length)).toEqual([2]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
