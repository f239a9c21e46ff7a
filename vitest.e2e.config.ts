import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real browsers. One file at a time (2 cores, real browsers).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
