import { Module } from '@nestjs/common';
import { HoursModule } from '@plekwijzer/api/modules/hours/hours.module.js';
import { IntroductionsModule } from '@plekwijzer/api/modules/introductions/introductions.module.js';
import { MatchingModule } from '@plekwijzer/api/modules/matching/matching.module.js';
import { OrganisationsModule } from '@plekwijzer/api/modules/organisations/organisations.module.js';
import { ParticipantsModule } from '@plekwijzer/api/modules/participants/participants.module.js';
import { UsersModule } from '@plekwijzer/api/modules/users/users.module.js';
import { InsightsRefresher } from './insights-refresh.service.js';
import { InsightsResolver } from './insights.resolver.js';
import { InsightsService } from './insights.service.js';

@Module({
  imports: [
    HoursModule,
    MatchingModule,
    ParticipantsModule,
    UsersModule,
    IntroductionsModule,
    OrganisationsModule,
  ],
  providers: [InsightsService, InsightsRefresher, InsightsResolver],
  exports: [InsightsService, InsightsRefresher],
})
export class InsightsModule {}
