import { integrationTermLastDay, type Criterion } from '@plekwijzer/domain';
import type { TravelTimeProvider } from '@plekwijzer/geo';
import { createMatcher } from './engine.js';
import { formatDay } from './format.js';
import { loc, options, participant, placement, REF, tableTravel, tr } from './testing/builders.js';
import type { Check, MatchOptions, ParticipantProfile, PlacementProfile } from './types.js';

const defaultTravel = tableTravel({}, 10);

function explain(
  p: ParticipantProfile,
  pl: PlacementProfile,
  opts: Partial<MatchOptions> = {},
  travel: TravelTimeProvider = defaultTravel,
): Check[] {
  const checks = createMatcher([pl], travel).explain(p, pl.id, options(opts));
  if (!checks) throw new Error('placement not found');
  return checks;
}

function checkFor(
  criterion: Criterion,
  p: ParticipantProfile,
  pl: PlacementProfile,
  opts: Partial<MatchOptions> = {},
  travel: TravelTimeProvider = defaultTravel,
): Check {
  const c = explain(p, pl, opts, travel).find((x) => x.criterion === criterion);
  if (!c) throw new Error(`no ${criterion} check`);
  return c;
}

function isMatch(p: ParticipantProfile, pl: PlacementProfile, opts: Partial<MatchOptions> = {}): boolean {
  return createMatcher([pl], defaultTravel).match(p, options(opts)).matches.length === 1;
}

describe('explain', () => {
  it('evaluates every criterion once, in a fixed order', () => {
    expect(explain(participant(), placement()).map((c) => c.criterion)).toEqual([
      'STATUS',
      'CAPACITY',
      'AUDIENCE',
      'GROUP_LANGUAGE',
      'COMPENSATION',
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
    ]);
  });

  it('returns undefined for an unknown placement', () => {
    expect(
      createMatcher([placement()], defaultTravel).explain(participant(), 'nope', options()),
    ).toBeUndefined();
  });
});

describe('LANGUAGE', () => {
  const needs = (level: 'A1' | 'A2' | 'B1') =>
    placement({ language: { SPEAKING: { level, required: true } } });
  const speaks = (level: 'NONE' | 'A1' | 'A2' | 'B1') =>
    participant({ language: { SPEAKING: level, LISTENING: 'A2', READING: 'A2', WRITING: 'A2' } });

  it.each([
    // participant, place, stretch, passed, flagged, detail
    ['A2', 'A2', false, true, false, 'spreken A2 ≥ A2 vereist'],
    ['B1', 'A2', false, true, false, 'spreken B1 ≥ A2 vereist'],
    ['A1', 'A2', false, false, false, 'spreken A1 < A2 vereist'],
    ['A1', 'A2', true, true, true, 'spreken A1, A2 vereist (stretch van één niveau)'],
    ['NONE', 'A2', true, false, false, 'spreken geen < A2 vereist'],
    ['NONE', 'A1', true, true, true, 'spreken geen, A1 vereist (stretch van één niveau)'],
    ['NONE', 'A1', false, false, false, 'spreken geen < A1 vereist'],
  ] as const)(
    'speaking %s against %s required (stretch %s) → passed %s',
    (have, want, stretch, passed, flagged, nl) => {
      const c = checkFor('LANGUAGE', speaks(have), needs(want), { stretchLanguage: stretch });
      expect(c).toMatchObject({ passed, flagged, detailNl: nl });
      expect(isMatch(speaks(have), needs(want), { stretchLanguage: stretch })).toBe(passed);
    },
  );

  it('says it in English too', () => {
    expect(checkFor('LANGUAGE', speaks('A1'), needs('A1')).detailEn).toBe('speaking A1 ≥ A1 required');
  });

  it('ignores preferred skills as a hard criterion', () => {
    const pl = placement({ language: { WRITING: { level: 'C1', required: false } } });
    expect(checkFor('LANGUAGE', participant(), pl)).toMatchObject({ passed: true, detailNl: 'geen taaleis' });
  });

  it('fails when any one of several required skills falls short', () => {
    const pl = placement({
      language: { SPEAKING: { level: 'A2', required: true }, WRITING: { level: 'B1', required: true } },
    });
    const c = checkFor('LANGUAGE', participant(), pl);
    expect(c.passed).toBe(false);
    expect(c.detailEn).toBe('speaking A2 ≥ A2 required; writing A2 < B1 required');
  });

  it('marks a match that needed the stretch', () => {
    const m = createMatcher([needs('A2')], defaultTravel).match(
      speaks('A1'),
      options({ stretchLanguage: true }),
    );
    expect(m.matches[0].stretched).toBe(true);
    expect(
      createMatcher([needs('A2')], defaultTravel).match(speaks('A2'), options()).matches[0].stretched,
    ).toBe(false);
  });
});

