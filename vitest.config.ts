import { defineConfig } from 'vitest/config';

// Unit tests only: the e2e suites drive real browsers and run from their own script.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  // the '@/…' paths of WXT (components render in jsdom in tests/unit/popup*.test.tsx)
  resolve: { alias: [{ find: /^@\//, replacement: `${import.meta.dirname}/` }] },
});
