import { PostgresSearchAdapter, type SearchIndex, type SqlQueryable } from '@plekwijzer/search';
import { countPublished, publishedDocumentsAfter } from './search-documents.js';

export interface ReindexReport {
  /** Published places written to the index. */
  indexed: number;
  /** Documents removed because their place is no longer published (or gone). */
  removed: number;
}

/**
 * Rebuilds the active index from PostgreSQL: every published place is written again (in id order,
 * `batchSize` at a time), then every document without a published place is removed. Search keeps
 * working meanwhile; changes made during the rebuild still reach the index through the outbox.
 */
export async function reindexAll(
  db: SqlQueryable,
  index: SearchIndex,
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<ReindexReport> {
  const batchSize = options.batchSize ?? 200;
  await index.init();
  if (index instanceof PostgresSearchAdapter) await index.prepareRebuild();
  const total = await countPublished(db);
  const keep = new Set<string>();
  let after: string | null = null;
  options.onProgress?.(0, total);
  for (;;) {
    const documents = await publishedDocumentsAfter(db, after, batchSize);
    if (documents.length === 0) break;
    await index.index(documents);
    for (const d of documents) keep.add(d.id);
    after = documents[documents.length - 1].id;
    // Places published during the rebuild can push the count past the first total.
    options.onProgress?.(keep.size, Math.max(total, keep.size));
  }
  const removed = await index.retainOnly(keep);
  return { indexed: keep.size, removed };
}
