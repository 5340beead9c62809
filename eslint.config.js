import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const DEXIE = { name: 'dexie', message: 'Only lib/db imports Dexie: add a repository function there.' };

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'demo-output/', 'bench-output/', '.cache/', 'docs/', 'lib/**/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='fetch']", message: 'Glocal makes no network requests.' },
        { selector: "NewExpression[callee.name='XMLHttpRequest']", message: 'Glocal makes no network requests.' },
        { selector: "NewExpression[callee.name='WebSocket']", message: 'Glocal makes no network requests.' },
      ],
    },
  },
  {
    // Only lib/db touches Dexie: everything else goes through its repositories.
    files: ['**/*.{ts,tsx,mjs,js}'],
    ignores: ['lib/db/**', 'test/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [DEXIE] }] },
  },
  {
    // The UI and the content script reach the database only by message (types are fine).
    files: ['components/**/*.{ts,tsx}', 'entrypoints/{content,popup,sidepanel,options}/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [DEXIE], patterns: [{ group: ['**/lib/db/*', '@/lib/db/*'], allowTypeImports: true, message: 'Only the background opens the database; send a message.' }] }] },
  },
  {
    // lib/ is pure: it never touches the browser's extension APIs.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'wxt/browser', message: 'lib/ must not use browser.*' }] }],
      'no-restricted-globals': ['error', { name: 'browser', message: 'lib/ must not use browser.*' }, { name: 'chrome', message: 'lib/ must not use chrome.*' }],
    },
  },
  {
    // Node scripts and e2e tests: code passed to page.evaluate() runs in the extension (chrome.*).
    files: ['scripts/**/*.mjs', 'test/**/*.mjs', 'bench/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { globals: { chrome: 'readonly' } },
    rules: { 'no-restricted-syntax': 'off' },
  },
);
