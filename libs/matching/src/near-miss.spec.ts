import type { Criterion } from '@plekwijzer/domain';
import type { TravelTimeProvider } from '@plekwijzer/geo';
import { compileParticipant, compilePlacements } from './compile.js';
import { bestTravel } from './criteria.js';
import { createMatcher } from './engine.js';
import { fixHint } from './hints.js';
import {
  distanceTravel,
  loc,
  options,
  participant,
  placement,
  REF,
  tableTravel,
  tr,
} from './testing/builders.js';
import type { MatchOptions, NearMiss, ParticipantProfile, PlacementProfile } from './types.js';

function nearMisses(
  p: ParticipantProfile,
  places: PlacementProfile[],
  travel: TravelTimeProvider = tableTravel({}, 10),
  opts: Partial<MatchOptions> = {},
): NearMiss[] {
  return createMatcher(places, travel).match(p, options(opts)).nearMisses;
}

function only(
  p: ParticipantProfile,
  pl: PlacementProfile,
  travel?: TravelTimeProvider,
  opts?: Partial<MatchOptions>,
) {
  const list = nearMisses(p, [pl], travel, opts);
  expect(list).toHaveLength(1);
  return list[0];
}

describe('near misses', () => {
  it('suggests the childcare slot that is missing', () => {
    const p = participant({
      childcare: {
        needed: true,
        childrenAges: [2],
        covered: ['MON', 'TUE', 'WED', 'THU', 'FRI'].map((d) => tr(d as 'MON', '08:30', '19:00')),
      },
    });
    const pl = placement({
      schedule: { kind: 'FIXED', shifts: [tr('WED', '17:00', '21:00')] },
    });
    const withEvening = participant({ ...p, availability: [...p.availability, tr('WED', '18:00', '22:00')] });
    const nm = only(withEvening, pl);
    expect(nm).toMatchObject({
      failedCriterion: 'CHILDCARE',
      fixHintNl: 'past als er op woensdag 19:00–21:00 opvang is',
      fixHintEn: 'fits if childcare is arranged on Wednesday 19:00–21:00',
    });
    expect(nm.checks.filter((c) => !c.passed).map((c) => c.criterion)).toEqual(['CHILDCARE']);
  });

  it('mentions the age range of on-site childcare that does not fit', () => {
    const p = participant({ childcare: { needed: true, childrenAges: [6], covered: [] } });
    const pl = placement({ childcare: { kind: 'ON_SITE', minAgeYears: 0, maxAgeYears: 4 } });
    expect(only(p, pl).fixHintEn).toBe(
      'fits if childcare is arranged on Monday 09:00–12:00 (on-site childcare is for ages 0–4)',
    );
  });

  it('suggests a mode the participant lacks, and the longer ride with the mode they have', () => {
    const travel = tableTravel({ X: { WALK: 70, BIKE: 25, EBIKE: 18, PUBLIC_TRANSPORT: 19, CAR: 8 } });
    const p = participant({ maxTravelMinutes: 20 });
    const nm = only(p, placement({ location: loc(52.05, 5, 'X') }), travel);
    expect(nm).toMatchObject({
      failedCriterion: 'TRAVEL',
      fixHintNl: 'past met e-bike (18 min) of als 25 min reizen per fiets acceptabel is',
      fixHintEn: 'fits with e-bike (18 min) or if travel up to 25 min by bike is acceptable',
    });
  });

  it('only suggests the longer ride when no other mode would make it', () => {
    const travel = tableTravel({ X: { BIKE: 25 } }, 60);
    const nm = only(
      participant({ maxTravelMinutes: 20 }),
      placement({ location: loc(52.05, 5, 'X') }),
      travel,
    );
    expect(nm.fixHintEn).toBe('fits if travel up to 25 min by bike is acceptable');
  });

  it('says which language level would make it fit, and whether a stretch would', () => {
    const pl = placement({ language: { SPEAKING: { level: 'B1', required: true } } });
    expect(only(participant(), pl)).toMatchObject({
      failedCriterion: 'LANGUAGE',
      fixHintNl: 'past als spreken B1 bereikt (of met een stretch van één niveau)',
      fixHintEn: 'fits when speaking reaches B1 (or with a one-level stretch)',
    });
    const far = placement({
      language: { SPEAKING: { level: 'B2', required: true }, WRITING: { level: 'B1', required: true } },
    });
    expect(only(participant(), far).fixHintEn).toBe('fits when speaking reaches B2 and writing reaches B1');
  });

  it('names the slots that clash with a language class', () => {
    const p = participant({ commitments: [{ kind: 'LANGUAGE_CLASS', range: tr('WED', '13:00', '15:00') }] });
    const pl = placement({ schedule: { kind: 'FIXED', shifts: [tr('WED', '13:00', '17:00')] } });
    expect(only(p, pl)).toMatchObject({
      failedCriterion: 'AVAILABILITY',
      fixHintNl: 'past als de deelnemer vrij is op woensdag 13:00–15:00 (nu taalles)',
      fixHintEn: 'fits if the participant is free on Wednesday 13:00–15:00 (now a language class)',
    });
  });

  it('tells how many more free hours a flexible place needs, and where', () => {
    const p = participant({ availability: [tr('MON', '09:00', '12:00')] });
    const pl = placement({
      schedule: {
        kind: 'FLEXIBLE',
        windows: [tr('MON', '09:00', '17:00'), tr('TUE', '09:00', '12:00')],
        minHoursPerWeek: 6,
        maxHoursPerWeek: 8,
      },
    });
    expect(only(p, pl).fixHintEn).toBe(
      "fits with 3 h/week more free time within the place's hours (e.g. Monday 12:00–17:00 and Tuesday 09:00–12:00)",
    );
  });

  it.each([
    [
      'HOURS',
      { schedule: { kind: 'FIXED', shifts: [tr('MON', '09:00', '17:00'), tr('TUE', '09:00', '17:00')] } },
      { maxHoursPerWeek: 12 },
      'fits if the participant can do 16 h/week',
    ],
    [
      'PHYSICAL_LOAD',
      { physicalLoad: 'HEAVY' },
      {},
      'fits only if the participant can take heavy physical work',
    ],
    ['ROUTE', { openToRoutes: ['B1_ROUTE'] }, { route: 'Z_ROUTE' }, 'fits if the place opens to the Z-route'],
    [
      'TARGET_GROUP',
      { openToTargetGroups: ['STATUSHOUDER'] },
      { targetGroup: 'GEZINSMIGRANT' },
      'fits if the place opens to family migrants',
    ],
    ['DATES', { endDate: '2026-05-19' }, {}, 'fits if the place is extended beyond today'],
    [
      'DATES',
      { endDate: '2026-06-30' },
      { availableFrom: '2026-07-01' },
      'fits if the participant can start by 30 June 2026',
    ],
    [
      'DATES',
      { startDate: '2028-01-01' },
      {},
      'fits only if the integration term runs until at least 1 January 2028',
    ],
  ] as const)('hints for %s', (criterion, place, person, hint) => {
    const nm = only(participant(person), placement(place as Partial<PlacementProfile>));
    expect(nm.failedCriterion).toBe(criterion);
    expect(nm.fixHintEn).toBe(hint);
  });

  it('offers a non-counting Z-route place only as a near miss when such places are excluded', () => {
    const z = participant({ route: 'Z_ROUTE' });
    const pl = placement({ dutchSpeakingEnvironment: false });
    const r = createMatcher([pl], tableTravel({})).match(z, options({ excludeNonCountingForZRoute: true }));
    expect(r.matches).toEqual([]);
    expect(r.nearMisses.map((n) => n.failedCriterion)).toEqual(['Z_ROUTE_COUNTING']);
  });

  it('never offers a place that is full or not published, even if it fails nothing else', () => {
    const places = [
      placement({ id: 'full', capacity: 1, occupied: 1 }),
      placement({ id: 'draft', status: 'DRAFT' }),
      placement({ id: 'closed-and-far', status: 'CLOSED' }),
    ];
    const r = createMatcher(places, tableTravel({})).match(participant(), options());
    expect(r).toEqual({ matches: [], nearMisses: [], totalCandidates: 3 });
  });

  it('does not offer a place that fails two criteria', () => {
    const pl = placement({ physicalLoad: 'HEAVY', openToRoutes: ['Z_ROUTE'] });
    expect(nearMisses(participant(), [pl])).toEqual([]);
  });

  it('leaves near misses out unless asked', () => {
    const pl = placement({ physicalLoad: 'HEAVY' });
    expect(nearMisses(participant(), [pl], undefined, { includeNearMisses: false })).toEqual([]);
  });

  it('orders near misses by distance, then id, and caps them at maxResults', () => {
    const heavy = { physicalLoad: 'HEAVY' as const };
    const places = [
      placement({ ...heavy, id: 'c', location: loc(52.03) }),
      placement({ ...heavy, id: 'b', location: loc(52.01) }),
      placement({ ...heavy, id: 'a', location: loc(52.01) }),
      placement({ ...heavy, id: 'd', location: loc(52.02) }),
    ];
    expect(nearMisses(participant(), places, undefined, { maxResults: 3 }).map((n) => n.placementId)).toEqual(
      ['a', 'b', 'd'],
    );
  });
});

