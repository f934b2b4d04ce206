import { availableParallelism } from 'node:os';

/**
 * Jest runs the TypeScript sources as ES modules through ts-jest (the design card's choice). tsconfig's
 * `isolatedModules` makes ts-jest transpile each file alone, without type checks: `npm run typecheck` checks types.
 */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  globalSetup: '<rootDir>/test/helpers/global-setup.js',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.js',
  testTimeout: 30000,
  // Test files spend about a third of their time waiting for the database server and the bot processes some
  // of them start, so half as many workers again as cores keeps the CPU busy (2 cores: 3 workers). Computed here:
  // jest reads a percentage over 100% as that many workers.
  maxWorkers: Math.ceil(availableParallelism() * 1.5),
};
