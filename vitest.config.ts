import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // web/src: tests of the app's pure logic only (its pages are tested in Chromium, test/web.browser.test.ts)
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // a page or a counter that answers in time on a quiet machine may need longer on a busy one
    expect: { poll: { timeout: 10_000 } },
    pool: 'forks',
    // vitest's own report, then the ten slowest files (where a run's time goes)
    reporters: ['default', './test/slowest-reporter.ts'],
    // properties draw from one fixed seed, a random one with PROPERTY_SEED=random (test/property-seed.ts)
    setupFiles: ['test/setup.ts'],
  },
});