describe('AVAILABILITY', () => {
  const fixed = (...shifts: ReturnType<typeof tr>[]) => placement({ schedule: { kind: 'FIXED', shifts } });

  it('fits a Wednesday afternoon shift in a free Wednesday', () => {
    const c = checkFor('AVAILABILITY', participant(), fixed(tr('WED', '13:00', '17:00')));
    expect(c).toMatchObject({ passed: true, detailNl: 'dienst (4 u/week) in vrije tijd' });
  });

  it('names the part of a shift that clashes with a language class', () => {
    const p = participant({ commitments: [{ kind: 'LANGUAGE_CLASS', range: tr('WED', '13:00', '15:00') }] });
    const c = checkFor('AVAILABILITY', p, fixed(tr('WED', '13:00', '17:00')));
    expect(c).toMatchObject({
      passed: false,
      detailNl: 'dienst wo 13:00–15:00 valt buiten vrije tijd (taalles)',
      detailEn: 'shift time Wed 13:00–15:00 falls outside free time (language class)',
    });
  });

  it('lets a shift start at 12:30 right after a class that ends at 12:30', () => {
    const p = participant({ commitments: [{ kind: 'LANGUAGE_CLASS', range: tr('MON', '09:00', '12:30') }] });
    expect(checkFor('AVAILABILITY', p, fixed(tr('MON', '12:30', '16:00'))).passed).toBe(true);
    const early = checkFor('AVAILABILITY', p, fixed(tr('MON', '12:15', '16:00')));
    expect(early).toMatchObject({
      passed: false,
      detailNl: 'dienst ma 12:15–12:30 valt buiten vrije tijd (taalles)',
    });
  });

  it('needs every shift to fit, not just most', () => {
    const c = checkFor(
      'AVAILABILITY',
      participant(),
      fixed(tr('MON', '09:00', '12:00'), tr('SAT', '10:00', '14:00')),
    );
    expect(c).toMatchObject({
      passed: false,
      detailEn: 'shift time Sat 10:00–14:00 falls outside free time',
    });
  });

  it('follows a Saturday night shift across midnight into Sunday', () => {
    const shift = fixed(tr('SAT', '22:00', '02:00'));
    const evening = participant({ availability: [tr('SAT', '18:00', '24:00')] });
    const night = participant({ availability: [tr('SAT', '18:00', '24:00'), tr('SUN', '00:00', '03:00')] });
    expect(checkFor('AVAILABILITY', night, shift).passed).toBe(true);
    expect(checkFor('AVAILABILITY', evening, shift)).toMatchObject({
      passed: false,
      detailNl: 'dienst zo 00:00–02:00 valt buiten vrije tijd',
    });
  });

  it('wraps a Sunday night shift into Monday', () => {
    const shift = fixed(tr('SUN', '23:00', '01:00'));
    const withMonday = participant({
      availability: [tr('SUN', '20:00', '24:00'), tr('MON', '00:00', '08:00')],
    });
    const sundayOnly = participant({ availability: [tr('SUN', '20:00', '24:00')] });
    expect(checkFor('AVAILABILITY', withMonday, shift).passed).toBe(true);
    expect(checkFor('AVAILABILITY', sundayOnly, shift)).toMatchObject({
      passed: false,
      detailEn: 'shift time Mon 00:00–01:00 falls outside free time',
    });
  });

  it('reads availability that itself crosses midnight', () => {
    const p = participant({ availability: [tr('FRI', '20:00', '04:00')] });
    expect(checkFor('AVAILABILITY', p, fixed(tr('SAT', '00:00', '03:00'))).passed).toBe(true);
  });

  it('is conservative off the quarter hour: a free range shrinks, a shift grows', () => {
    // Free 09:10–12:00 counts as 09:15–12:00; a shift 09:10–12:00 counts as 09:00–12:00.
    const p = participant({ availability: [tr('MON', '09:10', '12:00')] });
    expect(checkFor('AVAILABILITY', p, fixed(tr('MON', '09:15', '12:00'))).passed).toBe(true);
    expect(checkFor('AVAILABILITY', p, fixed(tr('MON', '09:10', '12:00'))).passed).toBe(false);
  });

  describe('flexible window', () => {
    const flex = (minHoursPerWeek: number) =>
      placement({
        schedule: {
          kind: 'FLEXIBLE',
          windows: ['MON', 'TUE', 'WED', 'THU', 'FRI'].map((d) => tr(d as 'MON', '09:00', '17:00')),
          minHoursPerWeek,
          maxHoursPerWeek: 16,
        },
      });

    it.each([
      // free time, minimum, passed, detail
      [[tr('WED', '13:00', '17:00')], 8, false, 'overlap met vrije tijd 4 u/week < 8 u minimum'],
      [
        [tr('WED', '13:00', '17:00'), tr('THU', '08:00', '13:00')],
        8,
        true,
        'overlap met vrije tijd 8 u/week ≥ 8 u minimum',
      ],
      [[tr('SAT', '09:00', '17:00')], 0, false, 'overlap met vrije tijd 0 u/week < 0,25 u minimum'],
      [[tr('FRI', '16:45', '20:00')], 0, true, 'overlap met vrije tijd 0,25 u/week ≥ 0,25 u minimum'],
    ])('free %j, minimum %d → passed %s', (availability, min, passed, nl) => {
      expect(checkFor('AVAILABILITY', participant({ availability }), flex(min))).toMatchObject({
        passed,
        detailNl: nl,
      });
    });
  });
});

