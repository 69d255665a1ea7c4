import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser tests drive the built dashboard: build it once per run, before any test file starts.
    globalSetup: ['test/dashboard/global-setup.ts'],
    environment: 'node',
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // Two cores here and on CI: keep workers to what the machine has.
    maxWorkers: 2,
  },
});
