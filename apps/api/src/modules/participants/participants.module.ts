import { Module } from '@nestjs/common';
import { ParticipantsResolver } from './participants.resolver.js';
import { ParticipantsService } from './participants.service.js';

@Module({
  providers: [ParticipantsService, ParticipantsResolver],
  exports: [ParticipantsService],
})
export class ParticipantsModule {}
