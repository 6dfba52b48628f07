import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Preview mode's stand-in for the preloads: one classic script served next to the renderer. */
export default defineConfig({
  build: {
    outDir: resolve(root, 'out/preview/public'),
    emptyOutDir: true,
    lib: {
      entry: resolve(root, 'electron/preview/bridge.ts'),
      formats: ['iife'],
      name: 'laipniPreviewBridge',
      fileName: () => 'bridge.js',
    },
  },
});
