export * from './data-source-factory.js';
export * from './data-dir-lock.js';
export * from './pg-errors.js';
