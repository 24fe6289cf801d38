// ESLint (flat config): the TypeScript recommended rules, imports in a fixed order, no shadowed names.
// Formatting is Prettier's (eslint-config-prettier turns off the rules that would fight it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'coverage/', 'node_modules/', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/order': ['error', { groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'], alphabetize: { order: 'asc', caseInsensitive: true } }],
      'no-shadow': 'off',
      '@typescript-eslint/no-shadow': 'error',
      // The webhook payload and Octokit's routes are untyped on purpose (structural seams).
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '.ci/**', 'bench/**'],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
