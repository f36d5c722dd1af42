import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const E2E = 'test/e2e/**/*.e2e.test.ts';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'], exclude: [E2E] },
      },
      {
        // One Chromium at a time: on a 2-core CI box, browsers in parallel time each other out.
        extends: true,
        test: { name: 'e2e', include: [E2E], fileParallelism: false, testTimeout: 120_000, hookTimeout: 120_000 },
      },
    ],
  },
});