describe('filters and totalCandidates', () => {
  const places = [
    placement({ id: 'a', type: 'STAGE', sector: 'Zorg' }),
    placement({ id: 'b', type: 'STAGE', sector: 'horeca' }),
    placement({ id: 'c', type: 'VRIJWILLIGERSWERK', sector: 'zorg' }),
    placement({ id: 'd', type: 'VRIJWILLIGERSWERK', sector: 'techniek', physicalLoad: 'HEAVY' }),
  ];
  const run = (opts: Partial<MatchOptions>) => {
    const r = createMatcher(places, tableTravel({})).match(participant(), options(opts));
    return {
      matches: r.matches.map((m) => m.placementId).sort(),
      near: r.nearMisses.map((n) => n.placementId),
      total: r.totalCandidates,
    };
  };

  it('counts every placement without filters', () => {
    expect(run({})).toEqual({ matches: ['a', 'b', 'c'], near: ['d'], total: 4 });
  });

  it('filters by type', () => {
    expect(run({ types: ['VRIJWILLIGERSWERK'] })).toEqual({ matches: ['c'], near: ['d'], total: 2 });
  });

  it('filters by sector, ignoring case', () => {
    expect(run({ sectors: ['ZORG'] })).toEqual({ matches: ['a', 'c'], near: [], total: 2 });
    expect(run({ sectors: ['onbekend'] })).toEqual({ matches: [], near: [], total: 0 });
  });

  it('narrows to candidate ids, combined with the other filters; unknown ids are ignored', () => {
    expect(run({ candidateIds: new Set(['b', 'd', 'x']) })).toEqual({
      matches: ['b'],
      near: ['d'],
      total: 2,
    });
    expect(run({ candidateIds: new Set(['b', 'c', 'd']), types: ['STAGE'] })).toEqual({
      matches: ['b'],
      near: [],
      total: 1,
    });
  });
});

