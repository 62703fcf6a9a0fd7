// Test helpers that need no app: a database per test file and SQL fixtures. Helpers that boot the
// app live in test/support (@plekwijzer/test-support), because a lib never imports apps/.
export * from './test-database.js';
export * from './fixtures.js';
export * from './statements.js';
