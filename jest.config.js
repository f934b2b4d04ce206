/** Jest runs the TypeScript sources as ES modules, their types stripped by esbuild (test/helpers/esbuild-transform.mjs). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': '<rootDir>/test/helpers/esbuild-transform.mjs' },
  runtime: '<rootDir>/test/helpers/jest-runtime.cjs',
  globalSetup: '<rootDir>/test/helpers/global-setup.js',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.js',
  testTimeout: 30000,
  maxWorkers: 2,
};
