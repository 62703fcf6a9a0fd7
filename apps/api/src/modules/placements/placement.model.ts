import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  ChildcareKind,
  Compensation,
  LanguageLevel,
  LanguageSkill,
  LearningRoute,
  PhysicalLoad,
  PlacementStatus,
  PlacementType,
  ScheduleKind,
  Sector,
  TargetGroup,
  Weekday,
} from '../../common/domain.enums.js';

@ObjectType('TimeRange', { description: 'A weekly time range in local Amsterdam time, e.g. Wednesday 13:00–17:00.' })
export class TimeRangeModel {
  @Field(() => Weekday)
  day: Weekday;

  @Field({ description: 'Start, `HH:MM`.' })
  start: string;

  @Field({ description: 'End, `HH:MM` (`24:00` is midnight). An end before the start continues past midnight.' })
  end: string;
}

@ObjectType('Schedule', { description: 'When the place needs people.' })
export class ScheduleModel {
  @Field(() => ScheduleKind)
  kind: ScheduleKind;

  @Field(() => [TimeRangeModel], { description: 'FIXED: the shifts, all of which must fit.' })
  shifts: TimeRangeModel[];

  @Field(() => [TimeRangeModel], { description: 'FLEXIBLE: the windows in which hours can be made.' })
  windows: TimeRangeModel[];

  @Field(() => Float, { description: 'Minimum hours per week (for FIXED: the sum of the shifts).' })
  minHoursPerWeek: number;

  @Field(() => Float, { description: 'Maximum hours per week (for FIXED: the sum of the shifts).' })
  maxHoursPerWeek: number;
}

@ObjectType('LanguageRequirement', { description: 'Taalniveau the place asks for one skill.' })
export class LanguageRequirementModel {
  @Field(() => LanguageSkill)
  skill: LanguageSkill;

  @Field(() => LanguageLevel)
  level: LanguageLevel;

  @Field({ description: 'Required (a hard criterion) or only preferred (affects ranking).' })
  required: boolean;
}

@ObjectType('Location', { description: 'Where the place is (or where the activity meets).' })
export class LocationModel {
  @Field({ description: 'Street and house number.' })
  street: string;

  @Field()
  postcode: string;

  @Field()
  city: string;

  @Field({ description: 'The 4-digit postcode area used for distances.' })
  pc4: string;
}

@ObjectType('Support', { description: 'Support offered at the place.' })
export class SupportModel {
  @Field({ description: 'A buddy works alongside the participant.' })
  buddy: boolean;

  @Field({ description: 'A supervisor is on site.' })
  supervisor: boolean;

  @Field(() => [String], { description: 'Languages staff speak besides Dutch (ISO 639-1 codes such as `ar`, `ti`).' })
  staffLanguages: string[];
}

@ObjectType('Childcare', { description: 'Kinderopvang at the place.' })
export class ChildcareModel {
  @Field(() => ChildcareKind)
  kind: ChildcareKind;

  @Field(() => Int, { nullable: true, description: 'ON_SITE: youngest age (years) cared for.' })
  minAgeYears: number | null;

  @Field(() => Int, { nullable: true, description: 'ON_SITE: oldest age (years) cared for.' })
  maxAgeYears: number | null;
}

@ObjectType('Placement', {
  description:
    'A place an inburgeraar can take part in: participatieplek, stage, werkervaringsplek, vrijwilligerswerk, taalstage, proefplaatsing or a recurring activity.',
})
export class PlacementModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The employer or partner organisation offering the place.' })
  organisationId: string;

  @Field(() => PlacementType)
  type: PlacementType;

  @Field(() => PlacementStatus)
  status: PlacementStatus;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Sector, { nullable: true })
  sector: Sector | null;

  @Field(() => LocationModel, { nullable: true, description: 'Empty only on a draft without an address.' })
  location: LocationModel | null;

  @Field(() => [LanguageRequirementModel], { description: 'Per skill; a skill not listed asks nothing.' })
  languageRequirements: LanguageRequirementModel[];

  @Field(() => SupportModel)
  support: SupportModel;

  @Field(() => Boolean, {
    nullable: true,
    description: 'A Dutch-speaking environment. Z-route participation hours only count there.',
  })
  dutchSpeakingEnvironment: boolean | null;

  @Field(() => ScheduleModel, { nullable: true })
  schedule: ScheduleModel | null;

  @Field(() => String, { nullable: true, description: 'First day, `YYYY-MM-DD`.' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, `YYYY-MM-DD`; empty when open-ended.' })
  endDate: string | null;

  @Field(() => ChildcareModel)
  childcare: ChildcareModel;

  @Field(() => PhysicalLoad, { nullable: true })
  physicalLoad: PhysicalLoad | null;

  @Field()
  wheelchairAccessible: boolean;

  @Field(() => Int, { nullable: true, description: 'How many people can take part at the same time.' })
  capacity: number | null;

  @Field(() => [LearningRoute], { description: 'Learning routes the place is open to.' })
  openToRoutes: LearningRoute[];

  @Field(() => [TargetGroup], { description: 'Target groups the place is open to.' })
  openToTargetGroups: TargetGroup[];

  @Field({ description: 'Counts as MAP practice hours (Module Arbeidsmarkt en Participatie, 40 h).' })
  mapPractice: boolean;

  @Field(() => Compensation)
  compensation: Compensation;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('PlacementPage', { description: 'One page of places and the total that match the filter.' })
export class PlacementPageModel {
  @Field(() => [PlacementModel])
  items: PlacementModel[];

  @Field(() => Int, { description: 'All places matching the filter, over all pages.' })
  totalCount: number;

  @Field({ description: 'Whether a page follows this one.' })
  hasNextPage: boolean;
}
