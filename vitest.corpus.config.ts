import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { mockBrowser } from './tests/support/vitest-shared';

// The slow suites, apart from the inner loop (vitest.config.ts), run by `npm run test:corpus` and
// `npm test`: those that read the whole of ../shared/corpus (`tests/**/*.corpus.test.ts`) and the
// stress suites (`tests/**/*.stress.test.ts`: input sizes that once hung or overflowed, adversarial
// text, round trips at scale), seconds apiece. Reading and compiling the corpus in a hook takes
// longer than vitest's default hook time on a busy machine.
export default defineConfig({
  plugins: [WxtVitest(), mockBrowser()],
  test: {
    include: ['tests/**/*.corpus.test.ts', 'tests/**/*.stress.test.ts'],
    exclude: ['tests/e2e/**', 'tests/hostile/**', 'tests/cli/**', 'node_modules/**'],
    mockReset: true,
    restoreMocks: true,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
