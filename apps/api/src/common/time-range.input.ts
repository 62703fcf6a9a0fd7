import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Matches } from 'class-validator';
import { Weekday } from './domain.enums.js';

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const TIME_MESSAGE = '$property must be a time from 00:00 to 24:00 written as HH:MM (for example 09:30)';
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A weekly time range in local Amsterdam time.' })
export class TimeRangeInput {
  @Field(() => Weekday, { description: 'The day of the week the range starts on.' })
  @IsEnum(Weekday)
  day: Weekday;

  @Field({ description: 'Start, `HH:MM`.' })
  @IsString()
  @Matches(TIME_PATTERN, { message: TIME_MESSAGE })
  start: string;

  @Field({
    description: 'End, `HH:MM`; `24:00` is midnight. With `overnight` it may be earlier than the start.',
  })
  @IsString()
  @Matches(TIME_PATTERN, { message: TIME_MESSAGE })
  end: string;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'The range continues past midnight into the next day.',
  })
  @IsOptional()
  @IsBoolean()
  overnight?: boolean;
}
