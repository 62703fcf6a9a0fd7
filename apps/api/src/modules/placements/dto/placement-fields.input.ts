import { GraphQLDate } from '@plekwijzer/graphql';
import { IsOmittable, NoControlCharacters } from '@plekwijzer/graphql';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ChildcareKind,
  Compensation,
  LanguageLevel,
  LanguageSkill,
  LearningRoute,
  PhysicalLoad,
  PlaceAudience,
  PlacementType,
  ScheduleKind,
  Sector,
  TargetGroup,
} from '@plekwijzer/api/common/domain.enums.js';
import { DATE_PATTERN, TimeRangeInput } from '@plekwijzer/api/common/time-range.input.js';
import { IdempotencyKeyField } from '@plekwijzer/api/modules/idempotency/idempotency-key.field.js';

@InputType({
  description: 'When the place needs people: fixed shifts, or a flexible window with hours per week.',
})
export class ScheduleInput {
  @Field(() => ScheduleKind, {
    description: 'FIXED (give shifts) or FLEXIBLE (give windows and the minimum and maximum hours per week).',
  })
  @IsEnum(ScheduleKind)
  kind: ScheduleKind;

  @Field(() => [TimeRangeInput], { nullable: true, description: 'FIXED: each shift of the week.' })
  @IsOmittable()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeInput)
  shifts?: TimeRangeInput[];

  @Field(() => [TimeRangeInput], {
    nullable: true,
    description: 'FLEXIBLE: the windows in which hours can be made.',
  })
  @IsOmittable()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeInput)
  windows?: TimeRangeInput[];

  @Field(() => Float, { nullable: true, description: 'FLEXIBLE: minimum hours per week.' })
  @IsOmittable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(60)
  minHoursPerWeek?: number;

  @Field(() => Float, { nullable: true, description: 'FLEXIBLE: maximum hours per week.' })
  @IsOmittable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(60)
  maxHoursPerWeek?: number;
}

@InputType({ description: 'The taalniveau a place asks for one skill.' })
export class LanguageRequirementInput {
  @Field(() => LanguageSkill, { description: 'The skill; each skill may appear once per place.' })
  @IsEnum(LanguageSkill)
  skill: LanguageSkill;

  @Field(() => LanguageLevel, { description: 'The lowest level asked for that skill.' })
  @IsEnum(LanguageLevel)
  level: LanguageLevel;

  @Field({ defaultValue: true, description: 'Required (hard criterion) or only preferred.' })
  @IsBoolean()
  required: boolean;
}

@InputType({ description: 'The address of a place; the postcode must exist in the postcode table.' })
export class LocationInput {
  @Field({ description: 'Street and house number.' })
  @IsString()
  @NoControlCharacters()
  @Length(1, 200)
  street: string;

  @Field({ description: 'Dutch postcode, `1234 AB` or `1234`.' })
  @IsString()
  @NoControlCharacters()
  @MaxLength(10)
  postcode: string;

  @Field({ description: 'Town or city (plaats), 1–100 characters.' })
  @IsString()
  @NoControlCharacters()
  @Length(1, 100)
  city: string;
}

@InputType({ description: 'Support offered at the place; all three parts are replaced together.' })
export class SupportInput {
  @Field({ defaultValue: false, description: 'A buddy works alongside the participant.' })
  @IsBoolean()
  buddy: boolean;

  @Field({ defaultValue: false, description: 'A supervisor is on site.' })
  @IsBoolean()
  supervisor: boolean;

  @Field(() => [String], { defaultValue: [], description: 'ISO 639-1 codes, e.g. `ar`, `ti`, `uk`.' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(/^[a-z]{2}$/, {
    each: true,
    message: 'staffLanguages must be two-letter language codes such as ar or ti',
  })
  staffLanguages: string[];
}

@InputType({ description: 'Childcare (kinderopvang) the place offers.' })
export class ChildcareInput {
  @Field(() => ChildcareKind, {
    description: 'NONE, ON_SITE (then give minAgeYears and maxAgeYears) or CHILDREN_WELCOME.',
  })
  @IsEnum(ChildcareKind)
  kind: ChildcareKind;

  @Field(() => Int, { nullable: true, description: 'ON_SITE: youngest age in years.' })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(17)
  minAgeYears?: number;

  @Field(() => Int, { nullable: true, description: 'ON_SITE: oldest age in years.' })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(17)
  maxAgeYears?: number;
}

/**
 * The editable fields of a place. Everything is optional here: a draft may be incomplete;
 * publishing checks completeness. On update, an omitted field keeps its value and `null` clears
 * a clearable one.
 */
@InputType({ isAbstract: true })
export class PlacementFieldsInput {
  @Field(() => String, {
    nullable: true,
    description:
      'What the participant will do, up to 5000 characters; null or blank clears it (required before publishing).',
  })
  @IsOptional()
  @IsString()
  @NoControlCharacters({ multiline: true })
  @MaxLength(5000)
  description?: string | null;

  @Field(() => Sector, {
    nullable: true,
    description: 'The sector (branche); null clears it (required before publishing).',
  })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector | null;

  @Field(() => LocationInput, { nullable: true, description: "Defaults to the organisation's address." })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationInput)
  location?: LocationInput | null;

  @Field(() => [LanguageRequirementInput], {
    nullable: true,
    description:
      'Taalniveau asked per skill, each skill at most once; a skill not listed asks nothing (replaces the whole list).',
  })
  @IsOmittable()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => LanguageRequirementInput)
  languageRequirements?: LanguageRequirementInput[];

