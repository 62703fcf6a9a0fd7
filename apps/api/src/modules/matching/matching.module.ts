import { Module } from '@nestjs/common';
import { HoursModule } from '@plekwijzer/api/modules/hours/hours.module.js';
import { IntroductionsModule } from '@plekwijzer/api/modules/introductions/introductions.module.js';
import { ParticipantsModule } from '@plekwijzer/api/modules/participants/participants.module.js';
import { PlacementsModule } from '@plekwijzer/api/modules/placements/placements.module.js';
import { SearchModule } from '@plekwijzer/api/modules/search/search.module.js';
import { MatcherCache } from './matcher-cache.service.js';
import { MatchingResolver } from './matching.resolver.js';
import { MatchingService } from './matching.service.js';

@Module({
  imports: [ParticipantsModule, PlacementsModule, SearchModule, HoursModule, IntroductionsModule],
  providers: [MatcherCache, MatchingService, MatchingResolver],
  exports: [MatchingService, MatcherCache],
})
export class MatchingModule {}
