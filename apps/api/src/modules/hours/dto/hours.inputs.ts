import { GraphQLDate } from '@plekwijzer/graphql';
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
} from 'class-validator';
import { OtherParticipationActivity } from '@plekwijzer/domain';
import { NoControlCharacters } from '@plekwijzer/graphql';
import { DATE_PATTERN } from '@plekwijzer/api/common/time-range.input.js';
import { IdempotencyKeyField } from '@plekwijzer/api/modules/idempotency/idempotency-key.field.js';

@InputType({ description: 'Hours made on one day at a started introduction.' })
export class LogHoursInput {
  @Field(() => ID, { description: 'A started (or since finished) introduction you can see.' })
  @IsUUID('all', { message: 'introductionId must be an id' })
  introductionId: string;

  @Field(() => GraphQLDate, { description: 'The day.' })
  @Matches(DATE_PATTERN, { message: 'date must be a date written as YYYY-MM-DD' })
  date: string;

  @Field(() => Float, { description: 'Hours, more than 0 and at most 24, in steps of 0.25.' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @IsPositive({ message: 'hours must be more than 0' })
  @Max(24, { message: 'hours cannot be more than 24 in a day' })
  hours: number;

  @IdempotencyKeyField('Send the same key when retrying: nothing is logged twice.')
  idempotencyKey?: string;
}

@InputType({
  description:
    'Hours your participant made outside a place on one day: Stap-in/PVT, a taalcafé or another activity.',
})
export class LogParticipationHoursInput {
  @Field(() => ID, { description: 'A participant of your caseload.' })
  @IsUUID('all', { message: 'participantId must be an id' })
  participantId: string;

  @Field(() => OtherParticipationActivity, { description: 'What the hours were made at.' })
  @IsEnum(OtherParticipationActivity, { message: 'activity must be STAP_IN_PVT, TAALCAFE or OTHER_ACTIVITY' })
  activity: OtherParticipationActivity;

  @Field({
    description:
      'Whether it was a Dutch-speaking environment. Only then do the hours count towards the Z-route’s 800 (Stap-in in the own language: false).',
  })
  @IsBoolean({ message: 'dutchSpeakingEnvironment must be true or false' })
  dutchSpeakingEnvironment: boolean;

  @Field(() => GraphQLDate, {
    description: 'The day: in the integration term (from the PIP date) and not in the future.',
  })
  @Matches(DATE_PATTERN, { message: 'date must be a date written as YYYY-MM-DD' })
  date: string;

  @Field(() => Float, { description: 'Hours, more than 0 and at most 24 in a day, in steps of 0.25.' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @IsPositive({ message: 'hours must be more than 0' })
  @Max(24, { message: 'hours cannot be more than 24 in a day' })
  hours: number;

  @Field(() => String, {
    nullable: true,
    description: 'What it was, e.g. which taalcafé; at most 500 characters.',
  })
  @IsOptional()
  @IsString()
  @NoControlCharacters({ multiline: true })
  @MaxLength(500, { message: 'note can be at most 500 characters' })
  note?: string | null;

  @IdempotencyKeyField('Send the same key when retrying: nothing is logged twice.')
  idempotencyKey?: string;
}

@InputType({ description: 'Which hours the coach rejects, and why.' })
export class RejectHoursInput {
  @Field(() => ID, { description: 'A PENDING entry of your participant.' })
  @IsUUID('all', { message: 'entryId must be an id' })
  entryId: string;

  @Field({ description: 'Why the hours are rejected (shown to the place).' })
  @IsString()
  @NoControlCharacters({ multiline: true })
  @MaxLength(500)
  @Matches(/\S/, { message: 'reason needs some text: the place sees why its hours were rejected' })
  reason: string;
}

@InputType({ description: 'Which entry to correct, and the right hours.' })
export class CorrectHoursInput {
  @Field(() => ID, { description: 'The current (not yet corrected) entry to correct.' })
  @IsUUID('all', { message: 'entryId must be an id' })
  entryId: string;

  @Field(() => Float, {
    description: 'The right number of hours for that day: more than 0, at most 24, in steps of 0.25.',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  hours: number;
}

@InputType({ description: 'Which hours the coach approves.' })
export class ApproveHoursInput {
  @Field(() => ID, { description: 'A PENDING entry of your participant.' })
  @IsUUID('all', { message: 'entryId must be an id' })
  entryId: string;
}
