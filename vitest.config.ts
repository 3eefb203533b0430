import { defineConfig } from 'vitest/config';

/**
 * `npm run test:fast` sets YARDSTICK_FAST: the unit project then leaves out the fuzz suites and the property
 * suites that compare the engine with the reference implementation on random scenarios.
 */
const FAST_EXCLUDE = process.env.YARDSTICK_FAST
  ? ['**/*fuzz*.test.ts', 'test/engine/fast-vs-reference.test.ts', 'test/engine/properties.test.ts']
  : [];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'node_modules/**', ...FAST_EXCLUDE],
          environment: 'node',
        },
      },
      {
        // End-to-end tests: one production build, served once, driven by Debian's Chromium through playwright-core.
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