describe('spatial pruning', () => {
  // distanceTravel: bike 4 min/km. 0.01° latitude = 1.112 km.
  const home = participant({ maxTravelMinutes: 20 });
  const places = [
    placement({ id: 'close', location: loc(52.02) }), // 2.22 km → 9 min
    placement({ id: 'limit', location: loc(52.044) }), // 4.89 km → 19.57 → 20 min
    placement({ id: 'over', location: loc(52.046) }), // 5.12 km → 20.47 → 21 min
    placement({ id: 'far', location: loc(53.0) }), // 111 km
    placement({ id: 'far-heavy', location: loc(53.0), physicalLoad: 'HEAVY' }),
    placement({ id: 'far-east', location: loc(52.0, 6.5) }), // same latitude, ~103 km east
  ];

  it('accepts a place at exactly the travel limit and not one minute over', () => {
    const r = createMatcher(places, distanceTravel()).match(home, options());
    expect(r.matches.map((m) => [m.placementId, m.travel.minutes])).toEqual([
      ['close', 9],
      ['limit', 20],
    ]);
    expect(r.nearMisses.map((n) => [n.placementId, n.failedCriterion])).toEqual([
      ['over', 'TRAVEL'],
      ['far-east', 'TRAVEL'],
      ['far', 'TRAVEL'],
    ]);
    expect(r.nearMisses[0].fixHintEn).toBe(
      'fits with e-bike (16 min) or if travel up to 21 min by bike is acceptable',
    );
  });

  it('gives the same answer as without a reach bound', () => {
    const unbounded: TravelTimeProvider = { ...distanceTravel(), maxReachKm: () => Infinity };
    for (const includeNearMisses of [true, false]) {
      const opts = options({ includeNearMisses });
      expect(createMatcher(places, distanceTravel()).match(home, opts)).toEqual(
        createMatcher(places, unbounded).match(home, opts),
      );
    }
  });

  it('does not estimate travel for places out of reach that fail something else', () => {
    let calls = 0;
    const counting: TravelTimeProvider = {
      estimate: (from, to, mode) => {
        calls++;
        return distanceTravel().estimate(from, to, mode);
      },
      maxReachKm: distanceTravel().maxReachKm,
    };
    createMatcher([places[4]], counting).match(home, options());
    expect(calls).toBe(0);
  });
});

