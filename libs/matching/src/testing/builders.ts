/*
 * Test builders for the matching specs. Kept free of jest and fast-check so the file is harmless
 * when the build compiles it.
 */
import type { TimeRange, Weekday } from '@plekwijzer/domain';
import type { Pc4Location, TravelEstimate, TravelMode, TravelTimeProvider } from '@plekwijzer/geo';
import type { MatchOptions, ParticipantProfile, PlacementProfile } from '../types.js';

/** Wednesday 20 May 2026. */
export const REF = '2026-05-20';

export function loc(lat: number, lon = 5.0, pc4 = '3811'): Pc4Location {
  return { pc4, municipality: 'Amersfoort', lat, lon };
}

export function tr(day: Weekday, start: string, end: string): TimeRange {
  return { day, start, end };
}

export const WEEKDAYS_MON_FRI: Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI'];

export function participant(overrides: Partial<ParticipantProfile> = {}): ParticipantProfile {
  return {
    id: 'p1',
    route: 'B1_ROUTE',
    targetGroup: 'STATUSHOUDER',
    pipDate: '2025-01-01',
    language: { SPEAKING: 'A2', LISTENING: 'A2', READING: 'A2', WRITING: 'A2' },
    otherLanguages: ['ar'],
    gender: null,
    compensationPreference: 'NO_PREFERENCE',
    home: loc(52.0),
    travelModes: ['BIKE'],
    maxTravelMinutes: 30,
    availability: WEEKDAYS_MON_FRI.map((d) => tr(d, '08:00', '18:00')),
    commitments: [],
    availableFrom: null,
    childcare: { needed: false, childrenAges: [], covered: [] },
    maxHoursPerWeek: 20,
    physicalCapacity: 'MEDIUM',
    interests: ['zorg'],
    participationHoursDone: 0,
    ...overrides,
  };
}

export function placement(overrides: Partial<PlacementProfile> = {}): PlacementProfile {
  return {
    id: 'pl1',
    type: 'PARTICIPATIEPLEK',
    status: 'PUBLISHED',
    sector: 'zorg',
    location: loc(52.0),
    language: {},
    support: { buddy: false, supervisor: false, staffLanguages: [] },
    dutchSpeakingEnvironment: true,
    audience: 'EVERYONE',
    groupLanguage: null,
    compensation: 'NONE',
    schedule: { kind: 'FIXED', shifts: [tr('MON', '09:00', '12:00')] },
    startDate: '2026-01-01',
    endDate: null,
    childcare: { kind: 'NONE' },
    physicalLoad: 'LIGHT',
    capacity: 2,
    occupied: 0,
    openToRoutes: ['Z_ROUTE', 'B1_ROUTE', 'ONDERWIJSROUTE', 'JONGERENROUTE'],
    openToTargetGroups: ['STATUSHOUDER', 'GEZINSMIGRANT', 'OVERIG'],
    mapPractice: false,
    ...overrides,
  };
}

export function options(overrides: Partial<MatchOptions> = {}): MatchOptions {
  return {
    stretchLanguage: false,
    includeNearMisses: true,
    excludeNonCountingForZRoute: false,
    maxResults: 100,
    referenceDate: REF,
    ...overrides,
  };
}

/**
 * Minutes per place id and mode, read from a table; a pair that is not in the table takes
 * `fallback` minutes. maxReachKm is unbounded, so no pruning depends on it.
 */
export function tableTravel(
  table: Record<string, Partial<Record<TravelMode, number>>>,
  fallback = 10,
): TravelTimeProvider {
  return {
    estimate(_from: Pc4Location, to: Pc4Location, mode: TravelMode): TravelEstimate {
      const minutes = table[to.pc4]?.[mode] ?? fallback;
      return { mode, minutes, distanceKm: 1, source: 'MATRIX' };
    },
    maxReachKm: () => Infinity,
  };
}

export function haversineKm(a: Pc4Location, b: Pc4Location): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Minutes per km by mode (walk 5 km/h, bike 15, e-bike 20, public transport 30, car 60). */
export const MINUTES_PER_KM: Record<TravelMode, number> = {
  WALK: 12,
  BIKE: 4,
  EBIKE: 3,
  PUBLIC_TRANSPORT: 2,
  CAR: 1,
};

/**
 * minutes = ceil(km × minutes-per-km). ceil(km·f) ≤ m implies km ≤ m / f, so m / f is an exact
 * reach bound. `reachScale` lets a test make the bound looser (> 1) to check pruning.
 */
export function distanceTravel(reachScale = 1): TravelTimeProvider {
  return {
    estimate(from, to, mode) {
      const km = haversineKm(from, to);
      return { mode, minutes: Math.ceil(km * MINUTES_PER_KM[mode]), distanceKm: km, source: 'ESTIMATE' };
    },
    maxReachKm: (minutes, mode) => (minutes / MINUTES_PER_KM[mode]) * reachScale,
  };
}
