import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Fixtures are files that tests lint or type-check (some are named like tests), not tests to run.
    exclude: [...configDefaults.exclude, 'tests/fixtures/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
