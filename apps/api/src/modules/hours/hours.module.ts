import { Global, Module } from '@nestjs/common';
import { LoggedHours } from '@plekwijzer/api/modules/introductions/logged-hours.port.js';
import { IntroductionsModule } from '@plekwijzer/api/modules/introductions/introductions.module.js';
import { ParticipantsModule } from '@plekwijzer/api/modules/participants/participants.module.js';
import { HoursLedger } from './hours-ledger.js';
import { HoursResolver } from './hours.resolver.js';
import { HoursService } from './hours.service.js';
import { PlaceIntroductionHoursResolver } from './place-introduction-hours.resolver.js';

/** Global: IntroductionsService asks the hours feature for LoggedHours (HoursLedger). */
@Global()
@Module({
  imports: [IntroductionsModule, ParticipantsModule],
  providers: [
    HoursService,
    HoursResolver,
    PlaceIntroductionHoursResolver,
    { provide: LoggedHours, useClass: HoursLedger },
  ],
  exports: [HoursService, LoggedHours],
})
export class HoursModule {}
