import { defineConfig } from 'vitest/config';

// Real-browser tests: one file at a time (2-core machines), long timeouts, browsers' temp files
// kept in the git-ignored .tmp/.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    env: { TMPDIR: `${process.cwd()}/.tmp` },
  },
});
