// Jest runs in native ESM mode: NestJS 12 ships ESM-only packages that Jest's CommonJS
// runtime cannot require. ts-jest transpiles each file on its own (isolatedModules) for speed;
// `npm run typecheck` does the full type check.
/** @type {import('jest').Config} */
const config = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: [
    '<rootDir>/apps/**/*.spec.ts',
    '<rootDir>/libs/**/*.spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
  ],
  moduleNameMapper: {
    '^@plekwijzer/api/(.*)\\.js$': '<rootDir>/apps/api/src/$1',
    '^@plekwijzer/test-support$': '<rootDir>/test/support/index.ts',
    '^@plekwijzer/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  maxWorkers: 2,
  testTimeout: 30000,
};
export default config;
