import { Inject } from '@nestjs/common';
import { Args, Field, GraphQLISODateTime, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { uuidArg } from '../../common/uuid-arg.js';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import { Role, type Actor } from '../auth/role.js';
import { DeclineInput, EndEarlyInput, ProposeInput } from './dto/introduction.inputs.js';
import { IntroductionStatus } from './introduction.enums.js';
import type { IntroductionEntity } from './introduction.entity.js';
import { IntroductionModel, PlaceIntroductionModel } from './introduction.models.js';
import { IntroductionsService } from './introductions.service.js';
import { IntroductionViews } from './introduction-views.service.js';
import { DomainError } from '@plekwijzer/graphql';

@ObjectType('IntroductionState', { description: 'The state of an introduction after a change.' })
class IntroductionStateModel {
  @Field(() => ID)
  id: string;

  @Field(() => IntroductionStatus)
  status: IntroductionStatus;

  @Field(() => String, { nullable: true })
  startDate: string | null;

  @Field(() => String, { nullable: true })
  endDate: string | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

const state = (i: IntroductionEntity): IntroductionStateModel => ({
  id: i.id,
  status: i.status,
  startDate: i.startDate,
  endDate: i.endDate,
  updatedAt: i.updatedAt,
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function dateArg(name: string) {
  return {
    transform(value: unknown): string {
      if (typeof value !== 'string' || !DATE.test(value)) {
        throw DomainError.badInput([{ path: name, message: `${name} must be a date written as YYYY-MM-DD` }]);
      }
      return value;
    },
  };
}

const PLACE = [Role.EMPLOYER, Role.PARTNER, Role.ADMIN];
const EITHER = [Role.COACH, Role.EMPLOYER, Role.PARTNER, Role.ADMIN];

@Resolver()
export class IntroductionsResolver {
  constructor(
    @Inject(IntroductionsService) private readonly service: IntroductionsService,
    @Inject(IntroductionViews) private readonly views: IntroductionViews,
  ) {}

  @Roles(Role.COACH, Role.ADMIN)
  @Query(() => [IntroductionModel], { description: 'Coach: introductions of your caseload, newest first.' })
  async myIntroductions(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => [IntroductionStatus], nullable: true }) status?: IntroductionStatus[],
  ) {
    return this.views.forCoach(actor, await this.service.list(actor, { status }));
  }

  @Roles(Role.EMPLOYER, Role.PARTNER)
  @Query(() => [PlaceIntroductionModel], { description: 'Employer or partner: introductions for your places, with the shared profile.' })
  async placeIntroductions(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => [IntroductionStatus], nullable: true }) status?: IntroductionStatus[],
    @Args('placementId', { type: () => ID, nullable: true }) placementId?: string,
  ) {
    return this.views.forPlace(actor, await this.service.list(actor, { status, placementId }));
  }

  @Roles(Role.EMPLOYER, Role.PARTNER)
  @Query(() => PlaceIntroductionModel, { description: 'Employer or partner: one introduction for your place.' })
  async placeIntroduction(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, uuidArg('id')) id: string) {
    const [view] = await this.views.forPlace(actor, [await this.service.getVisible(actor, id)]);
    return view;
  }

  @Roles(Role.COACH, Role.ADMIN)
  @Query(() => IntroductionModel, { description: 'Coach: one introduction of your caseload.' })
  async introduction(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, uuidArg('id')) id: string) {
    const [view] = await this.views.forCoach(actor, [await this.service.getVisible(actor, id)]);
    return view;
  }

  @Roles(Role.COACH)
  @Mutation(() => IntroductionModel, { description: 'Propose your participant for a published place (requires their consent).' })
  async proposeIntroduction(@CurrentActor() actor: Actor, @Args('input') input: ProposeInput) {
    const [view] = await this.views.forCoach(actor, [await this.service.propose(actor, input)]);
    return view;
  }

  @Roles(...PLACE)
  @Mutation(() => IntroductionStateModel, { description: 'The place says yes. Fails with PLACE_FULL when no spot is left.' })
  async acceptIntroduction(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, uuidArg('id')) id: string) {
    return state(await this.service.accept(actor, id));
  }

  @Roles(...PLACE)
  @Mutation(() => IntroductionStateModel, { description: 'The place says no, with a reason.' })
  async declineIntroduction(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Args('input') input: DeclineInput,
  ) {
    return state(await this.service.decline(actor, id, input));
  }

  @Roles(...EITHER)
  @Mutation(() => IntroductionStateModel, { description: 'The participant started at the place.' })
  async startIntroduction(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Args('startDate', dateArg('startDate')) startDate: string,
  ) {
    return state(await this.service.start(actor, id, startDate));
  }

  @Roles(...EITHER)
  @Mutation(() => IntroductionStateModel, { description: 'The participant finished as planned.' })
  async completeIntroduction(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Args('endDate', dateArg('endDate')) endDate: string,
  ) {
    return state(await this.service.complete(actor, id, endDate));
  }

  @Roles(...EITHER)
  @Mutation(() => IntroductionStateModel, { description: 'The participant stopped before the planned end, with a reason.' })
  async endIntroductionEarly(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Args('input') input: EndEarlyInput,
  ) {
    return state(await this.service.endEarly(actor, id, input));
  }

  @Roles(Role.COACH, Role.ADMIN)
  @Mutation(() => IntroductionStateModel, { description: 'Coach: withdraw an open introduction.' })
  async withdrawIntroduction(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, uuidArg('id')) id: string) {
    return state(await this.service.withdraw(actor, id));
  }

  @Roles(Role.COACH)
  @Mutation(() => Int, {
    description: 'The participant withdrew consent: open introductions are withdrawn and places no longer see the profile. Returns how many were withdrawn.',
  })
  revokeConsent(@CurrentActor() actor: Actor, @Args('participantId', { type: () => ID }, uuidArg('participantId')) participantId: string) {
    return this.service.revokeConsent(actor, participantId);
  }
}