describe('DATES', () => {
  // REF = 2026-05-20. PIP 2025-01-01 → term ends 2027-12-31.
  it.each([
    [
      'place ended yesterday',
      { endDate: '2026-05-19' },
      {},
      false,
      'place ended 19 May 2026, before today (20 May 2026)',
    ],
    [
      'place ends today',
      { endDate: '2026-05-20' },
      {},
      true,
      'place 1 January 2026 to 20 May 2026 overlaps 20 May 2026 to 31 December 2027',
    ],
    [
      'place starts the day after the term',
      { startDate: '2028-01-01' },
      {},
      false,
      'place starts 1 January 2028, after the integration term ends 31 December 2027',
    ],
    [
      'place starts on the last day of the term',
      { startDate: '2027-12-31' },
      {},
      true,
      'place 31 December 2027 to open-ended overlaps 20 May 2026 to 31 December 2027',
    ],
    [
      'place ends before the participant is available',
      { endDate: '2026-06-30' },
      { availableFrom: '2026-07-01' },
      false,
      'place ends 30 June 2026, before available from 1 July 2026',
    ],
    [
      'integration term over',
      {},
      { pipDate: '2023-01-01' },
      false,
      'integration term ended 31 December 2025',
    ],
  ] as const)('%s', (_name, place, person, passed, en) => {
    expect(checkFor('DATES', participant(person), placement(place))).toMatchObject({ passed, detailEn: en });
  });

  it('writes the days out in Dutch too', () => {
    expect(checkFor('DATES', participant({}), placement({ endDate: '2026-05-20' }))).toMatchObject({
      detailNl: 'plek 1 januari 2026 t/m 20 mei 2026 overlapt met 20 mei 2026 t/m 31 december 2027',
    });
    expect(checkFor('DATES', participant({}), placement({ startDate: '2027-12-31' }))).toMatchObject({
      detailNl: 'plek 31 december 2027 t/m open einde overlapt met 20 mei 2026 t/m 31 december 2027',
    });
  });

  it('ends the term the day before the third anniversary, also for a PIP on 29 February', () => {
    expect(integrationTermLastDay('2024-03-01')).toBe('2027-02-28');
    expect(integrationTermLastDay('2025-01-01')).toBe('2027-12-31');
    expect(integrationTermLastDay('2024-02-29')).toBe('2027-02-28');
    const p = participant({ pipDate: '2024-02-29' });
    // Anniversary 2027-02-29 does not exist → 1 March; last day 28 February 2027.
    expect(checkFor('DATES', p, placement({ startDate: '2027-02-28' })).passed).toBe(true);
    expect(checkFor('DATES', p, placement({ startDate: '2027-03-01' })).passed).toBe(false);
  });
});

