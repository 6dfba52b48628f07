import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '..');

/**
 * Every test layer, run by `npm test` (after `npm run build`, which the e2e, CLI and
 * packaging layers use). The summary reporter ends the run with `N passed, N failed`.
 */
export default defineConfig({
  root,
  plugins: [react()],
  // Sources under test are a test build: their clock and fault hooks are live.
  define: { __LAIPNI_TEST_BUILD__: 'true' },
  test: {
    reporters: ['default', resolve(root, 'test/support/summaryReporter.ts')],
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['test/node/**/*.test.ts'], setupFiles: ['test/support/seedProperties.ts'], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.tsx'],
          setupFiles: ['test/support/setupDom.ts', 'test/support/seedProperties.ts'],
          // Typing a long line key by key in jsdom takes seconds on a busy two-core machine;
          // the default 5 s made such tests fail by load alone. What they assert is unchanged.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: { name: 'electron', environment: 'node', include: ['test/electron/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          // A journey of many steps in a real browser: on a loaded 2-core machine some take a minute.
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'multi-process',
          environment: 'node',
          include: ['test/multiprocess/**/*.test.ts'],
          setupFiles: ['test/support/seedProperties.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'packaging',
          environment: 'node',
          include: ['test/packaging/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
