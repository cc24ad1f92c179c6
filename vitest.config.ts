import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The PostgreSQL contract suite and process-level e2e tests share one server;
    // files run in parallel but each uses its own schema/database/port.
    pool: 'forks',
  },
});
