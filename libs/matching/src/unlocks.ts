/**
 * "What one change unlocks most": for a participant without a single match, which one-step
 * relaxations of their own data would give them at least one. Pure: the engine's own matcher is run
 * again on a relaxed copy of the profile, so the answer is exactly what a coach would see after the
 * change.
 *
 * The relaxations, one step each:
 * - LANGUAGE_LEVEL: one language level more on every skill (A1 → A2, …).
 * - TRAVEL_MINUTES: 10 minutes more travel time.
 * - TRAVEL_MODE: one more way to travel (bike, e-bike or public transport; a car is not one step).
 * - CHILDCARE_HALF_DAY: childcare cover on one more half-day (a morning 07:00–13:00 or an afternoon
 *   13:00–18:00 of any day), for a participant who needs childcare.
 * - CLASS_BLOCK: one language-class block moved out of the way.
 *
 * Kept cheap by the near misses the refresh already has: a one-step change of one criterion can only
 * unlock a place that fails that criterion alone, i.e. a near miss failing it. When the participant's
 * near-miss list is complete (shorter than its cap), only those near misses are re-checked, and a
 * relaxation whose criterion no near miss fails is skipped; when the list was cut at the cap, the
 * step taken every way at once is ranked against every place (without near misses, so only within
 * reach), and the single ways are tried on the places that unlocks.
 */
import { LANGUAGE_LEVELS, WEEKDAYS, type Criterion, type TravelMode } from '@plekwijzer/domain';
import type { Matcher, RankResult } from './engine.js';
import type { MatchOptions, ParticipantProfile } from './types.js';

export const RELAXATIONS = [
  'LANGUAGE_LEVEL',
  'TRAVEL_MINUTES',
  'TRAVEL_MODE',
  'CHILDCARE_HALF_DAY',
  'CLASS_BLOCK',
] as const;
export type Relaxation = (typeof RELAXATIONS)[number];

/** The criteria a relaxation can turn from failing to passing. */
export const RELAXATION_CRITERIA: Record<Relaxation, readonly Criterion[]> = {
  LANGUAGE_LEVEL: ['LANGUAGE'],
  TRAVEL_MINUTES: ['TRAVEL'],
  TRAVEL_MODE: ['TRAVEL'],
  CHILDCARE_HALF_DAY: ['CHILDCARE'],
  // More free time can also let a flexible place's childcare-covered hours add up.
  CLASS_BLOCK: ['AVAILABILITY', 'CHILDCARE'],
};

export const EXTRA_TRAVEL_MINUTES = 10;
/** Modes a participant can add in one step (not a car). */
export const ADDABLE_MODES: readonly TravelMode[] = ['BIKE', 'EBIKE', 'PUBLIC_TRANSPORT'];
export const HALF_DAYS = [
  { start: '07:00', end: '13:00' },
  { start: '13:00', end: '18:00' },
] as const;

/** The relaxed copies of a profile for one relaxation (several when the step can be taken in several ways). */
export function relaxedProfiles(profile: ParticipantProfile, relaxation: Relaxation): ParticipantProfile[] {
  switch (relaxation) {
    case 'LANGUAGE_LEVEL': {
      const top = LANGUAGE_LEVELS.length - 1;
      const up = Object.fromEntries(
        Object.entries(profile.language).map(([skill, level]) => [
          skill,
          LANGUAGE_LEVELS[Math.min(top, LANGUAGE_LEVELS.indexOf(level) + 1)],
        ]),
      ) as ParticipantProfile['language'];
      return Object.values(profile.language).every((l) => LANGUAGE_LEVELS.indexOf(l) === top)
        ? []
        : [{ ...profile, language: up }];
    }
    case 'TRAVEL_MINUTES':
      return [{ ...profile, maxTravelMinutes: profile.maxTravelMinutes + EXTRA_TRAVEL_MINUTES }];
    case 'TRAVEL_MODE':
      return ADDABLE_MODES.filter((m) => !profile.travelModes.includes(m)).map((m) => ({
        ...profile,
        travelModes: [...profile.travelModes, m],
      }));
    case 'CHILDCARE_HALF_DAY': {
      if (!profile.childcare.needed) return [];
      const out: ParticipantProfile[] = [];
      for (const day of WEEKDAYS)
        for (const half of HALF_DAYS) {
          const range = { day, ...half };
          const already = profile.childcare.covered.some(
            (r) => r.day === day && r.start <= half.start && r.end >= half.end,
          );
          if (!already)
            out.push({
              ...profile,
              childcare: { ...profile.childcare, covered: [...profile.childcare.covered, range] },
            });
        }
      return out;
    }
    case 'CLASS_BLOCK':
      return profile.commitments.flatMap((c, i) =>
        c.kind === 'LANGUAGE_CLASS'
          ? [{ ...profile, commitments: profile.commitments.filter((_, j) => j !== i) }]
          : [],
      );
  }
}

