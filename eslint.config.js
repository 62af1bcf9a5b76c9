import js from '@eslint/js';
import sdl from '@microsoft/eslint-plugin-sdl';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = {
  group: ['node:*'],
  message: 'shared/ and renderer/ run in the window: no Node built-ins.',
};

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  // Microsoft's SDL rules (the "required" set without its Angular parts): no eval, no
  // innerHTML or document.write, no insecure URLs, no postMessage to '*', no Node
  // integration in windows, no deprecated or unsafe Node APIs, no target=_blank leaks.
  ...sdl.configs.common,
  ...sdl.configs.electron,
  ...sdl.configs.node,
  ...sdl.configs.react,
  {
    rules: {
      '@microsoft/sdl/no-insecure-url': [
        'error',
        {
          exceptions: [
            ...sdl.rules['no-insecure-url'].defaultExceptions.map((pattern) => pattern.source),
            // The e2e and web servers listen on loopback only: nothing crosses a network.
            '^http://127\\.0\\.0\\.1(:|/|$)',
          ],
        },
      ],
    },
  },
  {
    // Tests feed insecure URLs in as hostile input, to prove the app refuses them.
    files: ['tests/**/*.ts'],
    rules: { '@microsoft/sdl/no-insecure-url': 'off' },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This rule guards React Compiler memoisation, which the app does not use; it would
      // otherwise forbid @tanstack/react-virtual, the virtualised list the tables rely on.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The window reaches Electron only through the bridge.' },
          ],
          patterns: [
            nodeBuiltins,
            { group: ['**/electron/**'], message: 'The window must not import Node-side code.' },
          ],
        },
      ],
    },
  },
  {
    // The product's brain stays pure: no UI, storage, Electron or Node.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'electron',
            'react',
            'react-dom',
            'dexie',
            'dexie-react-hooks',
            'zustand',
            'pdfmake',
          ].map((name) => ({
            name,
            message:
              'shared/ is pure TypeScript: it must not depend on the UI, storage or Electron.',
          })),
          patterns: [
            nodeBuiltins,
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ must not import the app layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'The Node side must not import window code.' },
          ],
        },
      ],
    },
  },
);
