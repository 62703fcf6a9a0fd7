export * from './types.js';
export {
  checkTime,
  parseTime,
  formatMinutes,
  rangeHours,
  WeekSlots,
  SLOT_MINUTES,
  SLOTS_PER_WEEK,
  type SlotRounding,
  type TimeParse,
  type TimeProblem,
  type TimeRole,
} from './schedule.js';
export {
  validateTimeRange,
  validateTimeRanges,
  validateShifts,
  validatePlacementSchedule,
  MAX_OVERNIGHT_HOURS,
  type ScheduleIssue,
  type ScheduleIssueCode,
} from './schedule-validation.js';
export { formatRange, formatRanges, type Lang } from './format.js';
export { SCORE_WEIGHTS } from './scoring.js';
export { DEFAULT_WEEKLY_NEED_HOURS } from './compile.js';
export {
  createMatcher,
  type Matcher,
  type PairOptions,
  type RankedMatch,
  type RankResult,
} from './engine.js';
export { RELAXATIONS, RELAXATION_CRITERIA, relaxedProfiles, unlockedBy, type Relaxation } from './unlocks.js';
export { WEEK_PARTS, freeWeekParts, placeWeekParts, weekPartsOf, type WeekPart } from './week-parts.js';
export {
  PLACE_RELAXATIONS,
  placesUnlockedFor,
  relaxedPlace,
  type PlaceRelaxation,
} from './place-relaxations.js';
