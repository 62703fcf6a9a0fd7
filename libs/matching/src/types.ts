import type { Pc4Location, TravelEstimate, TravelMode } from '@plekwijzer/geo';

/** CEFR levels in ascending order; `NONE` = no Dutch yet (below A1). The array order is the ordinal. */
export const LANGUAGE_LEVELS = ['NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export const LANGUAGE_SKILLS = ['SPEAKING', 'LISTENING', 'READING', 'WRITING'] as const;
export type LanguageSkill = (typeof LANGUAGE_SKILLS)[number];

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A weekly recurring time range in Europe/Amsterdam wall-clock time. `end` may be '24:00'.
 * When `end` <= `start` the range crosses midnight and ends on the next day (SUN wraps to MON).
 * Ranges are half-open: one ending at 12:30 does not conflict with one starting at 12:30.
 */
export interface TimeRange {
  day: Weekday;
  /** 'HH:MM', 00:00–23:59. */
  start: string;
  /** 'HH:MM', 00:00–23:59 or '24:00'. */
  end: string;
}

export const LEARNING_ROUTES = ['Z_ROUTE', 'B1_ROUTE', 'ONDERWIJSROUTE', 'JONGERENROUTE'] as const;
export type LearningRoute = (typeof LEARNING_ROUTES)[number];

export const TARGET_GROUPS = ['STATUSHOUDER', 'GEZINSMIGRANT', 'OVERIG'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Ascending: a participant with capacity MEDIUM can take LIGHT and MEDIUM places. */
export const PHYSICAL_LOADS = ['LIGHT', 'MEDIUM', 'HEAVY'] as const;
export type PhysicalLoad = (typeof PHYSICAL_LOADS)[number];

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

export const PLACEMENT_STATUSES = ['DRAFT', 'PUBLISHED', 'PAUSED', 'CLOSED'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

export const COMMITMENT_KINDS = ['LANGUAGE_CLASS', 'OTHER'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

export interface Commitment {
  kind: CommitmentKind;
  label?: string;
  range: TimeRange;
}

export interface ParticipantProfile {
  id: string;
  route: LearningRoute;
  targetGroup: TargetGroup;
  /** Start of the 3-year integration term. */
  pipDate: string;
  language: Record<LanguageSkill, LanguageLevel>;
  /** ISO 639-1 codes of languages other than Dutch. */
  otherLanguages: string[];
  home: Pc4Location;
  travelModes: TravelMode[];
  maxTravelMinutes: number;
  /** Declared free time; commitments are subtracted from it. */
  availability: TimeRange[];
  commitments: Commitment[];
  availableFrom: string | null;
  childcare: { needed: boolean; childrenAges: number[]; covered: TimeRange[] };
  maxHoursPerWeek: number;
  physicalCapacity: PhysicalLoad;
  /** Sectors the participant is interested in. */
  interests: string[];
  /** Approved Z-route participation hours so far; only used for ranking. */
  participationHoursDone: number;
}

export interface LanguageDemand {
  level: LanguageLevel;
  /** Required skills are a hard criterion; the others only affect ranking. */
  required: boolean;
}

export type PlacementSchedule =
  | { kind: 'FIXED'; shifts: TimeRange[] }
  | { kind: 'FLEXIBLE'; windows: TimeRange[]; minHoursPerWeek: number; maxHoursPerWeek: number };

export type PlacementChildcare =
  | { kind: 'NONE' }
  | { kind: 'ON_SITE'; minAgeYears: number; maxAgeYears: number }
  | { kind: 'CHILDREN_WELCOME' };

export interface PlacementCandidate {
  id: string;
  type: PlacementType;
  status: PlacementStatus;
  sector: string;
  location: Pc4Location;
  language: Partial<Record<LanguageSkill, LanguageDemand>>;
  support: { buddy: boolean; supervisor: boolean; staffLanguages: string[] };
  dutchSpeakingEnvironment: boolean;
  schedule: PlacementSchedule;
  startDate: string;
  endDate: string | null;
  childcare: PlacementChildcare;
  physicalLoad: PhysicalLoad;
  capacity: number;
  /** Accepted + started introductions. */
  occupied: number;
  openToRoutes: LearningRoute[];
  openToTargetGroups: TargetGroup[];
  mapPractice: boolean;
}

export interface MatchOptions {
  /** Let a required skill fall short by exactly one level; such a match is flagged and penalised. */
  stretchLanguage: boolean;
  includeNearMisses: boolean;
  /** For a Z-route participant, turn "does not count towards the 800 hours" into a hard fail. */
  excludeNonCountingForZRoute: boolean;
  /** Cap on matches, and separately on near misses. */
  maxResults: number;
  /** Today as 'YYYY-MM-DD', injected so that results are deterministic. */
  referenceDate: string;
  types?: readonly PlacementType[];
  sectors?: readonly string[];
  /** Only consider these placement ids (e.g. the hits of a text search). */
  candidateIds?: ReadonlySet<string>;
}

export const CRITERIA = [
  'STATUS',
  'CAPACITY',
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

export interface Check {
  criterion: Criterion;
  passed: boolean;
  /**
   * Passed, but with a caveat the coach must see: a language stretch was used, or for a Z-route
   * participant the place does not count towards the 800 participation hours.
   */
  flagged: boolean;
  detailNl: string;
  detailEn: string;
}

export const SCORE_COMPONENTS = [
  'INTERESTS',
  'TRAVEL',
  'HOURS_NEED',
  'SUPPORT',
  'PREFERRED_LANGUAGE',
  'STRETCH_PENALTY',
] as const;
export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];

export interface ScoreItem {
  criterion: ScoreComponent;
  points: number;
  detailNl: string;
  detailEn: string;
}

export interface Match {
  placementId: string;
  score: number;
  scoreBreakdown: ScoreItem[];
  /** Best mode the participant can use. */
  travel: TravelEstimate;
  /** Weekly hours the participant can actually spend there (see README). */
  weeklyOverlapHours: number;
  /** null when the participant is not in the Z-route (the 800-hour rule does not apply). */
  countsTowardsZRouteHours: boolean | null;
  stretched: boolean;
  checks: Check[];
}

export interface NearMiss {
  placementId: string;
  failedCriterion: Criterion;
  fixHintNl: string;
  fixHintEn: string;
  checks: Check[];
}

export interface MatchResult {
  matches: Match[];
  nearMisses: NearMiss[];
  /** Placements considered after the option filters (types, sectors, candidateIds). */
  totalCandidates: number;
}
