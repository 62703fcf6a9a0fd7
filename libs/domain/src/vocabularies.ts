/**
 * The shared vocabularies: every list of values that the engine, search, the API and the schema
 * use. Each is an `as const` array (its order is meaningful where said) plus a value object of
 * the same name (`LanguageLevel.A1`) and a string-literal type (`LanguageLevel`). The GraphQL
 * enums are registered from these in apps/api (with their descriptions); nothing here knows
 * about GraphQL, NestJS or the database.
 */
import { enumOf } from './enum-of.js';

/** CEFR levels in ascending order; `NONE` = no Dutch yet (below A1). The array order is the ordinal. */
export const LANGUAGE_LEVELS = ['NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export const LanguageLevel = enumOf(LANGUAGE_LEVELS);

/** 0 for NONE … 6 for C2. */
export function languageLevelRank(level: LanguageLevel): number {
  return LANGUAGE_LEVELS.indexOf(level);
}

export const LANGUAGE_SKILLS = ['SPEAKING', 'LISTENING', 'READING', 'WRITING'] as const;
export type LanguageSkill = (typeof LANGUAGE_SKILLS)[number];
export const LanguageSkill = enumOf(LANGUAGE_SKILLS);

/** Monday first; the order is the order of the week. */
export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const Weekday = enumOf(WEEKDAYS);

export const LEARNING_ROUTES = ['Z_ROUTE', 'B1_ROUTE', 'ONDERWIJSROUTE', 'JONGERENROUTE'] as const;
export type LearningRoute = (typeof LEARNING_ROUTES)[number];
export const LearningRoute = enumOf(LEARNING_ROUTES);

export const TARGET_GROUPS = ['STATUSHOUDER', 'GEZINSMIGRANT', 'OVERIG'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const TargetGroup = enumOf(TARGET_GROUPS);

/** Ascending: a participant with capacity MEDIUM can take LIGHT and MEDIUM places. */
export const PHYSICAL_LOADS = ['LIGHT', 'MEDIUM', 'HEAVY'] as const;
export type PhysicalLoad = (typeof PHYSICAL_LOADS)[number];
export const PhysicalLoad = enumOf(PHYSICAL_LOADS);

export const PLACEMENT_TYPES = [
  'PARTICIPATIEPLEK',
  'STAGE',
  'WERKERVARINGSPLEK',
  'VRIJWILLIGERSWERK',
  'TAALSTAGE',
  'PROEFPLAATSING',
  'ACTIVITEIT',
] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];
export const PlacementType = enumOf(PLACEMENT_TYPES);

export const PLACEMENT_STATUSES = ['DRAFT', 'PUBLISHED', 'PAUSED', 'CLOSED'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];
export const PlacementStatus = enumOf(PLACEMENT_STATUSES);

export const SCHEDULE_KINDS = ['FIXED', 'FLEXIBLE'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];
export const ScheduleKind = enumOf(SCHEDULE_KINDS);

export const CHILDCARE_KINDS = ['NONE', 'ON_SITE', 'CHILDREN_WELCOME'] as const;
export type ChildcareKind = (typeof CHILDCARE_KINDS)[number];
export const ChildcareKind = enumOf(CHILDCARE_KINDS);

export const COMPENSATIONS = ['NONE', 'VOLUNTEER_ALLOWANCE', 'PAID'] as const;
export type Compensation = (typeof COMPENSATIONS)[number];
export const Compensation = enumOf(COMPENSATIONS);

/**
 * What a participant wants in pay. `PAID_ONLY` is a hard criterion (only PAID places),
 * `PAID_PREFERRED` only affects the ranking, `NO_PREFERENCE` is the default.
 */
export const COMPENSATION_PREFERENCES = ['NO_PREFERENCE', 'PAID_PREFERRED', 'PAID_ONLY'] as const;
export type CompensationPreference = (typeof COMPENSATION_PREFERENCES)[number];
export const CompensationPreference = enumOf(COMPENSATION_PREFERENCES);

/** Who a place is for: everyone, or a women's or men's group. */
export const PLACE_AUDIENCES = ['EVERYONE', 'WOMEN', 'MEN'] as const;
export type PlaceAudience = (typeof PLACE_AUDIENCES)[number];
export const PlaceAudience = enumOf(PLACE_AUDIENCES);

/**
 * A participant's gender, recorded by the coach only when it matters for a women's or men's
 * place; not recorded (null) otherwise. It never leaves the coach's view of the participant.
 */
export const GENDERS = ['FEMALE', 'MALE'] as const;
export type Gender = (typeof GENDERS)[number];
export const Gender = enumOf(GENDERS);

/**
 * Sectors as a fixed list, so that coaches' interest lists and the places' sectors meet
 * (free text would split "horeca" from "Horeca / keuken").
 */
export const SECTORS = [
  'ZORG',
  'HORECA',
  'DETAILHANDEL',
  'LOGISTIEK',
  'GROEN',
  'TECHNIEK',
  'SCHOONMAAK',
  'KINDEROPVANG_ONDERWIJS',
  'SPORT',
  'CULTUUR',
  'WELZIJN',
  'KRINGLOOP',
  'ADMINISTRATIE',
  'BOUW',
  'PRODUCTIE',
  'ONTMOETING_TAAL',
] as const;
export type Sector = (typeof SECTORS)[number];
export const Sector = enumOf(SECTORS);

/** Ways a participant can travel. The order only breaks ties between equally fast modes. */
export const TRAVEL_MODES = ['WALK', 'BIKE', 'EBIKE', 'PUBLIC_TRANSPORT', 'CAR'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];
export const TravelMode = enumOf(TRAVEL_MODES);

export const COMMITMENT_KINDS = ['LANGUAGE_CLASS', 'OTHER'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
export const CommitmentKind = enumOf(COMMITMENT_KINDS);

export const ORGANISATION_KINDS = ['EMPLOYER', 'PARTNER', 'COACHING'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const OrganisationKind = enumOf(ORGANISATION_KINDS);

/**
 * The matching criteria, in the order the engine checks them. STATUS … COMPENSATION exclude a
 * place outright: a place failing one of them is never a near miss.
 */
export const CRITERIA = [
  'STATUS',
  'CAPACITY',
  'AUDIENCE',
  'GROUP_LANGUAGE',
  'COMPENSATION',
  'ROUTE',
  'TARGET_GROUP',
  'PHYSICAL_LOAD',
  'HOURS',
  'DATES',
  'Z_ROUTE_COUNTING',
  'LANGUAGE',
  'TRAVEL',
  'AVAILABILITY',
  'CHILDCARE',
] as const;
export type Criterion = (typeof CRITERIA)[number];
export const Criterion = enumOf(CRITERIA);

export const SCORE_COMPONENTS = [
  'INTERESTS',
  'TRAVEL',
  'HOURS_NEED',
  'SUPPORT',
  'PREFERRED_LANGUAGE',
  'STRETCH_PENALTY',
  'PAID_WORK',
  'MAP_PRACTICE',
] as const;
export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];
export const ScoreComponent = enumOf(SCORE_COMPONENTS);

/** Progress risk towards an hour target, best first. */
export const RISK_LEVELS = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RiskLevel = enumOf(RISK_LEVELS);

export const HOURS_ENTRY_SOURCES = ['ORGANISATION', 'COACH'] as const;
export type HoursEntrySource = (typeof HOURS_ENTRY_SOURCES)[number];
export const HoursEntrySource = enumOf(HOURS_ENTRY_SOURCES);

/**
 * What the hours were made at: a place (through an introduction), or an activity a coach logs
 * directly — the Stap-in programme with the participation declaration (PVT), a language café, or
 * another activity. Apart from who logged them (HoursEntrySource).
 */
export const HOURS_ACTIVITIES = ['PLACEMENT', 'STAP_IN_PVT', 'TAALCAFE', 'OTHER_ACTIVITY'] as const;
export type HoursActivity = (typeof HOURS_ACTIVITIES)[number];
export const HoursActivity = enumOf(HOURS_ACTIVITIES);

/** The activities a coach logs without an introduction. */
export const OTHER_PARTICIPATION_ACTIVITIES = ['STAP_IN_PVT', 'TAALCAFE', 'OTHER_ACTIVITY'] as const;
export type OtherParticipationActivity = (typeof OTHER_PARTICIPATION_ACTIVITIES)[number];
export const OtherParticipationActivity = enumOf(OTHER_PARTICIPATION_ACTIVITIES);

/** Where a participant's MAP (Module Arbeidsmarkt en Participatie) practice stands on a day. */
export const MAP_PHASES = ['NOT_STARTED', 'RUNNING', 'ENDED', 'COMPLETED', 'EXEMPT'] as const;
export type MapPhase = (typeof MAP_PHASES)[number];
export const MapPhase = enumOf(MAP_PHASES);

/** Why a participant needs no MAP practice hours; NONE when they do. */
export const MAP_EXEMPTIONS = ['NONE', 'PAID_WORK', 'RECORDED_BY_COACH'] as const;
export type MapExemption = (typeof MAP_EXEMPTIONS)[number];
export const MapExemption = enumOf(MAP_EXEMPTIONS);

export const HOURS_ENTRY_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type HoursEntryStatus = (typeof HOURS_ENTRY_STATUSES)[number];
export const HoursEntryStatus = enumOf(HOURS_ENTRY_STATUSES);
