import { Module } from '@nestjs/common';
import { PlacementsModule } from '../placements/placements.module.js';
import { DemoBootstrap } from './demo-banner.js';
import { DemoSeeder } from './demo-seeder.service.js';

@Module({
  imports: [PlacementsModule],
  providers: [DemoSeeder, DemoBootstrap],
  exports: [DemoSeeder],
})
export class DemoModule {}
