import { defineConfig } from 'vite';
import { chmodSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const at = (p: string) => resolve(root, p);

/**
 * Node-side programs that are not the Electron app: the `laipni` command, preview mode's
 * server and the benchmarks. Dependencies stay external (node_modules), as in main.
 * `--mode test` (npm test) keeps the test hooks: a clock chosen through the environment, a
 * compressed retry clock, a torn append. Any other mode drops them from the bundle.
 */
export default defineConfig(({ mode }) => ({
  define: { __LAIPNI_TEST_BUILD__: JSON.stringify(mode === 'test') },
  plugins: [
    {
      // The laipni command is run directly (npx laipni, the package bin): it must be executable.
      name: 'laipni-executable',
      writeBundle(options) {
        chmodSync(resolve(options.dir ?? at('out'), 'cli/laipni.js'), 0o755);
      },
    },
  ],
  build: {
    ssr: true,
    outDir: at('out'),
    emptyOutDir: false,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      input: {
        'cli/laipni': at('electron/cli/laipni.ts'),
        'preview/server': at('electron/preview/server.ts'),
        'bench/run': at('test/bench/run.ts'),
      },
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'electron'],
      output: {
        banner: (chunk) => (chunk.name === 'cli/laipni' ? '#!/usr/bin/env node' : ''),
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'node-chunks/[name]-[hash].js',
      },
    },
  },
}));