  @Field(() => SupportInput, {
    nullable: true,
    description: 'Buddy, supervisor and staff languages at the place.',
  })
  @IsOmittable()
  @ValidateNested()
  @Type(() => SupportInput)
  support?: SupportInput;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Dutch-speaking environment (Z-route hours only count there); must be false for a place held in another language (groupLanguage).',
  })
  @IsOptional()
  @IsBoolean()
  dutchSpeakingEnvironment?: boolean | null;

  @Field(() => PlaceAudience, {
    nullable: true,
    description: 'Who the place is for: everyone, women or men; EVERYONE until given.',
  })
  @IsOmittable()
  @IsEnum(PlaceAudience)
  audience?: PlaceAudience;

  @Field(() => String, {
    nullable: true,
    description:
      'ISO 639-1 code of the language the place is held in when it is not Dutch, e.g. `ar` for a group in Arabic; null means Dutch (and clears it). Such a place is not a Dutch-speaking environment.',
  })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'groupLanguage must be a two-letter language code such as ar or ti' })
  groupLanguage?: string | null;

  @Field(() => ScheduleInput, {
    nullable: true,
    description: 'When the place needs people; null clears it (required before publishing).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduleInput)
  schedule?: ScheduleInput | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'The day.' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'startDate must be a date written as YYYY-MM-DD' })
  startDate?: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: '`YYYY-MM-DD`; empty for open-ended.' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'endDate must be a date written as YYYY-MM-DD' })
  endDate?: string | null;

  @Field(() => ChildcareInput, {
    nullable: true,
    description: 'Childcare the place offers; NONE until given.',
  })
  @IsOmittable()
  @ValidateNested()
  @Type(() => ChildcareInput)
  childcare?: ChildcareInput;

  @Field(() => PhysicalLoad, {
    nullable: true,
    description: 'Physical load of the work (belasting); null clears it (required before publishing).',
  })
  @IsOptional()
  @IsEnum(PhysicalLoad)
  physicalLoad?: PhysicalLoad | null;

  @Field({
    nullable: true,
    description: 'The place is wheelchair accessible (rolstoeltoegankelijk); false until given.',
  })
  @IsOmittable()
  @IsBoolean()
  wheelchairAccessible?: boolean;

  @Field(() => Int, { nullable: true, description: 'People at the same time, 1–1000.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(1000)
  capacity?: number | null;

  @Field(() => [LearningRoute], {
    nullable: true,
    description:
      'Learning routes the place is open to, without repeats; at least one before publishing (replaces the whole list).',
  })
  @IsOmittable()
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(LearningRoute, { each: true })
  openToRoutes?: LearningRoute[];

  @Field(() => [TargetGroup], {
    nullable: true,
    description:
      'Target groups the place is open to, without repeats; at least one before publishing (replaces the whole list).',
  })
  @IsOmittable()
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsEnum(TargetGroup, { each: true })
  openToTargetGroups?: TargetGroup[];

  @Field({ nullable: true, description: 'Counts as MAP practice hours.' })
  @IsOmittable()
  @IsBoolean()
  mapPractice?: boolean;

  @Field(() => Compensation, {
    nullable: true,
    description: 'What the participant receives; NONE (unpaid) until given.',
  })
  @IsOmittable()
  @IsEnum(Compensation)
  compensation?: Compensation;
}

@InputType({ description: 'A new place, saved as a draft.' })
export class CreatePlacementInput extends PlacementFieldsInput {
  @Field(() => ID, { nullable: true, description: 'Admins only: the organisation offering the place.' })
  @IsOmittable()
  @IsUUID('all', { message: 'organisationId must be an id' })
  organisationId?: string;

  @Field(() => PlacementType, { description: 'What kind of offer it is (participatieplek, stage, …).' })
  @IsEnum(PlacementType)
  type: PlacementType;

  @Field({ description: 'Short title, 3–150 characters.' })
  @IsString()
  @NoControlCharacters()
  @Length(3, 150, { message: 'title must be 3 to 150 characters long' })
  title: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ isAbstract: true })
export class UpdatePlacementInput extends PlacementFieldsInput {
  @Field(() => PlacementType, {
    nullable: true,
    description: 'What kind of offer it is (participatieplek, stage, …).',
  })
  @IsOmittable()
  @IsEnum(PlacementType)
  type?: PlacementType;

  @Field({ nullable: true, description: 'Short title, 3–150 characters.' })
  @IsOmittable()
  @IsString()
  @NoControlCharacters()
  @Length(3, 150, { message: 'title must be 3 to 150 characters long' })
  title?: string;
}
