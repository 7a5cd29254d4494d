import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/stress/**', 'test/real/**', 'node_modules/**'],
    // Integration tests run dist/ and lib/: refuse to run them against a build older than src/.
    globalSetup: ['test/helpers/build-fresh.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests spawn real processes; two cores, so keep the pool small.
    pool: 'forks',
    maxWorkers: 2,
  },
});
