import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests share one built app and one Chromium; keep files from fighting over ports and CPU.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
