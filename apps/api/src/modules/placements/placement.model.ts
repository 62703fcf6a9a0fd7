import { Connection, GraphQLDate } from '@plekwijzer/graphql';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  ChildcareKind,
  Compensation,
  LanguageLevel,
  LanguageSkill,
  LearningRoute,
  PhysicalLoad,
  PlaceAudience,
  PlacementStatus,
  PlacementType,
  ScheduleKind,
  Sector,
  TargetGroup,
  Weekday,
} from '@plekwijzer/api/common/domain.enums.js';

@ObjectType('TimeRange', {
  description: 'A weekly time range in local Amsterdam time, e.g. Wednesday 13:00–17:00.',
})
export class TimeRangeModel {
  @Field(() => Weekday, { description: 'The day of the week the range starts on.' })
  day: Weekday;

  @Field({ description: 'Start, `HH:MM`.' })
  start: string;

  @Field({
    description: 'End, `HH:MM` (`24:00` is midnight). An end before the start continues past midnight.',
  })
  end: string;
}

@ObjectType('Schedule', { description: 'When the place needs people.' })
export class ScheduleModel {
  @Field(() => ScheduleKind, { description: 'FIXED shifts or FLEXIBLE windows.' })
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
  @Field(() => LanguageSkill, { description: 'The skill this requirement is about.' })
  skill: LanguageSkill;

  @Field(() => LanguageLevel, { description: 'The lowest level asked for that skill.' })
  level: LanguageLevel;

  @Field({ description: 'Required (a hard criterion) or only preferred (affects ranking).' })
  required: boolean;
}

@ObjectType('Location', { description: 'Where the place is (or where the activity meets).' })
export class LocationModel {
  @Field({ description: 'Street and house number.' })
  street: string;

  @Field({ description: 'Dutch postcode, as `1234 AB` or `1234`.' })
  postcode: string;

  @Field({ description: 'Town or city (plaats).' })
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

  @Field(() => [String], {
    description: 'Languages staff speak besides Dutch (ISO 639-1 codes such as `ar`, `ti`).',
  })
  staffLanguages: string[];
}

@ObjectType('Childcare', { description: 'Kinderopvang at the place.' })
export class ChildcareModel {
  @Field(() => ChildcareKind, { description: 'None, on site for an age range, or children may come along.' })
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
  @Field(() => ID, { description: "The place's id." })
  id: string;

  @Field(() => ID, { description: 'The employer or partner organisation offering the place.' })
  organisationId: string;

  @Field(() => PlacementType, { description: 'What kind of offer it is (participatieplek, stage, …).' })
  type: PlacementType;

  @Field(() => PlacementStatus, {
    description: 'Where the place is in its lifecycle; only PUBLISHED places are matched.',
  })
  status: PlacementStatus;

  @Field({ description: 'Short title, 3–150 characters.' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the participant will do, in plain text; required before publishing.',
  })
  description: string | null;

  @Field(() => Sector, { nullable: true, description: 'The sector (branche); required before publishing.' })
  sector: Sector | null;

  @Field(() => LocationModel, { nullable: true, description: 'Empty only on a draft without an address.' })
  location: LocationModel | null;

  @Field(() => [LanguageRequirementModel], { description: 'Per skill; a skill not listed asks nothing.' })
  languageRequirements: LanguageRequirementModel[];

  @Field(() => SupportModel, { description: 'Buddy, supervisor and staff languages offered at the place.' })
  support: SupportModel;

  @Field(() => Boolean, {
    nullable: true,
    description: 'A Dutch-speaking environment. Z-route participation hours only count there.',
  })
  dutchSpeakingEnvironment: boolean | null;

  @Field(() => PlaceAudience, {
    description: 'Who the place is for: everyone, or a women’s or men’s group. Matching keeps to it.',
  })
  audience: PlaceAudience;

  @Field(() => String, {
    nullable: true,
    description:
      'ISO 639-1 code of the language the place is held in (e.g. `ar` for a group in Arabic); empty means Dutch. Matching offers such a place only to participants who speak that language, and it is never a Dutch-speaking environment.',
  })
  groupLanguage: string | null;

  @Field(() => ScheduleModel, {
    nullable: true,
    description: 'When the place needs people; empty only on a draft without a schedule.',
  })
  schedule: ScheduleModel | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'First day.' })
  startDate: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Last day; empty when open-ended.' })
  endDate: string | null;

  @Field(() => ChildcareModel, { description: 'Childcare (kinderopvang) the place offers.' })
  childcare: ChildcareModel;

  @Field(() => PhysicalLoad, {
    nullable: true,
    description: 'Physical load of the work (belasting); empty only on a draft.',
  })
  physicalLoad: PhysicalLoad | null;

  @Field({
    description:
      'The place is wheelchair accessible (rolstoeltoegankelijk); for information only, matching does not use it.',
  })
  wheelchairAccessible: boolean;

  @Field(() => Int, { nullable: true, description: 'How many people can take part at the same time.' })
  capacity: number | null;

  @Field(() => [LearningRoute], { description: 'Learning routes the place is open to.' })
  openToRoutes: LearningRoute[];

  @Field(() => [TargetGroup], { description: 'Target groups the place is open to.' })
  openToTargetGroups: TargetGroup[];

  @Field({ description: 'Counts as MAP practice hours (Module Arbeidsmarkt en Participatie, 40 h).' })
  mapPractice: boolean;

  @Field(() => Compensation, {
    description: 'What the participant receives: nothing, a volunteer allowance, or pay.',
  })
  compensation: Compensation;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the place was first published; kept when it is paused and published again.',
  })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When the place was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the place was last changed.' })
  updatedAt: Date;
}

/** `PlacementConnection`: a page of places. */
export const PlacementConnection = Connection(PlacementModel, 'Placement', 'places');
