import {
  COMPENSATION_PREFERENCES,
  COMPENSATIONS,
  GENDERS,
  LANGUAGE_LEVELS,
  LANGUAGE_SKILLS,
  LEARNING_ROUTES,
  PHYSICAL_LOADS,
  PLACE_AUDIENCES,
  PLACEMENT_STATUSES,
  PLACEMENT_TYPES,
  TARGET_GROUPS,
  type LanguageLevel,
  type TimeRange,
  formatDate,
  integrationTermLastDay,
  parseDate,
  Z_ROUTE_PARTICIPATION_HOURS,
} from '@plekwijzer/domain';
import { TRAVEL_MODES, type TravelMode } from '@plekwijzer/geo';
import { MINUTES_PER_WEEK, rangeToWeekMinutes, SLOT_WORDS, WeekSlots } from './schedule.js';
import { type ParticipantProfile, type PlacementProfile } from './types.js';

export const CHILDCARE_NONE = 0;
export const CHILDCARE_ON_SITE = 1;
export const CHILDCARE_WELCOME = 2;

/** Indexes into PLACE_AUDIENCES and GENDERS; a place for WOMEN wants FEMALE, for MEN wants MALE. */
export const AUDIENCE_EVERYONE = 0;
export const AUDIENCE_WOMEN = 1;
export const AUDIENCE_MEN = 2;
export const GENDER_UNKNOWN = -1;
export const GENDER_FEMALE = 0;
export const GENDER_MALE = 1;

/** Indexes into COMPENSATIONS and COMPENSATION_PREFERENCES. */
export const COMPENSATION_PAID = 2;
export const PREFERENCE_NONE = 0;
export const PREFERENCE_PAID_PREFERRED = 1;
export const PREFERENCE_PAID_ONLY = 2;

/** Weekly hours a non-Z-route participant is aimed at (the 8-hours-a-week scenarios of §5.2). */
export const DEFAULT_WEEKLY_NEED_HOURS = 8;

export const EARTH_RADIUS_KM = 6371.0088;
const DEG = Math.PI / 180;

/** Sectors and language codes compare case-insensitively and without surrounding spaces. */
export function normalizeKey(value: string): string {
  return value.trim().toLowerCase();
}

function enumIndex<T extends string>(values: readonly T[], value: T, what: string, owner: string): number {
  const i = values.indexOf(value);
  if (i < 0) throw new RangeError(`${owner}: '${String(value)}' is not a valid ${what}`);
  return i;
}

/**
 * A latitude in [-90, 90] and a finite longitude. The grid's distance bounds (grid.ts) hold only
 * for real coordinates; anything else is a bug upstream, not a place far away.
 */
function checkCoordinates(at: { lat: number; lon: number }, owner: string): void {
  if (!(Math.abs(at.lat) <= 90) || !Number.isFinite(at.lon))
    throw new RangeError(`${owner}: (${at.lat}, ${at.lon}) is not a valid location`);
}

export function levelIndex(level: LanguageLevel, owner: string): number {
  return enumIndex(LANGUAGE_LEVELS, level, 'language level', owner);
}

