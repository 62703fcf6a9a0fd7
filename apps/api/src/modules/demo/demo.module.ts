import { Module } from '@nestjs/common';
import { ParticipantsModule } from '@plekwijzer/api/modules/participants/participants.module.js';
import { PlacementsModule } from '@plekwijzer/api/modules/placements/placements.module.js';
import { DemoBootstrap } from './demo-banner.js';
import { DemoSeeder } from './demo-seeder.service.js';
import { DevSignInController } from './dev-sign-in.controller.js';

@Module({
  imports: [PlacementsModule, ParticipantsModule],
  controllers: [DevSignInController],
  providers: [DemoSeeder, DemoBootstrap],
  exports: [DemoSeeder],
})
export class DemoModule {}
