import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every source file is checked with type information.
const TYPED = ['src/**/*.ts', 'src/**/*.tsx'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web-ext-artifacts/**', 'artifacts/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      // No page or user text through innerHTML/outerHTML/insertAdjacentHTML/document.write.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Import src/platform/browser.ts instead: the polyfill stays in one module.' }] }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Type-aware rules (misused promises, unsafe any, needless assertions) on src/.
  // They need the TypeScript compiler API: TypeScript 6, not 7 (docs/browser-testing.md).
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: TYPED })),
  {
    files: TYPED,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['src/platform/browser.ts', 'test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The engine is pure: no DOM, no browser API.
    files: ['src/core/**'],
    languageOptions: { globals: { ...globals.es2021, TextDecoder: 'readonly' } },
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../*', 'webextension-polyfill', 'preact*'] }],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'localStorage'],
    },
  },
);
