// @ts-check
import js from '@eslint/js';
import * as espree from 'espree';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'coverage/', 'test-artifacts/', 'samples/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...tseslint.configs.stylistic,
  regexp.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-template-curly-in-string': 'error',
      // Indexing after a length or membership check is common in the rules; `!` there says "checked above".
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The core is pure: no Office.js, DOM, Node built-ins, ExcelJS or React (DESIGN.md, Layers).
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'fs/*',
                'path',
                'os',
                'child_process',
                'util',
                'stream',
                'buffer',
                'crypto',
              ],
              message: 'src/core must not use Node built-ins.',
            },
            {
              group: ['exceljs', 'react', 'react-dom', '@fluentui/*', '@microsoft/office-js*'],
              message: 'src/core must not depend on a host or the UI.',
            },
            { group: ['../../*', '../../../*'], message: 'src/core imports nothing outside src/core.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'Excel',
          'Office',
          'OfficeExtension',
          'window',
          'document',
          'navigator',
          'process',
          'Buffer',
          'require',
          'fetch',
          'XMLHttpRequest',
        ].map((name) => ({
          name,
          message: 'src/core must stay free of Office.js, DOM and Node.',
        })),
      ],
      'require-unicode-regexp': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The pane works through its PaneHost (STYLE 9): no Office.js, src/excel or ExcelJS in its components and logic.
    // Only the entry point and the excel-* glue beside it touch Office.
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/index.tsx', 'src/taskpane/excel-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/excel', '**/excel/*', '@microsoft/office-js*', 'office-js*'],
              message:
                'The pane reaches Office.js only through its PaneHost (src/taskpane/excel-pane-host.ts).',
            },
            {
              group: ['**/xlsx/*', 'exceljs'],
              message: 'ExcelJS is loaded by the entry point only, when the officer picks a list file.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['Excel', 'Office', 'OfficeExtension', 'OfficeRuntime'].map((name) => ({
          name,
          message: 'The pane reaches Office.js only through its PaneHost.',
        })),
      ],
    },
  },
  {
    // The page runs on Chromium 80 (360, UOS and 麒麟 browsers), and webpack transpiles syntax but adds no built-ins:
    // what came later (ES2021 replaceAll, ES2022 at, ES2023 findLast …) is missing there. test/browser/page-compat
    // runs the page without them; this says so while the code is written. The pane's Office.js code (src/excel) is
    // held to the same: a locked-down PC's WebView2 runtime may be as old, and nothing updates it.
    files: ['src/{core,workbook,xlsx,i18n,taskpane,web,excel}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MemberExpression[property.name=/^(replaceAll|findLast|findLastIndex|toSorted|toReversed|toSpliced|hasOwn|isWellFormed|toWellFormed|groupBy)$/u]',
          message: 'Newer than Chromium 80, which the page supports.',
        },
        {
          // One argument: MergeIndex's own at(row, column) takes two.
          selector: "CallExpression[callee.property.name='at'][arguments.length=1]",
          message: 'Array and String at() are newer than Chromium 80, which the page supports.',
        },
      ],
    },
  },
  {
    // The task pane's ES5 guard runs where the bundle can't (IE11, EdgeHTML): parsed as ES5, so ES2015 fails lint.
    files: ['src/taskpane/es5-guard.js'],
    languageOptions: {
      parser: espree,
      ecmaVersion: 5,
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', Office: 'readonly' },
    },
    // This rule needs the TypeScript parser; the file has no imports anyway.
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
