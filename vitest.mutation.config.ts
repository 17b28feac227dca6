// Vitest for `npm run mutation` only: the tests of the mutated folders (test/unit mirrors the
// source tree), with room for the instrumented code to be slower than usual.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/unit/shared/reveal/**/*.test.ts',
      'test/unit/shared/session/**/*.test.ts',
      'test/unit/renderer/sync/**/*.test.ts',
      'test/unit/electron/main/**/*.test.ts',
      'test/unit/electron/signaling/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
  },
});
