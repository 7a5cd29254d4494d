import { defineConfig } from 'vitest/config';

/**
 * The extra layer on real configurations kept outside the repository (`npm run test:real`;
 * .ci/run runs it when ../shared is there). `npm test` never needs them.
 */
export default defineConfig({
  test: {
    include: ['test/real/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
