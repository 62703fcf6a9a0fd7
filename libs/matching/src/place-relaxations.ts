/**
 * For employers: how many more participants would fit one of their places if the place changed one
 * step — its language threshold one level lower, its hours wider, or childcare offered. Pure: the
 * engine's own matcher over the changed places, asked only about the places a participant almost
 * fits (their near misses failing the criterion the change is about).
 *
 * The steps:
 * - LANGUAGE_THRESHOLD: every required skill one level lower (B1 → A2, …; A1 → none).
 * - WIDER_HOURS: the same hours a week, worked anywhere within windows an hour wider on each side
 *   of the shifts or windows (a fixed schedule becomes flexible).
 * - CHILDCARE: childcare on site for children of 0 to 12.
 */
import { LANGUAGE_LEVELS, type Criterion, type TimeRange } from '@plekwijzer/domain';
import type { Matcher, RankResult } from './engine.js';
import { formatMinutes, parseTime, rangeHours } from './schedule.js';
import type { MatchOptions, PlacementProfile } from './types.js';

export const PLACE_RELAXATIONS = ['LANGUAGE_THRESHOLD', 'WIDER_HOURS', 'CHILDCARE'] as const;
export type PlaceRelaxation = (typeof PLACE_RELAXATIONS)[number];

export const PLACE_RELAXATION_CRITERIA: Record<PlaceRelaxation, readonly Criterion[]> = {
  LANGUAGE_THRESHOLD: ['LANGUAGE'],
  // Wider windows can also put hours under the participant's childcare cover.
  WIDER_HOURS: ['AVAILABILITY', 'CHILDCARE'],
  CHILDCARE: ['CHILDCARE'],
};

/** Minutes a window is widened on each side. */
export const WIDER_BY_MINUTES = 60;

function widen(range: TimeRange): TimeRange {
  const start = parseTime(range.start, 'start');
  const end = parseTime(range.end, 'end');
  // An overnight shift (ending after midnight) is left as it is.
  if (end <= start) return range;
  return {
    day: range.day,
    start: formatMinutes(Math.max(0, start - WIDER_BY_MINUTES)),
    end: formatMinutes(Math.min(24 * 60, end + WIDER_BY_MINUTES)),
  };
}

/** The place changed one step. */
export function relaxedPlace(place: PlacementProfile, relaxation: PlaceRelaxation): PlacementProfile {
  switch (relaxation) {
    case 'LANGUAGE_THRESHOLD':
      return {
        ...place,
        language: Object.fromEntries(
          Object.entries(place.language).map(([skill, demand]) => [
            skill,
            demand.required
              ? { ...demand, level: LANGUAGE_LEVELS[Math.max(0, LANGUAGE_LEVELS.indexOf(demand.level) - 1)] }
              : demand,
          ]),
        ),
      };
    case 'WIDER_HOURS': {
      const s = place.schedule;
      if (s.kind === 'FLEXIBLE') return { ...place, schedule: { ...s, windows: s.windows.map(widen) } };
      const hours = s.shifts.reduce((sum, r) => sum + rangeHours(r), 0);
      return {
        ...place,
        schedule: {
          kind: 'FLEXIBLE',
          windows: s.shifts.map(widen),
          minHoursPerWeek: hours,
          maxHoursPerWeek: hours,
        },
      };
    }
    case 'CHILDCARE':
      return place.childcare.kind === 'NONE'
        ? { ...place, childcare: { kind: 'ON_SITE', minAgeYears: 0, maxAgeYears: 12 } }
        : place;
  }
}

/**
 * For one participant: the places (by id) they would fit after each one-step change, among their
 * near misses failing the criterion the change is about. `variants` are matchers over every place
 * changed that way.
 */
export function placesUnlockedFor(
  variants: Record<PlaceRelaxation, Matcher>,
  profile: Parameters<Matcher['rank']>[0],
  ranked: RankResult,
  options: MatchOptions,
): Array<{ placementId: string; relaxation: PlaceRelaxation }> {
  const out: Array<{ placementId: string; relaxation: PlaceRelaxation }> = [];
  for (const relaxation of PLACE_RELAXATIONS) {
    const criteria = PLACE_RELAXATION_CRITERIA[relaxation];
    const candidateIds = new Set(
      ranked.nearMisses.filter((n) => criteria.includes(n.failedCriterion)).map((n) => n.placementId),
    );
    if (candidateIds.size === 0) continue;
    const result = variants[relaxation].rank(profile, {
      ...options,
      includeNearMisses: false,
      maxNearMisses: 0,
      maxResults: candidateIds.size,
      candidateIds,
    });
    for (const m of result.matches) out.push({ placementId: m.placementId, relaxation });
  }
  return out;
}