describe('CHILDCARE', () => {
  const care = (covered: ReturnType<typeof tr>[], childrenAges = [3]) =>
    participant({ childcare: { needed: true, childrenAges, covered } });
  const school = ['MON', 'TUE', 'WED', 'THU', 'FRI'].map((d) => tr(d as 'MON', '08:30', '15:00'));
  const wednesdayAfternoon = { kind: 'FIXED' as const, shifts: [tr('WED', '13:00', '17:00')] };

  it('passes when no childcare is needed', () => {
    expect(checkFor('CHILDCARE', participant(), placement())).toMatchObject({
      passed: true,
      detailEn: 'no childcare needed',
    });
  });

  it('names the shift time outside cover', () => {
    const c = checkFor('CHILDCARE', care(school), placement({ schedule: wednesdayAfternoon }));
    expect(c).toMatchObject({
      passed: false,
      detailNl: 'dienst wo 15:00–17:00 valt buiten opvang',
      detailEn: 'shift time Wed 15:00–17:00 falls outside childcare cover',
    });
  });

  it('passes shifts inside cover', () => {
    const c = checkFor(
      'CHILDCARE',
      care(school),
      placement({ schedule: { kind: 'FIXED', shifts: [tr('WED', '09:00', '12:00')] } }),
    );
    expect(c).toMatchObject({ passed: true, detailNl: 'diensten vallen binnen opvang' });
  });

  it.each([
    [[0, 4], true],
    [[4], true],
    [[0], true],
    [[5], false],
    [[2, 5], false],
    [[], false],
  ])('on-site childcare for ages 0–4 with children %j → passed %s', (ages, passed) => {
    const pl = placement({
      schedule: wednesdayAfternoon,
      childcare: { kind: 'ON_SITE', minAgeYears: 0, maxAgeYears: 4 },
    });
    expect(checkFor('CHILDCARE', care([], ages), pl).passed).toBe(passed);
  });

  it('explains on-site childcare that does not cover the ages', () => {
    const pl = placement({
      schedule: wednesdayAfternoon,
      childcare: { kind: 'ON_SITE', minAgeYears: 0, maxAgeYears: 4 },
    });
    expect(checkFor('CHILDCARE', care(school, [2, 6]), pl).detailNl).toBe(
      'opvang op locatie is voor 0–4 jr, kinderen zijn 2 en 6; dienst wo 15:00–17:00 valt buiten opvang',
    );
    expect(checkFor('CHILDCARE', care([], [1, 3]), pl).detailEn).toBe(
      'on-site childcare (0–4 yrs) for children aged 1 and 3',
    );
  });

  it('passes when children are welcome', () => {
    const pl = placement({ schedule: wednesdayAfternoon, childcare: { kind: 'CHILDREN_WELCOME' } });
    expect(checkFor('CHILDCARE', care([]), pl)).toMatchObject({ passed: true, detailEn: 'children welcome' });
  });

  it('needs the minimum hours inside free time and cover for a flexible place', () => {
    // Window Mon–Fri 09:00–17:00, free Mon–Fri 08:00–18:00, cover Mon+Tue 09:00–12:00 = 6 h.
    const pl = placement({
      schedule: {
        kind: 'FLEXIBLE',
        windows: ['MON', 'TUE', 'WED', 'THU', 'FRI'].map((d) => tr(d as 'MON', '09:00', '17:00')),
        minHoursPerWeek: 6,
        maxHoursPerWeek: 10,
      },
    });
    const cover = [tr('MON', '09:00', '12:00'), tr('TUE', '09:00', '12:00')];
    expect(checkFor('CHILDCARE', care(cover), pl)).toMatchObject({
      passed: true,
      detailEn: 'free time with childcare 6 h/week ≥ 6 h minimum',
    });
    // A language class on Tuesday morning leaves 3 h of free, covered time.
    const busy = participant({
      childcare: { needed: true, childrenAges: [3], covered: cover },
      commitments: [{ kind: 'LANGUAGE_CLASS', range: tr('TUE', '09:00', '12:00') }],
    });
    expect(checkFor('CHILDCARE', busy, pl)).toMatchObject({
      passed: false,
      detailEn: 'free time with childcare 3 h/week < 6 h minimum',
    });
  });
});

