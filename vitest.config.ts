import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'core', include: ['tests/unit/core/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [WxtVitest()],
        esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
        test: { name: 'extension', include: ['tests/unit/ext/**/*.test.{ts,tsx}'], environment: 'jsdom', setupFiles: ['tests/unit/ext/setup.ts'] },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // Real browsers on a 2-core machine: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
