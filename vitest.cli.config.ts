import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The command-line suites (`tests/cli/**`): each test runs the real `rfi-lens` binary as a child
// process, seconds apiece, so they stay out of the inner loop (vitest.config.ts) and run with
// `npm run test:cli` and `npm test`.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/cli/**/*.test.ts'],
    mockReset: true,
    restoreMocks: true,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
