// `npm run mutation` — StrykerJS with its vitest runner over the code the comparison's promises
// rest on. Not part of `npm test`: slow on two shared cores (see README, "Mutation testing").
// Run it niced, one folder at a time, e.g.
//   nice -n 15 npm run mutation -- --mutate 'shared/session/**/*.ts'
//   nice -n 15 npm run mutation -- --mutate 'electron/signaling/message.ts' --concurrency 1
// Incremental: results go to reports/mutation/stryker-incremental.json (git-ignored, a local cache:
// committing it would churn on every merge and go stale with any change to src or tests). A rerun
// redoes only mutants whose code or covering tests changed; `--force` redoes everything.
// MUTATION_OUT=reports/<name> keeps a run's reports and incremental file apart, so two folders
// can be run side by side (each in its own directory).
const out = process.env.MUTATION_OUT ?? 'reports/mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner', './scripts/stryker-progress-reporter.mjs'],
  // The tests of the mutated folders (vitest.mutation.config.ts). Not "related" mode by default:
  // electron/main/index.ts is reached through an esbuild bundle, which vitest's import graph
  // cannot see; per-test coverage still limits each mutant's tests. MUTATION_RELATED=1 runs only
  // the tests that import the mutated files (a much shorter first run) — fine for any folder
  // but electron/main.
  vitest: { configFile: 'vitest.mutation.config.ts', related: process.env.MUTATION_RELATED === '1' },
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `${out}/stryker-incremental.json`,
  mutate: [
    'shared/reveal/**/*.ts',
    'shared/session/**/*.ts',
    // What the board reads: the plan states only what the pair agreed.
    'shared/plan/**/*.ts',
    // What counts as agreed and the day it is dated by, and the deltas and top three gaps.
    'shared/workspace/agreement.ts',
    'shared/workspace/agreement-date.ts',
    'shared/assessment/gaps.ts',
    'shared/assessment/area-comparison.ts',
    // What the leader is told the partner removed, which offsite an item is this one's, and a
    // partner round brought back from an earlier comparison (the plan's words for it: shared/plan).
    'shared/offsite/removed-own.ts',
    'shared/offsite/offsite-scope.ts',
    'shared/history/replayed-round.ts',
    // What became of an own capture's entry (Restore writes back only what a partner took), and the
    // day this laptop first saw an agreement completed (what dates and files it).
    'shared/offsite/own-entries.ts',
    'shared/workspace/agreement-seen.ts',
    'renderer/sync/**/*.ts',
    'electron/main/**/*.ts',
    'electron/signaling/**/*.ts',
    '!**/*.d.ts',
    // renderer/sync/session.ts and comparison-controller.ts are left out by a
    // `// Stryker disable all` at their top (so a --mutate override keeps them out): they only
    // work between two real WebRTC peers, which Node cannot host; e2e covers them.
  ],
  // Static mutants (module-level constants) need every test rerun per mutant; they are few here
  // and mostly limits whose values the tests pin through behaviour anyway.
  ignoreStatic: true,
  concurrency: 2,
  // Real-socket tests (signaling) legitimately take seconds; a mutant that hangs one is a timeout
  // (counted as detected) after this many ms on top of the unmutated run's time.
  timeoutMS: 10_000,
  timeoutFactor: 2,
  // The unmutated first run of every test, on two shared cores, can take minutes.
  dryRunTimeoutMinutes: 20,
  // TypeScript checker not enabled: it would double the run time here; tsc already runs in
  // `npm run typecheck`, and a mutant that does not type-check still runs (and usually dies).
  disableTypeChecks: true,
  thresholds: { high: 90, low: 80, break: null },
  // progress-file: every result as it comes (reports/…/mutants.ndjson), so a stopped run still counts.
  reporters: ['clear-text', 'progress', 'html', 'json', 'progress-file'],
  htmlReporter: { fileName: `${out}/index.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  // Another run's sandbox and build output are not needed in this one's sandbox.
  ignorePatterns: ['/.stryker-tmp*', '/dist', '/dist-electron', '/release', '/test-results', '/playwright-report'],
  tempDirName: process.env.MUTATION_OUT ? `.stryker-tmp-${out.split('/').pop()}` : '.stryker-tmp',
  cleanTempDir: true,
};
