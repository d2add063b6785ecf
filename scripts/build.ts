/**
 * The build: the server compiled to JavaScript and the admin web app bundled,
 * each with its files precompressed where a browser fetches them.
 *
 *   tsx scripts/build.ts                 both, always (npm run build, and at npm install)
 *   tsx scripts/build.ts --if-stale      only what is missing or older than its sources (before npm start)
 *   tsx scripts/build.ts web             one part (server | web)
 *
 * The server goes to dist/, file for file as in the project (dist/src/main.js,
 * dist/src/cli/index.js, dist/common/…), so that imports between src/ and
 * common/ and the files a module finds beside itself (the migrations, the
 * portal's static files) are where they are in the sources. Each part
 * is written to a temporary folder and put in place whole, with a stamp file
 * last: a build that fails leaves the previous one as it was, and counts as stale.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

export const root = fileURLToPath(new URL('..', import.meta.url));

interface Part {
  /** Where it is built (a folder replaced whole). */
  out: string;
  /** What it is built from: a change to any of these makes it stale. */
  sources: string[];
  build(into: string): Promise<void>;
}

const STAMP = '.build-stamp';

/** Files and folders under `dir`, recursively, as paths relative to it. */
function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? walk(path, base) : [relative(base, path)];
  });
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

/** What the server runs, laid out in dist/ as in the project, so that relative imports between them hold. */
const serverFolders = ['src', 'common'];

const isSource = (file: string) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file);

/**
 * The server: every TypeScript module of src/ and common/ transpiled alone
 * (types are checked by `npm run typecheck`) into dist/src/ and dist/common/,
 * other files copied beside them.
 */
async function buildServer(into: string): Promise<void> {
  const { build } = await import('esbuild');
  const files = serverFolders
    .flatMap((folder) => walk(join(root, folder)).map((f) => join(folder, f)))
    .filter((f) => !/\.test\.tsx?$/.test(f));
  await build({
    entryPoints: files.filter(isSource).map((f) => join(root, f)),
    outdir: into,
    outbase: root,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  for (const f of files.filter((f) => !/\.tsx?$/.test(f))) {
    mkdirSync(dirname(join(into, f)), { recursive: true });
    copyFileSync(join(root, f), join(into, f));
  }
}

/** What a browser fetches as text, worth sending compressed. */
const compressible = /\.(js|mjs|css|html|svg|json|geojson|txt|map)$/;

/** Writes `file.br` and `file.gz` beside every compressible file of `dir` over 1 KB; @fastify/static sends them (preCompressed). */
export function precompress(dir: string): { files: number; bytes: number; brotli: number } {
  let files = 0;
  let bytes = 0;
  let brotli = 0;
  for (const f of walk(dir).filter((f) => compressible.test(f))) {
    const path = join(dir, f);
    const body = readFileSync(path);
    if (body.length < 1024) continue;
    const br = brotliCompressSync(body, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    files++;
    bytes += body.length;
    brotli += br.length;
  }
  return { files, bytes, brotli };
}

/** The web app: Vite's production build, then its files precompressed. */
async function buildWeb(into: string): Promise<void> {
  // in a child process, so that NODE_ENV is production whoever calls (vitest sets it to test)
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
      '--outDir',
      into,
      '--emptyOutDir',
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (r.status !== 0) throw new Error(`vite build failed (${r.error?.message ?? `exit ${r.status}`})`);
  precompress(into);
}

export const parts: Record<'server' | 'web', Part> = {
  server: {
    out: join(root, 'dist'),
    sources: [...serverFolders, 'package.json'].map((p) => join(root, p)),
    build: buildServer,
  },
  web: {
    out: join(root, 'web/dist'),
    sources: ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'common', 'package.json'].map((p) =>
      join(root, p),
    ),
    build: buildWeb,
  },
};

export function isStale(part: Part): boolean {
  const stamp = join(part.out, STAMP);
  return !existsSync(stamp) || statSync(stamp).mtimeMs < Math.max(...part.sources.map(newestMtime));
}

/**
 * Runs `fn` while holding `<out>.lock`, a folder made atomically: processes that
 * build at once (test files side by side) take turns. A lock left by a build
 * that died long ago is taken over.
 */
async function whileLocked<T>(out: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${out}.lock`;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const made = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - made > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds the part into a sibling folder, then swaps it in; the stamp is written last. */
export async function buildPart(name: keyof typeof parts, { ifStale = false } = {}): Promise<boolean> {
  const part = parts[name];
  if (ifStale && !isStale(part)) return false;
  // another process may have built it while this one waited
  return whileLocked(part.out, () => (ifStale && !isStale(part) ? Promise.resolve(false) : build(name)));
}

async function build(name: keyof typeof parts): Promise<boolean> {
  const part = parts[name];
  const t0 = performance.now();
  process.stderr.write(`build: ${name}...\n`);
  const tmp = `${part.out}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  await part.build(tmp);
  writeFileSync(join(tmp, STAMP), `${new Date().toISOString()}\n`);
  rmSync(part.out, { recursive: true, force: true });
  renameSync(tmp, part.out);
  process.stderr.write(`build: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const ifStale = args.includes('--if-stale');
  const names = args.filter((a) => !a.startsWith('--'));
  for (const n of names) if (!(n in parts)) throw new Error(`unknown part "${n}": server or web`);
  for (const n of (names.length ? names : Object.keys(parts)) as (keyof typeof parts)[])
    await buildPart(n, { ifStale });
}
