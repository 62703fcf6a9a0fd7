import type {
  CommitmentKind,
  Compensation,
  CompensationPreference,
  Criterion,
  Gender,
  LanguageLevel,
  LanguageSkill,
  LearningRoute,
  PhysicalLoad,
  PlaceAudience,
  PlacementStatus,
  PlacementType,
  ScoreComponent,
  TargetGroup,
  TimeRange,
  TravelMode,
} from '@plekwijzer/domain';
import type { Pc4Location, TravelEstimate } from '@plekwijzer/geo';

// The vocabularies (levels, skills, days, routes, criteria, …) and TimeRange live in
// @plekwijzer/domain; this file holds only the engine's own shapes.

export interface Commitment {
  kind: CommitmentKind;
  label?: string;
  range: TimeRange;
}

export interface ParticipantProfile {
  id: string;
  route: LearningRoute;
  targetGroup: TargetGroup;
  /** Start of the 3-year integration term (see integrationTermLastDay). */
  pipDate: string;
  language: Record<LanguageSkill, LanguageLevel>;
  /** ISO 639-1 codes of languages other than Dutch. */
  otherLanguages: string[];
  /** Recorded only when a women's or men's place makes it matter; null = not recorded. */
  gender: Gender | null;
  /** PAID_ONLY is a hard criterion, PAID_PREFERRED a ranking component. */
  compensationPreference: CompensationPreference;
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
  /**
   * MAP practice hours still needed while the participant's MAP runs (0 or absent otherwise: before
   * its start month, after the term, exempt, or done). Places offering MAP practice then rank higher.
   */
  mapPracticeHoursNeeded?: number;
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

export interface PlacementProfile {
  id: string;
  type: PlacementType;
  status: PlacementStatus;
  sector: string;
  location: Pc4Location;
  language: Partial<Record<LanguageSkill, LanguageDemand>>;
  support: { buddy: boolean; supervisor: boolean; staffLanguages: string[] };
  /** A place held in another language is never a Dutch-speaking environment, whatever this says. */
  dutchSpeakingEnvironment: boolean;
  /** Everyone, or a women's or men's group. */
  audience: PlaceAudience;
  /** ISO 639-1 code of the language the place is held in; null = Dutch. */
  groupLanguage: string | null;
  compensation: Compensation;
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
  /** Cap on matches, and separately on near misses (unless maxNearMisses is given). */
  maxResults: number;
  /** Cap on near misses when it differs from maxResults, e.g. every match but only the nearest misses. */
  maxNearMisses?: number;
  /** Today as 'YYYY-MM-DD', injected so that results are deterministic. */
  referenceDate: string;
  types?: readonly PlacementType[];
  sectors?: readonly string[];
  /** Only places with one of these kinds of compensation. */
  compensation?: readonly Compensation[];
  /** Only consider these placement ids (e.g. the hits of a text search). */
  candidateIds?: ReadonlySet<string>;
  /** Which explanation texts match() writes; all when absent. See ExplanationTexts. */
  texts?: ExplanationTexts;
}

/**
 * The texts of a match list a caller will read. Writing them is most of the work of match() for a
 * list of 25 matches and 25 near misses (~2,000 strings), so a caller that shows, say, only which
 * criteria of a near miss pass asks for no near-miss check texts (issue 13). A text not asked for
 * is an empty string; everything else (which places, their order, scores, passed/failed) is the
 * same either way.
 */
export interface ExplanationTexts {
  /** detailNl/detailEn of each match's checks. */
  matchChecks: boolean;
  /** detailNl/detailEn of each match's score items. */
  scoreItems: boolean;
  /** detailNl/detailEn of each near miss's checks. */
  nearMissChecks: boolean;
  /** fixHintNl/fixHintEn of each near miss. */
  fixHints: boolean;
}

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
  /** Placements considered after the option filters (types, sectors, compensation, candidateIds). */
  totalCandidates: number;
}
