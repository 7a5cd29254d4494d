import { defineConfig } from 'vitest/config';

/** The long reliability runs (issue 8): `npm run test:stress`; sizes from ORCH_BACKUP_STRESS_TRIALS. */
export default defineConfig({
  test: {
    include: ['test/stress/**/*.test.ts'],
    testTimeout: 20 * 60_000,
    hookTimeout: 5 * 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
