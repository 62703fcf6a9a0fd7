import { GraphQLDate } from '@plekwijzer/graphql';
import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { NoControlCharacters } from '@plekwijzer/graphql';
import { DATE_PATTERN } from '@plekwijzer/api/common/time-range.input.js';
import { DeclineReason, EndReason } from '../introduction.enums.js';
import { IdempotencyKeyField } from '@plekwijzer/api/modules/idempotency/idempotency-key.field.js';

@InputType('ProposeIntroductionInput', {
  description: 'Propose a participant of your caseload for a published place.',
})
export class ProposeInput {
  @Field(() => ID, {
    description: 'A participant of your caseload who consented to be proposed (consentToBeProposed).',
  })
  @IsUUID('all', { message: 'participantId must be an id' })
  participantId: string;

  @Field(() => ID, {
    description: 'A published place; the participant may have only one open introduction per place.',
  })
  @IsUUID('all', { message: 'placementId must be an id' })
  placementId: string;

  @Field({
    description:
      'You confirm the participant consented to this introduction; it is recorded with your name and the time.',
  })
  @IsBoolean()
  consentConfirmed: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Your message to the place (shown to them), up to 1000 characters.',
  })
  @IsOptional()
  @IsString()
  @NoControlCharacters({ multiline: true })
  @MaxLength(1000)
  message?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Support the participant needs at the place, e.g. "uitleg voordoen". Up to 5 short items.',
  })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @NoControlCharacters({}, { each: true })
  @Length(1, 100, { each: true })
  @Matches(/\S/, { each: true, message: 'each supportNeeded item needs some text' })
  supportNeeded?: string[];

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ isAbstract: true })
export class DeclineInput {
  @Field(() => DeclineReason, { description: 'The main reason; it feeds the municipality’s figures.' })
  @IsEnum(DeclineReason)
  reason: DeclineReason;

  @Field(() => String, {
    nullable: true,
    description: 'An explanation, up to 1000 characters; the coach sees it.',
  })
  @IsOptional()
  @IsString()
  @NoControlCharacters({ multiline: true })
  @MaxLength(1000)
  note?: string;
}

@InputType({ isAbstract: true })
export class EndEarlyInput {
  @Field(() => EndReason, { description: 'The main reason the participant stopped.' })
  @IsEnum(EndReason)
  reason: EndReason;

  @Field(() => GraphQLDate, { description: 'Last day.' })
  @Matches(DATE_PATTERN, { message: 'endDate must be a date written as YYYY-MM-DD' })
  endDate: string;

  @Field(() => String, {
    nullable: true,
    description: 'An explanation, up to 1000 characters; kept in the history.',
  })
  @IsOptional()
  @IsString()
  @NoControlCharacters({ multiline: true })
  @MaxLength(1000)
  note?: string;
}
