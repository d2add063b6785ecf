/**
 * The demo province as an embedded data directory, loaded once and copied for
 * each browser suite (a copy takes a second, a load a minute or more). The
 * template is kept under node_modules/.cache, named by a hash of the program's
 * sources, so that a change to anything that could shape the demo makes a new
 * one; suites that ask at once wait for the one that builds it.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadDemo } from '../src/modules/demo/demo.service.js';
import { openDatabase } from '../src/platform/db.js';
import { setDemoPasswords } from './demo-accounts.js';
import { root } from './process.js';

const cacheDir = join(root, 'node_modules/.cache/grassroots-test-demo');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** A hash of what the demo is made from: the server's sources (tests aside), its assets, the locked dependencies and the tests' demo passwords. */
function sourcesHash(): string {
  const h = createHash('sha256');
  const inputs = [
    ...files(join(root, 'src')).filter((f) => !f.endsWith('.test.ts')),
    ...files(join(root, 'assets')),
    join(root, 'package-lock.json'),
    join(root, 'test/demo-accounts.ts'),
  ];
  for (const f of inputs.sort()) h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

async function waitFor(path: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`the demo template was not ready after ${timeoutMs / 1000} s: ${path}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Fills `dataDir` (empty) with a copy of the demo province's data directory. */
export async function copyDemoInto(dataDir: string): Promise<void> {
  const template = join(cacheDir, sourcesHash());
  const ready = join(template, '.ready');
  const lock = `${template}.lock`;
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(ready)) {
    let builder = false;
    try {
      mkdirSync(lock); // atomic: one process builds, the others wait
      builder = true;
    } catch {
      // a lock left by a run that died long ago is taken over
      if (Date.now() - statSync(lock).mtimeMs > 15 * 60_000) {
        rmSync(lock, { recursive: true, force: true });
        return copyDemoInto(dataDir);
      }
    }
    if (builder) {
      try {
        // older templates are of older sources: keep one at a time (each is about 300 MB)
        for (const e of readdirSync(cacheDir))
          if (join(cacheDir, e) !== lock) rmSync(join(cacheDir, e), { recursive: true, force: true });
        const building = `${template}.building`;
        const database = await openDatabase({ kind: 'pglite', dataDir: building });
        try {
          await loadDemo(database.db);
          // the demo accounts get random one-time passwords: the tests sign in with a known one
          await setDemoPasswords(database.db);
        } finally {
          await database.close();
        }
        mkdirSync(join(building, '.ready'));
        renameSync(building, template);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    } else {
      await waitFor(ready, 10 * 60_000);
    }
  }
  cpSync(template, dataDir, { recursive: true, filter: (src) => src !== ready });
}
