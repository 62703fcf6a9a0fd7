import { COMPENSATIONS, PLACEMENT_TYPES, SCORE_COMPONENTS, type Criterion } from '@plekwijzer/domain';
import type { TravelEstimate, TravelMode, TravelTimeProvider } from '@plekwijzer/geo';
import {
  compileParticipant,
  compilePlacements,
  distanceKm,
  latitudeGapKm,
  normalizeKey,
  type CompiledParticipant,
  type CompiledPlacements,
} from './compile.js';
import {
  audienceOk,
  availabilityOk,
  bestTravel,
  buildChecks,
  capacityOk,
  childcareOk,
  compensationOk,
  datesOk,
  groupLanguageOk,
  groupOk,
  hoursOk,
  languageStretches,
  loadOk,
  routeOk,
  statusOk,
  travelOk,
  usableWeeklyHours,
  zRouteOk,
} from './criteria.js';
import { buildPlaceGrid, visitNear } from './grid.js';
import { fixHint } from './hints.js';
import { buildBreakdown, scoreParts } from './scoring.js';
import {
  type Check,
  type ExplanationTexts,
  type Match,
  type MatchOptions,
  type MatchResult,
  type NearMiss,
  type ParticipantProfile,
  type PlacementProfile,
} from './types.js';

export interface RankedMatch {
  placementId: string;
  score: number;
  travelMinutes: number;
  travelMode: TravelMode;
  stretched: boolean;
  countsTowardsZRouteHours: boolean | null;
}

export interface RankResult {
  matches: RankedMatch[];
  nearMisses: { placementId: string; failedCriterion: Criterion }[];
  totalCandidates: number;
}

/** Options that matter when one pair is evaluated (filters do not apply to a named placement). */
export type PairOptions = Pick<
  MatchOptions,
  'stretchLanguage' | 'excludeNonCountingForZRoute' | 'referenceDate'
>;

export interface Matcher {
  /** Number of compiled placements. */
  readonly size: number;
  /** Every placement that fits, ranked, and (optionally) the near misses. */
  match(participant: ParticipantProfile, options: MatchOptions): MatchResult;
  /**
   * The same selection and order as match(), without checks, breakdowns or hints: for callers that
   * need many participants at once (all pairs, indicators), where building text would dominate.
   */
  rank(participant: ParticipantProfile, options: MatchOptions): RankResult;
  /** Every criterion for one pair, failing or not; undefined when the placement id is unknown. */
  explain(participant: ParticipantProfile, placementId: string, options: PairOptions): Check[] | undefined;
  /** The match for one pair, or undefined when it does not match (or the id is unknown). */
  matchesPlacement(
    participant: ParticipantProfile,
    placementId: string,
    options: PairOptions,
  ): Match | undefined;
}

/**
 * Straight-line distances here and in the travel provider may use slightly different Earth radii;
 * a place counts as out of reach only beyond this margin, so pruning can never drop a place that
 * the provider would accept.
 */
const REACH_MARGIN_FACTOR = 1.005;

const ALL_TEXTS: ExplanationTexts = {
  matchChecks: true,
  scoreItems: true,
  nearMissChecks: true,
  fixHints: true,
};
const NO_HINT = { nl: '', en: '' };
const REACH_MARGIN_KM = 0.05;

interface MatchCandidate {
  i: number;
  score: number;
  best: TravelEstimate;
  stretched: number;
}

interface NearCandidate {
  i: number;
  failed: Criterion;
  distance: number;
}

/** Keeps the `capacity` best items by `before`; sorted best first. */
class TopK<T> {
  readonly items: T[] = [];
  constructor(
    private readonly capacity: number,
    private readonly before: (a: T, b: T) => boolean,
  ) {}

  /** True when `item` would not be kept: lets a caller skip work (and allocation) early. */
  rejects(item: T): boolean {
    if (this.capacity <= 0) return true;
    return this.items.length === this.capacity && !this.before(item, this.items[this.items.length - 1]);
  }

  /** The last kept item once the list is full, else undefined. */
  get worstWhenFull(): T | undefined {
    return this.capacity > 0 && this.items.length === this.capacity
      ? this.items[this.capacity - 1]
      : undefined;
  }

  push(item: T): void {
    const items = this.items;
    if (this.capacity <= 0) return;
    if (items.length === this.capacity && !this.before(item, items[items.length - 1])) return;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.before(items[mid], item)) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, item);
    if (items.length > this.capacity) items.pop();
  }
}

