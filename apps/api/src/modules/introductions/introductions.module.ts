import { Module } from '@nestjs/common';
import { ParticipantsModule } from '@plekwijzer/api/modules/participants/participants.module.js';
import { IntroductionViews } from './introduction-views.service.js';
import { IntroductionsResolver } from './introductions.resolver.js';
import { IntroductionsService } from './introductions.service.js';

@Module({
  imports: [ParticipantsModule],
  providers: [IntroductionsService, IntroductionViews, IntroductionsResolver],
  exports: [IntroductionsService],
})
export class IntroductionsModule {}
