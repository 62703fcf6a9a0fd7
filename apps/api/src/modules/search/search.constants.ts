/** The active SearchIndex (PostgreSQL or Meilisearch), chosen from the configuration. */
export const SEARCH_INDEX = Symbol('SEARCH_INDEX');
/** Partial<SearchIndexerOptions> overriding the defaults. */
export const SEARCH_INDEXER_OPTIONS = Symbol('SEARCH_INDEXER_OPTIONS');
/** Arbitrary and fixed, next to the migration (727_310_001) and webhook (727_310_002) locks: one draining replica. */
export const SEARCH_INDEXER_LOCK_KEY = 727_310_003;
