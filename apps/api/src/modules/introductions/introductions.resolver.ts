import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ConnectionArgs, pageOf, toConnection } from '@plekwijzer/graphql';
import { uuidArg } from '@plekwijzer/api/common/uuid-arg.js';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { ProposeInput } from './dto/introduction.inputs.js';
import { IntroductionStatus } from './introduction.enums.js';
import type { IntroductionEntity } from './introduction.entity.js';
import {
  IntroductionConnection,
  IntroductionModel,
  PlaceIntroductionConnection,
  PlaceIntroductionModel,
} from './introduction.models.js';
import {
  AcceptIntroductionInput,
  AcceptIntroductionPayload,
  CompleteIntroductionInput,
  CompleteIntroductionPayload,
  DeclineIntroductionInput,
  DeclineIntroductionPayload,
  EndIntroductionEarlyInput,
  EndIntroductionEarlyPayload,
  type IntroductionStateModel,
  ProposeIntroductionPayload,
  RevokeConsentInput,
  RevokeConsentPayload,
  StartIntroductionInput,
  StartIntroductionPayload,
  WithdrawIntroductionInput,
  WithdrawIntroductionPayload,
} from './introduction.payloads.js';
import { IntroductionsService } from './introductions.service.js';
import { IntroductionViews } from './introduction-views.service.js';

const state = (i: IntroductionEntity): { introduction: IntroductionStateModel } => ({
  introduction: {
    id: i.id,
    status: i.status,
    startDate: i.startDate,
    endDate: i.endDate,
    updatedAt: i.updatedAt,
  },
});

/** The status condition both introduction lists share. */
@InputType({ isAbstract: true })
abstract class IntroductionStatusFilterInput {
  @Field(() => [IntroductionStatus], {
    nullable: true,
    description: 'Only introductions in one of these states; all when omitted.',
  })
  @IsOptional()
  @IsEnum(IntroductionStatus, { each: true })
  status?: IntroductionStatus[];
}

/**
 * The filter of myIntroductions. It keeps its published name, IntroductionFilterInput, so that
 * clients declaring `$filter: IntroductionFilterInput` keep working; participantId is an addition.
 */
@InputType('IntroductionFilterInput', { description: 'Which of your caseload’s introductions to list.' })
class MyIntroductionFilterInput extends IntroductionStatusFilterInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'Only introductions of this participant of your caseload (none for anyone else’s); all your participants when omitted.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'participantId must be an id' })
  participantId?: string;
}

@InputType({ description: 'Which introductions for your places to list.' })
class PlaceIntroductionFilterInput extends IntroductionStatusFilterInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Only introductions for this place of yours; all your places when omitted.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'placementId must be an id' })
  placementId?: string;
}

@ArgsType()
class MyIntroductionsArgs extends ConnectionArgs {
  @Field(() => MyIntroductionFilterInput, {
    nullable: true,
    description: 'Conditions the introductions must meet; all when omitted.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MyIntroductionFilterInput)
  filter?: MyIntroductionFilterInput;
}

@ArgsType()
class PlaceIntroductionsArgs extends ConnectionArgs {
  @Field(() => PlaceIntroductionFilterInput, {
    nullable: true,
    description: 'Conditions the introductions must meet; all when omitted.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlaceIntroductionFilterInput)
  filter?: PlaceIntroductionFilterInput;
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
  @Query(() => IntroductionConnection, {
    description: 'Coach: introductions of your caseload, newest first, a page at a time.',
  })
  async myIntroductions(@CurrentActor() actor: Actor, @Args() args: MyIntroductionsArgs) {
    const page = pageOf(args);
    const participantId = args.filter?.participantId?.toLowerCase();
    const result = await this.service.list(actor, { status: args.filter?.status, participantId }, page);
    return toConnection(await this.views.forCoach(actor, result.items), result.totalCount, page.offset);
  }

  @Roles(Role.EMPLOYER, Role.PARTNER)
  @Query(() => PlaceIntroductionConnection, {
    description:
      'Employer or partner: introductions for your places, with the shared profile, newest first, a page at a time.',
  })
  async placeIntroductions(@CurrentActor() actor: Actor, @Args() args: PlaceIntroductionsArgs) {
    const page = pageOf(args);
    const placementId = args.filter?.placementId?.toLowerCase();
    const result = await this.service.list(actor, { status: args.filter?.status, placementId }, page);
    return toConnection(await this.views.forPlace(actor, result.items), result.totalCount, page.offset);
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
  @Mutation(() => ProposeIntroductionPayload, {
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
    return { introduction: view };
  }

  @Roles(...PLACE)
  @Mutation(() => AcceptIntroductionPayload, {
    description: 'The place says yes. Fails with PLACE_FULL when no spot is left.',
  })
  async acceptIntroduction(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The introduction to accept.' }) input: AcceptIntroductionInput,
  ) {
    return state(await this.service.accept(actor, input.introductionId));
  }

  @Roles(...PLACE)
  @Mutation(() => DeclineIntroductionPayload, { description: 'The place says no, with a reason.' })
  async declineIntroduction(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The introduction, the reason and an optional note.' })
    input: DeclineIntroductionInput,
  ) {
    const { introductionId, ...decline } = input;
    return state(await this.service.decline(actor, introductionId, decline));
  }

  @Roles(...EITHER)
  @Mutation(() => StartIntroductionPayload, { description: 'The participant started at the place.' })
  async startIntroduction(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The introduction and its first day.' }) input: StartIntroductionInput,
  ) {
    return state(await this.service.start(actor, input.introductionId, input.startDate));
  }

  @Roles(...EITHER)
  @Mutation(() => CompleteIntroductionPayload, { description: 'The participant finished as planned.' })
  async completeIntroduction(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The introduction and its last day.' }) input: CompleteIntroductionInput,
  ) {
    return state(await this.service.complete(actor, input.introductionId, input.endDate));
  }

  @Roles(...EITHER)
  @Mutation(() => EndIntroductionEarlyPayload, {
    description: 'The participant stopped before the planned end, with a reason.',
  })
  async endIntroductionEarly(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The introduction, the reason, the last day and an optional note.' })
    input: EndIntroductionEarlyInput,
  ) {
    const { introductionId, ...end } = input;
    return state(await this.service.endEarly(actor, introductionId, end));
  }

  @Roles(Role.COACH, Role.ADMIN)
  @Mutation(() => WithdrawIntroductionPayload, { description: 'Coach: withdraw an open introduction.' })
  async withdrawIntroduction(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The introduction to withdraw.' }) input: WithdrawIntroductionInput,
  ) {
    return state(await this.service.withdraw(actor, input.introductionId));
  }

  @Roles(Role.COACH)
  @Mutation(() => RevokeConsentPayload, {
    description:
      'The participant withdrew consent: open introductions are withdrawn and places no longer see the profile.',
  })
  async revokeConsent(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The participant who withdrew consent.' }) input: RevokeConsentInput,
  ): Promise<RevokeConsentPayload> {
    const withdrawnIntroductions = await this.service.revokeConsent(actor, input.participantId);
    return { participantId: input.participantId, withdrawnIntroductions };
  }
}
