import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID, Matches } from 'class-validator';
import { GraphQLDate } from '@plekwijzer/graphql';
import { DATE_PATTERN } from '@plekwijzer/api/common/time-range.input.js';
import { DeclineInput, EndEarlyInput } from './dto/introduction.inputs.js';
import { IntroductionStatus } from './introduction.enums.js';
import { IntroductionModel } from './introduction.models.js';

const INTRODUCTION_ID = { message: 'introductionId must be an id' } as const;

@ObjectType('IntroductionState', { description: 'The state of an introduction after a change.' })
export class IntroductionStateModel {
  @Field(() => ID, { description: "The introduction's id." })
  id: string;

  @Field(() => IntroductionStatus, { description: 'The state after the change.' })
  status: IntroductionStatus;

  @Field(() => GraphQLDate, { nullable: true, description: 'First day at the place; set once started.' })
  startDate: string | null;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'Last day at the place; set once completed or ended early.',
  })
  endDate: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the introduction was last changed.' })
  updatedAt: Date;
}

@InputType('AcceptIntroductionInput', { description: 'Which introduction the place says yes to.' })
export class AcceptIntroductionInput {
  @Field(() => ID, { description: 'A PROPOSED introduction for your published place.' })
  @IsUUID('all', INTRODUCTION_ID)
  introductionId: string;
}

@InputType('DeclineIntroductionInput', { description: 'Which introduction the place says no to, and why.' })
export class DeclineIntroductionInput extends DeclineInput {
  @Field(() => ID, { description: 'A PROPOSED introduction for your place.' })
  @IsUUID('all', INTRODUCTION_ID)
  introductionId: string;
}

@InputType('StartIntroductionInput', { description: 'Which introduction started, and on which day.' })
export class StartIntroductionInput {
  @Field(() => ID, { description: 'An ACCEPTED introduction.' })
  @IsUUID('all', INTRODUCTION_ID)
  introductionId: string;

  @Field(() => GraphQLDate, { description: 'The first day at the place; at most a year ahead.' })
  @Matches(DATE_PATTERN, { message: 'startDate must be a date written as YYYY-MM-DD' })
  startDate: string;
}

@InputType('CompleteIntroductionInput', {
  description: 'Which introduction finished as planned, and its last day.',
})
export class CompleteIntroductionInput {
  @Field(() => ID, { description: 'A STARTED introduction.' })
  @IsUUID('all', INTRODUCTION_ID)
  introductionId: string;

  @Field(() => GraphQLDate, {
    description: 'The last day at the place; not before the start date and at most a year ahead.',
  })
  @Matches(DATE_PATTERN, { message: 'endDate must be a date written as YYYY-MM-DD' })
  endDate: string;
}

@InputType('EndIntroductionEarlyInput', {
  description: 'Which started introduction ended before the planned end, why and when.',
})
export class EndIntroductionEarlyInput extends EndEarlyInput {
  @Field(() => ID, { description: 'A STARTED introduction.' })
  @IsUUID('all', INTRODUCTION_ID)
  introductionId: string;
}

@InputType('WithdrawIntroductionInput', { description: 'Which introduction the coach withdraws.' })
export class WithdrawIntroductionInput {
  @Field(() => ID, { description: 'A PROPOSED, ACCEPTED or STARTED introduction of your caseload.' })
  @IsUUID('all', INTRODUCTION_ID)
  introductionId: string;
}

@InputType('RevokeConsentInput', { description: 'Whose consent to be proposed ended.' })
export class RevokeConsentInput {
  @Field(() => ID, { description: 'The participant of your caseload who withdrew consent.' })
  @IsUUID('all', { message: 'participantId must be an id' })
  participantId: string;
}

@ObjectType('ProposeIntroductionPayload', { description: 'The result of proposeIntroduction.' })
export class ProposeIntroductionPayload {
  @Field(() => IntroductionModel, {
    description: 'The new (or, on a retry with the same key, the first) introduction.',
  })
  introduction: IntroductionModel;
}

/** The payload of a step in an introduction's life: `{ introduction }` with its new state. */
function statePayload(name: string, mutation: string) {
  @ObjectType(name, { description: `The result of ${mutation}.` })
  class StatePayload {
    @Field(() => IntroductionStateModel, { description: 'The introduction after the change.' })
    introduction: IntroductionStateModel;
  }
  return StatePayload;
}

export const AcceptIntroductionPayload = statePayload('AcceptIntroductionPayload', 'acceptIntroduction');
export const DeclineIntroductionPayload = statePayload('DeclineIntroductionPayload', 'declineIntroduction');
export const StartIntroductionPayload = statePayload('StartIntroductionPayload', 'startIntroduction');
export const CompleteIntroductionPayload = statePayload(
  'CompleteIntroductionPayload',
  'completeIntroduction',
);
export const EndIntroductionEarlyPayload = statePayload(
  'EndIntroductionEarlyPayload',
  'endIntroductionEarly',
);
export const WithdrawIntroductionPayload = statePayload(
  'WithdrawIntroductionPayload',
  'withdrawIntroduction',
);

@ObjectType('RevokeConsentPayload', { description: 'The result of revokeConsent.' })
export class RevokeConsentPayload {
  @Field(() => ID, { description: 'The participant whose consent ended.' })
  participantId: string;

  @Field(() => Int, { description: 'How many open introductions were withdrawn.' })
  withdrawnIntroductions: number;
}
