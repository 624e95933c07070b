import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The inner loop (`npm run test:unit`). Suites that read the whole of ../shared/corpus
// (`*.corpus.test.ts`) have their own config, vitest.corpus.config.ts, and so do the command-line
// suites that spawn the binary (tests/cli, vitest.cli.config.ts); `npm test` runs all three.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/hostile/**', 'tests/**/*.corpus.test.ts', 'tests/cli/**', 'node_modules/**'],
    // Worker threads start faster than forked processes: 54 s instead of 67 s for the whole loop here.
    pool: 'threads',
    mockReset: true,
    restoreMocks: true,
    testTimeout: 60_000,
  },
});
