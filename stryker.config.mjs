// Mutation testing of the code whose bugs would hurt most: `npm run mutation`
// (all of it) or `npm run mutation -- --mutate 'src/modules/rules/**/*.ts'` (one
// folder). Not part of CI. Reruns are incremental: only mutants whose code or
// covering tests changed since reports/stryker-incremental.json are run again.
// The HTML report is reports/mutation/index.html. Scores per folder: README.md.

// PGlite only: PostgreSQL would double every run for no mutant it alone kills.
delete process.env.TEST_DATABASE_URL;
// Properties draw a fresh seed at each run here (printed on failure), a fixed one in `npm test`.
process.env.PROPERTY_SEED ??= 'random';

/** The critical code; tests, fixtures and test oracles are not mutated. */
const critical = [
  'src/modules/indicators/**/*.ts',
  'src/modules/register/**/*.ts',
  // the importer's scope check (scopeGuard) and what a scope covers
  'src/modules/transfer/transfer.service.ts',
  'src/modules/transfer/transfer.repository.ts',
  'src/modules/auth/**/*.ts',
  'src/platform/sensitive.ts',
  'src/modules/imports/**/*.ts',
  'src/modules/portal/counter.ts',
  'src/modules/portal/portal.routes.ts',
  'src/modules/portal/polls.repository.ts',
  'src/modules/portal/voters.ts',
  'src/modules/reports/**/*.ts',
  'src/modules/rules/**/*.ts',
  // the dated rule sets and the roles' permissions, shared with the web app
  'common/rules.ts',
  'common/permissions.ts',
];
const notMutated = [
  '!**/*.test.ts',
  '!**/*.d.ts',
  '!**/*.fixture.ts',
  '!**/*.testkit.ts',
  // test oracles and generators of the property tests
  '!src/modules/indicators/example.register.ts',
  '!src/modules/indicators/reference.ts',
  '!src/modules/indicators/register.arbitrary.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // each mutant runs only the tests that covered its code in the dry run
  coverageAnalysis: 'perTest',
  mutate: [...critical, ...notMutated],
  // a mutant of module-level code would need every test run again for it
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: ['data', 'reports', 'test-results', 'dist.tmp', 'web/dist.tmp', '.tmp-*'],
  // two cores: one test process per core
  concurrency: 2,
  timeoutMS: 60_000,
  thresholds: { high: 85, low: 70, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
