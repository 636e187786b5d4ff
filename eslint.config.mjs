// @ts-check
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'test-artifacts/', 'samples/'] },
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
);
