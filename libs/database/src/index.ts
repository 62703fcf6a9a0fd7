export * from './data-source-factory.js';
export * from './data-dir-lock.js';
export * from './database-handle.token.js';
export * from './exclusive-job.js';
export * from './pg-errors.js';
export * from './prepared.js';
export * from './text-contains.js';
