import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const at = (p: string) => resolve(root, p);

export default defineConfig({
  main: {
    // The desktop app never honours test hooks, whatever the build mode.
    define: { __LAIPNI_TEST_BUILD__: 'false' },
    build: {
      outDir: at('out/main'),
      rollupOptions: { input: { index: at('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: at('out/preload'),
      // Sandboxed preloads cannot require anything but `electron`: one standalone CommonJS file each.
      isolatedEntries: true,
      externalizeDeps: false,
      rollupOptions: {
        input: { desk: at('electron/preload/desk.ts'), display: at('electron/preload/display.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: at('out/renderer'),
      rollupOptions: { input: { desk: at('renderer/desk.html'), display: at('renderer/display.html') } },
    },
  },
});
