// Mutation testing of the code whose bugs would hurt most, by group:
//   npm run mutation                  every group, one after the other
//   npm run mutation -- rules portal  those groups only
// (scripts/mutation.ts runs `stryker run` once per group with MUTATION_GROUP set.)
// Not part of CI. Each group keeps its own incremental file, so a rerun only
// runs the mutants whose code or covering tests changed since. Reports:
// reports/mutation/<group>.html. The scores per group are in README.md.
//
// Each group names its code and the test files that exercise it; of those,
// each mutant runs only the tests that covered its code in the dry run.

// PGlite only: PostgreSQL would double every run for no mutant it alone kills.
delete process.env.TEST_DATABASE_URL;
// Properties draw a fresh seed at each run here (printed on failure), a fixed one in `npm test`.
process.env.PROPERTY_SEED ??= 'random';

export const groups = {
  rules: {
    mutate: ['src/modules/rules/working-days.ts', 'src/modules/rules/rules.format.ts', 'common/rules.ts'],
    tests: [
      'src/modules/rules/*.test.ts',
      'src/modules/admissions/admission.rules.test.ts',
      'src/modules/records/records.rules.test.ts',
    ],
  },
  // the narrative alone: its tests are pure and fast
  narrative: {
    mutate: ['src/modules/reports/reports.narrative.ts'],
    tests: ['src/modules/reports/reports.narrative.test.ts'],
  },
  // the report's tables and totals, over the database
  reports: {
    mutate: ['src/modules/reports/reports.tables.ts', 'src/modules/reports/reports.heading.ts'],
    tests: ['src/modules/reports/reports.test.ts'],
  },
  portal: {
    mutate: [
      'src/modules/portal/counter.ts',
      'src/modules/portal/portal.routes.ts',
      'src/modules/portal/polls.repository.ts',
      'src/modules/portal/voters.ts',
    ],
    tests: [
      'src/modules/portal/counter.test.ts',
      'src/modules/portal/portal.test.ts',
      'src/modules/portal/abuse.test.ts',
    ],
  },
  auth: {
    mutate: [
      'src/modules/auth/auth.service.ts',
      'src/modules/auth/passwords.ts',
      'src/modules/auth/scope.ts',
      'src/modules/auth/access.ts',
      'src/platform/sensitive.ts',
      'common/permissions.ts',
    ],
    tests: ['src/modules/auth/*.test.ts', 'test/access.test.ts'],
  },
  scope: {
    mutate: [
      'src/modules/register/register.scope.ts',
      'src/modules/register/writable.ts',
      'src/modules/transfer/transfer.repository.ts',
    ],
    tests: ['src/modules/register/*.test.ts', 'src/modules/transfer/*.test.ts'],
  },
  importer: {
    mutate: [
      'src/modules/register/register.validate.ts',
      'src/modules/register/register.validate-time.ts',
      'src/modules/register/register.keys.ts',
    ],
    tests: [
      'src/modules/imports/imports.errors.test.ts',
      'src/modules/imports/imports.test.ts',
      'src/modules/register/*.test.ts',
    ],
  },
  indicators: {
    mutate: ['src/modules/indicators/*.ts', 'src/modules/indicators/queries/*.ts'],
    tests: [
      'src/modules/indicators/indicators.test.ts',
      'src/modules/indicators/indicators.routes.test.ts',
      'test/support/indicators/reference.test.ts',
    ],
  },
};

const name = process.env.MUTATION_GROUP ?? 'rules';
const group = groups[name];
if (!group) throw new Error(`MUTATION_GROUP: no group "${name}" (${Object.keys(groups).join(', ')})`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  // equivalent mutants, each with the reason it cannot be killed: stryker.equivalent.mjs
  plugins: ['@stryker-mutator/*', './stryker.equivalent.mjs'],
  ignorers: ['equivalent'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  testFiles: group.tests,
  coverageAnalysis: 'perTest',
  mutate: [...group.mutate, '!**/*.test.ts', '!**/*.d.ts'],
  // a mutant of module-level code would need every test run again for it
  ignoreStatic: true,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${name}.json`,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  ignorePatterns: ['/data', '/reports', '/test-results', '/dist.tmp', '/web/dist.tmp', '/.tmp-*'],
  // two cores: one test process per core
  concurrency: 2,
  dryRunTimeoutMinutes: 30,
  timeoutMS: 60_000,
  thresholds: { high: 85, low: 70, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
