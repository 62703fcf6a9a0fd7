import { GraphQLDate } from '@plekwijzer/graphql';
import { IsOmittable, NoControlCharacters } from '@plekwijzer/graphql';
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
import {
  LanguageLevel,
  LearningRoute,
  PhysicalLoad,
  Sector,
  TargetGroup,
} from '@plekwijzer/api/common/domain.enums.js';
import { DATE_PATTERN, TimeRangeInput } from '@plekwijzer/api/common/time-range.input.js';
import { CommitmentKind, CompensationPreference, Gender, TravelMode } from '../participant.enums.js';
import { IdempotencyKeyField } from '@plekwijzer/api/modules/idempotency/idempotency-key.field.js';

@InputType({ description: 'Dutch level (taalniveau) per skill; all four skills are required.' })
export class LanguageLevelsInput {
  @Field(() => LanguageLevel, { description: 'Level for speaking (spreken).' })
  @IsEnum(LanguageLevel)
  speaking: LanguageLevel;

  @Field(() => LanguageLevel, { description: 'Level for listening (luisteren).' })
  @IsEnum(LanguageLevel)
  listening: LanguageLevel;

  @Field(() => LanguageLevel, { description: 'Level for reading (lezen).' })
  @IsEnum(LanguageLevel)
  reading: LanguageLevel;

  @Field(() => LanguageLevel, { description: 'Level for writing (schrijven).' })
  @IsEnum(LanguageLevel)
  writing: LanguageLevel;
}

@InputType({
  description: 'A fixed weekly commitment, such as a language class; its time is not free for a place.',
})
export class CommitmentInput {
  @Field(() => CommitmentKind, { description: 'Language class or another commitment.' })
  @IsEnum(CommitmentKind)
  kind: CommitmentKind;

  @Field({ description: 'What it is, e.g. "Taalles Z-route"; 1–80 characters.' })
  @IsString()
  @NoControlCharacters()
  @Length(1, 80)
  label: string;

  @Field(() => TimeRangeInput, { description: 'When it takes place each week.' })
  @ValidateNested()
  @Type(() => TimeRangeInput)
  range: TimeRangeInput;
}

@InputType({ description: 'Childcare (kinderopvang) the participant needs and already has.' })
export class ParticipantChildcareInput {
  @Field({ description: 'Childcare is needed to take part; then childrenAges must not be empty.' })
  @IsBoolean()
  needed: boolean;

  @Field(() => [Int], {
    defaultValue: [],
    description: "Children's ages in years (0–17), at most 12 children.",
  })
  @ArrayMaxSize(12)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(17, { each: true, message: 'childrenAges must be between 0 and 17' })
  childrenAges: number[];

  @Field(() => [TimeRangeInput], {
    defaultValue: [],
    description:
      'When childcare is already arranged (school, daycare, a partner at home); at most 28 ranges that do not overlap.',
  })
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeInput)
  covered: TimeRangeInput[];
}

/** Editable fields; on update every field is optional and an omitted one keeps its value. */
@InputType({ isAbstract: true })
export class ParticipantFieldsInput {
  @Field(() => String, {
    nullable: true,
    description: 'First name or nickname the coach uses, up to 40 characters; null or blank means none.',
  })
  @IsOptional()
  @IsString()
  @NoControlCharacters()
  @MaxLength(40)
  nickname?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, e.g. `ar`, `ti`.' })
  @IsOmittable()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(/^[a-z]{2}$/, {
    each: true,
    message: 'otherLanguages must be two-letter language codes such as ar or ti',
  })
  otherLanguages?: string[];

  @Field(() => Gender, {
    nullable: true,
    description:
      'Record only when a women’s or men’s place makes it matter (a place for women matches only participants recorded as FEMALE); null clears it. Only the coach sees it.',
  })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender | null;

  @Field(() => CompensationPreference, {
    nullable: true,
    description:
      'Paid work only (a hard criterion), paid work preferred (ranks unpaid places lower) or no preference; NO_PREFERENCE on create when omitted.',
  })
  @IsOmittable()
  @IsEnum(CompensationPreference)
  compensationPreference?: CompensationPreference;

