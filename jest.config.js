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
  // Jest in ESM mode keeps every test file's module graph after the file ends (jestjs/jest#14605):
  // about 40 MB per file that boots the app, so a worker's heap grew past 1.2 GB. At the end of the
  // run such a worker, its event loop already empty (no handle left open), took 1.3–1.4 s to tear
  // down: past Jest's 500 ms, so Jest force-exited it ("A worker process has failed to exit
  // gracefully…"). A worker whose heap is past this after a file is replaced by a fresh one.
  workerIdleMemoryLimit: '400MB',
  // Even a worker of at most 400 MB took up to 0.65 s to exit on this shared two-core machine under
  // load. A leaked handle (socket, server, child process) keeps a worker alive for good, so the
  // warning still catches it with a longer wait.
  workerGracefulExitTimeout: 2000,
  testTimeout: 30000,
};
export default config;