describe('TRAVEL', () => {
  const at = (pc4: string) => placement({ location: loc(52.01, 5.0, pc4) });

  it.each([
    [29, true, 'fiets 29 min ≤ 30 min'],
    [30, true, 'fiets 30 min ≤ 30 min'],
    [31, false, 'fiets 31 min > 30 min'],
  ])('a bike ride of %i min with a 30 min maximum → passed %s', (minutes, passed, nl) => {
    const travel = tableTravel({ '3812': { BIKE: minutes } });
    expect(checkFor('TRAVEL', participant(), at('3812'), {}, travel)).toMatchObject({ passed, detailNl: nl });
  });

  it('takes the fastest mode the participant has', () => {
    const travel = tableTravel({ '3812': { WALK: 25, BIKE: 12, CAR: 5 } });
    const p = participant({ travelModes: ['WALK', 'BIKE'] });
    expect(checkFor('TRAVEL', p, at('3812'), {}, travel).detailEn).toBe('bike 12 min ≤ 30 min');
    const m = createMatcher([at('3812')], travel).match(p, options()).matches[0];
    expect(m.travel).toEqual({ mode: 'BIKE', minutes: 12, distanceKm: 1, source: 'MATRIX' });
  });

  it('fails when the participant has no way to travel', () => {
    expect(checkFor('TRAVEL', participant({ travelModes: [] }), at('3812'))).toMatchObject({
      passed: false,
      detailEn: 'no travel mode given',
    });
  });
});

describe('other hard criteria', () => {
  it.each([
    ['STATUS', {}, {}, true, 'published'],
    ['STATUS', { status: 'PAUSED' }, {}, false, 'not published (paused)'],
    ['CAPACITY', { capacity: 3, occupied: 2 }, {}, true, '2 of 3 places taken'],
    ['CAPACITY', { capacity: 3, occupied: 3 }, {}, false, 'full: 3 of 3 places taken'],
    ['ROUTE', { openToRoutes: ['Z_ROUTE'] }, {}, false, 'not open to B1 route'],
    ['ROUTE', { openToRoutes: ['Z_ROUTE'] }, { route: 'Z_ROUTE' }, true, 'open to Z-route'],
    ['TARGET_GROUP', { openToTargetGroups: ['GEZINSMIGRANT'] }, {}, false, 'not open to status holders'],
    ['PHYSICAL_LOAD', { physicalLoad: 'MEDIUM' }, {}, true, 'load medium ≤ capacity medium'],
    ['PHYSICAL_LOAD', { physicalLoad: 'HEAVY' }, {}, false, 'load heavy > capacity medium'],
    [
      'HOURS',
      { schedule: { kind: 'FIXED', shifts: [tr('MON', '09:00', '17:00'), tr('TUE', '09:00', '17:00')] } },
      { maxHoursPerWeek: 16 },
      true,
      'at least 16 h/week ≤ max 16 h',
    ],
    [
      'HOURS',
      { schedule: { kind: 'FIXED', shifts: [tr('MON', '09:00', '17:00'), tr('TUE', '09:00', '17:00')] } },
      { maxHoursPerWeek: 15.5 },
      false,
      'at least 16 h/week > max 15.5 h',
    ],
    [
      'HOURS',
      {
        schedule: {
          kind: 'FLEXIBLE',
          windows: [tr('MON', '09:00', '17:00')],
          minHoursPerWeek: 6,
          maxHoursPerWeek: 8,
        },
      },
      { maxHoursPerWeek: 4 },
      false,
      'at least 6 h/week > max 4 h',
    ],
  ] as const)('%s: place %j, participant %j → passed %s', (criterion, place, person, passed, en) => {
    expect(
      checkFor(
        criterion,
        participant(person as Partial<ParticipantProfile>),
        placement(place as Partial<PlacementProfile>),
      ),
    ).toMatchObject({ passed, detailEn: en });
  });
});

