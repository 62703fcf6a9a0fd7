import { Module } from '@nestjs/common';
import { SearchOutboxService } from './search-outbox.service.js';

/** Just the outbox writer, so that PlacementsModule can import it without the rest of search. */
@Module({
  providers: [SearchOutboxService],
  exports: [SearchOutboxService],
})
export class SearchOutboxModule {}
