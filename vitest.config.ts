import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 180_000,
    // Build and browser tests share dist/ and ports: run files one at a time, tests inside in order.
    fileParallelism: false,
  },
});