describe('Z_ROUTE_COUNTING', () => {
  const z = participant({ route: 'Z_ROUTE' });
  const foreign = placement({ dutchSpeakingEnvironment: false });

  it('passes but flags a place that is not Dutch-speaking, and says it does not count', () => {
    expect(checkFor('Z_ROUTE_COUNTING', z, foreign)).toMatchObject({
      passed: true,
      flagged: true,
      detailNl: 'geen Nederlandstalige omgeving: telt niet voor de 800 uur',
    });
    const m = createMatcher([foreign], defaultTravel).match(z, options()).matches[0];
    expect(m.countsTowardsZRouteHours).toBe(false);
  });

  it('fails it when the option excludes places that do not count', () => {
    expect(checkFor('Z_ROUTE_COUNTING', z, foreign, { excludeNonCountingForZRoute: true }).passed).toBe(
      false,
    );
    expect(isMatch(z, foreign, { excludeNonCountingForZRoute: true })).toBe(false);
  });

  it('counts a Dutch-speaking place', () => {
    expect(
      createMatcher([placement()], defaultTravel).match(z, options()).matches[0].countsTowardsZRouteHours,
    ).toBe(true);
  });

  it('does not apply outside the Z-route', () => {
    expect(
      checkFor('Z_ROUTE_COUNTING', participant(), foreign, { excludeNonCountingForZRoute: true }),
    ).toMatchObject({
      passed: true,
      flagged: false,
      detailEn: 'n/a (not Z-route)',
    });
    expect(
      createMatcher([foreign], defaultTravel).match(participant(), options()).matches[0]
        .countsTowardsZRouteHours,
    ).toBe(null);
  });
});

describe('AUDIENCE', () => {
  it.each([
    // place, participant gender, passed, detailNl, detailEn
    ['EVERYONE', null, true, 'open voor iedereen', 'open to everyone'],
    ['EVERYONE', 'MALE', true, 'open voor iedereen', 'open to everyone'],
    [
      'WOMEN',
      'FEMALE',
      true,
      'alleen voor vrouwen; deelnemer is een vrouw',
      'women only; the participant is a woman',
    ],
    [
      'WOMEN',
      'MALE',
      false,
      'alleen voor vrouwen; deelnemer is een man',
      'women only; the participant is a man',
    ],
    [
      'WOMEN',
      null,
      false,
      'alleen voor vrouwen; geslacht van de deelnemer niet vastgelegd (leg het vast als deze plek in aanmerking komt)',
      "women only; the participant's gender is not recorded (record it if this place is an option)",
    ],
    ['MEN', 'MALE', true, 'alleen voor mannen; deelnemer is een man', 'men only; the participant is a man'],
    [
      'MEN',
      'FEMALE',
      false,
      'alleen voor mannen; deelnemer is een vrouw',
      'men only; the participant is a woman',
    ],
    [
      'MEN',
      null,
      false,
      'alleen voor mannen; geslacht van de deelnemer niet vastgelegd (leg het vast als deze plek in aanmerking komt)',
      "men only; the participant's gender is not recorded (record it if this place is an option)",
    ],
  ] as const)(
    'a place for %s and a participant recorded as %s → passed %s',
    (audience, gender, passed, nl, en) => {
      const p = participant({ gender });
      const pl = placement({ audience });
      expect(checkFor('AUDIENCE', p, pl)).toMatchObject({
        passed,
        flagged: false,
        detailNl: nl,
        detailEn: en,
      });
      expect(isMatch(p, pl)).toBe(passed);
    },
  );

  it('never lists a place for the other gender, or for an unrecorded one, as a near miss, even when nothing else fails', () => {
    const women = placement({ audience: 'WOMEN' });
    for (const gender of ['MALE', null] as const) {
      const r = createMatcher([women], defaultTravel).match(participant({ gender }), options());
      expect(r.matches).toEqual([]);
      expect(r.nearMisses).toEqual([]);
    }
  });
});

