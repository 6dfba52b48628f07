import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every Node module by its exact name (`fs`, `fs/promises`, …); `node:*` is a pattern below. */
const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_'));
/** Packages in package.json that read or write files: they belong to main, behind a service. */
const IO_PACKAGES = ['lowdb', 'exceljs'];

const forbid = (groups, message) => ({ group: groups, message });
const forbidPaths = (names, message) => names.map((name) => ({ name, message }));
const restrictImports = ({ paths = [], patterns = [] }) => ['error', { paths, patterns }];

const NO_NODE_MODULES = (message) => ({
  paths: forbidPaths(NODE_BUILTINS, message),
  patterns: [forbid(['node:*', ...NODE_BUILTINS.map((m) => `${m}/*`)], message)],
});

/** Globals that exist only under Node; the renderer and shared/ run where they do not. */
const NODE_GLOBALS = ['process', 'Buffer', '__dirname', '__filename', 'global', 'require', 'module', 'exports', 'setImmediate', 'clearImmediate'];
const noNodeGlobals = (where) => [
  'error',
  ...NODE_GLOBALS.map((name) => ({ name, message: `${where} runs without Node: no \`${name}\`. Ask main through an interface instead.` })),
];
const noNodeSyntax = (where, extra = []) => [
  'error',
  { selector: 'ImportExpression', message: `No dynamic import() in ${where}: import statically, or ask main through an interface.` },
  { selector: 'TSImportType', message: `No import() types in ${where}: import the type statically.` },
  { selector: "CallExpression[callee.name='require']", message: `No require() in ${where}: it runs without Node.` },
  {
    selector: 'MemberExpression[object.name=/^(globalThis|window|self)$/][property.name=/^(process|require|Buffer|global|module|setImmediate)$/]',
    message: `${where} runs without Node: no Node globals, not even through globalThis.`,
  },
  ...extra,
];

const SHARED_IMPORTS = {
  paths: [
    ...NO_NODE_MODULES('shared/ is pure TypeScript: no Electron and no Node modules.').paths,
    ...forbidPaths(IO_PACKAGES, 'shared/ does no I/O: packages that read or write files are used in main only.'),
  ],
  patterns: [
    ...NO_NODE_MODULES('shared/ is pure TypeScript: no Electron and no Node modules.').patterns,
    forbid(['electron', 'electron/*'], 'shared/ is pure TypeScript: no Electron and no Node modules.'),
    forbid(
      IO_PACKAGES.map((p) => `${p}/*`),
      'shared/ does no I/O: packages that read or write files are used in main only.',
    ),
    forbid(['react', 'react-dom', 'react-dom/*'], 'shared/ is pure TypeScript: no React.'),
    forbid(['**/electron/**', '**/renderer/**'], 'shared/ may not import from electron/ or renderer/.'),
  ],
};

const RENDERER_IMPORTS = {
  paths: [
    ...NO_NODE_MODULES('The renderer knows only the object its preload exposes.').paths,
    ...forbidPaths(IO_PACKAGES, 'The renderer does no file I/O: ask main through the bridge.'),
  ],
  patterns: [
    ...NO_NODE_MODULES('The renderer knows only the object its preload exposes.').patterns,
    forbid(['electron', 'electron/*'], 'The renderer knows only the object its preload exposes.'),
    forbid(['**/electron/**'], 'The renderer may not import main-process or preload code.'),
  ],
};

/**
 * A feature (renderer/src/features/<name>/) uses another feature only through its index.ts.
 * Imports are matched as written, so the regex depends on how deep the importing file sits:
 * from features/a/X.tsx, `../b/Y` enters feature b; from features/a/sub/X.tsx, `../../b/Y` does.
 * Any path that names `features/<b>/<file>` is caught wherever it is written from.
 */
const NOT_INDEX = '(?!index(\\.tsx?)?$)';
const FEATURE_MESSAGE = "Use another feature only through its index.ts (import '../<feature>'), not its internal files.";
const featureImports = (depth) => ({
  paths: RENDERER_IMPORTS.paths,
  patterns: [
    ...RENDERER_IMPORTS.patterns,
    { regex: `^(\\.\\./){${depth}}[^./][^/]*/${NOT_INDEX}`, message: FEATURE_MESSAGE },
    { regex: `(^|/)features/[^/]+/${NOT_INDEX}`, message: FEATURE_MESSAGE },
  ],
});
const FEATURE_DEPTHS = [1, 2, 3, 4];

/**
 * Process boundaries as lint rules: shared/ is pure (no Node, no I/O, no Electron, no React),
 * the renderer knows only the object its preload exposes, features meet through their index,
 * preloads bundle nothing but the channel list, main has no React.
 */
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    ignores: ['renderer/**', 'shared/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': restrictImports(SHARED_IMPORTS),
      'no-restricted-globals': noNodeGlobals('shared/'),
      'no-restricted-syntax': noNodeSyntax('shared/', [
        { selector: "TSQualifiedName[left.name='NodeJS']", message: 'shared/ gets no Node types: declare the shape it needs instead.' },
        { selector: "TSTypeReference[typeName.name='Buffer']", message: 'shared/ gets no Node types: use Uint8Array.' },
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictImports(RENDERER_IMPORTS),
      'no-restricted-globals': noNodeGlobals('The renderer'),
      'no-restricted-syntax': noNodeSyntax('the renderer'),
    },
  },
  ...FEATURE_DEPTHS.map((depth) => ({
    files: [`renderer/src/features/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': restrictImports(featureImports(depth)) },
  })),
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports({
        paths: NO_NODE_MODULES('Preloads are sandboxed: no Node modules.').paths,
        patterns: [
          ...NO_NODE_MODULES('Preloads are sandboxed: no Node modules.').patterns,
          forbid(['**/renderer/**', '**/main/**', 'zod', 'react'], 'Preloads bundle only the channel list.'),
        ],
      }),
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
        {
          patterns: [
            forbid(['electron'], 'Services and the CLI run without Electron (CLI, preview mode, tests).'),
            forbid(['react', 'react-dom', '**/renderer/**'], 'Main has no React.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preview/bridge.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
