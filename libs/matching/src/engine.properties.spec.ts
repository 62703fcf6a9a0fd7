import {
  COMPENSATION_PREFERENCES,
  COMPENSATIONS,
  CRITERIA,
  GENDERS,
  LANGUAGE_LEVELS,
  LANGUAGE_SKILLS,
  LEARNING_ROUTES,
  PHYSICAL_LOADS,
  PLACE_AUDIENCES,
  PLACEMENT_STATUSES,
  PLACEMENT_TYPES,
  TARGET_GROUPS,
  WEEKDAYS,
  type Criterion,
  type LanguageSkill,
  type TimeRange,
} from '@plekwijzer/domain';
import fc from 'fast-check';
import { TRAVEL_MODES, type TravelTimeProvider } from '@plekwijzer/geo';
import { compileParticipant, compilePlacements, distanceKm } from './compile.js';
import { createMatcher } from './engine.js';
import { buildPlaceGrid, cellBoundKm, cellIndex, ringBoundKm } from './grid.js';
import { distanceTravel, loc, options, participant, placement, REF } from './testing/builders.js';
import {
  type LanguageDemand,
  type MatchOptions,
  type MatchResult,
  type ParticipantProfile,
  type PlacementProfile,
} from './types.js';

// ---------------------------------------------------------------------------------------------
// Generators. Small domains, so that matches, near misses and failures all occur often.

const hhmm = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function rangeArb(aligned: boolean): fc.Arbitrary<TimeRange> {
  const step = aligned ? 15 : 5;
  return fc
    .record({
      day: fc.constantFrom(...WEEKDAYS),
      start: fc.integer({ min: 0, max: 1440 / step - 1 }).map((k) => k * step),
      length: fc.integer({ min: 1, max: (10 * 60) / step }).map((k) => k * step),
    })
    .map(({ day, start, length }) => {
      const end = start + length;
      return { day, start: hhmm(start), end: end === 1440 ? '24:00' : hhmm(end % 1440) };
    });
}

/** Mostly the friendly value, sometimes anything: keeps matches frequent and failures varied. */
function mostly<T>(friendly: fc.Arbitrary<T>, any: fc.Arbitrary<T>, weight = 3): fc.Arbitrary<T> {
  return fc.oneof({ weight, arbitrary: friendly }, { weight: 1, arbitrary: any });
}

/** Office hours on the given days, in whole hours; a common broad availability or cover. */
function officeHours(): fc.Arbitrary<TimeRange[]> {
  return fc
    .record({
      days: mostly(fc.constant([...WEEKDAYS.slice(0, 5)]), fc.subarray([...WEEKDAYS], { minLength: 3 })),
      from: fc.integer({ min: 6, max: 9 }),
      to: fc.integer({ min: 17, max: 23 }),
    })
    .map(({ days, from, to }) => days.map((day) => ({ day, start: hhmm(from * 60), end: hhmm(to * 60) })));
}

const SECTORS = ['zorg', 'horeca', 'techniek', 'groen'];
const LANGS = ['ar', 'ti', 'en', 'uk'];
const DATES = [
  '2025-06-01',
  '2026-01-01',
  '2026-05-19',
  '2026-05-20',
  '2026-09-01',
  '2027-12-31',
  '2028-06-01',
];

const levelArb = fc.constantFrom(...LANGUAGE_LEVELS.slice(0, 5));
const demandLevelArb = fc.constantFrom(...LANGUAGE_LEVELS.slice(0, 4));

function participantArb(aligned: boolean): fc.Arbitrary<ParticipantProfile> {
  const r = rangeArb(aligned);
  return fc.record({
    id: fc.constant('p'),
    route: fc.constantFrom(...LEARNING_ROUTES),
    targetGroup: fc.constantFrom(...TARGET_GROUPS),
    pipDate: mostly(fc.constantFrom('2025-01-01', '2026-04-01'), fc.constantFrom('2023-03-01', '2024-02-29')),
    language: fc.record({ SPEAKING: levelArb, LISTENING: levelArb, READING: levelArb, WRITING: levelArb }),
    otherLanguages: fc.subarray(LANGS),
    gender: fc.option(fc.constantFrom(...GENDERS), { nil: null, freq: 4 }),
    compensationPreference: mostly(
      fc.constant('NO_PREFERENCE' as const),
      fc.constantFrom(...COMPENSATION_PREFERENCES),
      2,
    ),
    home: fc
      .record({
        lat: fc.double({ min: 51.95, max: 52.05, noNaN: true }),
        lon: fc.double({ min: 4.95, max: 5.05, noNaN: true }),
      })
      .map(({ lat, lon }) => loc(lat, lon)),
    travelModes: mostly(fc.subarray([...TRAVEL_MODES], { minLength: 1 }), fc.subarray([...TRAVEL_MODES])),
    maxTravelMinutes: mostly(fc.integer({ min: 15, max: 45 }), fc.integer({ min: 0, max: 45 })),
    availability: mostly(
      fc.tuple(officeHours(), fc.array(r, { maxLength: 2 })).map(([a, b]) => [...a, ...b]),
      fc.array(r, { maxLength: 7 }),
    ),
    commitments: fc.array(
      fc.record({ kind: fc.constantFrom('LANGUAGE_CLASS' as const, 'OTHER' as const), range: r }),
      { maxLength: 3 },
    ),
    availableFrom: fc.option(fc.constantFrom(...DATES), { nil: null, freq: 2 }),
    childcare: fc.record({
      needed: fc.boolean(),
      childrenAges: fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 3 }),
      covered: mostly(
        fc.tuple(officeHours(), fc.array(r, { maxLength: 2 })).map(([a, b]) => [...a, ...b]),
        fc.array(r, { maxLength: 5 }),
        1,
      ),
    }),
    maxHoursPerWeek: mostly(fc.integer({ min: 12, max: 32 }), fc.integer({ min: 0, max: 32 })),
    physicalCapacity: mostly(fc.constant('HEAVY' as const), fc.constantFrom(...PHYSICAL_LOADS), 1),
    interests: fc.subarray(SECTORS),
    participationHoursDone: fc.integer({ min: 0, max: 900 }),
  });
}

