import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { isolatedSuites, mockBrowser } from './tests/support/vitest-shared';

// The inner loop (`npm run test:unit`). Apart from it, run by `npm test`: the suites that read the
// whole of ../shared/corpus (`*.corpus.test.ts`) and the stress suites (`*.stress.test.ts`: input
// sizes, adversarial text, round trips at scale) in vitest.corpus.config.ts, and the command-line
// suites that spawn the binary (tests/cli) in vitest.cli.config.ts.
const EXCLUDE = ['tests/e2e/**', 'tests/hostile/**', 'tests/cli/**', 'tests/**/*.corpus.test.ts', 'tests/**/*.stress.test.ts', 'node_modules/**'];
const isolated = isolatedSuites();

export default defineConfig({
  plugins: [WxtVitest(), mockBrowser()],
  test: {
    // Worker threads start faster than forked processes; one per core (vitest's default leaves a
    // core idle: one worker on a 2-core machine).
    pool: 'threads',
    maxWorkers: '100%',
    mockReset: true,
    restoreMocks: true,
    testTimeout: 60_000,
    // Benchmarks have their own config (vitest.bench.config.ts, `npm run bench`): one at a time.
    benchmark: { include: [] },
    projects: [
      // Plain functions on plain data, in Node: the suites share their worker's modules.
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.{ts,tsx}'], exclude: [...EXCLUDE, ...isolated], isolate: false } },
      // DOM, Preact, entrypoints: fresh modules and globals per file (tests/support/vitest-shared.ts),
      // each file in its own VM context of a shared worker, which imports happy-dom once, not per file.
      { extends: true, test: { name: 'isolated', include: isolated, exclude: EXCLUDE, pool: 'vmThreads' } },
    ],
  },
});