describe('GROUP_LANGUAGE', () => {
  const arabic = placement({ groupLanguage: 'ar', dutchSpeakingEnvironment: false });

  it.each([
    // place's language, participant's languages, passed, detailNl, detailEn
    [null, [], true, 'in het Nederlands', 'held in Dutch'],
    [
      'ar',
      ['ar'],
      true,
      'in het Arabisch; deelnemer spreekt het',
      'held in Arabic; the participant speaks it',
    ],
    [
      'ar',
      ['ti', 'en'],
      false,
      'in het Arabisch; deelnemer spreekt het niet',
      'held in Arabic; the participant does not speak it',
    ],
    [
      'ti',
      ['ar'],
      false,
      'in het Tigrinya; deelnemer spreekt het niet',
      'held in Tigrinya; the participant does not speak it',
    ],
    [
      'AR',
      ['ar'],
      true,
      'in het Arabisch; deelnemer spreekt het',
      'held in Arabic; the participant speaks it',
    ],
    ['xx', ['xx'], true, 'in het xx; deelnemer spreekt het', 'held in xx; the participant speaks it'],
  ] as const)(
    'a place held in %s, a participant speaking %j → passed %s',
    (language, spoken, passed, nl, en) => {
      const p = participant({ otherLanguages: [...spoken] });
      const pl = placement({ groupLanguage: language, dutchSpeakingEnvironment: language === null });
      expect(checkFor('GROUP_LANGUAGE', p, pl)).toMatchObject({ passed, detailNl: nl, detailEn: en });
      expect(isMatch(p, pl)).toBe(passed);
    },
  );

  it('is no near miss: learning the group’s language is not a step towards the place', () => {
    const r = createMatcher([arabic], defaultTravel).match(
      participant({ otherLanguages: ['ti'] }),
      options(),
    );
    expect(r.nearMisses).toEqual([]);
  });

  it('does not count towards the 800 hours, even if the place claims a Dutch-speaking environment', () => {
    const z = participant({ route: 'Z_ROUTE' });
    const claims = placement({ groupLanguage: 'ar', dutchSpeakingEnvironment: true });
    const m = createMatcher([claims], defaultTravel).match(z, options()).matches[0];
    expect(m.countsTowardsZRouteHours).toBe(false);
    expect(m.checks.find((c) => c.criterion === 'Z_ROUTE_COUNTING')).toMatchObject({
      passed: true,
      flagged: true,
      detailNl: 'in het Arabisch, geen Nederlandstalige omgeving: telt niet voor de 800 uur',
      detailEn: 'held in Arabic, not a Dutch-speaking environment: does not count towards the 800 hours',
    });
    expect(isMatch(z, claims, { excludeNonCountingForZRoute: true })).toBe(false);
  });

  it('leaves staff languages a ranking bonus: a Dutch place whose staff speak Tigrinya still fits an Arabic speaker', () => {
    const pl = placement({ support: { buddy: false, supervisor: false, staffLanguages: ['ti'] } });
    const m = createMatcher([pl], defaultTravel).match(participant({ otherLanguages: ['ar'] }), options());
    expect(m.matches).toHaveLength(1);
    expect(m.matches[0].scoreBreakdown.find((s) => s.criterion === 'SUPPORT')?.points).toBe(0);
  });
});

