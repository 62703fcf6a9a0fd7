import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, GraphQLISODateTime, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Connection, ConnectionArgs, pageOf, toConnection } from '@plekwijzer/graphql';
import { AuditService } from '@plekwijzer/api/modules/audit/audit.service.js';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { ParticipantsService } from './participants.service.js';

@ObjectType('AuditEntry', {
  description:
    'One line of a participant’s audit trail: who did or read what, when, why, and whether it was allowed.',
})
class AuditEntryModel {
  @Field(() => ID, { description: "The entry's id." })
  id: string;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  at: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The user who did it; empty when no signed-in user was involved.',
  })
  actorUserId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The user's role at the time (a Role value, e.g. COACH); empty without a user.",
  })
  actorRole: string | null;

  @Field({ description: 'E.g. PARTICIPANT_READ, INTRODUCTION_ACCEPTED, HOURS_APPROVED.' })
  action: string;

  @Field({ description: 'What kind of record it concerns: PARTICIPANT, INTRODUCTION, HOURS or CONSENT.' })
  objectType: string;

  @Field(() => String, {
    nullable: true,
    description: "The id of that record (for CONSENT: the participant's id).",
  })
  objectId: string | null;

  @Field({ description: 'ALLOWED or DENIED.' })
  result: string;

  @Field(() => String, { nullable: true, description: 'The request id (also in the logs).' })
  requestId: string | null;

  @Field(() => String, { nullable: true, description: 'The operation that read or changed the data.' })
  purpose: string | null;
}

/** `AuditEntryConnection`: a page of a participant's audit trail. */
const AuditEntryConnection = Connection(AuditEntryModel, 'AuditEntry', 'audit entries');

@ArgsType()
class AuditTrailArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The participant whose trail to read.' })
  @IsUUID('all', { message: 'participantId must be an id' })
  participantId: string;
}

@Resolver()
export class AuditTrailResolver {
  constructor(
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  @Roles(Role.COACH, Role.ADMIN)
  @Query(() => AuditEntryConnection, {
    description: 'The audit trail of a participant of your caseload (admins: any), newest first.',
  })
  async auditTrail(@CurrentActor() actor: Actor, @Args() args: AuditTrailArgs) {
    const page = pageOf(args);
    const participantId = args.participantId.toLowerCase();
    await this.participants.getOwned(actor, participantId, 'AUDIT_TRAIL');
    const { items, totalCount } = await this.audit.trailPage(participantId, page);
    return toConnection(items, totalCount, page.offset);
  }
}
