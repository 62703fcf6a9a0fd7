import { Logger } from '@nestjs/common';
import type { AppConfig } from '@plekwijzer/config';
import type { DatabaseHandle } from '@plekwijzer/database';
import { MeilisearchSearchAdapter, PostgresSearchAdapter, type SearchIndex } from '@plekwijzer/search';

/**
 * Meilisearch when MEILI_URL is set (MEILI_API_KEY optional), otherwise PostgreSQL full text on
 * the application's own database (PostgreSQL or PGlite).
 */
export function createSearchIndex(
  config: Pick<AppConfig, 'MEILI_URL' | 'MEILI_API_KEY'>,
  handle: DatabaseHandle,
): SearchIndex {
  const logger = new Logger('Search');
  if (config.MEILI_URL) {
    logger.log(`Search: Meilisearch at ${safeHost(config.MEILI_URL)}`);
    return new MeilisearchSearchAdapter({ host: config.MEILI_URL, apiKey: config.MEILI_API_KEY });
  }
  logger.log(`Search: PostgreSQL full text (${handle.kind === 'pglite' ? 'embedded PGlite' : 'server'})`);
  return new PostgresSearchAdapter(handle.dataSource, { onNotice: (message) => logger.warn(message) });
}

/** The URL without credentials, for the log. */
function safeHost(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return '(unparseable MEILI_URL)';
  }
}
