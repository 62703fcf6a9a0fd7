import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ParticipantModel, LanguageLevelsModel } from '../participants/participant.model.js';
import { PlacementModel, TimeRangeModel } from '../placements/placement.model.js';
import { DeclineReason, EndReason, IntroductionStatus } from './introduction.enums.js';

@ObjectType('IntroductionTransition', { description: 'One step in an introduction’s history: who moved it, when, and why.' })
export class TransitionModel {
  @Field(() => IntroductionStatus, { nullable: true, description: 'Empty for the proposal itself.' })
  fromStatus: IntroductionStatus | null;

  @Field(() => IntroductionStatus)
  toStatus: IntroductionStatus;

  @Field(() => ID, { description: 'The user who made the change.' })
  actorUserId: string;

  @Field(() => String, { nullable: true, description: 'Reason code, where the step has one.' })
  reason: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => GraphQLISODateTime)
  at: Date;
}

/** Fields both sides may see. */
@ObjectType({ isAbstract: true })
abstract class IntroductionBase {
  @Field(() => ID)
  id: string;

  @Field(() => IntroductionStatus)
  status: IntroductionStatus;

  @Field(() => PlacementModel)
  placement: PlacementModel;

  @Field(() => DeclineReason, { nullable: true })
  declineReason: DeclineReason | null;

  @Field(() => String, { nullable: true })
  declineNote: string | null;

  @Field(() => EndReason, { nullable: true })
  endReason: EndReason | null;

  @Field(() => String, { nullable: true, description: 'First day, `YYYY-MM-DD`.' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, `YYYY-MM-DD`.' })
  endDate: string | null;

  @Field(() => [TransitionModel])
  history: TransitionModel[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('Introduction', { description: 'A voordracht as the coach sees it, with the full participant.' })
export class IntroductionModel extends IntroductionBase {
  @Field(() => ParticipantModel)
  participant: ParticipantModel;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => [String])
  supportNeeded: string[];

  @Field(() => ID, { description: 'Who recorded the participant’s consent.' })
  consentRecordedBy: string;

  @Field(() => GraphQLISODateTime)
  consentRecordedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the participant withdrew consent.' })
  consentRevokedAt: Date | null;
}

@ObjectType('SharedProfile', {
  description:
    'The minimal, purpose-bound profile a place sees of a proposed participant. It has no client reference, postcode, route, target group, children, health or load details.',
})
export class SharedProfileModel {
  @Field(() => String, { nullable: true, description: 'The nickname the coach chose.' })
  nickname: string | null;

  @Field(() => LanguageLevelsModel)
  languageLevels: LanguageLevelsModel;

  @Field(() => [TimeRangeModel], { description: 'The part of the participant’s free time that fits this place’s schedule.' })
  fittingAvailability: TimeRangeModel[];

  @Field({ description: 'Travel time band, e.g. "15–30 min".' })
  travelBand: string;

  @Field(() => [String], { description: 'Support the participant needs, in the coach’s words.' })
  supportNeeded: string[];

  @Field(() => String, { nullable: true, description: 'The coach’s message.' })
  coachMessage: string | null;
}

@ObjectType('PlaceIntroduction', { description: 'A voordracht as the place’s organisation sees it.' })
export class PlaceIntroductionModel extends IntroductionBase {
  @Field(() => SharedProfileModel, {
    nullable: true,
    description: 'Empty once the participant withdrew consent; never shared for an introduction the place cannot see.',
  })
  profile: SharedProfileModel | null;
}
