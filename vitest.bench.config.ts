import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { mockBrowser } from './tests/support/vitest-shared';

// `npm run bench` (tests/bench/*.bench.ts): one file at a time, each with fresh modules, so no
// benchmark shares the machine's cores or a warm module with another. Apart from the inner loop's
// config (vitest.config.ts), whose suites share modules and run one worker per core.
export default defineConfig({
  plugins: [WxtVitest(), mockBrowser()],
  test: {
    fileParallelism: false,
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
