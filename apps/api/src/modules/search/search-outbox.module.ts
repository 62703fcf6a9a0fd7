import { Global, Module } from '@nestjs/common';
import { PlacementChanges } from '@plekwijzer/api/modules/placements/placement-changes.port.js';
import { SearchOutboxService } from './search-outbox.service.js';

/** Just the outbox writer; global, because PlacementsService writes to it through PlacementChanges. */
@Global()
@Module({
  providers: [SearchOutboxService, { provide: PlacementChanges, useExisting: SearchOutboxService }],
  exports: [SearchOutboxService, PlacementChanges],
})
export class SearchOutboxModule {}
