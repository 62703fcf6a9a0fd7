export * from './enum-of.js';
export * from './vocabularies.js';
export * from './time-range.js';
export * from './calendar.js';
export * from './rules.js';
export * from './role.js';
export * from './error-reasons.js';
export * from './introduction-lifecycle.js';