/**
 * One profile that takes every way of a relaxation's step at once (all addable modes, cover on every
 * half-day, every class moved). Matching is monotone in these (more cover, more free time, more modes
 * never lose a match), so a place no single step unlocks is not unlocked by this one either unless
 * the combination does it; it narrows the places worth trying the single steps on.
 */
function combined(profile: ParticipantProfile, relaxation: Relaxation): ParticipantProfile | null {
  const variants = relaxedProfiles(profile, relaxation);
  if (variants.length <= 1) return variants[0] ?? null;
  switch (relaxation) {
    case 'TRAVEL_MODE':
      return { ...profile, travelModes: [...new Set([...profile.travelModes, ...ADDABLE_MODES])] };
    case 'CHILDCARE_HALF_DAY':
      return {
        ...profile,
        childcare: {
          ...profile.childcare,
          covered: [
            ...profile.childcare.covered,
            ...WEEKDAYS.flatMap((day) => HALF_DAYS.map((half) => ({ day, ...half }))),
          ],
        },
      };
    case 'CLASS_BLOCK':
      return { ...profile, commitments: profile.commitments.filter((c) => c.kind !== 'LANGUAGE_CLASS') };
    default:
      return null;
  }
}

/**
 * The relaxations that would give a participant without a match at least one match. `ranked` is the
 * participant's engine result under `options` (its near misses capped at `nearMissCap`); a
 * participant who already has a match gets an empty list (nothing to unlock).
 *
 * When the near-miss list was cut, the places to try come from one rank of the combined step
 * (every way at once, only within reach, no near misses); the single steps are then tried on those
 * places only.
 */
export function unlockedBy(
  matcher: Matcher,
  profile: ParticipantProfile,
  ranked: RankResult,
  options: MatchOptions,
  nearMissCap: number,
): Relaxation[] {
  if (ranked.matches.length > 0) return [];
  const complete = ranked.nearMisses.length < nearMissCap;
  const base: MatchOptions = { ...options, includeNearMisses: false, maxNearMisses: 0 };
  const out: Relaxation[] = [];
  for (const relaxation of RELAXATIONS) {
    const variants = relaxedProfiles(profile, relaxation);
    if (variants.length === 0) continue;
    let candidateIds: ReadonlySet<string>;
    if (complete) {
      const criteria = RELAXATION_CRITERIA[relaxation];
      candidateIds = new Set(
        ranked.nearMisses.filter((n) => criteria.includes(n.failedCriterion)).map((n) => n.placementId),
      );
    } else {
      const all = combined(profile, relaxation)!;
      const unlocked = matcher.rank(all, { ...base, maxResults: Number.MAX_SAFE_INTEGER }).matches;
      if (variants.length === 1) {
        if (unlocked.length > 0) out.push(relaxation);
        continue;
      }
      candidateIds = new Set(unlocked.map((m) => m.placementId));
    }
    if (candidateIds.size === 0) continue;
    const one: MatchOptions = { ...base, maxResults: 1, candidateIds };
    if (variants.some((p) => matcher.rank(p, one).matches.length > 0)) out.push(relaxation);
  }
  return out;
}
