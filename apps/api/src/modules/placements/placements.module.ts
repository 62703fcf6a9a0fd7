import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@plekwijzer/api/modules/organisations/organisations.module.js';
import { PlacementsResolver } from './placements.resolver.js';
import { PlacementsService } from './placements.service.js';

/** PlacementChanges comes from the global SearchOutboxModule. */
@Module({
  imports: [OrganisationsModule],
  providers: [PlacementsService, PlacementsResolver],
  exports: [PlacementsService],
})
export class PlacementsModule {}
