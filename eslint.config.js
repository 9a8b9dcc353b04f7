import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import path from 'node:path';

// File names are kebab-case (STYLE.md §8.4); this tiny local rule keeps them so.
const kebabCaseFiles = {
  meta: { type: 'suggestion', messages: { notKebab: 'File name "{{name}}" is not kebab-case.' }, schema: [] },
  create(context) {
    return {
      Program(node) {
        const name = path.basename(context.filename).replace(/\.(test|spec|config|d)?\.?[cm]?[jt]sx?$/, '');
        if (!/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(name)) {
          context.report({ node, messageId: 'notKebab', data: { name: path.basename(context.filename) } });
        }
      },
    };
  },
};

const frameworkImports = ['react', 'react-dom', 'react-dom/*', 'react-router', 'react-router/*'];

export default tseslint.config(
  { ignores: ['dist/', 'dist-cli/', 'node_modules/', 'test-results/', 'playwright-report/', 'samples/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { local: { rules: { 'kebab-case-files': kebabCaseFiles } } },
    rules: {
      'local/kebab-case-files': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: globals.browser },
  },
  {
    // The core is pure: no framework, no UI, no content catalogue (it is always passed in).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: frameworkImports, message: 'src/core is framework-free: move this to src/ui.' },
            {
              group: ['**/ui/**', '**/content/**'],
              message: 'src/core takes the catalogue as an argument; it never imports content or UI.',
            },
            { group: ['node:*', 'fs', 'path'], message: 'src/core runs in the browser too: no Node built-ins.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'fetch', 'process'],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    ignores: ['src/content/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...frameworkImports, '**/ui/**'], message: 'Content is data: no React, no UI.' }] },
      ],
    },
  },
);
