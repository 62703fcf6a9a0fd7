import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsNumber, IsOptional, IsPositive, IsString, IsUUID, Matches, Max, MaxLength } from 'class-validator';
import { NoControlCharacters } from '@plekwijzer/graphql';
import { DATE_PATTERN } from '@plekwijzer/api/common/time-range.input.js';

@InputType({ description: 'Hours made on one day at a started introduction.' })
export class LogHoursInput {
  @Field(() => ID, { description: 'A started (or since finished) introduction you can see.' })
  @IsUUID('all', { message: 'introductionId must be an id' })
  introductionId: string;

  @Field({ description: 'The day, `YYYY-MM-DD`.' })
  @Matches(DATE_PATTERN, { message: 'date must be a date written as YYYY-MM-DD' })
  date: string;

  @Field(() => Float, { description: 'Hours, more than 0 and at most 24, in steps of 0.25.' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @IsPositive({ message: 'hours must be more than 0' })
  @Max(24, { message: 'hours cannot be more than 24 in a day' })
  hours: number;

  @Field(() => String, {
    nullable: true,
    description: 'Send the same key when retrying: nothing is logged twice.',
  })
  @IsOptional()
  @IsString()
  @NoControlCharacters()
  @Matches(/^[A-Za-z0-9_.:-]{8,100}$/, { message: 'idempotencyKey must be 8–100 letters, digits or _ . : -' })
  idempotencyKey?: string;
}

@InputType({ description: 'Why the coach rejects hours a place logged.' })
export class RejectHoursInput {
  @Field({ description: 'Why the hours are rejected (shown to the place).' })
  @IsString()
  @NoControlCharacters({ multiline: true })
  @MaxLength(500)
  @Matches(/\S/, { message: 'reason needs some text: the place sees why its hours were rejected' })
  reason: string;
}
