import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LanguageLevel, LearningRoute, PhysicalLoad, Sector, TargetGroup } from '../../../common/domain.enums.js';
import { DATE_PATTERN, TimeRangeInput } from '../../../common/time-range.input.js';
import { CommitmentKind, TravelMode } from '../participant.enums.js';

@InputType()
export class LanguageLevelsInput {
  @Field(() => LanguageLevel)
  @IsEnum(LanguageLevel)
  speaking: LanguageLevel;

  @Field(() => LanguageLevel)
  @IsEnum(LanguageLevel)
  listening: LanguageLevel;

  @Field(() => LanguageLevel)
  @IsEnum(LanguageLevel)
  reading: LanguageLevel;

  @Field(() => LanguageLevel)
  @IsEnum(LanguageLevel)
  writing: LanguageLevel;
}

@InputType()
export class CommitmentInput {
  @Field(() => CommitmentKind)
  @IsEnum(CommitmentKind)
  kind: CommitmentKind;

  @Field()
  @IsString()
  @Length(1, 80)
  label: string;

  @Field(() => TimeRangeInput)
  @ValidateNested()
  @Type(() => TimeRangeInput)
  range: TimeRangeInput;
}

@InputType()
export class ParticipantChildcareInput {
  @Field()
  @IsBoolean()
  needed: boolean;

  @Field(() => [Int], { defaultValue: [] })
  @ArrayMaxSize(12)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(17, { each: true, message: 'childrenAges must be between 0 and 17' })
  childrenAges: number[];

  @Field(() => [TimeRangeInput], { defaultValue: [] })
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeInput)
  covered: TimeRangeInput[];
}

/** Editable fields; on update every field is optional and an omitted one keeps its value. */
@InputType({ isAbstract: true })
export class ParticipantFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  nickname?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, e.g. `ar`, `ti`.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(/^[a-z]{2}$/, { each: true, message: 'otherLanguages must be two-letter language codes such as ar or ti' })
  otherLanguages?: string[];

  @Field(() => [TimeRangeInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeInput)
  availability?: TimeRangeInput[];

  @Field(() => [CommitmentInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => CommitmentInput)
  commitments?: CommitmentInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'availableFrom must be a date written as YYYY-MM-DD' })
  availableFrom?: string | null;

  @Field(() => ParticipantChildcareInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ParticipantChildcareInput)
  childcare?: ParticipantChildcareInput;

  @Field(() => [Sector], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(16)
  @ArrayUnique()
  @IsEnum(Sector, { each: true })
  interests?: Sector[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  consentToBeProposed?: boolean;
}

@InputType({ description: 'A new participant in your caseload.' })
export class CreateParticipantInput extends ParticipantFieldsInput {
  @Field({ description: 'Your pseudonymous reference (no BSN, no full name), 1–40 characters.' })
  @IsString()
  @Length(1, 40)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/, { message: 'clientReference may hold letters, digits, spaces and . _ / -' })
  clientReference: string;

  @Field(() => LearningRoute)
  @IsEnum(LearningRoute)
  route: LearningRoute;

  @Field(() => TargetGroup)
  @IsEnum(TargetGroup)
  targetGroup: TargetGroup;

  @Field({ description: 'PIP date, `YYYY-MM-DD`.' })
  @Matches(DATE_PATTERN, { message: 'pipDate must be a date written as YYYY-MM-DD' })
  pipDate: string;

  @Field(() => LanguageLevelsInput)
  @ValidateNested()
  @Type(() => LanguageLevelsInput)
  languageLevels: LanguageLevelsInput;

  @Field({ description: 'Home postcode, `1234` or `1234 AB`; only the 4 digits are stored.' })
  @IsString()
  @MaxLength(10)
  homePostcode: string;

  @Field(() => [TravelMode])
  @ArrayMinSize(1, { message: 'travelModes needs at least one way to travel' })
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsEnum(TravelMode, { each: true })
  travelModes: TravelMode[];

  @Field(() => Int, { description: 'Longest acceptable one-way travel, 1–180 minutes.' })
  @IsInt()
  @Min(1)
  @Max(180)
  maxTravelMinutes: number;

  @Field(() => Float, { description: 'At most this many hours a week, more than 0 and up to 60.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.25)
  @Max(60)
  maxHoursPerWeek: number;

  @Field(() => PhysicalLoad)
  @IsEnum(PhysicalLoad)
  physicalCapacity: PhysicalLoad;
}

@InputType({ description: 'Changes to a participant; omitted fields keep their value.' })
export class UpdateParticipantInput extends ParticipantFieldsInput {
  @Field(() => LearningRoute, { nullable: true })
  @IsOptional()
  @IsEnum(LearningRoute)
  route?: LearningRoute;

  @Field(() => TargetGroup, { nullable: true })
  @IsOptional()
  @IsEnum(TargetGroup)
  targetGroup?: TargetGroup;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'pipDate must be a date written as YYYY-MM-DD' })
  pipDate?: string;

  @Field(() => LanguageLevelsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LanguageLevelsInput)
  languageLevels?: LanguageLevelsInput;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  homePostcode?: string;

  @Field(() => [TravelMode], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'travelModes needs at least one way to travel' })
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsEnum(TravelMode, { each: true })
  travelModes?: TravelMode[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(180)
  maxTravelMinutes?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.25)
  @Max(60)
  maxHoursPerWeek?: number;

  @Field(() => PhysicalLoad, { nullable: true })
  @IsOptional()
  @IsEnum(PhysicalLoad)
  physicalCapacity?: PhysicalLoad;
}
