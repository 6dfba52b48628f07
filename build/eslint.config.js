import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'stream', 'url', 'util', 'worker_threads'];

const forbid = (groups, message) => ({ group: groups, message });

/**
 * Process boundaries as lint rules (ARCHITECTURE.md): shared/ is pure, the renderer knows only
 * the exposed object, preloads bundle nothing but the channel list, main has no React.
 */
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(['electron', ...NODE_BUILTINS], 'shared/ is pure TypeScript: no Electron and no Node modules.'),
            forbid(['react', 'react-dom', 'react-dom/*'], 'shared/ is pure TypeScript: no React.'),
            forbid(['**/electron/**', '**/renderer/**'], 'shared/ may not import from electron/ or renderer/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(['electron', ...NODE_BUILTINS], 'The renderer knows only the object its preload exposes.'),
            forbid(['**/electron/**'], 'The renderer may not import main-process or preload code.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(NODE_BUILTINS, 'Preloads are sandboxed: no Node modules.'),
            forbid(['**/renderer/**', '**/main/**', 'zod', 'react'], 'Preloads bundle only the channel list.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [forbid(['react', 'react-dom', 'react-dom/*', '**/renderer/**'], 'Main has no React and no renderer code.')] },
      ],
    },
  },
  {
    files: ['electron/cli/**/*.ts', 'electron/main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [forbid(['electron'], 'Services and the CLI run without Electron (CLI, preview mode, tests).'), forbid(['react', 'react-dom', '**/renderer/**'], 'Main has no React.')] },
      ],
    },
  },
  {
    files: ['electron/preview/bridge.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
