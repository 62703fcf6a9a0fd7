import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { SearchOutboxModule } from '../search/search-outbox.module.js';
import { PlacementsResolver } from './placements.resolver.js';
import { PlacementsService } from './placements.service.js';

@Module({
  imports: [OrganisationsModule, SearchOutboxModule],
  providers: [PlacementsService, PlacementsResolver],
  exports: [PlacementsService],
})
export class PlacementsModule {}