function languageDemandArb(): fc.Arbitrary<Partial<Record<LanguageSkill, LanguageDemand>>> {
  return fc
    .array(
      fc.tuple(
        fc.constantFrom(...LANGUAGE_SKILLS),
        fc.record({ level: demandLevelArb, required: fc.boolean() }),
      ),
      { maxLength: 2 },
    )
    .map((pairs) => Object.fromEntries(pairs));
}

function placementArb(id: string, aligned: boolean): fc.Arbitrary<PlacementProfile> {
  const r = rangeArb(aligned);
  const shift = mostly(
    fc
      .record({
        day: fc.constantFrom(...WEEKDAYS.slice(0, 5)),
        from: fc.integer({ min: 8, max: 14 }),
        hours: fc.integer({ min: 1, max: 4 }),
      })
      .map(({ day, from, hours }) => ({ day, start: hhmm(from * 60), end: hhmm((from + hours) * 60) })),
    r,
  );
  const schedule = fc.oneof(
    fc.record({
      kind: fc.constant('FIXED' as const),
      shifts: fc.array(shift, { minLength: 1, maxLength: 3 }),
    }),
    fc
      .record({
        kind: fc.constant('FLEXIBLE' as const),
        windows: fc.array(r, { minLength: 1, maxLength: 3 }),
        minHoursPerWeek: mostly(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 40 })).map(
          (q) => q / 4,
        ),
        extra: fc.integer({ min: 0, max: 8 }),
      })
      .map(({ extra, ...s }) => ({ ...s, maxHoursPerWeek: s.minHoursPerWeek + extra })),
  );
  const childcare = fc.oneof(
    fc.constant({ kind: 'NONE' as const }),
    fc.constant({ kind: 'CHILDREN_WELCOME' as const }),
    fc
      .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }))
      .map(([a, b]) => ({ kind: 'ON_SITE' as const, minAgeYears: a, maxAgeYears: a + b })),
  );
  return fc.record({
    id: fc.constant(id),
    type: fc.constantFrom(...PLACEMENT_TYPES),
    status: fc.oneof(
      { weight: 5, arbitrary: fc.constant('PUBLISHED' as const) },
      { weight: 1, arbitrary: fc.constantFrom(...PLACEMENT_STATUSES) },
    ),
    sector: fc.constantFrom(...SECTORS),
    location: fc
      .record({
        lat: fc.double({ min: 51.93, max: 52.07, noNaN: true }),
        lon: fc.double({ min: 4.93, max: 5.07, noNaN: true }),
      })
      .map(({ lat, lon }) => loc(lat, lon)),
    language: languageDemandArb(),
    support: fc.record({ buddy: fc.boolean(), supervisor: fc.boolean(), staffLanguages: fc.subarray(LANGS) }),
    dutchSpeakingEnvironment: fc.boolean(),
    audience: mostly(fc.constant('EVERYONE' as const), fc.constantFrom(...PLACE_AUDIENCES), 2),
    groupLanguage: fc.option(fc.constantFrom(...LANGS), { nil: null, freq: 3 }),
    compensation: fc.constantFrom(...COMPENSATIONS),
    schedule,
    startDate: mostly(fc.constant('2026-01-01'), fc.constantFrom(...DATES)),
    endDate: fc.option(fc.constantFrom(...DATES), { nil: null, freq: 2 }),
    childcare,
    physicalLoad: fc.constantFrom(...PHYSICAL_LOADS),
    capacity: fc.integer({ min: 1, max: 3 }),
    occupied: mostly(fc.constant(0), fc.integer({ min: 0, max: 3 })),
    openToRoutes: mostly(
      fc.constant([...LEARNING_ROUTES]),
      fc.subarray([...LEARNING_ROUTES], { minLength: 1 }),
    ),
    openToTargetGroups: mostly(
      fc.constant([...TARGET_GROUPS]),
      fc.subarray([...TARGET_GROUPS], { minLength: 1 }),
    ),
    mapPractice: fc.boolean(),
  });
}

