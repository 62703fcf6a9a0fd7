export * from './types.js';
export * from './text.js';
export * from './meilisearch-filter.js';
export * from './postgres-search.adapter.js';
export * from './meilisearch-search.adapter.js';
