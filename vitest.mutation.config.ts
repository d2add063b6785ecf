/**
 * The tests `npm run mutation` runs against each mutant: those that exercise the
 * server's code in-process. Tests that drive Chromium or spawn the compiled
 * program (dist/, which a mutant never reaches), that need PostgreSQL only, or
 * that fuzz at random are left out: they cannot kill a mutant, or not quickly.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // one project, on PGlite: not the per-engine projects of the suite
    projects: undefined,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      '**/*.browser.test.ts',
      'test/{durability,shutdown,deploy,server,smoke,db-roles,cli-audit,backup-cli,calendar-cli,report-cli,fuzz.routes,fuzz.import}.test.ts',
      'src/modules/checks/checks.cli.test.ts',
    ],
  },
});
