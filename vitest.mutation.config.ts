// Vitest for `npm run mutation` only: the unit tests that exercise the mutated folders
// (test/unit mirrors the source tree, plus the few tests elsewhere that drive them).
// Left out on purpose: the fast-check fuzzers (property/validators-never-throw, trust/
// hostile-importers, property/workspace-convergence, trust/backup-importer) take 4–95 s each
// and would rerun for every mutant they cover; the mirrored tests pin the same behaviour.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/unit/shared/reveal/**/*.test.ts',
      'test/unit/shared/session/**/*.test.ts',
      'test/unit/shared/plan/**/*.test.ts',
      'test/unit/shared/offsite/**/*.test.ts',
      'test/unit/shared/history/**/*.test.ts',
      // What decides "agreed" and the top three gaps (run per file: see README).
      'test/unit/shared/workspace/**/*.test.ts',
      'test/unit/shared/assessment/**/*.test.ts',
      'test/unit/renderer/sync/**/*.test.ts',
      'test/unit/electron/main/**/*.test.ts',
      'test/unit/electron/signaling/**/*.test.ts',
      'test/unit/electron/web/exposure.test.ts',
      'test/unit/trust/peer-faults.test.ts',
      'test/unit/property/canonical-json.property.test.ts',
      // The stored doc's merged save (merge-row.ts) and the restore epoch it checks (restore-epoch.ts).
      'test/unit/renderer/data/**/*.test.ts',
      'test/unit/renderer/stores/restore-tabs.test.ts',
      'test/unit/renderer/features/compare/connection-text.test.ts',
    ],
    // Sets process.env.TZ at run time, which changes Date only in the main thread of a process;
    // Stryker's runner runs tests in worker threads, where the test would fail before any mutant.
    exclude: ['test/unit/shared/plan/agreement-local-day.test.ts'],
    environment: 'node',
    // Generous: on two shared cores an instrumented test can take several times its usual
    // time, and a test that times out would count its mutant as killed.
    testTimeout: 30_000,
  },
});
