import { createMatcher } from './engine.js';
import {
  PLACE_RELAXATIONS,
  placesUnlockedFor,
  relaxedPlace,
  type PlaceRelaxation,
} from './place-relaxations.js';
import { options, participant, placement, tableTravel, tr } from './testing/builders.js';
import type { ParticipantProfile, PlacementProfile } from './types.js';

function unlocked(p: ParticipantProfile, places: PlacementProfile[]) {
  const travel = tableTravel({}, 10);
  const matcher = createMatcher(places, travel);
  const variants = Object.fromEntries(
    PLACE_RELAXATIONS.map((r) => [
      r,
      createMatcher(
        places.map((pl) => relaxedPlace(pl, r)),
        travel,
      ),
    ]),
  ) as Record<PlaceRelaxation, ReturnType<typeof createMatcher>>;
  const opts = options({ maxResults: Number.MAX_SAFE_INTEGER, maxNearMisses: 25 });
  return placesUnlockedFor(variants, p, matcher.rank(p, opts), opts);
}

describe('what a place could change', () => {
  it('one language level lower: an A2 place opens to an A1 speaker, a B1 place does not', () => {
    const a1 = participant({ language: { SPEAKING: 'A1', LISTENING: 'A1', READING: 'A1', WRITING: 'A1' } });
    const places = [
      placement({ id: 'a2', language: { SPEAKING: { level: 'A2', required: true } } }),
      placement({ id: 'b1', language: { SPEAKING: { level: 'B1', required: true } } }),
    ];
    expect(unlocked(a1, places)).toEqual([{ placementId: 'a2', relaxation: 'LANGUAGE_THRESHOLD' }]);
  });

  it('wider hours: a Tuesday 10–13 shift opens to someone free 9–12 (same hours, an hour earlier)', () => {
    const p = participant({ availability: [tr('TUE', '09:00', '12:00')] });
    const shift = placement({ id: 's', schedule: { kind: 'FIXED', shifts: [tr('TUE', '10:00', '13:00')] } });
    const later = placement({ id: 'l', schedule: { kind: 'FIXED', shifts: [tr('TUE', '14:00', '17:00')] } });
    expect(unlocked(p, [shift, later])).toEqual([{ placementId: 's', relaxation: 'WIDER_HOURS' }]);
    const widened = relaxedPlace(shift, 'WIDER_HOURS');
    expect(widened.schedule).toEqual({
      kind: 'FLEXIBLE',
      windows: [tr('TUE', '09:00', '14:00')],
      minHoursPerWeek: 3,
      maxHoursPerWeek: 3,
    });
  });

  it('childcare offered: on site for 0–12, so a child of 4 is covered and one of 14 is not', () => {
    const place = placement({ id: 'c' });
    const young = participant({ childcare: { needed: true, childrenAges: [4], covered: [] } });
    expect(unlocked(young, [place])).toEqual([{ placementId: 'c', relaxation: 'CHILDCARE' }]);
    const older = participant({ childcare: { needed: true, childrenAges: [14], covered: [] } });
    expect(unlocked(older, [place])).toEqual([]);
  });

  it('counts nothing for a place that already fits', () => {
    expect(unlocked(participant(), [placement()])).toEqual([]);
  });
});
