import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import SpreadBrowsers from './test/sequencer.js';

// web/src: tests of the app's pure logic only (its pages are tested in Chromium, test/web.browser.test.ts)
const roots = ['src', 'test', 'web/src'];
const include = roots.map((r) => `${r}/**/*.test.ts`);

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );

/**
 * A file that names `engines` (test/db.ts) runs once per engine, each engine a
 * project of its own, so that its PGlite and PostgreSQL runs go side by side
 * on separate workers instead of one after the other in one.
 */
const perEngine = roots.flatMap(testFiles).filter((f) => /\bengines\b/.test(readFileSync(f, 'utf8')));
const project = (name: string, files: string[]): TestProjectInlineConfiguration => ({
  extends: true,
  test: { name, include: files, env: { GRASSROOTS_TEST_ENGINE: name } },
});

export default defineConfig({
  test: {
    projects: [project('pglite', include), ...(process.env.TEST_DATABASE_URL ? [project('postgres', perEngine)] : [])],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // a page or a counter that answers in time on a quiet machine may need longer on a busy one
    expect: { poll: { timeout: 10_000 } },
    pool: 'forks',
    // One worker per core (vitest's default is one fewer: on 2 cores, one file at a time). A worker more
    // keeps the cores busy no better and makes the browser files' pages miss their timeouts.
    // GRASSROOTS_TEST_WORKERS=n sets it.
    maxWorkers: Number(process.env.GRASSROOTS_TEST_WORKERS) || availableParallelism(),
    // the browser files spread among the others (test/sequencer.ts)
    sequence: { sequencer: SpreadBrowsers },
    // vitest's own report, then the ten slowest files (where a run's time goes)
    reporters: ['default', './test/slowest-reporter.ts'],
    // properties draw from one fixed seed, a random one with PROPERTY_SEED=random (test/property-seed.ts)
    setupFiles: ['test/setup.ts'],
  },
});
