import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // A 2-core CI machine under load runs the IndexedDB and Yjs trust tests several times slower than a laptop.
    testTimeout: 30_000,
  },
});
