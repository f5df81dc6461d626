import { defineConfig } from 'vitest/config';

/**
 * Runs only the deadline-engine unit tests. The engine has no decorators or database,
 * so it needs neither the SWC plugin nor the global setup of vitest.config.ts.
 */
export default defineConfig({
  test: {
    include: ['src/modules/deadlines/engine/**/*.test.ts'],
  },
});
