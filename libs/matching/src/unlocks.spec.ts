import type { TravelTimeProvider } from '@plekwijzer/geo';
import { createMatcher } from './engine.js';
import {
  distanceTravel,
  haversineKm,
  loc,
  options,
  participant,
  placement,
  tableTravel,
  tr,
} from './testing/builders.js';
import type { ParticipantProfile, PlacementProfile } from './types.js';
import { relaxedProfiles, unlockedBy, type Relaxation } from './unlocks.js';

/** Latitude this many km north of 52.0 (same longitude). */
const north = (km: number): number => 52.0 + km / 111.195;

function unlocksWithCap(
  p: ParticipantProfile,
  places: PlacementProfile[],
  cap: number,
  travel: TravelTimeProvider,
): Relaxation[] {
  const matcher = createMatcher(places, travel);
  const opts = options({ maxResults: Number.MAX_SAFE_INTEGER, maxNearMisses: cap });
  return unlockedBy(matcher, p, matcher.rank(p, opts), opts, cap);
}

/**
 * The answer from a complete near-miss list; checked against the answer from a list cut at 0 (every
 * place re-ranked with the combined step, then the single steps), which must be the same.
 */
function unlocks(
  p: ParticipantProfile,
  places: PlacementProfile[],
  cap = 25,
  travel: TravelTimeProvider = distanceTravel(),
): Relaxation[] {
  const answer = unlocksWithCap(p, places, cap, travel);
  expect(unlocksWithCap(p, places, 0, travel)).toEqual(answer);
  return answer;
}

describe('what one change unlocks', () => {
  it('gives nothing to unlock for a participant who already has a match', () => {
    expect(unlocks(participant(), [placement()])).toEqual([]);
  });

  it('one language level: A2 → B1 unlocks a B1 place, A1 does not (two steps)', () => {
    const b1 = placement({ language: { SPEAKING: { level: 'B1', required: true } } });
    expect(unlocks(participant(), [b1])).toEqual(['LANGUAGE_LEVEL']);
    const a1 = participant({ language: { SPEAKING: 'A1', LISTENING: 'A1', READING: 'A1', WRITING: 'A1' } });
    expect(unlocks(a1, [b1])).toEqual([]);
  });

  it('10 more minutes unlocks a place 36 bike minutes away, not one 45 minutes away; a faster mode does both', () => {
    // Bike 4 min/km, public transport 2 min/km, e-bike 3 min/km; the participant bikes, 30 minutes.
    const at36 = placement({ id: 'far36', location: loc(north(8.9), 5.0, '3900') });
    const km36 = haversineKm(loc(52.0), at36.location);
    expect(Math.ceil(km36 * 4)).toBe(36);
    expect(unlocks(participant(), [at36])).toEqual(['TRAVEL_MINUTES', 'TRAVEL_MODE']);
    const at45 = placement({ id: 'far45', location: loc(north(11.1), 5.0, '3901') });
    expect(Math.ceil(haversineKm(loc(52.0), at45.location) * 4)).toBe(45);
    // 45 bike minutes: +10 is not enough; public transport (23 min) is.
    expect(unlocks(participant(), [at45])).toEqual(['TRAVEL_MODE']);
    // With public transport already and 60 km away nothing one step away helps.
    const farAway = placement({ id: 'far', location: loc(north(60), 5.0, '3902') });
    expect(unlocks(participant({ travelModes: ['BIKE', 'EBIKE', 'PUBLIC_TRANSPORT'] }), [farAway])).toEqual(
      [],
    );
  });

  it('childcare on one more half-day: a Monday-morning place yes, Monday and Tuesday mornings no', () => {
    const mother = participant({ childcare: { needed: true, childrenAges: [2], covered: [] } });
    expect(unlocks(mother, [placement()])).toEqual(['CHILDCARE_HALF_DAY']);
    const twoMornings = placement({
      schedule: { kind: 'FIXED', shifts: [tr('MON', '09:00', '12:00'), tr('TUE', '09:00', '12:00')] },
    });
    expect(unlocks(mother, [twoMornings])).toEqual([]);
    // Someone who needs no childcare is never counted for it.
    expect(relaxedProfiles(participant(), 'CHILDCARE_HALF_DAY')).toEqual([]);
  });

  it('one class block moved: one class on the shift yes, classes on both shifts no', () => {
    const cls = (day: 'MON' | 'TUE') => ({
      kind: 'LANGUAGE_CLASS' as const,
      range: tr(day, '09:00', '12:00'),
    });
    expect(unlocks(participant({ commitments: [cls('MON')] }), [placement()])).toEqual(['CLASS_BLOCK']);
    const twoShifts = placement({
      schedule: { kind: 'FIXED', shifts: [tr('MON', '09:00', '12:00'), tr('TUE', '09:00', '12:00')] },
    });
    expect(unlocks(participant({ commitments: [cls('MON'), cls('TUE')] }), [twoShifts])).toEqual([]);
    // Another kind of commitment is not a class block.
    expect(
      unlocks(participant({ commitments: [{ kind: 'OTHER', range: tr('MON', '09:00', '12:00') }] }), [
        placement(),
      ]),
    ).toEqual([]);
  });

  it('gives the same answer from a cut near-miss list (every place re-ranked) as from a complete one', () => {
    const mother = participant({
      language: { SPEAKING: 'A1', LISTENING: 'A2', READING: 'A2', WRITING: 'A2' },
      childcare: { needed: true, childrenAges: [2], covered: [tr('MON', '07:00', '13:00')] },
      commitments: [{ kind: 'LANGUAGE_CLASS', range: tr('WED', '09:00', '12:00') }],
    });
    const places = [
      placement({ id: 'a', language: { SPEAKING: { level: 'A2', required: true } } }),
      placement({ id: 'b', schedule: { kind: 'FIXED', shifts: [tr('TUE', '09:00', '12:00')] } }),
      placement({ id: 'c', schedule: { kind: 'FIXED', shifts: [tr('WED', '09:00', '12:00')] } }),
      placement({ id: 'd', location: loc(north(8.9), 5.0, '3900') }),
    ];
    // a: language only; b: childcare only; c: class and childcare (two criteria); d: travel only.
    // None fits as it is, so the participant has no match; Monday morning is covered.
    const complete = unlocks(mother, places, 25);
    expect(complete).toEqual(['LANGUAGE_LEVEL', 'TRAVEL_MINUTES', 'TRAVEL_MODE', 'CHILDCARE_HALF_DAY']);
    expect(unlocks(mother, places, 1)).toEqual(complete);
  });

  it('works with any travel provider the engine takes', () => {
    const place = placement({ location: loc(52.0, 5.0, '3999') });
    const travel = tableTravel({ '3999': { BIKE: 38, PUBLIC_TRANSPORT: 25 } });
    expect(unlocks(participant(), [place], 25, travel)).toEqual(['TRAVEL_MINUTES', 'TRAVEL_MODE']);
  });
});
