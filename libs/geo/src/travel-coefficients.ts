import { TRAVEL_MODES, type TravelMode } from './types.js';

/** Walking, cycling, e-bike and car: distance at a speed, plus a fixed overhead. */
export interface ModeCoefficients {
  /** Average moving speed in km/h along the route. */
  speedKmh: number;
  /** Route distance divided by straight-line distance (≥ 1). */
  detourFactor: number;
  /** Fixed minutes per trip (unlocking and parking a bike, parking a car and walking to the door). */
  overheadMinutes: number;
}

/** Public transport: walk to the stop, wait, ride, walk to the door. */
export interface PublicTransportCoefficients {
  /** Average in-vehicle speed in km/h including stops (bus/tram, transfers folded in). */
  inVehicleSpeedKmh: number;
  /** Route distance of the vehicle divided by straight-line distance (≥ 1). */
  detourFactor: number;
  /** Average wait at the first stop, minutes. */
  waitMinutes: number;
  /** Walking to the first stop plus from the last stop, minutes together. */
  accessEgressWalkMinutes: number;
}

export interface TravelCoefficients {
  WALK: ModeCoefficients;
  BIKE: ModeCoefficients;
  EBIKE: ModeCoefficients;
  CAR: ModeCoefficients;
  PUBLIC_TRANSPORT: PublicTransportCoefficients;
  /**
   * Straight-line km assumed for any trip whose centroids are closer than this, including a trip
   * within one PC4 (distance 0). PC4 areas are not points: two addresses in one urban PC4 are
   * typically 0.5–1 km apart, so a same-PC4 trip still takes a few minutes.
   */
  intraPc4DistanceKm: number;
}

/**
 * Overrides for {@link TravelCoefficients}. Any subset, down to single fields:
 * `{ BIKE: { speedKmh: 12 } }` keeps the other bike defaults. A `Partial<TravelCoefficients>`
 * (whole modes) is also accepted.
 */
export type TravelCoefficientOverrides = {
  [M in TravelMode]?: Partial<TravelCoefficients[M]>;
} & { intraPc4DistanceKm?: number };

/**
 * Default coefficients: Dutch urban averages for a trip in and around a town like Amersfoort.
 * They are estimates, chosen to be somewhat conservative; override them, or load a
 * `TravelTimeMatrix` for real timetables and networks.
 *
 * | mode               | speed km/h            | detour | fixed minutes                        |
 * | ------------------ | --------------------- | ------ | ------------------------------------ |
 * | `WALK`             | 4.8                   | 1.3    | 0                                    |
 * | `BIKE`             | 15                    | 1.3    | 2 (unlock, park)                     |
 * | `EBIKE`            | 20                    | 1.3    | 2 (unlock, park)                     |
 * | `CAR`              | 30 (urban, lights)    | 1.3    | 5 (find parking, walk to the door)   |
 * | `PUBLIC_TRANSPORT` | 25 (in vehicle)       | 1.4    | 5 wait + 8 walking to/from stops     |
 *
 * Same-PC4 and very short trips use `intraPc4DistanceKm` = 0.7 km (see below).
 *
 * Minutes for straight-line distance `d` km, with `x = max(d, intraPc4DistanceKm)` (0.7 km):
 * - walk, bike, e-bike, car: `overhead + x · detour / speed · 60`
 * - public transport (ESTIMATE): `min(walk(x), access + wait + x · detour / inVehicleSpeed · 60)`,
 *   because for a short trip nobody waits for a bus that is slower than walking the whole way.
 *   This is a bus-like average: it gives train corridors too many minutes and rural lines with
 *   an hourly service too few. Load a matrix where that matters.
 *
 * The result is rounded up to whole minutes (with a 1e-6 minute tolerance for floating-point
 * noise), so it is never more optimistic than the formula.
 */
export const DEFAULT_TRAVEL_COEFFICIENTS: Readonly<TravelCoefficients> = deepFreeze({
  WALK: { speedKmh: 4.8, detourFactor: 1.3, overheadMinutes: 0 },
  BIKE: { speedKmh: 15, detourFactor: 1.3, overheadMinutes: 2 },
  EBIKE: { speedKmh: 20, detourFactor: 1.3, overheadMinutes: 2 },
  CAR: { speedKmh: 30, detourFactor: 1.3, overheadMinutes: 5 },
  PUBLIC_TRANSPORT: { inVehicleSpeedKmh: 25, detourFactor: 1.4, waitMinutes: 5, accessEgressWalkMinutes: 8 },
  intraPc4DistanceKm: 0.7,
});

type Rule = 'speed' | 'detour' | 'minutes' | 'distance';

const MODE_FIELDS: Record<'simple' | 'pt', Record<string, Rule>> = {
  simple: { speedKmh: 'speed', detourFactor: 'detour', overheadMinutes: 'minutes' },
  pt: {
    inVehicleSpeedKmh: 'speed',
    detourFactor: 'detour',
    waitMinutes: 'minutes',
    accessEgressWalkMinutes: 'minutes',
  },
};

const RULE_TEXT: Record<Rule, string> = {
  speed: 'must be a positive, finite speed in km/h',
  detour: 'must be a finite factor of at least 1 (a route is never shorter than the straight line)',
  minutes: 'must be a finite number of minutes, 0 or more',
  distance: 'must be a positive, finite distance in km',
};

function valid(rule: Rule, v: unknown): v is number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  switch (rule) {
    case 'speed':
    case 'distance':
      return v > 0;
    case 'detour':
      return v >= 1;
    case 'minutes':
      return v >= 0;
  }
}

/**
 * Merges overrides onto the defaults and validates the result. Throws a RangeError naming the
 * field for unknown modes or fields (catches typos in configuration) and for bad values.
 */
export function resolveTravelCoefficients(
  overrides: TravelCoefficientOverrides = {},
): Readonly<TravelCoefficients> {
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw new RangeError('Travel coefficient overrides must be an object');
  }
  const result = structuredClone(DEFAULT_TRAVEL_COEFFICIENTS) as TravelCoefficients;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (key === 'intraPc4DistanceKm') {
      if (!valid('distance', value)) {
        throw new RangeError(
          `Invalid travel coefficient intraPc4DistanceKm: ${RULE_TEXT.distance}, got ${show(value)}`,
        );
      }
      result.intraPc4DistanceKm = value;
      continue;
    }
    if (!(TRAVEL_MODES as readonly string[]).includes(key)) {
      throw new RangeError(
        `Unknown travel coefficient "${key}"; expected one of ${TRAVEL_MODES.join(', ')}, intraPc4DistanceKm`,
      );
    }
    const mode = key as TravelMode;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new RangeError(`Travel coefficients for ${mode} must be an object`);
    }
    const fields = MODE_FIELDS[mode === 'PUBLIC_TRANSPORT' ? 'pt' : 'simple'];
    const target = result[mode] as unknown as Record<string, number>;
    for (const [field, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      const rule = fields[field];
      if (rule === undefined) {
        throw new RangeError(
          `Unknown travel coefficient ${mode}.${field}; expected one of ${Object.keys(fields).join(', ')}`,
        );
      }
      if (!valid(rule, v)) {
        throw new RangeError(
          `Invalid travel coefficient ${mode}.${field}: ${RULE_TEXT[rule]}, got ${show(v)}`,
        );
      }
      target[field] = v;
    }
  }
  return deepFreeze(result);
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

function deepFreeze<T extends object>(o: T): T {
  for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) deepFreeze(v);
  return Object.freeze(o);
}
