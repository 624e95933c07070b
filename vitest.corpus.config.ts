import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Suites that read the whole of ../shared/corpus (`tests/**/*.corpus.test.ts`): apart from the inner
// loop (vitest.config.ts), run by `npm run test:corpus` and `npm test`. Reading and compiling the
// corpus in a hook takes longer than vitest's default hook time on a busy machine.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.corpus.test.ts'],
    mockReset: true,
    restoreMocks: true,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
