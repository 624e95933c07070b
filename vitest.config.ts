import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The inner loop (`npm run test:unit`). Suites that read the whole of ../shared/corpus
// (`*.corpus.test.ts`) have their own config, vitest.corpus.config.ts; `npm test` runs both.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/hostile/**', 'tests/**/*.corpus.test.ts', 'node_modules/**'],
    mockReset: true,
    restoreMocks: true,
    testTimeout: 60_000,
  },
});
