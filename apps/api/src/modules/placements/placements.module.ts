import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@plekwijzer/api/modules/organisations/organisations.module.js';
import { SearchOutboxModule } from '@plekwijzer/api/modules/search/search-outbox.module.js';
import { PlacementsResolver } from './placements.resolver.js';
import { PlacementsService } from './placements.service.js';

@Module({
  imports: [OrganisationsModule, SearchOutboxModule],
  providers: [PlacementsService, PlacementsResolver],
  exports: [PlacementsService],
})
export class PlacementsModule {}
