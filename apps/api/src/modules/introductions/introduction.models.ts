import { Connection, GraphQLDate } from '@plekwijzer/graphql';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import {
  ParticipantModel,
  LanguageLevelsModel,
} from '@plekwijzer/api/modules/participants/participant.model.js';
import { PlacementModel, TimeRangeModel } from '@plekwijzer/api/modules/placements/placement.model.js';
import { DeclineReason, EndReason, IntroductionStatus } from './introduction.enums.js';

@ObjectType('IntroductionTransition', {
  description: 'One step in an introduction’s history: who moved it, when, and why.',
})
export class TransitionModel {
  @Field(() => IntroductionStatus, { nullable: true, description: 'Empty for the proposal itself.' })
  fromStatus: IntroductionStatus | null;

  @Field(() => IntroductionStatus, { description: 'The state the introduction moved to.' })
  toStatus: IntroductionStatus;

  @Field(() => ID, { description: 'The user who made the change.' })
  actorUserId: string;

  @Field(() => String, { nullable: true, description: 'Reason code, where the step has one.' })
  reason: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Free-text note given with a decline or an early end.',
  })
  note: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the step was made.' })
  at: Date;
}

/** Fields both sides may see. */
@ObjectType('PlaceIntroductionTransition', {
  description:
    'One step in an introduction’s history as the place sees it: the states and when. Who moved it and why stay with the coach.',
})
export class PlaceTransitionModel {
  @Field(() => IntroductionStatus, { nullable: true, description: 'Empty for the proposal itself.' })
  fromStatus: IntroductionStatus | null;

  @Field(() => IntroductionStatus, { description: 'The state the introduction moved to.' })
  toStatus: IntroductionStatus;

  @Field(() => GraphQLISODateTime, { description: 'When the step was made.' })
  at: Date;
}

@ObjectType({ isAbstract: true })
abstract class IntroductionBase {
  @Field(() => ID, { description: "The introduction's id." })
  id: string;

  @Field(() => IntroductionStatus, { description: 'Where the introduction stands now.' })
  status: IntroductionStatus;

  @Field(() => PlacementModel, { description: 'The place the participant is proposed for.' })
  placement: PlacementModel;

  @Field(() => DeclineReason, {
    nullable: true,
    description: 'Why the place said no; set only when DECLINED.',
  })
  declineReason: DeclineReason | null;

  @Field(() => String, {
    nullable: true,
    description: "The place's note with its decline, if any; visible to the coach and the place.",
  })
  declineNote: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'First day.' })
  startDate: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Last day.' })
  endDate: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the coach proposed the participant.' })
  createdAt: Date;
}

@ObjectType('Introduction', { description: 'A voordracht as the coach sees it, with the full participant.' })
export class IntroductionModel extends IntroductionBase {
  @Field(() => EndReason, {
    nullable: true,
    description: 'Why the participant stopped; set only when ENDED_EARLY.',
  })
  endReason: EndReason | null;

  @Field(() => [TransitionModel], {
    description:
      'Every step so far, oldest first, starting with the proposal: who, when, reason codes and notes.',
  })
  history: TransitionModel[];

  @Field(() => ParticipantModel, { description: 'The full participant, as in your caseload.' })
  participant: ParticipantModel;

  @Field(() => String, {
    nullable: true,
    description: 'Your message to the place, as sent with the proposal.',
  })
  message: string | null;

  @Field(() => [String], {
    description: 'Support the participant needs at the place, in your words, as shared with the place.',
  })
  supportNeeded: string[];

  @Field(() => ID, { description: 'Who recorded the participant’s consent.' })
  consentRecordedBy: string;

  @Field(() => GraphQLISODateTime, {
    description: 'When the participant’s consent to this introduction was recorded (at the proposal).',
  })
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

  @Field(() => LanguageLevelsModel, {
    description: "The participant's current Dutch level (taalniveau) per skill.",
  })
  languageLevels: LanguageLevelsModel;

  @Field(() => [TimeRangeModel], {
    description: 'The part of the participant’s free time that fits this place’s schedule.',
  })
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
  @Field(() => EndReason, {
    nullable: true,
    description:
      'Why it ended early, only when your organisation ended it; a reason the coach gave (health, childcare…) stays with the coach.',
  })
  endReason: EndReason | null;

  @Field(() => [PlaceTransitionModel], {
    description: 'Every step so far, oldest first: the states and when.',
  })
  history: PlaceTransitionModel[];

  @Field(() => SharedProfileModel, {
    nullable: true,
    description:
      'Shared while the introduction is open (proposed, accepted or started) and the participant’s consent stands; empty otherwise.',
  })
  profile: SharedProfileModel | null;
}

/** `IntroductionConnection`: a page of a caseload's introductions. */
export const IntroductionConnection = Connection(IntroductionModel, 'Introduction', 'introductions');

/** `PlaceIntroductionConnection`: a page of the introductions for your places. */
export const PlaceIntroductionConnection = Connection(
  PlaceIntroductionModel,
  'PlaceIntroduction',
  'introductions for your places',
);
