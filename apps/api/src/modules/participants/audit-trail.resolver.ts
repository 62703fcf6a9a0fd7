import { Inject } from '@nestjs/common';
import { Args, Field, GraphQLISODateTime, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';

import { uuidArg } from '../../common/uuid-arg.js';
import { AuditService } from '../audit/audit.service.js';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import { Role, type Actor } from '../auth/role.js';
import { ParticipantsService } from './participants.service.js';

@ObjectType('AuditEntry', { description: 'One line of a participant’s audit trail: who did or read what, when, why, and whether it was allowed.' })
class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => ID, { nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true })
  actorRole: string | null;

  @Field({ description: 'E.g. PARTICIPANT_READ, INTRODUCTION_ACCEPTED, HOURS_APPROVED.' })
  action: string;

  @Field()
  objectType: string;

  @Field(() => String, { nullable: true })
  objectId: string | null;

  @Field({ description: 'ALLOWED or DENIED.' })
  result: string;

  @Field(() => String, { nullable: true, description: 'The request id (also in the logs).' })
  requestId: string | null;

  @Field(() => String, { nullable: true, description: 'The operation that read or changed the data.' })
  purpose: string | null;
}

@Resolver()
export class AuditTrailResolver {
  constructor(
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  @Roles(Role.COACH, Role.ADMIN)
  @Query(() => [AuditEntryModel], { description: 'The audit trail of a participant of your caseload (admins: any), newest first.' })
  async auditTrail(
    @CurrentActor() actor: Actor,
    @Args('participantId', { type: () => ID }, uuidArg('participantId')) participantId: string,
    @Args('first', { type: () => Int, defaultValue: 100, description: 'At most 1000 entries.' }) first: number,
  ) {
    await this.participants.getOwned(actor, participantId, 'AUDIT_TRAIL');
    return this.audit.trail(participantId, Math.min(Math.max(first, 1), 1000));
  }
}