const byId = (c: CompiledPlacements, a: number, b: number): boolean => c.idRank[a] < c.idRank[b];

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Compiles the placements once (slot bitsets, minimum hours, a grid of cells by location) and returns a
 * matcher that evaluates participants against them. The matcher holds no per-request state, so one
 * instance can serve concurrent requests.
 */
export function createMatcher(placements: readonly PlacementProfile[], travel: TravelTimeProvider): Matcher {
  const c = compilePlacements(placements);
  const grid = buildPlaceGrid(c);
  const scratch = new Float64Array(SCORE_COMPONENTS.length);

  /** Per participant mode (same order as p.modes): beyond this distance the mode cannot make it. */
  function reachPerMode(p: CompiledParticipant): Float64Array {
    const out = new Float64Array(p.modes.length);
    for (let k = 0; k < p.modes.length; k++) {
      out[k] = travel.maxReachKm(p.src.maxTravelMinutes, p.modes[k]) * REACH_MARGIN_FACTOR + REACH_MARGIN_KM;
    }
    return out;
  }

  function buildMatch(
    i: number,
    p: CompiledParticipant,
    options: PairOptions,
    best: TravelEstimate,
    stretched: number,
    texts: ExplanationTexts = ALL_TEXTS,
  ): Match {
    const { score, items } = buildBreakdown(c, i, p, best.minutes, stretched, texts.scoreItems);
    return {
      placementId: c.ids[i],
      score,
      scoreBreakdown: items,
      travel: best,
      weeklyOverlapHours: round2(usableWeeklyHours(c, i, p)),
      countsTowardsZRouteHours: p.zRoute ? c.dutch[i] === 1 : null,
      stretched: stretched > 0,
      checks: buildChecks(c, i, p, options, best, texts.matchChecks),
    };
  }

  /** The selection behind match() and rank(): which places, in which order, no text. */
  function select(
    participant: ParticipantProfile,
    options: MatchOptions,
  ): { p: CompiledParticipant; matches: MatchCandidate[]; near: NearCandidate[]; totalCandidates: number } {
    const p = compileParticipant(participant, options.referenceDate);
    const stretch = options.stretchLanguage;
    const exclude = options.excludeNonCountingForZRoute;
    const withNear = options.includeNearMisses;
    const limit = withNear ? 1 : 0;
    const maxResults = Math.max(0, Math.floor(options.maxResults));
    const maxNearMisses = Math.max(0, Math.floor(options.maxNearMisses ?? options.maxResults));

    let typeMask = -1;
    if (options.types) {
      typeMask = 0;
      for (const t of options.types) {
        const k = PLACEMENT_TYPES.indexOf(t);
        if (k >= 0) typeMask |= 1 << k;
      }
    }
    let sectorAllowed: Uint8Array | null = null;
    if (options.sectors) {
      sectorAllowed = new Uint8Array(c.sectorNames.length);
      for (const s of options.sectors) {
        const id = c.sectorIds.get(normalizeKey(s));
        if (id !== undefined) sectorAllowed[id] = 1;
      }
    }
    let compensationMask = -1;
    if (options.compensation) {
      compensationMask = 0;
      for (const k of options.compensation) {
        const index = COMPENSATIONS.indexOf(k);
        if (index >= 0) compensationMask |= 1 << index;
      }
    }
    const passesFilters = (i: number): boolean =>
      ((typeMask >>> c.type[i]) & 1) === 1 &&
      (sectorAllowed === null || sectorAllowed[c.sector[i]] === 1) &&
      ((compensationMask >>> c.compensation[i]) & 1) === 1;

    // Candidate set and totalCandidates (which ignores pruning).
    let list: Int32Array | null = null;
    let totalCandidates: number;
    if (options.candidateIds) {
      const found: number[] = [];
      for (const id of options.candidateIds) {
        const i = c.indexById.get(id);
        if (i !== undefined && passesFilters(i)) found.push(i);
      }
      list = Int32Array.from(found).sort();
      totalCandidates = list.length;
    } else if (typeMask === -1 && sectorAllowed === null && compensationMask === -1) {
      totalCandidates = c.n;
    } else if (compensationMask !== -1) {
      // The (type, sector) counts do not know compensation; a plain count is cheap enough.
      totalCandidates = 0;
      for (let i = 0; i < c.n; i++) if (passesFilters(i)) totalCandidates++;
    } else {
      totalCandidates = 0;
      const sectors = c.sectorNames.length;
      for (let t = 0; t < PLACEMENT_TYPES.length; t++) {
        if (((typeMask >>> t) & 1) === 0) continue;
        for (let s = 0; s < sectors; s++) {
          if (sectorAllowed === null || sectorAllowed[s] === 1)
            totalCandidates += c.typeSectorCounts[t * sectors + s];
        }
      }
    }

    const reachByMode = reachPerMode(p);
    let reach = -1;
    for (let k = 0; k < reachByMode.length; k++) reach = Math.max(reach, reachByMode[k]);
    const filtered = list === null && (typeMask !== -1 || sectorAllowed !== null || compensationMask !== -1);

    const matches = new TopK<MatchCandidate>(maxResults, (a, b) =>
      a.score !== b.score
        ? a.score > b.score
        : a.best.minutes !== b.best.minutes
          ? a.best.minutes < b.best.minutes
          : byId(c, a.i, b.i),
    );
    const nearBefore = (a: NearCandidate, b: NearCandidate): boolean =>
      a.distance !== b.distance ? a.distance < b.distance : byId(c, a.i, b.i);
    const near = new TopK<NearCandidate>(withNear ? maxNearMisses : 0, nearBefore);
    // Reused to test whether a near miss would make the top list before allocating one.
    const probe: NearCandidate = { i: 0, failed: 'STATUS', distance: 0 };
    const matchProbe: MatchCandidate = {
      i: 0,
      score: 0,
      best: { mode: 'WALK', minutes: 0, distanceKm: 0, source: 'ESTIMATE' },
      stretched: 0,
    };

    const visit = (i: number): void => {
      if (filtered && !passesFilters(i)) return;
      // A place that is unpublished or full is neither a match nor a near miss. Nor is a place for
      // the other gender (or for a gender the coach has not recorded): no hint could make a women's
      // group fit a man, and listing it would only put it in front of the coach as "almost".
      // A group held in a language the participant does not speak is no near miss either: the
      // only fix would be to learn Arabic or Tigrinya, which is not a step towards this place
      // (the engine's near misses are places one realistic change away; a language that was
      // simply not recorded shows in whyNot). "Paid work only" is the participant's own
      // condition; every unpaid place would otherwise crowd the near misses.
      if (c.published[i] === 0 || c.hasRoom[i] === 0) return;
      if (!audienceOk(c, i, p) || !groupLanguageOk(c, i, p) || !compensationOk(c, i, p)) return;
      let fails = 0;
      let failed: Criterion = 'STATUS';
      if (!routeOk(c, i, p)) {
        if (++fails > limit) return;
        failed = 'ROUTE';
      }
      if (!groupOk(c, i, p)) {
        if (++fails > limit) return;
        failed = 'TARGET_GROUP';
      }
      if (!loadOk(c, i, p)) {
        if (++fails > limit) return;
        failed = 'PHYSICAL_LOAD';
      }
      if (!hoursOk(c, i, p)) {
        if (++fails > limit) return;
        failed = 'HOURS';
      }
      if (!datesOk(c, i, p)) {
        if (++fails > limit) return;
        failed = 'DATES';
      }
      if (!zRouteOk(c, i, p, exclude)) {
        if (++fails > limit) return;
        failed = 'Z_ROUTE_COUNTING';
      }
      const stretched = languageStretches(c, i, p, stretch);
      if (stretched < 0) {
        if (++fails > limit) return;
        failed = 'LANGUAGE';
      }
      // Beyond the provider's reach bound TRAVEL fails for certain, without estimating.
      const distance = latitudeGapKm(c, i, p) > reach ? Infinity : distanceKm(c, i, p);
      const far = distance > reach;
      if (far) {
        if (++fails > limit) return;
        failed = 'TRAVEL';
      }
      if (fails === 1) {
        // Only a near miss now; skip the rest unless it would make the list.
        probe.i = i;
        probe.distance = far ? distanceKm(c, i, p) : distance;
        if (near.rejects(probe)) return;
      }
      if (!availabilityOk(c, i, p)) {
        if (++fails > limit) return;
        failed = 'AVAILABILITY';
      }
      if (!childcareOk(c, i, p)) {
        if (++fails > limit) return;
        failed = 'CHILDCARE';
      }
      let best: TravelEstimate | null = null;
      if (!far) {
        best = bestTravel(c, i, p, travel, distance, reachByMode);
        if (!travelOk(best, p)) {
          if (++fails > limit) return;
          failed = 'TRAVEL';
        }
      }
      if (fails === 0) {
        matchProbe.i = i;
        matchProbe.best = best as TravelEstimate;
        matchProbe.score = scoreParts(c, i, p, matchProbe.best.minutes, stretched, scratch);
        if (!matches.rejects(matchProbe))
          matches.push({ i, score: matchProbe.score, best: matchProbe.best, stretched });
        return;
      }
      const d = far ? probe.distance : distance;
      probe.i = i;
      probe.distance = d;
      if (near.rejects(probe)) return;
      near.push({ i, failed, distance: d });
    };

    if (list !== null) {
      for (let k = 0; k < list.length; k++) visit(list[k]);
    } else if (reach >= 0 || withNear) {
      // Matches lie within `reach`. Near misses are ordered by distance, so beyond `reach` a place
      // can only enter a list that is not full yet, or come before its worst. A place at the
      // worst's very distance may still come first by id; its cell is visited, as only cells
      // whose bound is above the limit are skipped and no bound exceeds a place's distance.
      const nearGrows = withNear && maxNearMisses > 0;
      visitNear(
        grid,
        p,
        () => {
          if (!nearGrows) return reach;
          const worst = near.worstWhenFull;
          return worst === undefined ? Infinity : Math.max(reach, worst.distance);
        },
        visit,
      );
    }

    return { p, matches: matches.items, near: near.items, totalCandidates };
  }

  function match(participant: ParticipantProfile, options: MatchOptions): MatchResult {
    const { p, matches, near, totalCandidates } = select(participant, options);
    const texts = options.texts ?? ALL_TEXTS;
    const resultMatches = matches.map((m) => buildMatch(m.i, p, options, m.best, m.stretched, texts));
    const nearMisses: NearMiss[] = [];
    for (const m of near) {
      const best = bestTravel(c, m.i, p, travel);
      const checks = buildChecks(c, m.i, p, options, best, texts.nearMissChecks);
      const failing = checks.filter((ch) => !ch.passed);
      // Only reachable if a TravelTimeProvider breaks its maxReachKm contract.
      if (failing.length !== 1 || failing[0].criterion !== m.failed) continue;
      const hint = texts.fixHints
        ? fixHint(m.failed, c, m.i, p, options.stretchLanguage, travel, best)
        : NO_HINT;
      nearMisses.push({
        placementId: c.ids[m.i],
        failedCriterion: m.failed,
        fixHintNl: hint.nl,
        fixHintEn: hint.en,
        checks,
      });
    }
    return { matches: resultMatches, nearMisses, totalCandidates };
  }

  function rank(participant: ParticipantProfile, options: MatchOptions): RankResult {
    const { p, matches, near, totalCandidates } = select(participant, options);
    return {
      matches: matches.map((m) => ({
        placementId: c.ids[m.i],
        score: m.score,
        travelMinutes: m.best.minutes,
        travelMode: m.best.mode,
        stretched: m.stretched > 0,
        countsTowardsZRouteHours: p.zRoute ? c.dutch[m.i] === 1 : null,
      })),
      nearMisses: near.map((m) => ({ placementId: c.ids[m.i], failedCriterion: m.failed })),
      totalCandidates,
    };
  }

  function explain(
    participant: ParticipantProfile,
    placementId: string,
    options: PairOptions,
  ): Check[] | undefined {
    const i = c.indexById.get(placementId);
    if (i === undefined) return undefined;
    const p = compileParticipant(participant, options.referenceDate);
    return buildChecks(c, i, p, options, bestTravel(c, i, p, travel));
  }

  function matchesPlacement(
    participant: ParticipantProfile,
    placementId: string,
    options: PairOptions,
  ): Match | undefined {
    const i = c.indexById.get(placementId);
    if (i === undefined) return undefined;
    const p = compileParticipant(participant, options.referenceDate);
    const stretched = languageStretches(c, i, p, options.stretchLanguage);
    const ok =
      statusOk(c, i) &&
      capacityOk(c, i) &&
      audienceOk(c, i, p) &&
      groupLanguageOk(c, i, p) &&
      compensationOk(c, i, p) &&
      routeOk(c, i, p) &&
      groupOk(c, i, p) &&
      loadOk(c, i, p) &&
      hoursOk(c, i, p) &&
      datesOk(c, i, p) &&
      zRouteOk(c, i, p, options.excludeNonCountingForZRoute) &&
      stretched >= 0 &&
      availabilityOk(c, i, p) &&
      childcareOk(c, i, p);
    if (!ok) return undefined;
    const best = bestTravel(c, i, p, travel);
    if (best === null || !travelOk(best, p)) return undefined;
    return buildMatch(i, p, options, best, stretched);
  }

  return { size: c.n, match, rank, explain, matchesPlacement };
}
