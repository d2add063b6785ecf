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
    // properties draw from one fixed seed, a random one with PROPERTY_SEED=random (test/property-seed.ts)
    setupFiles: ['test/setup.ts'],
  },
});
