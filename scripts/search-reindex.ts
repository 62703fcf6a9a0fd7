/**
 * npm run search:reindex — rebuilds the search index (Meilisearch when MEILI_URL is set, else the
 * PostgreSQL search tables) from the places in PostgreSQL, with a progress bar. Safe while the
 * service runs: search keeps answering, and changes made meanwhile arrive through the outbox.
 */
import 'reflect-metadata';
import { loadConfig } from '@plekwijzer/config';
import { createDatabase } from '@plekwijzer/database';
import { ENTITIES } from '@plekwijzer/api/database/entities.js';
import { MIGRATIONS } from '@plekwijzer/api/database/migrations/index.js';
import { runMigrations } from '@plekwijzer/api/database/database.module.js';
import { createSearchIndex } from '@plekwijzer/api/modules/search/search-index.factory.js';
import { reindexAll } from '@plekwijzer/api/modules/search/search-reindex.js';

function bar(done: number, total: number): string {
  const width = 30;
  const filled = total === 0 ? width : Math.round((Math.min(done, total) / total) * width);
  return `Reindexing places [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const handle = await createDatabase(config, { entities: ENTITIES, migrations: MIGRATIONS });
  try {
    await handle.dataSource.initialize();
    if (config.MIGRATIONS_RUN) await runMigrations(handle);
    const index = createSearchIndex(config, handle);
    const started = Date.now();
    const report = await reindexAll(handle.dataSource, index, {
      onProgress: (done, total) => process.stdout.write(`\r${bar(done, total)}`),
    });
    const capabilities = await index.capabilities();
    process.stdout.write(
      `\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s: ${report.indexed} places indexed, ${report.removed} stale documents removed (${index.adapter}).\n`,
    );
    for (const note of capabilities.notes) process.stdout.write(`Note: ${note}\n`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\nReindexing failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
