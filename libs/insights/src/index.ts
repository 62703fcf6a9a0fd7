export * from './suppression.js';
export * from './tables.js';
export * from './charts.js';
