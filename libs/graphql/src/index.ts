export * from './domain-error.js';
export * from './format-error.js';
export * from './validation.js';
export * from './pagination.js';
export * from './text.js';
export * from './hardening-reasons.js';
export * from './scalars.js';
export * from './selection.js';
