import { defineConfig } from 'vitest/config';

/** The long reliability runs: `npm run test:stress`; sizes from ORCH_BACKUP_STRESS_TRIALS. */
export default defineConfig({
  test: {
    include: ['test/stress/**/*.test.ts'],
    globalSetup: ['test/helpers/build-fresh.ts'],
    testTimeout: 20 * 60_000,
    hookTimeout: 5 * 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
