import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/hostile/**', 'node_modules/**'],
    mockReset: true,
    restoreMocks: true,
    testTimeout: 60_000,
  },
});
