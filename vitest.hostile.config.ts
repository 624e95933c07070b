import { defineConfig } from 'vitest/config';

// The hostile suite (npm run test:hostile): real browsers on the extension built with the hostile
// archive, fuzzed archive files and pages through the parser and the CLI. One file at a time.
export default defineConfig({
  test: {
    include: ['tests/hostile/**/*.hostile.test.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
    env: { TMPDIR: `${process.cwd()}/.tmp` },
  },
});
