import { Module } from '@nestjs/common';
import { ParticipantsModule } from '@plekwijzer/api/modules/participants/participants.module.js';
import { PlacementsModule } from '@plekwijzer/api/modules/placements/placements.module.js';
import { IntroductionViews } from './introduction-views.service.js';
import { IntroductionsResolver } from './introductions.resolver.js';
import { IntroductionsService } from './introductions.service.js';

@Module({
  imports: [ParticipantsModule, PlacementsModule],
  providers: [IntroductionsService, IntroductionViews, IntroductionsResolver],
  exports: [IntroductionsService],
})
export class IntroductionsModule {}
