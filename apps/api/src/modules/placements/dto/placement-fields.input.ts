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
  PlacementType,
  ScheduleKind,
  Sector,
  TargetGroup,
} from '../../../common/domain.enums.js';
import { DATE_PATTERN, TimeRangeInput } from '../../../common/time-range.input.js';

@InputType({ description: 'When the place needs people: fixed shifts, or a flexible window with hours per week.' })
export class ScheduleInput {
  @Field(() => ScheduleKind)
  @IsEnum(ScheduleKind)
  kind: ScheduleKind;

  @Field(() => [TimeRangeInput], { nullable: true, description: 'FIXED: each shift of the week.' })
  @IsOptional()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeInput)
  shifts?: TimeRangeInput[];

  @Field(() => [TimeRangeInput], { nullable: true, description: 'FLEXIBLE: the windows in which hours can be made.' })
  @IsOptional()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => TimeRangeInput)
  windows?: TimeRangeInput[];

  @Field(() => Float, { nullable: true, description: 'FLEXIBLE: minimum hours per week.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(60)
  minHoursPerWeek?: number;

  @Field(() => Float, { nullable: true, description: 'FLEXIBLE: maximum hours per week.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(60)
  maxHoursPerWeek?: number;
}

@InputType()
export class LanguageRequirementInput {
  @Field(() => LanguageSkill)
  @IsEnum(LanguageSkill)
  skill: LanguageSkill;

  @Field(() => LanguageLevel)
  @IsEnum(LanguageLevel)
  level: LanguageLevel;

  @Field({ defaultValue: true, description: 'Required (hard criterion) or only preferred.' })
  @IsBoolean()
  required: boolean;
}

@InputType()
export class LocationInput {
  @Field({ description: 'Street and house number.' })
  @IsString()
  @Length(1, 200)
  street: string;

  @Field({ description: 'Dutch postcode, `1234 AB` or `1234`.' })
  @IsString()
  @MaxLength(10)
  postcode: string;

  @Field()
  @IsString()
  @Length(1, 100)
  city: string;
}

@InputType()
export class SupportInput {
  @Field({ defaultValue: false })
  @IsBoolean()
  buddy: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  supervisor: boolean;

  @Field(() => [String], { defaultValue: [], description: 'ISO 639-1 codes, e.g. `ar`, `ti`, `uk`.' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(/^[a-z]{2}$/, { each: true, message: 'staffLanguages must be two-letter language codes such as ar or ti' })
  staffLanguages: string[];
}

@InputType()
export class ChildcareInput {
  @Field(() => ChildcareKind)
  @IsEnum(ChildcareKind)
  kind: ChildcareKind;

  @Field(() => Int, { nullable: true, description: 'ON_SITE: youngest age in years.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(17)
  minAgeYears?: number;

  @Field(() => Int, { nullable: true, description: 'ON_SITE: oldest age in years.' })
  @IsOptional()
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
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => Sector, { nullable: true })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector | null;

  @Field(() => LocationInput, { nullable: true, description: "Defaults to the organisation's address." })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationInput)
  location?: LocationInput | null;

  @Field(() => [LanguageRequirementInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => LanguageRequirementInput)
  languageRequirements?: LanguageRequirementInput[];

  @Field(() => SupportInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupportInput)
  support?: SupportInput;

  @Field(() => Boolean, { nullable: true, description: 'Dutch-speaking environment (Z-route hours only count there).' })
  @IsOptional()
  @IsBoolean()
  dutchSpeakingEnvironment?: boolean | null;

  @Field(() => ScheduleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduleInput)
  schedule?: ScheduleInput | null;

  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'startDate must be a date written as YYYY-MM-DD' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`; empty for open-ended.' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'endDate must be a date written as YYYY-MM-DD' })
  endDate?: string | null;

  @Field(() => ChildcareInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChildcareInput)
  childcare?: ChildcareInput;

  @Field(() => PhysicalLoad, { nullable: true })
  @IsOptional()
  @IsEnum(PhysicalLoad)
  physicalLoad?: PhysicalLoad | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  wheelchairAccessible?: boolean;

  @Field(() => Int, { nullable: true, description: 'People at the same time, 1–1000.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(1000)
  capacity?: number | null;

  @Field(() => [LearningRoute], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(LearningRoute, { each: true })
  openToRoutes?: LearningRoute[];

  @Field(() => [TargetGroup], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsEnum(TargetGroup, { each: true })
  openToTargetGroups?: TargetGroup[];

  @Field({ nullable: true, description: 'Counts as MAP practice hours.' })
  @IsOptional()
  @IsBoolean()
  mapPractice?: boolean;

  @Field(() => Compensation, { nullable: true })
  @IsOptional()
  @IsEnum(Compensation)
  compensation?: Compensation;
}

@InputType({ description: 'A new place, saved as a draft.' })
export class CreatePlacementInput extends PlacementFieldsInput {
  @Field(() => ID, { nullable: true, description: 'Admins only: the organisation offering the place.' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an id' })
  organisationId?: string;

  @Field(() => PlacementType)
  @IsEnum(PlacementType)
  type: PlacementType;

  @Field()
  @IsString()
  @Length(3, 150, { message: 'title must be 3 to 150 characters long' })
  title: string;
}

@InputType({ description: 'Changes to a place; omitted fields keep their value.' })
export class UpdatePlacementInput extends PlacementFieldsInput {
  @Field(() => PlacementType, { nullable: true })
  @IsOptional()
  @IsEnum(PlacementType)
  type?: PlacementType;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 150, { message: 'title must be 3 to 150 characters long' })
  title?: string;
}