  @Field(() => [TimeRangeInput], {
    nullable: true,
    description:
      'When the participant is free in principle: 1–28 weekly ranges that do not overlap (required on create; replaces the whole list).',
  })
  @IsOmittable()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeInput)
  availability?: TimeRangeInput[];

  @Field(() => [CommitmentInput], {
    nullable: true,
    description:
      'Language classes and other fixed weekly commitments, at most 28 that do not overlap; matching subtracts them from the availability (replaces the whole list).',
  })
  @IsOmittable()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => CommitmentInput)
  commitments?: CommitmentInput[];

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'First day the participant can start; null means from today.',
  })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'availableFrom must be a date written as YYYY-MM-DD' })
  availableFrom?: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Hours of paid work a week, 0–60 in steps of 0.25; at least MAP_EXEMPT_PAID_WORK_HOURS exempts from the MAP practice hours. null: none recorded.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'paidWorkHoursPerWeek must be a number' })
  @Min(0, { message: 'paidWorkHoursPerWeek cannot be negative' })
  @Max(60, { message: 'paidWorkHoursPerWeek can be at most 60' })
  paidWorkHoursPerWeek?: number | null;

  @Field({
    nullable: true,
    description:
      'Record that the participant is exempt from the MAP practice hours for another reason than paid work (false on create when omitted).',
  })
  @IsOmittable()
  @IsBoolean()
  mapExemptionRecorded?: boolean;

  @Field(() => ParticipantChildcareInput, {
    nullable: true,
    description: 'Childcare need and cover; replaces the stored childcare details as a whole.',
  })
  @IsOmittable()
  @ValidateNested()
  @Type(() => ParticipantChildcareInput)
  childcare?: ParticipantChildcareInput;

  @Field(() => [Sector], {
    nullable: true,
    description:
      'Sectors of interest, at most 16 without repeats; places in them rank higher (replaces the whole list).',
  })
  @IsOmittable()
  @ArrayMaxSize(16)
  @ArrayUnique()
  @IsEnum(Sector, { each: true })
  interests?: Sector[];

  @Field({
    nullable: true,
    description:
      'The participant agreed to be proposed to places; without it proposeIntroduction is refused (false on create when omitted).',
  })
  @IsOmittable()
  @IsBoolean()
  consentToBeProposed?: boolean;
}

@InputType({ description: 'A new participant in your caseload.' })
export class CreateParticipantInput extends ParticipantFieldsInput {
  @Field({ description: 'Your pseudonymous reference (no BSN, no full name), 1–40 characters.' })
  @IsString()
  @NoControlCharacters()
  @Length(1, 40)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/, {
    message: 'clientReference may hold letters, digits, spaces and . _ / -',
  })
  clientReference: string;

  @Field(() => LearningRoute, { description: 'Learning route (leerroute).' })
  @IsEnum(LearningRoute)
  route: LearningRoute;

  @Field(() => TargetGroup, { description: 'Target group (doelgroep).' })
  @IsEnum(TargetGroup)
  targetGroup: TargetGroup;

  @Field(() => GraphQLDate, { description: 'PIP date.' })
  @Matches(DATE_PATTERN, { message: 'pipDate must be a date written as YYYY-MM-DD' })
  pipDate: string;

  @Field(() => LanguageLevelsInput, { description: 'Current Dutch level (taalniveau) per skill.' })
  @ValidateNested()
  @Type(() => LanguageLevelsInput)
  languageLevels: LanguageLevelsInput;

  @Field({ description: 'Home postcode, `1234` or `1234 AB`; only the 4 digits are stored.' })
  @IsString()
  @NoControlCharacters()
  @MaxLength(10)
  homePostcode: string;

  @Field(() => [TravelMode], { description: 'Ways the participant can travel: 1–5 without repeats.' })
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

  @Field(() => Float, { description: 'At most this many hours a week at places, from 0.25 up to 60.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.25)
  @Max(60)
  maxHoursPerWeek: number;

  @Field(() => PhysicalLoad, {
    description: 'Physical load capacity (belastbaarheid): the heaviest load the participant can take.',
  })
  @IsEnum(PhysicalLoad)
  physicalCapacity: PhysicalLoad;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ isAbstract: true })
export class UpdateParticipantInput extends ParticipantFieldsInput {
  @Field(() => LearningRoute, { nullable: true, description: 'Learning route (leerroute).' })
  @IsOmittable()
  @IsEnum(LearningRoute)
  route?: LearningRoute;

  @Field(() => TargetGroup, { nullable: true, description: 'Target group (doelgroep).' })
  @IsOmittable()
  @IsEnum(TargetGroup)
  targetGroup?: TargetGroup;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'PIP date; moves the end of the three-year term with it.',
  })
  @IsOmittable()
  @Matches(DATE_PATTERN, { message: 'pipDate must be a date written as YYYY-MM-DD' })
  pipDate?: string;

  @Field(() => LanguageLevelsInput, {
    nullable: true,
    description: 'Current Dutch level (taalniveau); all four skills are replaced together.',
  })
  @IsOmittable()
  @ValidateNested()
  @Type(() => LanguageLevelsInput)
  languageLevels?: LanguageLevelsInput;

  @Field({ nullable: true, description: 'Home postcode, `1234` or `1234 AB`; only the 4 digits are stored.' })
  @IsOmittable()
  @IsString()
  @NoControlCharacters()
  @MaxLength(10)
  homePostcode?: string;

  @Field(() => [TravelMode], {
    nullable: true,
    description: 'Ways the participant can travel: 1–5 without repeats.',
  })
  @IsOmittable()
  @ArrayMinSize(1, { message: 'travelModes needs at least one way to travel' })
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsEnum(TravelMode, { each: true })
  travelModes?: TravelMode[];

  @Field(() => Int, { nullable: true, description: 'Longest acceptable one-way travel, 1–180 minutes.' })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(180)
  maxTravelMinutes?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'At most this many hours a week at places, from 0.25 up to 60.',
  })
  @IsOmittable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.25)
  @Max(60)
  maxHoursPerWeek?: number;

  @Field(() => PhysicalLoad, {
    nullable: true,
    description: 'Physical load capacity (belastbaarheid): the heaviest load the participant can take.',
  })
  @IsOmittable()
  @IsEnum(PhysicalLoad)
  physicalCapacity?: PhysicalLoad;
}
