import { Module } from '@nestjs/common';
import { AppConfig } from '@plekwijzer/config';
import { DATABASE_HANDLE, type DatabaseHandle } from '@plekwijzer/database';
import { PlacementsModule } from '@plekwijzer/api/modules/placements/placements.module.js';
import { createSearchIndex } from './search-index.factory.js';
import { indexerOptionsFromConfig, SearchIndexer } from './search-indexer.service.js';
import { SearchOutboxModule } from './search-outbox.module.js';
import { SEARCH_INDEX, SEARCH_INDEXER_OPTIONS } from './search.constants.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

/**
 * Place search: the active index (Meilisearch when MEILI_URL is set, else PostgreSQL), the
 * indexer draining the search outbox into it, `searchPlacements` and the admin `searchStatus`.
 * SearchService.candidateIds narrows the matcher's candidates by text.
 */
@Module({
  imports: [SearchOutboxModule, PlacementsModule],
  providers: [
    {
      provide: SEARCH_INDEX,
      inject: [AppConfig, DATABASE_HANDLE],
      useFactory: (config: AppConfig, handle: DatabaseHandle) => createSearchIndex(config, handle),
    },
    { provide: SEARCH_INDEXER_OPTIONS, inject: [AppConfig], useFactory: indexerOptionsFromConfig },
    SearchIndexer,
    SearchService,
    SearchResolver,
  ],
  exports: [SearchOutboxModule, SearchService, SearchIndexer, SEARCH_INDEX],
})
export class SearchModule {}