function placementsArb(aligned: boolean): fc.Arbitrary<PlacementProfile[]> {
  return fc
    .integer({ min: 1, max: 25 })
    .chain((n) =>
      fc.tuple(
        ...Array.from({ length: n }, (_, k) => placementArb(`pl-${String(k).padStart(2, '0')}`, aligned)),
      ),
    );
}

const optionsArb: fc.Arbitrary<MatchOptions> = fc.record({
  stretchLanguage: fc.boolean(),
  includeNearMisses: fc.constant(true),
  excludeNonCountingForZRoute: fc.boolean(),
  maxResults: fc.constant(1000),
  referenceDate: fc.constant(REF),
});

// ---------------------------------------------------------------------------------------------
// An independent oracle: the hard criteria written out naively, minute by minute, from the spec.

const WEEK = 7 * 1440;

function minutes(ranges: readonly TimeRange[]): Uint8Array {
  const set = new Uint8Array(WEEK);
  for (const r of ranges) {
    const [sh, sm] = r.start.split(':').map(Number);
    const [eh, em] = r.end.split(':').map(Number);
    const s = sh * 60 + sm;
    const e = eh * 60 + em;
    const len = e > s ? e - s : e + 1440 - s;
    const base = WEEKDAYS.indexOf(r.day) * 1440 + s;
    for (let m = 0; m < len; m++) set[(base + m) % WEEK] = 1;
  }
  return set;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function pipLast(pip: string): string {
  const [y, m, d] = pip.split('-').map(Number);
  const anniversary = new Date(Date.UTC(y + 3, m - 1, d)).toISOString().slice(0, 10);
  return addDays(anniversary, -1);
}

function oracle(
  p: ParticipantProfile,
  pl: PlacementProfile,
  o: MatchOptions,
  travel: TravelTimeProvider,
): Record<Criterion, boolean> {
  const avail = minutes(p.availability);
  const busy = minutes(p.commitments.map((c) => c.range));
  const free = avail.map((v, k) => (v && !busy[k] ? 1 : 0));
  const cover = minutes(p.childcare.covered);
  const levels = LANGUAGE_LEVELS as readonly string[];
  const loads = PHYSICAL_LOADS as readonly string[];
  const from = p.availableFrom && p.availableFrom > o.referenceDate ? p.availableFrom : o.referenceDate;
  const last = pipLast(p.pipDate);
  let placeMinMinutes: number;
  let availability: boolean;
  let childcareByTime: boolean;
  if (pl.schedule.kind === 'FIXED') {
    const shift = minutes(pl.schedule.shifts);
    placeMinMinutes = shift.reduce((a, b) => a + b, 0);
    availability = shift.every((v, k) => !v || free[k] === 1);
    childcareByTime = shift.every((v, k) => !v || cover[k] === 1);
  } else {
    const window = minutes(pl.schedule.windows);
    const need = Math.max(pl.schedule.minHoursPerWeek * 60, 15);
    placeMinMinutes = pl.schedule.minHoursPerWeek * 60;
    availability = window.reduce((a, v, k) => a + (v && free[k] ? 1 : 0), 0) >= need;
    childcareByTime = window.reduce((a, v, k) => a + (v && free[k] && cover[k] ? 1 : 0), 0) >= need;
  }
  const ages = p.childcare.childrenAges;
  const care = pl.childcare;
  const onSite =
    care.kind === 'ON_SITE' &&
    ages.length > 0 &&
    ages.every((a) => a >= care.minAgeYears && a <= care.maxAgeYears);
  const minutesByMode = p.travelModes.map((m) => travel.estimate(p.home, pl.location, m).minutes);
  // A place held in another language is never a Dutch-speaking environment.
  const dutch = pl.dutchSpeakingEnvironment && pl.groupLanguage === null;
  return {
    STATUS: pl.status === 'PUBLISHED',
    CAPACITY: pl.occupied < pl.capacity,
    AUDIENCE:
      pl.audience === 'EVERYONE' ||
      (pl.audience === 'WOMEN' && p.gender === 'FEMALE') ||
      (pl.audience === 'MEN' && p.gender === 'MALE'),
    GROUP_LANGUAGE: pl.groupLanguage === null || p.otherLanguages.includes(pl.groupLanguage),
    COMPENSATION: p.compensationPreference !== 'PAID_ONLY' || pl.compensation === 'PAID',
    ROUTE: pl.openToRoutes.includes(p.route),
    TARGET_GROUP: pl.openToTargetGroups.includes(p.targetGroup),
    PHYSICAL_LOAD: loads.indexOf(pl.physicalLoad) <= loads.indexOf(p.physicalCapacity),
    HOURS: placeMinMinutes <= p.maxHoursPerWeek * 60,
    DATES: from <= last && pl.startDate <= last && (pl.endDate === null || pl.endDate >= from),
    Z_ROUTE_COUNTING: !(o.excludeNonCountingForZRoute && p.route === 'Z_ROUTE' && !dutch),
    LANGUAGE: LANGUAGE_SKILLS.every((s) => {
      const d = pl.language[s];
      if (!d || !d.required) return true;
      const have = levels.indexOf(p.language[s]);
      const want = levels.indexOf(d.level);
      return have >= want || (o.stretchLanguage && have === want - 1);
    }),
    TRAVEL: minutesByMode.some((m) => m <= p.maxTravelMinutes),
    AVAILABILITY: availability,
    CHILDCARE: !p.childcare.needed || care.kind === 'CHILDREN_WELCOME' || onSite || childcareByTime,
  };
}

const failing = (r: Record<Criterion, boolean>): Criterion[] => CRITERIA.filter((c) => !r[c]);

/** Criteria that exclude a place outright: a place failing one is never a near miss. */
const NEVER_NEAR: readonly Criterion[] = ['STATUS', 'CAPACITY', 'AUDIENCE', 'GROUP_LANGUAGE', 'COMPENSATION'];

const ids = (r: MatchResult): string[] => r.matches.map((m) => m.placementId);

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const travel = distanceTravel();
const RUNS = 120;

// ---------------------------------------------------------------------------------------------

describe('engine properties', () => {
  it('on quarter-hour schedules, matches and near misses are exactly what the oracle says', () => {
    fc.assert(
      fc.property(participantArb(true), placementsArb(true), optionsArb, (p, places, o) => {
        const r = createMatcher(places, travel).match(p, o);
        const expectedMatches: string[] = [];
        const expectedNear: [string, Criterion][] = [];
        for (const pl of places) {
          const fails = failing(oracle(p, pl, o, travel));
          if (fails.length === 0) expectedMatches.push(pl.id);
          if (fails.length === 1 && !NEVER_NEAR.includes(fails[0])) expectedNear.push([pl.id, fails[0]]);
        }
        expect(ids(r).sort()).toEqual(expectedMatches.sort());
        expect(
          r.nearMisses.map((n): [string, Criterion] => [n.placementId, n.failedCriterion]).sort(),
        ).toEqual(expectedNear.sort());
        expect(r.totalCandidates).toBe(places.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('never returns a match that violates a hard criterion, whatever the minutes', () => {
    fc.assert(
      fc.property(participantArb(false), placementsArb(false), optionsArb, (p, places, o) => {
        const r = createMatcher(places, travel).match(p, o);
        const byId = new Map(places.map((pl) => [pl.id, pl]));
        for (const m of r.matches) {
          expect(failing(oracle(p, byId.get(m.placementId) as PlacementProfile, o, travel))).toEqual([]);
          expect(m.checks.every((c) => c.passed)).toBe(true);
          expect(m.checks).toHaveLength(CRITERIA.length);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a near miss fails exactly one criterion, never status, capacity, audience, group language or pay, and says which', () => {
    fc.assert(
      fc.property(participantArb(false), placementsArb(false), optionsArb, (p, places, o) => {
        const matcher = createMatcher(places, travel);
        for (const n of matcher.match(p, o).nearMisses) {
          const failed = n.checks.filter((c) => !c.passed).map((c) => c.criterion);
          expect(failed).toEqual([n.failedCriterion]);
          expect(NEVER_NEAR).not.toContain(n.failedCriterion);
          // Not even with another criterion failing as well: checked against the oracle.
          const pl = places.find((x) => x.id === n.placementId) as PlacementProfile;
          const fails = failing(oracle(p, pl, o, travel));
          for (const c of NEVER_NEAR) expect(fails).not.toContain(c);
          expect(matcher.explain(p, n.placementId, o)).toEqual(n.checks);
          expect(n.fixHintNl.length).toBeGreaterThan(0);
          expect(n.fixHintEn.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('explain and matchesPlacement agree with match for every placement', () => {
    fc.assert(
      fc.property(participantArb(false), placementsArb(false), optionsArb, (p, places, o) => {
        const matcher = createMatcher(places, travel);
        const r = matcher.match(p, o);
        const matched = new Map(r.matches.map((m) => [m.placementId, m]));
        for (const pl of places) {
          const checks = matcher.explain(p, pl.id, o) ?? [];
          expect(checks.every((c) => c.passed)).toBe(matched.has(pl.id));
          expect(matcher.matchesPlacement(p, pl.id, o)).toEqual(matched.get(pl.id));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('leaving texts out changes nothing but the texts left out', () => {
    const kinds = ['matchChecks', 'scoreItems', 'nearMissChecks', 'fixHints'] as const;
    const textsArb = fc.record(
      Object.fromEntries(kinds.map((k) => [k, fc.boolean()])) as {
        [K in (typeof kinds)[number]]: fc.Arbitrary<boolean>;
      },
    );
    fc.assert(
      fc.property(
        participantArb(false),
        placementsArb(false),
        optionsArb,
        textsArb,
        (p, places, o, texts) => {
          const matcher = createMatcher(places, travel);
          const full = matcher.match(p, o);
          const some = matcher.match(p, { ...o, texts });
          // What the texts left out would have said, blanked in the full answer: the rest must be equal.
          const blank = <T extends { detailNl: string; detailEn: string }>(items: T[], keep: boolean): T[] =>
            keep ? items : items.map((item) => ({ ...item, detailNl: '', detailEn: '' }));
          expect(some).toEqual({
            ...full,
            matches: full.matches.map((m) => ({
              ...m,
              checks: blank(m.checks, texts.matchChecks),
              scoreBreakdown: blank(m.scoreBreakdown, texts.scoreItems),
            })),
            nearMisses: full.nearMisses.map((n) => ({
              ...n,
              checks: blank(n.checks, texts.nearMissChecks),
              ...(texts.fixHints ? {} : { fixHintNl: '', fixHintEn: '' }),
            })),
          });
          // Checks without texts are shared by every answer: frozen, so no caller changes another's.
          if (!texts.nearMissChecks)
            for (const n of some.nearMisses) expect(n.checks.every((c) => Object.isFrozen(c))).toBe(true);
          // And the full answer has every text (so the comparison above blanks real texts).
          for (const m of full.matches) expect(m.checks.every((c) => c.detailNl && c.detailEn)).toBe(true);
          for (const n of full.nearMisses) expect(n.checks.every((c) => c.detailNl && c.detailEn)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('adding free time, dropping a commitment or adding childcare cover never removes a match', () => {
    fc.assert(
      fc.property(
        participantArb(false),
        placementsArb(false),
        optionsArb,
        rangeArb(false),
        fc.nat(),
        (p, places, o, extra, pick) => {
          const matcher = createMatcher(places, travel);
          const before = ids(matcher.match(p, o));
          const variants: ParticipantProfile[] = [
            { ...p, availability: [...p.availability, extra] },
            { ...p, childcare: { ...p.childcare, covered: [...p.childcare.covered, extra] } },
            {
              ...p,
              commitments: p.commitments.filter((_, k) => k !== pick % Math.max(1, p.commitments.length)),
            },
          ];
          for (const v of variants) expect(ids(matcher.match(v, o))).toEqual(expect.arrayContaining(before));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a match is always for everyone or for the gender recorded, in a language spoken, and paid when only paid work is wanted', () => {
    fc.assert(
      fc.property(participantArb(false), placementsArb(false), optionsArb, (p, places, o) => {
        const byId = new Map(places.map((pl) => [pl.id, pl]));
        const r = createMatcher(places, travel).match(p, o);
        for (const m of r.matches) {
          const pl = byId.get(m.placementId) as PlacementProfile;
          if (pl.audience === 'WOMEN') expect(p.gender).toBe('FEMALE');
          if (pl.audience === 'MEN') expect(p.gender).toBe('MALE');
          if (pl.groupLanguage !== null) {
            expect(p.otherLanguages).toContain(pl.groupLanguage);
            // Held in another language: never counted as a Dutch-speaking environment.
            if (p.route === 'Z_ROUTE') expect(m.countsTowardsZRouteHours).toBe(false);
          }
          if (p.compensationPreference === 'PAID_ONLY') expect(pl.compensation).toBe('PAID');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('adding a spoken language never removes a match', () => {
    fc.assert(
      fc.property(
        participantArb(false),
        placementsArb(false),
        optionsArb,
        fc.constantFrom(...LANGS),
        (p, places, o, language) => {
          const matcher = createMatcher(places, travel);
          const before = ids(matcher.match(p, o));
          const languages = [...new Set([...p.otherLanguages, language])];
          const after = ids(matcher.match({ ...p, otherLanguages: languages }, o));
          expect(after).toEqual(expect.arrayContaining(before));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('"paid preferred" never removes a match or a near miss compared with no preference; "paid only" keeps a subset', () => {
    fc.assert(
      fc.property(participantArb(false), placementsArb(false), optionsArb, (p, places, o) => {
        const matcher = createMatcher(places, travel);
        const none = matcher.match({ ...p, compensationPreference: 'NO_PREFERENCE' }, o);
        const preferred = matcher.match({ ...p, compensationPreference: 'PAID_PREFERRED' }, o);
        const only = matcher.match({ ...p, compensationPreference: 'PAID_ONLY' }, o);
        expect(ids(preferred).sort()).toEqual(ids(none).sort());
        expect(preferred.nearMisses.map((n) => n.placementId).sort()).toEqual(
          none.nearMisses.map((n) => n.placementId).sort(),
        );
        expect(ids(none)).toEqual(expect.arrayContaining(ids(only)));
      }),
      { numRuns: RUNS },
    );
  });

  it('raising a language level never removes a match', () => {
    fc.assert(
      fc.property(
        participantArb(false),
        placementsArb(false),
        optionsArb,
        fc.constantFrom(...LANGUAGE_SKILLS),
        (p, places, o, skill) => {
          const matcher = createMatcher(places, travel);
          const before = ids(matcher.match(p, o));
          const current = LANGUAGE_LEVELS.indexOf(p.language[skill]);
          const raised = LANGUAGE_LEVELS[Math.min(current + 1, LANGUAGE_LEVELS.length - 1)];
          const after = ids(matcher.match({ ...p, language: { ...p.language, [skill]: raised } }, o));
          expect(after).toEqual(expect.arrayContaining(before));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a running MAP changes no match, only adds 15 points to each place with MAP practice', () => {
    fc.assert(
      fc.property(
        participantArb(false),
        placementsArb(false),
        optionsArb,
        fc.integer({ min: 1, max: 40 }),
        (p, places, o, needed) => {
          const matcher = createMatcher(places, travel);
          const all = { ...o, maxResults: places.length + 1 };
          const scores = (profile: ParticipantProfile) =>
            new Map(matcher.match(profile, all).matches.map((m) => [m.placementId, m.score]));
          const before = scores({ ...p, mapPracticeHoursNeeded: 0 });
          const after = scores({ ...p, mapPracticeHoursNeeded: needed });
          expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
          for (const place of places) {
            if (!before.has(place.id)) continue;
            const bonus = place.mapPractice ? 15 : 0;
            expect(after.get(place.id)).toBeCloseTo(before.get(place.id)! + bonus, 6);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('gives the same output for the same input, also with shuffled input arrays', () => {
    fc.assert(
      fc.property(participantArb(false), placementsArb(false), optionsArb, fc.nat(), (p, places, o, seed) => {
        const first = createMatcher(places, travel).match(p, o);
        expect(createMatcher(places, travel).match(p, o)).toEqual(first);
        const shuffledPerson: ParticipantProfile = {
          ...p,
          availability: shuffle(p.availability, seed),
          commitments: shuffle(p.commitments, seed + 1),
          travelModes: shuffle(p.travelModes, seed + 2),
          interests: shuffle(p.interests, seed + 3),
          otherLanguages: shuffle(p.otherLanguages, seed + 4),
          childcare: {
            ...p.childcare,
            covered: shuffle(p.childcare.covered, seed + 5),
            childrenAges: shuffle(p.childcare.childrenAges, seed + 6),
          },
        };
        const shuffledPlaces = shuffle(places, seed + 7).map((pl) => ({
          ...pl,
          openToRoutes: shuffle(pl.openToRoutes, seed),
          support: { ...pl.support, staffLanguages: shuffle(pl.support.staffLanguages, seed) },
          schedule:
            pl.schedule.kind === 'FIXED'
              ? { ...pl.schedule, shifts: shuffle(pl.schedule.shifts, seed) }
              : { ...pl.schedule, windows: shuffle(pl.schedule.windows, seed) },
        }));
        expect(createMatcher(shuffledPlaces, travel).match(shuffledPerson, o)).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('sorts matches by score, then travel minutes, then id, and maxResults keeps the head', () => {
    fc.assert(
      fc.property(
        participantArb(false),
        placementsArb(false),
        optionsArb,
        fc.integer({ min: 0, max: 5 }),
        (p, places, o, k) => {
          const matcher = createMatcher(places, travel);
          const all = matcher.match(p, o);
          for (let i = 1; i < all.matches.length; i++) {
            const a = all.matches[i - 1];
            const b = all.matches[i];
            const inOrder =
              a.score > b.score ||
              (a.score === b.score &&
                (a.travel.minutes < b.travel.minutes ||
                  (a.travel.minutes === b.travel.minutes && a.placementId < b.placementId)));
            expect(inOrder).toBe(true);
          }
          for (const m of all.matches) {
            const sum = m.scoreBreakdown.reduce((s, x) => s + x.points, 0);
            expect(m.score).toBeCloseTo(sum, 6);
          }
          const head = matcher.match(p, { ...o, maxResults: k });
          expect(head.matches).toEqual(all.matches.slice(0, k));
          expect(head.nearMisses).toEqual(all.nearMisses.slice(0, k));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('spatial pruning changes nothing: same result as a provider without a reach bound', () => {
    const unbounded: TravelTimeProvider = { estimate: travel.estimate, maxReachKm: () => Infinity };
    fc.assert(
      fc.property(
        participantArb(false),
        placementsArb(false),
        optionsArb,
        fc.boolean(),
        (p, places, o, withNear) => {
          const opts = { ...o, includeNearMisses: withNear };
          expect(createMatcher(places, travel).match(p, opts)).toEqual(
            createMatcher(places, unbounded).match(p, opts),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('rank() selects and orders exactly like match(), without the text', () => {
    fc.assert(
      fc.property(
        participantArb(false),
        placementsArb(false),
        optionsArb,
        fc.integer({ min: 0, max: 6 }),
        (p, places, o, k) => {
          const matcher = createMatcher(places, travel);
          const opts = { ...o, maxResults: k };
          const full = matcher.match(p, opts);
          const lean = matcher.rank(p, opts);
          expect(lean.totalCandidates).toBe(full.totalCandidates);
          expect(lean.matches).toEqual(
            full.matches.map((m) => ({
              placementId: m.placementId,
              score: m.score,
              travelMinutes: m.travel.minutes,
              travelMode: m.travel.mode,
              stretched: m.stretched,
              countsTowardsZRouteHours: m.countsTowardsZRouteHours,
            })),
          );
          expect(lean.nearMisses).toEqual(
            full.nearMisses.map((n) => ({ placementId: n.placementId, failedCriterion: n.failedCriterion })),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('without near misses, returns the same matches as with them', () => {
    fc.assert(
      fc.property(participantArb(false), placementsArb(false), optionsArb, (p, places, o) => {
        const matcher = createMatcher(places, travel);
        const r = matcher.match(p, { ...o, includeNearMisses: false });
        expect(r.nearMisses).toEqual([]);
        expect(r.matches).toEqual(matcher.match(p, o).matches);
      }),
      { numRuns: RUNS },
    );
  });

  it('maxNearMisses caps only the near misses: one pass gives every match and the nearest misses', () => {
    fc.assert(
      fc.property(
        participantArb(false),
        placementsArb(false),
        optionsArb,
        fc.integer({ min: 0, max: 5 }),
        (p, places, o, k) => {
          const matcher = createMatcher(places, travel);
          const onePass = matcher.match(p, { ...o, includeNearMisses: true, maxNearMisses: k });
          const everyMatch = matcher.match(p, { ...o, includeNearMisses: false });
          const nearest = matcher.match(p, { ...o, includeNearMisses: true, maxResults: k });
          expect(onePass.matches).toEqual(everyMatch.matches);
          expect(onePass.nearMisses).toEqual(nearest.nearMisses);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The grid (grid.ts) decides which places select() visits. Visiting every place (the candidateIds
// path, which walks no index) must give exactly the same answer, however the places and the
// participant lie relative to the cells.

const DEGREE = Math.PI / 180;

/** 1 km north and east of (52, 5), in degrees. */
const KM_LAT = 1 / 111.2;
const KM_LON = 1 / 68.5;

/**
 * Places spread wide, packed in a cluster, stacked on a few points (equal distances), or around
 * (52, 5) at distances near typical reaches (a participant there sees cells cut by the circle).
 */
const spreadArb = fc.oneof(
  fc
    .record({
      km: fc.oneof(fc.double({ min: 0, max: 40, noNaN: true }), fc.constantFrom(2.5, 5, 10, 15, 22.5)),
      angle: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
    })
    .map(({ km, angle }) => ({
      lat: 52 + km * Math.sin(angle) * KM_LAT,
      lon: 5 + km * Math.cos(angle) * KM_LON,
    })),
  fc.record({
    lat: fc.double({ min: 51.5, max: 52.5, noNaN: true }),
    lon: fc.double({ min: 4.4, max: 5.6, noNaN: true }),
  }),
  fc.record({
    lat: fc.double({ min: 51.98, max: 52.02, noNaN: true }),
    lon: fc.double({ min: 4.98, max: 5.02, noNaN: true }),
  }),
  fc.constantFrom({ lat: 52, lon: 5 }, { lat: 52.05, lon: 5.05 }, { lat: 51.7, lon: 4.6 }),
);

/** A point on a cell border of the grid built for `places` (or just beside it), row and column picked by `at`. */
function onBorder(
  places: readonly PlacementProfile[],
  at: { row: number; col: number; dLat: number; dLon: number },
): { lat: number; lon: number } {
  const g = buildPlaceGrid(compilePlacements(places));
  const row = at.row % (g.rows + 1);
  const col = at.col % (g.cols + 1);
  return {
    lat: (g.lat0 + row * g.cellLat) / DEGREE + at.dLat,
    lon: (g.lon0 + col * g.cellLon) / DEGREE + at.dLon,
  };
}

const borderArb = fc.record({
  row: fc.nat(),
  col: fc.nat(),
  dLat: fc.constantFrom(0, 1e-12, -1e-12, 1e-7, -1e-7),
  dLon: fc.constantFrom(0, 1e-12, -1e-12, 1e-7, -1e-7),
});

const gridScenarioArb = fc
  .record({
    spots: fc.array(spreadArb, { minLength: 1, maxLength: 120 }),
    // Places moved onto cell borders of the grid the other places make (index, border).
    moved: fc.array(fc.tuple(fc.nat(), borderArb), { maxLength: 20 }),
    where: fc.oneof(
      fc.record({ kind: fc.constant('place' as const), index: fc.nat() }),
      fc.record({
        kind: fc.constant('anywhere' as const),
        lat: fc.double({ min: 51.99, max: 52.01, noNaN: true }),
        lon: fc.double({ min: 4.99, max: 5.01, noNaN: true }),
      }),
      fc.record({ kind: fc.constant('border' as const), border: borderArb }),
      // In the country and well outside the places' box, and far abroad.
      fc.record({
        kind: fc.constant('anywhere' as const),
        lat: fc.double({ min: 50.5, max: 53.5, noNaN: true }),
        lon: fc.double({ min: 3, max: 7.5, noNaN: true }),
      }),
      fc.record({
        kind: fc.constant('anywhere' as const),
        lat: fc.double({ min: -89.9, max: 89.9, noNaN: true }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
      }),
    ),
    // 0: reach is only the margin; 1e6: everything is in reach.
    reachScale: fc.constantFrom(0, 0.3, 1, 4, 1e6),
  })
  .chain(({ spots, moved, where, reachScale }) =>
    fc
      .tuple(...spots.map((_, k) => placementArb(`pl-${String(k).padStart(2, '0')}`, false)))
      .map((generated) => {
        const places = generated.map((pl, k) => ({ ...pl, location: loc(spots[k].lat, spots[k].lon) }));
        // Keep the places that span the box where they are, so moving the others keeps the grid.
        const keep = new Set<number>();
        for (const pick of [
          (pl: PlacementProfile) => pl.location.lat,
          (pl: PlacementProfile) => -pl.location.lat,
          (pl: PlacementProfile) => pl.location.lon,
          (pl: PlacementProfile) => -pl.location.lon,
        ]) {
          keep.add(places.reduce((best, pl, k) => (pick(pl) < pick(places[best]) ? k : best), 0));
        }
        const box = {
          lat: [Math.min(...spots.map((s) => s.lat)), Math.max(...spots.map((s) => s.lat))],
          lon: [Math.min(...spots.map((s) => s.lon)), Math.max(...spots.map((s) => s.lon))],
        };
        const clamp = (x: number, [lo, hi]: number[]) => Math.min(hi, Math.max(lo, x));
        const grid = [...places];
        for (const [index, border] of moved) {
          const k = index % places.length;
          if (keep.has(k)) continue;
          const point = onBorder(grid, border);
          places[k] = { ...places[k], location: loc(clamp(point.lat, box.lat), clamp(point.lon, box.lon)) };
        }
        let home: { lat: number; lon: number };
        if (where.kind === 'place') home = places[where.index % places.length].location;
        else if (where.kind === 'border') home = onBorder(places, where.border);
        else home = where;
        return { places, home, travel: distanceTravel(reachScale) };
      }),
  );

const gridOptionsArb: fc.Arbitrary<MatchOptions> = fc.record(
  {
    stretchLanguage: fc.boolean(),
    includeNearMisses: fc.boolean(),
    excludeNonCountingForZRoute: fc.boolean(),
    maxResults: fc.integer({ min: 0, max: 30 }),
    maxNearMisses: fc.integer({ min: 0, max: 30 }),
    referenceDate: fc.constant(REF),
    types: fc.subarray([...PLACEMENT_TYPES]),
    sectors: fc.subarray([...SECTORS, 'ZORG ', 'onbekend']),
    compensation: fc.subarray([...COMPENSATIONS]),
  },
  {
    requiredKeys: [
      'stretchLanguage',
      'includeNearMisses',
      'excludeNonCountingForZRoute',
      'maxResults',
      'referenceDate',
    ],
  },
);

describe('the spatial grid', () => {
  it('visits every place that can matter: the same answer as visiting every place (property)', () => {
    fc.assert(
      fc.property(participantArb(false), gridScenarioArb, gridOptionsArb, (person, scenario, o) => {
        const p = { ...person, home: loc(scenario.home.lat, scenario.home.lon) };
        const matcher = createMatcher(scenario.places, scenario.travel);
        const everyPlace = { ...o, candidateIds: new Set(scenario.places.map((pl) => pl.id)) };
        expect(matcher.match(p, o)).toEqual(matcher.match(p, everyPlace));
        expect(matcher.rank(p, o)).toEqual(matcher.rank(p, everyPlace));
      }),
      { numRuns: 300 },
    );
  });

  it('bounds no place closer than distanceKm: per cell, and per ring of cells (property)', () => {
    const points = fc.array(spreadArb, { minLength: 1, maxLength: 200 });
    const homeArb = fc.oneof(
      spreadArb,
      fc.record({
        lat: fc.double({ min: -89.9, max: 89.9, noNaN: true }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(points, homeArb, (spots, home) => {
        const c = compilePlacements(
          spots.map((s, k) => placement({ id: `pl-${k}`, location: loc(s.lat, s.lon) })),
        );
        const g = buildPlaceGrid(c);
        const p = compileParticipant(participant({ home: loc(home.lat, home.lon) }), REF);
        const row = cellIndex(p.latRad, g.lat0, g.cellLat, g.rows);
        const col = cellIndex(p.lonRad, g.lon0, g.cellLon, g.cols);
        for (let cell = 0; cell < g.rows * g.cols; cell++) {
          const ring = Math.max(Math.abs(Math.floor(cell / g.cols) - row), Math.abs((cell % g.cols) - col));
          for (let m = g.start[cell]; m < g.start[cell + 1]; m++) {
            const d = distanceKm(c, g.order[m], p);
            expect(cellBoundKm(g, cell, p)).toBeLessThanOrEqual(d);
            for (let r = 1; r <= ring; r++) expect(ringBoundKm(g, row, col, r, p)).toBeLessThanOrEqual(d);
          }
        }
        // Every place is in exactly one cell.
        expect([...g.order].sort((a, b) => a - b)).toEqual([...Array(c.n).keys()]);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects coordinates its distance bounds do not hold for', () => {
    const travelled = distanceTravel();
    expect(() => createMatcher([placement({ location: loc(91, 5) })], travelled)).toThrow(RangeError);
    expect(() => createMatcher([placement({ location: loc(52, NaN) })], travelled)).toThrow(RangeError);
    const matcher = createMatcher([placement()], travelled);
    expect(() => matcher.match(participant({ home: loc(NaN, 5) }), options())).toThrow(RangeError);
    expect(() => matcher.explain(participant({ home: loc(52, Infinity) }), 'pl1', options())).toThrow(
      RangeError,
    );
  });
});
