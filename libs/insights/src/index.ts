export * from './suppression.js';
export * from './tables.js';
