import { Module } from '@nestjs/common';
import { IntroductionsModule } from '@plekwijzer/api/modules/introductions/introductions.module.js';
import { ParticipantsModule } from '@plekwijzer/api/modules/participants/participants.module.js';
import { HoursResolver } from './hours.resolver.js';
import { HoursService } from './hours.service.js';

@Module({
  imports: [IntroductionsModule, ParticipantsModule],
  providers: [HoursService, HoursResolver],
  exports: [HoursService],
})
export class HoursModule {}
