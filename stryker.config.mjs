// `npm run mutation` — StrykerJS with its vitest runner over the code the comparison's promises
// rest on. Not part of `npm test` (slow). Narrow a run with --mutate, e.g.
//   npm run mutation -- --mutate 'electron/signaling/**/*.ts' --concurrency 1
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // The tests of the mutated folders (vitest.mutation.config.ts). Not "related" mode:
  // electron/main/index.ts is reached through an esbuild bundle, which vitest's import graph
  // cannot see; per-test coverage still limits each mutant's tests.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [
    'shared/reveal/**/*.ts',
    'shared/session/**/*.ts',
    'renderer/sync/**/*.ts',
    'electron/main/**/*.ts',
    'electron/signaling/**/*.ts',
    '!**/*.d.ts',
  ],
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 15_000,
  thresholds: { high: 90, low: 80, break: null },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
