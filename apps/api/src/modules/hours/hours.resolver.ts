import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ConnectionArgs, pageOf, sliceToConnection, toConnection } from '@plekwijzer/graphql';
import { uuidArg } from '@plekwijzer/api/common/uuid-arg.js';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { toParticipantModel } from '@plekwijzer/api/modules/participants/participant.mapper.js';
import {
  ApproveHoursInput,
  CorrectHoursInput,
  LogHoursInput,
  LogParticipationHoursInput,
  RejectHoursInput,
} from './dto/hours.inputs.js';
import { CaseloadProgressArgs } from './dto/caseload-progress.args.js';
import {
  ApproveHoursPayload,
  CorrectHoursPayload,
  HoursEntryConnection,
  LogHoursPayload,
  LogParticipationHoursPayload,
  ParticipantProgressConnection,
  ParticipantProgressModel,
  PendingHoursConnection,
  RejectHoursPayload,
} from './hours.models.js';
import { HoursService, type ProgressRow } from './hours.service.js';

const progressModel = (p: ProgressRow): ParticipantProgressModel => ({
  ...p,
  participant: toParticipantModel(p.participant),
});

@ArgsType()
class HoursForIntroductionArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'An introduction you can see (as its coach or its place).' })
  @IsUUID('all', { message: 'introductionId must be an id' })
  introductionId: string;
}

@ArgsType()
class HoursForParticipantArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'A participant of your caseload.' })
  @IsUUID('all', { message: 'participantId must be an id' })
  participantId: string;
}

@Resolver()
export class HoursResolver {
  constructor(@Inject(HoursService) private readonly service: HoursService) {}

  @Roles(Role.COACH, Role.EMPLOYER, Role.PARTNER, Role.ADMIN)
  @Mutation(() => LogHoursPayload, {
    description: 'Log hours for one day. A place’s entries wait for the coach’s approval.',
  })
  async logHours(
    @CurrentActor() actor: Actor,
    @Args('input', {
      description: 'The introduction, the day and the hours; one entry per introduction per day.',
    })
    input: LogHoursInput,
  ) {
    return { hoursEntry: await this.service.log(actor, input) };
  }

  @Roles(Role.COACH)
  @Mutation(() => LogParticipationHoursPayload, {
    description:
      'Coach: log hours your participant made outside a place (Stap-in/PVT, taalcafé, other activity) on one day. Approved as you log them; correct them with correctHours.',
  })
  async logParticipationHours(
    @CurrentActor() actor: Actor,
    @Args('input', {
      description: 'The participant, the activity, whether it was Dutch-speaking, the day and the hours.',
    })
    input: LogParticipationHoursInput,
  ) {
    return { hoursEntry: await this.service.logParticipation(actor, input) };
  }

  @Roles(Role.COACH, Role.EMPLOYER, Role.PARTNER, Role.ADMIN)
  @Mutation(() => CorrectHoursPayload, {
    description: 'Correct an entry: the old one stays in the history as superseded.',
  })
  async correctHours(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The entry to correct and the right hours.' }) input: CorrectHoursInput,
  ) {
    return { hoursEntry: await this.service.correct(actor, input.entryId, input.hours) };
  }

  @Roles(Role.COACH, Role.ADMIN)
  @Mutation(() => ApproveHoursPayload, { description: 'Coach: approve hours a place logged.' })
  async approveHours(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The entry to approve.' }) input: ApproveHoursInput,
  ) {
    return { hoursEntry: await this.service.approve(actor, input.entryId) };
  }

  @Roles(Role.COACH, Role.ADMIN)
  @Mutation(() => RejectHoursPayload, { description: 'Coach: reject hours a place logged, with a reason.' })
  async rejectHours(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The entry and the reason, shown to the place.' }) input: RejectHoursInput,
  ) {
    return { hoursEntry: await this.service.reject(actor, input.entryId, input.reason) };
  }

  @Roles(Role.COACH, Role.EMPLOYER, Role.PARTNER, Role.ADMIN)
  @Query(() => HoursEntryConnection, {
    description: 'Every entry of an introduction, corrections and rejections included, a page at a time.',
  })
  async hoursForIntroduction(@CurrentActor() actor: Actor, @Args() args: HoursForIntroductionArgs) {
    const page = pageOf(args);
    return sliceToConnection(await this.service.history(actor, args.introductionId.toLowerCase()), page);
  }

  @Roles(Role.COACH)
  @Query(() => PendingHoursConnection, {
    description:
      'Coach: your hours inbox — hours places logged for your clients that wait for your approval, oldest day first, a page at a time.',
  })
  async pendingHoursForCaseload(@CurrentActor() actor: Actor, @Args() args: ConnectionArgs) {
    const page = pageOf(args);
    const { items, totalCount } = await this.service.pendingForCaseload(actor, page);
    return toConnection(items, totalCount, page.offset);
  }

  @Roles(Role.COACH, Role.ADMIN)
  @Query(() => HoursEntryConnection, {
    description:
      'Coach: every hours entry of your participant, at places and outside them, corrections included, newest day first.',
  })
  async hoursForParticipant(@CurrentActor() actor: Actor, @Args() args: HoursForParticipantArgs) {
    const page = pageOf(args);
    return sliceToConnection(await this.service.ofParticipant(actor, args.participantId.toLowerCase()), page);
  }

  @Roles(Role.COACH, Role.ADMIN)
  @Query(() => ParticipantProgressModel, {
    description: 'Coach: progress of one participant towards 800 / 40 hours.',
  })
  async participantProgress(
    @CurrentActor() actor: Actor,
    @Args(
      'participantId',
      { type: () => ID, description: 'A participant of your caseload.' },
      uuidArg('participantId'),
    )
    id: string,
  ) {
    return progressModel(await this.service.progress(actor, id));
  }

  @Roles(Role.COACH)
  @Query(() => ParticipantProgressConnection, {
    description:
      'Coach: your caseload’s progress, worst risk first, a page at a time; `filter` finds clients by part of the nickname or client reference, route and risk across the whole caseload.',
  })
  async caseloadProgress(@CurrentActor() actor: Actor, @Args() args: CaseloadProgressArgs) {
    const page = pageOf(args);
    const { items, totalCount } = await this.service.caseloadProgressPage(actor, page, args.filter ?? {});
    return toConnection(items.map(progressModel), totalCount, page.offset);
  }
}
