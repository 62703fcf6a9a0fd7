import { readFileSync } from 'node:fs';
import { TravelTimeEstimator, type Pc4Location, TRAVEL_MODES } from '@plekwijzer/geo';
import { createMatcher } from './engine.js';
import {
  LANGUAGE_LEVELS,
  PLACEMENT_TYPES,
  type ParticipantProfile,
  type PlacementCandidate,
  type TimeRange,
  WEEKDAYS,
} from './types.js';

let seed = 42;
const rnd = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

export function main(): void {
  const rows = readFileSync('data/nl-pc4-centroids.csv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  const locs: Pc4Location[] = rows.map(([pc4, lat, lon, m]) => ({
    pc4,
    lat: +lat,
    lon: +lon,
    municipality: m,
  }));
  const sectors = [
    'zorg',
    'horeca',
    'techniek',
    'groen',
    'logistiek',
    'retail',
    'schoonmaak',
    'onderwijs',
    'cultuur',
    'sport',
  ];
  const places: PlacementCandidate[] = [];
  for (let i = 0; i < 20000; i++) {
    const fixed = rnd() < 0.6;
    const shifts: TimeRange[] = [];
    const n = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < n; k++) {
      const s = 8 + Math.floor(rnd() * 8);
      shifts.push({
        day: WEEKDAYS[(k * 2 + Math.floor(rnd() * 2)) % 7],
        start: hh(s),
        end: hh(s + 2 + Math.floor(rnd() * 3)),
      });
    }
    places.push({
      id: `pl${i}`,
      type: pick(PLACEMENT_TYPES),
      status: rnd() < 0.9 ? 'PUBLISHED' : 'DRAFT',
      sector: pick(sectors),
      location: pick(locs),
      language: rnd() < 0.5 ? { SPEAKING: { level: pick(['A1', 'A2', 'B1'] as const), required: true } } : {},
      support: { buddy: rnd() < 0.3, supervisor: rnd() < 0.5, staffLanguages: rnd() < 0.2 ? ['ar'] : [] },
      dutchSpeakingEnvironment: rnd() < 0.8,
      schedule: fixed
        ? { kind: 'FIXED', shifts }
        : {
            kind: 'FLEXIBLE',
            windows: ['MON', 'TUE', 'WED', 'THU', 'FRI'].map((d) => ({
              day: d as 'MON',
              start: '09:00',
              end: '17:00',
            })),
            minHoursPerWeek: 4 + Math.floor(rnd() * 8),
            maxHoursPerWeek: 16,
          },
      startDate: '2026-01-01',
      endDate: rnd() < 0.3 ? '2026-12-31' : null,
      childcare:
        rnd() < 0.1
          ? { kind: 'ON_SITE', minAgeYears: 0, maxAgeYears: 4 }
          : rnd() < 0.1
            ? { kind: 'CHILDREN_WELCOME' }
            : { kind: 'NONE' },
      physicalLoad: pick(['LIGHT', 'MEDIUM', 'HEAVY'] as const),
      capacity: 2,
      occupied: rnd() < 0.2 ? 2 : 0,
      openToRoutes: ['Z_ROUTE', 'B1_ROUTE', 'ONDERWIJSROUTE', 'JONGERENROUTE'],
      openToTargetGroups: ['STATUSHOUDER', 'GEZINSMIGRANT', 'OVERIG'],
      mapPractice: false,
    });
  }
  const travel = new TravelTimeEstimator();
  let t0 = performance.now();
  const matcher = createMatcher(places, travel);
  console.log('compile ms', performance.now() - t0);
  const people: ParticipantProfile[] = [];
  for (let i = 0; i < 600; i++) {
    people.push({
      id: `p${i}`,
      route: pick(['Z_ROUTE', 'B1_ROUTE'] as const),
      targetGroup: 'STATUSHOUDER',
      pipDate: '2025-09-01',
      language: {
        SPEAKING: pick(LANGUAGE_LEVELS.slice(0, 4)),
        LISTENING: 'A1',
        READING: 'A1',
        WRITING: 'NONE',
      },
      otherLanguages: ['ar'],
      home: pick(locs),
      travelModes: rnd() < 0.5 ? ['BIKE', 'WALK'] : ['BIKE', 'PUBLIC_TRANSPORT'],
      maxTravelMinutes: 15 + Math.floor(rnd() * 30),
      availability: ['MON', 'TUE', 'WED', 'THU', 'FRI'].map((d) => ({
        day: d as 'MON',
        start: '08:00',
        end: '18:00',
      })),
      commitments: [
        { kind: 'LANGUAGE_CLASS', range: { day: 'MON', start: '09:00', end: '12:00' } },
        { kind: 'LANGUAGE_CLASS', range: { day: 'WED', start: '09:00', end: '12:00' } },
      ],
      availableFrom: null,
      childcare:
        rnd() < 0.3
          ? {
              needed: true,
              childrenAges: [3],
              covered: ['MON', 'TUE', 'WED', 'THU', 'FRI'].map((d) => ({
                day: d as 'MON',
                start: '08:30',
                end: '14:00',
              })),
            }
          : { needed: false, childrenAges: [], covered: [] },
      maxHoursPerWeek: 16,
      physicalCapacity: 'MEDIUM',
      interests: ['zorg'],
      participationHoursDone: 100,
    });
  }
  for (const near of [true, false]) {
    const times: number[] = [];
    let m = 0,
      nm = 0;
    for (const p of people) {
      t0 = performance.now();
      const r = matcher.match(p, {
        stretchLanguage: false,
        includeNearMisses: near,
        excludeNonCountingForZRoute: false,
        maxResults: 50,
        referenceDate: '2026-05-20',
      });
      times.push(performance.now() - t0);
      m += r.matches.length;
      nm += r.nearMisses.length;
    }
    const w = times.slice(100).sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        near,
        p50: w[Math.floor(w.length * 0.5)],
        p95: w[Math.floor(w.length * 0.95)],
        max: w.at(-1),
        avgMatches: m / people.length,
        avgNear: nm / people.length,
      }),
    );
  }
  void TRAVEL_MODES;
}
main();
