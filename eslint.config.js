// Syntax-level rules only (no type information), so a full run stays fast on two cores;
// `tsc --noEmit` does the type checking. Formatting is Prettier's job (eslint-config-prettier).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint-ts6';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-offline/',
      'bench/dist-*/',
      'test-results/',
      'playwright-report/',
      'tests/artifacts/',
      'tests/e2e/baseline/',
      'src/vendor/',
      'tools/*/node_modules/',
      '.tmp-shots/',
      '**/*.tmp.mjs',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-expressions': 'error',
    },
  },
  // Plain JavaScript gets no-undef (TypeScript files leave it to tsc), so name its globals.
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: globals.node } },
  // The benchmark's page.evaluate callbacks run in the browser.
  { files: ['scripts/bench.mjs', 'scripts/benchLoading.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  prettier,
);