describe('COMPENSATION', () => {
  it.each([
    // place, preference, passed, detailEn
    ['NONE', 'NO_PREFERENCE', true, 'unpaid; no preference for paid work'],
    ['NONE', 'PAID_PREFERRED', true, 'unpaid; participant prefers paid work'],
    ['NONE', 'PAID_ONLY', false, 'unpaid; participant wants paid work only'],
    ['VOLUNTEER_ALLOWANCE', 'PAID_ONLY', false, 'volunteer allowance; participant wants paid work only'],
    ['PAID', 'PAID_ONLY', true, 'paid; participant wants paid work only'],
  ] as const)('a %s place and a participant with %s → passed %s', (compensation, preference, passed, en) => {
    const p = participant({ compensationPreference: preference });
    const pl = placement({ compensation });
    expect(checkFor('COMPENSATION', p, pl)).toMatchObject({ passed, detailEn: en });
    expect(isMatch(p, pl)).toBe(passed);
  });

  it('says it in Dutch too', () => {
    const p = participant({ compensationPreference: 'PAID_ONLY' });
    expect(checkFor('COMPENSATION', p, placement({ compensation: 'VOLUNTEER_ALLOWANCE' })).detailNl).toBe(
      'vrijwilligersvergoeding; deelnemer wil alleen betaald werk',
    );
  });

  it('filters matches on the place’s compensation when asked, and counts only those as candidates', () => {
    const places = [
      placement({ id: 'a', compensation: 'NONE' }),
      placement({ id: 'b', compensation: 'PAID' }),
      placement({ id: 'c', compensation: 'VOLUNTEER_ALLOWANCE', status: 'PAUSED' }),
    ];
    const r = createMatcher(places, defaultTravel).match(
      participant(),
      options({ compensation: ['PAID', 'VOLUNTEER_ALLOWANCE'] }),
    );
    expect(r.matches.map((m) => m.placementId)).toEqual(['b']);
    expect(r.totalCandidates).toBe(2);
    const typed = createMatcher(places, defaultTravel).match(
      participant(),
      options({ compensation: ['NONE'], types: ['PARTICIPATIEPLEK'] }),
    );
    expect(typed.matches.map((m) => m.placementId)).toEqual(['a']);
    expect(typed.totalCandidates).toBe(1);
  });
});

describe('DST weeks', () => {
  it('gives the same hours in the week of the last Sunday of March as in any other week', () => {
    // Schedules are weekly wall-clock patterns; 29 March 2026 has 23 hours but a shift 09:00–17:00
    // is still 8 hours, and a Sunday 01:00–05:00 shift is still 4.
    const pl = placement({
      schedule: { kind: 'FIXED', shifts: [tr('MON', '09:00', '17:00'), tr('SUN', '01:00', '05:00')] },
    });
    const p = participant({
      availability: [tr('MON', '08:00', '18:00'), tr('SUN', '00:00', '06:00')],
      maxHoursPerWeek: 12,
    });
    for (const referenceDate of ['2026-03-23', '2026-03-29', '2026-10-25', REF]) {
      const m = createMatcher([pl], defaultTravel).match(p, options({ referenceDate })).matches[0];
      expect(m.weeklyOverlapHours).toBe(12);
      expect(m.checks.find((c) => c.criterion === 'HOURS')?.detailEn).toBe('at least 12 h/week ≤ max 12 h');
    }
  });
});

describe('formatDay', () => {
  it('writes a day out, with no leading zero, so that 03-04 cannot be read two ways', () => {
    expect(formatDay('2026-03-04', 'nl')).toBe('4 maart 2026');
    expect(formatDay('2026-03-04', 'en')).toBe('4 March 2026');
    expect(formatDay('2027-12-31', 'nl')).toBe('31 december 2027');
  });

  it('leaves text that is not a YYYY-MM-DD day as it is', () => {
    expect(formatDay('2026-13-01', 'nl')).toBe('2026-13-01');
    expect(formatDay('morgen', 'en')).toBe('morgen');
  });
});