/** Exact minutes covered by the union of the ranges (overlaps, rejected by validation, count once). */
export function exactUnionMinutes(ranges: readonly TimeRange[]): number {
  const spans: [number, number][] = [];
  for (const r of ranges) {
    const [s, e] = rangeToWeekMinutes(r);
    if (e <= MINUTES_PER_WEEK) spans.push([s, e]);
    else spans.push([s, MINUTES_PER_WEEK], [0, e - MINUTES_PER_WEEK]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curS = -1;
  let curE = -1;
  for (const [s, e] of spans) {
    if (s > curE) {
      total += curE - curS;
      curS = s;
      curE = e;
    } else if (e > curE) curE = e;
  }
  return total + (curE - curS);
}

/**
 * Placements in a structure-of-arrays layout, ordered by latitude (then id), so that the places of
 * one grid cell (grid.ts) lie close together in every array. Slots of all placements live in one packed Uint32Array, 21 words
 * per placement: FIXED shifts rounded outward, FLEXIBLE windows rounded inward.
 */
export interface CompiledPlacements {
  n: number;
  src: PlacementProfile[];
  ids: string[];
  indexById: Map<string, number>;
  /** Rank of each id in code-unit order: ties on score or distance compare these, not strings. */
  idRank: Int32Array;
  latRad: Float64Array;
  lonRad: Float64Array;
  cosLat: Float64Array;
  published: Uint8Array;
  hasRoom: Uint8Array;
  type: Uint8Array;
  sector: Int32Array;
  sectorIds: Map<string, number>;
  /** Normalised sector per sector id. */
  sectorNames: string[];
  /** Count of placements per (type, sector): typeIndex * sectorCount + sectorId. */
  typeSectorCounts: Int32Array;
  routeMask: Uint8Array;
  groupMask: Uint8Array;
  load: Uint8Array;
  /** The place's minimum weekly minutes: FIXED exact sum of shifts, FLEXIBLE its minimum. */
  minMinutes: Float64Array;
  start: Float64Array;
  end: Float64Array;
  /** Per placement 4 skills: required level index, or -1. */
  reqLevel: Int8Array;
  /** Per placement 4 skills: preferred (not required) level index, or -1. */
  prefLevel: Int8Array;
  prefCount: Uint8Array;
  /** 1 when the place is a Dutch-speaking environment and is not held in another language. */
  dutch: Uint8Array;
  /** Index into PLACE_AUDIENCES. */
  audience: Uint8Array;
  /** Normalised ISO 639-1 code of the language the place is held in, or null for Dutch. */
  groupLanguage: (string | null)[];
  /** Index into COMPENSATIONS. */
  compensation: Uint8Array;
  flexible: Uint8Array;
  slots: Uint32Array;
  /** FLEXIBLE: the overlap needed, in minutes (at least one slot, see README). */
  flexNeedMinutes: Float64Array;
  flexMaxMinutes: Float64Array;
  childcare: Uint8Array;
  careMinAge: Float64Array;
  careMaxAge: Float64Array;
  buddy: Uint8Array;
  supervisor: Uint8Array;
  staffLanguages: string[][];
}

export function compilePlacements(input: readonly PlacementProfile[]): CompiledPlacements {
  const sorted = [...input].sort((a, b) =>
    a.location.lat !== b.location.lat
      ? a.location.lat - b.location.lat
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0,
  );
  const n = sorted.length;
  const indexById = new Map<string, number>();
  const sectorIds = new Map<string, number>();
  const c: CompiledPlacements = {
    n,
    src: sorted,
    ids: sorted.map((p) => p.id),
    indexById,
    idRank: new Int32Array(n),
    latRad: new Float64Array(n),
    lonRad: new Float64Array(n),
    cosLat: new Float64Array(n),
    published: new Uint8Array(n),
    hasRoom: new Uint8Array(n),
    type: new Uint8Array(n),
    sector: new Int32Array(n),
    sectorIds,
    sectorNames: [],
    typeSectorCounts: new Int32Array(0),
    routeMask: new Uint8Array(n),
    groupMask: new Uint8Array(n),
    load: new Uint8Array(n),
    minMinutes: new Float64Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    reqLevel: new Int8Array(4 * n).fill(-1),
    prefLevel: new Int8Array(4 * n).fill(-1),
    prefCount: new Uint8Array(n),
    dutch: new Uint8Array(n),
    audience: new Uint8Array(n),
    groupLanguage: [],
    compensation: new Uint8Array(n),
    flexible: new Uint8Array(n),
    slots: new Uint32Array(SLOT_WORDS * n),
    flexNeedMinutes: new Float64Array(n),
    flexMaxMinutes: new Float64Array(n),
    childcare: new Uint8Array(n),
    careMinAge: new Float64Array(n),
    careMaxAge: new Float64Array(n),
    buddy: new Uint8Array(n),
    supervisor: new Uint8Array(n),
    staffLanguages: [],
  };
  for (let i = 0; i < n; i++) {
    const p = sorted[i];
    const owner = `placement ${p.id}`;
    if (indexById.has(p.id)) throw new RangeError(`${owner}: duplicate placement id`);
    indexById.set(p.id, i);
    checkCoordinates(p.location, owner);
    c.latRad[i] = p.location.lat * DEG;
    c.lonRad[i] = p.location.lon * DEG;
    c.cosLat[i] = Math.cos(p.location.lat * DEG);
    c.published[i] = enumIndex(PLACEMENT_STATUSES, p.status, 'status', owner) === 1 ? 1 : 0;
    c.hasRoom[i] = p.occupied < p.capacity ? 1 : 0;
    c.type[i] = enumIndex(PLACEMENT_TYPES, p.type, 'placement type', owner);
    const sectorKey = normalizeKey(p.sector);
    let sid = sectorIds.get(sectorKey);
    if (sid === undefined) {
      sid = sectorIds.size;
      sectorIds.set(sectorKey, sid);
      c.sectorNames.push(sectorKey);
    }
    c.sector[i] = sid;
    for (const r of p.openToRoutes) c.routeMask[i] |= 1 << enumIndex(LEARNING_ROUTES, r, 'route', owner);
    for (const g of p.openToTargetGroups)
      c.groupMask[i] |= 1 << enumIndex(TARGET_GROUPS, g, 'target group', owner);
    c.load[i] = enumIndex(PHYSICAL_LOADS, p.physicalLoad, 'physical load', owner);
    c.start[i] = parseDate(p.startDate);
    c.end[i] = p.endDate === null ? Infinity : parseDate(p.endDate);
    let prefs = 0;
    for (let k = 0; k < 4; k++) {
      const demand = p.language[LANGUAGE_SKILLS[k]];
      if (!demand) continue;
      const lvl = levelIndex(demand.level, owner);
      if (demand.required) c.reqLevel[4 * i + k] = lvl;
      else {
        c.prefLevel[4 * i + k] = lvl;
        prefs++;
      }
    }
    c.prefCount[i] = prefs;
    const groupLanguage = p.groupLanguage === null ? null : normalizeKey(p.groupLanguage);
    c.groupLanguage.push(groupLanguage);
    // A group held in Arabic is no Dutch-speaking environment, even if the place claims so (the
    // API refuses that combination; the engine does not trust it either).
    c.dutch[i] = p.dutchSpeakingEnvironment && groupLanguage === null ? 1 : 0;
    c.audience[i] = enumIndex(PLACE_AUDIENCES, p.audience, 'audience', owner);
    c.compensation[i] = enumIndex(COMPENSATIONS, p.compensation, 'compensation', owner);
    const sched = p.schedule;
    if (sched.kind === 'FIXED') {
      c.slots.set(WeekSlots.fromRanges(sched.shifts, 'outward').words, SLOT_WORDS * i);
      c.minMinutes[i] = exactUnionMinutes(sched.shifts);
    } else if (sched.kind === 'FLEXIBLE') {
      c.flexible[i] = 1;
      c.slots.set(WeekSlots.fromRanges(sched.windows, 'inward').words, SLOT_WORDS * i);
      c.minMinutes[i] = sched.minHoursPerWeek * 60;
      c.flexNeedMinutes[i] = Math.max(sched.minHoursPerWeek * 60, 15);
      c.flexMaxMinutes[i] = sched.maxHoursPerWeek * 60;
    } else {
      throw new RangeError(`${owner}: unknown schedule kind`);
    }
    const care = p.childcare;
    if (care.kind === 'ON_SITE') {
      c.childcare[i] = CHILDCARE_ON_SITE;
      c.careMinAge[i] = care.minAgeYears;
      c.careMaxAge[i] = care.maxAgeYears;
    } else if (care.kind === 'CHILDREN_WELCOME') {
      c.childcare[i] = CHILDCARE_WELCOME;
    } else if (care.kind !== 'NONE') {
      throw new RangeError(`${owner}: unknown childcare kind`);
    }
    c.buddy[i] = p.support.buddy ? 1 : 0;
    c.supervisor[i] = p.support.supervisor ? 1 : 0;
    c.staffLanguages.push([...new Set(p.support.staffLanguages.map(normalizeKey))].sort());
  }
  const byId = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
    c.ids[a] < c.ids[b] ? -1 : c.ids[a] > c.ids[b] ? 1 : 0,
  );
  for (let r = 0; r < n; r++) c.idRank[byId[r]] = r;
  const sectors = sectorIds.size;
  c.typeSectorCounts = new Int32Array(PLACEMENT_TYPES.length * Math.max(1, sectors));
  for (let i = 0; i < n; i++) c.typeSectorCounts[c.type[i] * sectors + c.sector[i]]++;
  return c;
}

export interface CompiledParticipant {
  src: ParticipantProfile;
  /** availability (inward) minus commitments (outward). */
  freeSlots: WeekSlots;
  coveredSlots: WeekSlots;
  classSlots: WeekSlots;
  /** The words of the three sets above, for the hot loop. */
  free: Uint32Array;
  covered: Uint32Array;
  languageClasses: Uint32Array;
  level: Int8Array;
  routeBit: number;
  groupBit: number;
  load: number;
  maxMinutes: number;
  /** First and last day the participant can be placed: [max(today, availableFrom), PIP term end]. */
  windowStart: number;
  windowEnd: number;
  today: number;
  availableFrom: number | null;
  todayText: string;
  windowStartText: string;
  windowEndText: string;
  zRoute: boolean;
  /** Distinct modes in TRAVEL_MODES order, so that a tie in minutes always picks the same mode. */
  modes: TravelMode[];
  needsCare: boolean;
  /** Youngest and oldest child; NaN when no ages are known. */
  minChildAge: number;
  maxChildAge: number;
  interests: Set<string>;
  languages: Set<string>;
  /** Index into GENDERS, or GENDER_UNKNOWN when not recorded. */
  gender: number;
  /** Index into COMPENSATION_PREFERENCES. */
  compensationPreference: number;
  latRad: number;
  lonRad: number;
  cosLat: number;
  /** Weekly participation hours the participant still needs (see scoring). */
  weeklyNeedHours: number;
  weeksLeft: number;
  hoursRemaining: number;
}

export function compileParticipant(p: ParticipantProfile, referenceDate: string): CompiledParticipant {
  const owner = `participant ${p.id}`;
  checkCoordinates(p.home, owner);
  const level = new Int8Array(4);
  for (let k = 0; k < 4; k++) {
    const lvl = p.language[LANGUAGE_SKILLS[k]];
    if (lvl === undefined) throw new RangeError(`${owner}: missing level for ${LANGUAGE_SKILLS[k]}`);
    level[k] = levelIndex(lvl, owner);
  }
  const available = WeekSlots.fromRanges(p.availability, 'inward');
  const busy = WeekSlots.fromRanges(
    p.commitments.map((c) => c.range),
    'outward',
  );
  const classes = WeekSlots.fromRanges(
    p.commitments.filter((c) => c.kind === 'LANGUAGE_CLASS').map((c) => c.range),
    'outward',
  );
  const covered = WeekSlots.fromRanges(p.childcare.needed ? p.childcare.covered : [], 'inward');
  const today = parseDate(referenceDate);
  const availableFrom = p.availableFrom === null ? null : parseDate(p.availableFrom);
  const windowStart = Math.max(today, availableFrom ?? today);
  const windowEnd = parseDate(integrationTermLastDay(p.pipDate));
  const zRoute = enumIndex(LEARNING_ROUTES, p.route, 'route', owner) === 0;
  const modeSet = new Set(p.travelModes);
  for (const m of modeSet) enumIndex(TRAVEL_MODES, m, 'travel mode', owner);
  const ages = p.childcare.childrenAges;
  const weeksLeft = Math.max(1, (windowEnd + 1 - windowStart) / 7);
  const hoursRemaining = Math.max(0, Z_ROUTE_PARTICIPATION_HOURS - p.participationHoursDone);
  const weeklyNeedHours = Math.max(
    0,
    Math.min(p.maxHoursPerWeek, zRoute ? hoursRemaining / weeksLeft : DEFAULT_WEEKLY_NEED_HOURS),
  );
  const free = available.subtract(busy);
  return {
    src: p,
    freeSlots: free,
    coveredSlots: covered,
    classSlots: classes,
    free: free.words,
    covered: covered.words,
    languageClasses: classes.words,
    level,
    routeBit: 1 << enumIndex(LEARNING_ROUTES, p.route, 'route', owner),
    groupBit: 1 << enumIndex(TARGET_GROUPS, p.targetGroup, 'target group', owner),
    load: enumIndex(PHYSICAL_LOADS, p.physicalCapacity, 'physical capacity', owner),
    maxMinutes: p.maxHoursPerWeek * 60,
    windowStart,
    windowEnd,
    today,
    availableFrom,
    todayText: formatDate(today),
    windowStartText: formatDate(windowStart),
    windowEndText: formatDate(windowEnd),
    zRoute,
    modes: TRAVEL_MODES.filter((m) => modeSet.has(m)),
    needsCare: p.childcare.needed,
    minChildAge: ages.length ? Math.min(...ages) : NaN,
    maxChildAge: ages.length ? Math.max(...ages) : NaN,
    interests: new Set(p.interests.map(normalizeKey)),
    languages: new Set(p.otherLanguages.map(normalizeKey)),
    gender: p.gender === null ? GENDER_UNKNOWN : enumIndex(GENDERS, p.gender, 'gender', owner),
    compensationPreference: enumIndex(
      COMPENSATION_PREFERENCES,
      p.compensationPreference,
      'compensation preference',
      owner,
    ),
    latRad: p.home.lat * DEG,
    lonRad: p.home.lon * DEG,
    cosLat: Math.cos(p.home.lat * DEG),
    weeklyNeedHours,
    weeksLeft,
    hoursRemaining,
  };
}

/** Great-circle distance in km between a participant's home and placement i. */
export function distanceKm(c: CompiledPlacements, i: number, p: CompiledParticipant): number {
  const dLat = c.latRad[i] - p.latRad;
  const dLon = c.lonRad[i] - p.lonRad;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const h = s1 * s1 + p.cosLat * c.cosLat[i] * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A lower bound of distanceKm that needs no trigonometry: the north-south component. */
export function latitudeGapKm(c: CompiledPlacements, i: number, p: CompiledParticipant): number {
  return Math.abs(c.latRad[i] - p.latRad) * EARTH_RADIUS_KM;
}
