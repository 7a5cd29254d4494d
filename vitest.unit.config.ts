import { defineConfig } from 'vitest/config';

/** `npm run test:unit`: the pure tests, straight from src/ (no build), for a fast loop. */
export default defineConfig({
  test: {
    include: ['test/**/*.unit.test.ts'],
    exclude: ['test/stress/**', 'node_modules/**'],
    testTimeout: 30_000,
    maxWorkers: 2,
  },
});
