import { Inject } from '@nestjs/common';
import { Args, Float, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { uuidArg } from '@plekwijzer/api/common/uuid-arg.js';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { toParticipantModel } from '@plekwijzer/api/modules/participants/participant.mapper.js';
import { LogHoursInput, RejectHoursInput } from './dto/hours.inputs.js';
import { HoursEntryModel, ParticipantProgressModel } from './hours.models.js';
import { HoursService, type ParticipantProgress } from './hours.service.js';

const progressModel = (p: ParticipantProgress): ParticipantProgressModel => ({
  ...p,
  participant: toParticipantModel(p.participant),
});

@Resolver()
export class HoursResolver {
  constructor(@Inject(HoursService) private readonly service: HoursService) {}

  @Roles(Role.COACH, Role.EMPLOYER, Role.PARTNER, Role.ADMIN)
  @Mutation(() => HoursEntryModel, {
    description: 'Log hours for one day. A place’s entries wait for the coach’s approval.',
  })
  logHours(
    @CurrentActor() actor: Actor,
    @Args('input', {
      description: 'The introduction, the day and the hours; one entry per introduction per day.',
    })
    input: LogHoursInput,
  ) {
    return this.service.log(actor, input);
  }

  @Roles(Role.COACH, Role.EMPLOYER, Role.PARTNER, Role.ADMIN)
  @Mutation(() => HoursEntryModel, {
    description: 'Correct an entry: the old one stays in the history as superseded.',
  })
  correctHours(
    @CurrentActor() actor: Actor,
    @Args(
      'entryId',
      { type: () => ID, description: 'The current (not yet corrected) entry to correct.' },
      uuidArg('entryId'),
    )
    entryId: string,
    @Args('hours', {
      type: () => Float,
      description: 'The right number of hours for that day: more than 0, at most 24, in steps of 0.25.',
    })
    hours: number,
  ) {
    return this.service.correct(actor, entryId, hours);
  }

  @Roles(Role.COACH, Role.ADMIN)
  @Mutation(() => HoursEntryModel, { description: 'Coach: approve hours a place logged.' })
  approveHours(
    @CurrentActor() actor: Actor,
    @Args(
      'entryId',
      { type: () => ID, description: 'A PENDING entry of your participant.' },
      uuidArg('entryId'),
    )
    entryId: string,
  ) {
    return this.service.approve(actor, entryId);
  }

  @Roles(Role.COACH, Role.ADMIN)
  @Mutation(() => HoursEntryModel, { description: 'Coach: reject hours a place logged, with a reason.' })
  rejectHours(
    @CurrentActor() actor: Actor,
    @Args(
      'entryId',
      { type: () => ID, description: 'A PENDING entry of your participant.' },
      uuidArg('entryId'),
    )
    entryId: string,
    @Args('input', { description: 'The reason, shown to the place.' }) input: RejectHoursInput,
  ) {
    return this.service.reject(actor, entryId, input.reason);
  }

  @Roles(Role.COACH, Role.EMPLOYER, Role.PARTNER, Role.ADMIN)
  @Query(() => [HoursEntryModel], {
    description: 'Every entry of an introduction, corrections and rejections included.',
  })
  hoursForIntroduction(
    @CurrentActor() actor: Actor,
    @Args(
      'introductionId',
      { type: () => ID, description: 'An introduction you can see (as its coach or its place).' },
      uuidArg('introductionId'),
    )
    id: string,
  ) {
    return this.service.history(actor, id);
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
  @Query(() => [ParticipantProgressModel], {
    description: 'Coach: your whole caseload’s progress, worst risk first.',
  })
  async caseloadProgress(@CurrentActor() actor: Actor) {
    return (await this.service.caseloadProgress(actor)).map(progressModel);
  }
}