describe('hints for the criteria that are never near misses', () => {
  // The engine never lists these as near misses; the hints still say what (if anything) would
  // make the place fit, in both languages, for any caller that explains a failing pair.
  const hint = (criterion: Criterion, p: ParticipantProfile, pl: PlacementProfile) => {
    const c = compilePlacements([pl]);
    const compiled = compileParticipant(p, REF);
    const travel = tableTravel({}, 10);
    return fixHint(criterion, c, 0, compiled, false, travel, bestTravel(c, 0, compiled, travel));
  };

  it.each([
    [
      'WOMEN',
      null,
      'past alleen voor een vrouw: leg het geslacht van de deelnemer vast als dat zo is',
      "fits a woman only: record the participant's gender if she is one",
    ],
    [
      'MEN',
      null,
      'past alleen voor een man: leg het geslacht van de deelnemer vast als dat zo is',
      "fits a man only: record the participant's gender if he is one",
    ],
    ['WOMEN', 'MALE', 'deze plek is alleen voor vrouwen', 'this place is for women only'],
    ['MEN', 'FEMALE', 'deze plek is alleen voor mannen', 'this place is for men only'],
  ] as const)('AUDIENCE: a place for %s, a participant recorded as %s', (audience, gender, nl, en) => {
    expect(hint('AUDIENCE', participant({ gender }), placement({ audience }))).toEqual({ nl, en });
  });

  it('GROUP_LANGUAGE names the language', () => {
    expect(hint('GROUP_LANGUAGE', participant(), placement({ groupLanguage: 'ti' }))).toEqual({
      nl: 'past alleen als de deelnemer Tigrinya spreekt (voeg de taal toe als dat zo is)',
      en: 'fits only if the participant speaks Tigrinya (add the language if so)',
    });
  });

  it('COMPENSATION says the participant would have to take unpaid work', () => {
    const p = participant({ compensationPreference: 'PAID_ONLY' });
    expect(hint('COMPENSATION', p, placement())).toEqual({
      nl: 'past als de deelnemer ook werk aanneemt dat niet betaald wordt',
      en: 'fits if the participant also takes work that is not paid',
    });
  });
});
