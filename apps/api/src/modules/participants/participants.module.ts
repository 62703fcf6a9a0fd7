import { Module } from '@nestjs/common';
import { AuditTrailResolver } from './audit-trail.resolver.js';
import { ParticipantsResolver } from './participants.resolver.js';
import { ParticipantsService } from './participants.service.js';

@Module({
  providers: [ParticipantsService, ParticipantsResolver, AuditTrailResolver],
  exports: [ParticipantsService],
})
export class ParticipantsModule {}
