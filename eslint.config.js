// ESLint: typescript-eslint's type-checked recommendations over everything tsc checks (`npm run lint`).
// A rule is turned off or loosened only with a one-line reason next to it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'tools/ferretdb/', 'data/', 'dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A leading underscore marks a parameter or a left-out rest sibling that is unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // An ObjectId prints as its hex id, which is what the templates want (callback data, keys).
      '@typescript-eslint/restrict-template-expressions': ['error', {
        allow: [{ from: 'lib', name: ['Error', 'URL', 'URLSearchParams'] }, { from: 'package', name: 'ObjectId', package: 'bson' }],
      }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read raw Bot API JSON and mongoose documents as `any`; a wrong shape fails the assertion anyway.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Fakes of async APIs (fetch, json(), sleep) are async functions with nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Plain JS files (the ESLint and jest configs, jest's global setup) are outside tsconfig: no type information.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', globalThis: 'readonly', console: 'readonly' } },
  },
);
