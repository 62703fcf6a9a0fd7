import { Inject } from '@nestjs/common';
import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { uuidArg } from '@plekwijzer/api/common/uuid-arg.js';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { DeclineInput, EndEarlyInput, ProposeInput } from './dto/introduction.inputs.js';
import { IntroductionStatus } from './introduction.enums.js';
import type { IntroductionEntity } from './introduction.entity.js';
import {
  IntroductionModel,
  IntroductionPageModel,
  PlaceIntroductionModel,
  PlaceIntroductionPageModel,
} from './introduction.models.js';
import { IntroductionsService } from './introductions.service.js';
import { IntroductionViews } from './introduction-views.service.js';
import { DomainError, PageInput } from '@plekwijzer/graphql';

@ObjectType('IntroductionState', { description: 'The state of an introduction after a change.' })
class IntroductionStateModel {
  @Field(() => ID, { description: "The introduction's id." })
  id: string;

  @Field(() => IntroductionStatus, { description: 'The state after the change.' })
  status: IntroductionStatus;

  @Field(() => String, {
    nullable: true,
    description: 'First day at the place, `YYYY-MM-DD`; set once started.',
  })
  startDate: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day at the place, `YYYY-MM-DD`; set once completed or ended early.',
  })
  endDate: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the introduction was last changed.' })
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
  @Query(() => IntroductionPageModel, {
    description: 'Coach: introductions of your caseload, newest first, a page at a time.',
  })
  async myIntroductions(
    @CurrentActor() actor: Actor,
    @Args('status', {
      type: () => [IntroductionStatus],
      nullable: true,
      description: 'Only introductions in one of these states; all when omitted.',
    })
    status?: IntroductionStatus[],
    @Args('page', {
      type: () => PageInput,
      nullable: true,
      description: 'Which page; the first 20 introductions when omitted.',
    })
    page?: PageInput,
  ) {
    const result = await this.service.list(actor, { status }, page);
    return { ...result, items: await this.views.forCoach(actor, result.items) };
  }

  @Roles(Role.EMPLOYER, Role.PARTNER)
  @Query(() => PlaceIntroductionPageModel, {
    description:
      'Employer or partner: introductions for your places, with the shared profile, newest first, a page at a time.',
  })
  async placeIntroductions(
    @CurrentActor() actor: Actor,
    @Args('status', {
      type: () => [IntroductionStatus],
      nullable: true,
      description: 'Only introductions in one of these states; all when omitted.',
    })
    status?: IntroductionStatus[],
    @Args(
      'placementId',
      {
        type: () => ID,
        nullable: true,
        description: 'Only introductions for this place of yours; all your places when omitted.',
      },
      uuidArg('placementId', { optional: true }),
    )
    placementId?: string,
    @Args('page', {
      type: () => PageInput,
      nullable: true,
      description: 'Which page; the first 20 introductions when omitted.',
    })
    page?: PageInput,
  ) {
    const result = await this.service.list(actor, { status, placementId }, page);
    return { ...result, items: await this.views.forPlace(actor, result.items) };
  }

  @Roles(Role.EMPLOYER, Role.PARTNER)
  @Query(() => PlaceIntroductionModel, {
    description: 'Employer or partner: one introduction for your place.',
  })
  async placeIntroduction(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: "The introduction's id." }, uuidArg('id')) id: string,
  ) {
    const [view] = await this.views.forPlace(actor, [await this.service.getVisible(actor, id)]);
    return view;
  }

  @Roles(Role.COACH, Role.ADMIN)
  @Query(() => IntroductionModel, { description: 'Coach: one introduction of your caseload.' })
  async introduction(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: "The introduction's id." }, uuidArg('id')) id: string,
  ) {
    const [view] = await this.views.forCoach(actor, [await this.service.getVisible(actor, id)]);
    return view;
  }

  @Roles(Role.COACH)
  @Mutation(() => IntroductionModel, {
    description: 'Propose your participant for a published place (requires their consent).',
  })
  async proposeIntroduction(
    @CurrentActor() actor: Actor,
    @Args('input', {
      description: 'Who to propose for which place, with the confirmed consent and your message.',
    })
    input: ProposeInput,
  ) {
    const [view] = await this.views.forCoach(actor, [await this.service.propose(actor, input)]);
    return view;
  }

  @Roles(...PLACE)
  @Mutation(() => IntroductionStateModel, {
    description: 'The place says yes. Fails with PLACE_FULL when no spot is left.',
  })
  async acceptIntroduction(
    @CurrentActor() actor: Actor,
    @Args(
      'id',
      { type: () => ID, description: 'A PROPOSED introduction for your published place.' },
      uuidArg('id'),
    )
    id: string,
  ) {
    return state(await this.service.accept(actor, id));
  }

  @Roles(...PLACE)
  @Mutation(() => IntroductionStateModel, { description: 'The place says no, with a reason.' })
  async declineIntroduction(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'A PROPOSED introduction for your place.' }, uuidArg('id'))
    id: string,
    @Args('input', { description: 'The reason and an optional note.' }) input: DeclineInput,
  ) {
    return state(await this.service.decline(actor, id, input));
  }

  @Roles(...EITHER)
  @Mutation(() => IntroductionStateModel, { description: 'The participant started at the place.' })
  async startIntroduction(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'An ACCEPTED introduction.' }, uuidArg('id')) id: string,
    @Args(
      'startDate',
      { description: 'The first day at the place, `YYYY-MM-DD`; at most a year ahead.' },
      dateArg('startDate'),
    )
    startDate: string,
  ) {
    return state(await this.service.start(actor, id, startDate));
  }

  @Roles(...EITHER)
  @Mutation(() => IntroductionStateModel, { description: 'The participant finished as planned.' })
  async completeIntroduction(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'A STARTED introduction.' }, uuidArg('id')) id: string,
    @Args(
      'endDate',
      {
        description:
          'The last day at the place, `YYYY-MM-DD`; not before the start date and at most a year ahead.',
      },
      dateArg('endDate'),
    )
    endDate: string,
  ) {
    return state(await this.service.complete(actor, id, endDate));
  }

  @Roles(...EITHER)
  @Mutation(() => IntroductionStateModel, {
    description: 'The participant stopped before the planned end, with a reason.',
  })
  async endIntroductionEarly(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'A STARTED introduction.' }, uuidArg('id')) id: string,
    @Args('input', { description: 'The reason, the last day and an optional note.' }) input: EndEarlyInput,
  ) {
    return state(await this.service.endEarly(actor, id, input));
  }

  @Roles(Role.COACH, Role.ADMIN)
  @Mutation(() => IntroductionStateModel, { description: 'Coach: withdraw an open introduction.' })
  async withdrawIntroduction(
    @CurrentActor() actor: Actor,
    @Args(
      'id',
      { type: () => ID, description: 'A PROPOSED, ACCEPTED or STARTED introduction of your caseload.' },
      uuidArg('id'),
    )
    id: string,
  ) {
    return state(await this.service.withdraw(actor, id));
  }

  @Roles(Role.COACH)
  @Mutation(() => Int, {
    description:
      'The participant withdrew consent: open introductions are withdrawn and places no longer see the profile. Returns how many were withdrawn.',
  })
  revokeConsent(
    @CurrentActor() actor: Actor,
    @Args(
      'participantId',
      { type: () => ID, description: 'The participant of your caseload who withdrew consent.' },
      uuidArg('participantId'),
    )
    participantId: string,
  ) {
    return this.service.revokeConsent(actor, participantId);
  }
}
