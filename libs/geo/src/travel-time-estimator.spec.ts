import fc from 'fast-check';

import { haversineKm } from './haversine.js';
import { Pc4Table } from './pc4-table.js';
import {
  DEFAULT_TRAVEL_COEFFICIENTS,
  resolveTravelCoefficients,
  type TravelCoefficients,
} from './travel-coefficients.js';
import { TravelTimeEstimator } from './travel-time-estimator.js';
import { TravelTimeMatrix } from './travel-time-matrix.js';
import { TRAVEL_MODES, type Pc4Location, type TravelMode } from './types.js';

/*
 * Expected minutes below are worked out by hand from the documented formula and defaults:
 *   x = max(d, 0.7 km)
 *   walk    0 + x·1.3/4.8·60 = 16.25·x
 *   bike    2 + x·1.3/15·60  = 2 + 5.2·x
 *   e-bike  2 + x·1.3/20·60  = 2 + 3.9·x
 *   car     5 + x·1.3/30·60  = 5 + 2.6·x
 *   PT      min(16.25·x, 8 + 5 + x·1.4/25·60 = 13 + 3.36·x)
 * then rounded up to whole minutes.
 */

const KM_PER_DEGREE_LAT = (6371.0088 * Math.PI) / 180;

function loc(pc4: string, lat: number, lon: number): Pc4Location {
  return { pc4, lat, lon, municipality: 'Test' };
}

/** A location `km` due north of `base` (distance along a meridian is exact on a sphere). */
function northOf(base: Pc4Location, km: number, pc4: string): Pc4Location {
  return loc(pc4, base.lat + km / KM_PER_DEGREE_LAT, base.lon);
}

const AMERSFOORT = loc('3811', 52.15561, 5.38758);

/** A time budget in minutes, whole or fractional. */
const budget = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 400, noNaN: true }));

describe('TravelTimeEstimator formula with default coefficients', () => {
  const est = new TravelTimeEstimator();

  it('gives a typical 5 km trip per mode (exact boundaries are not pushed up by float noise)', () => {
    // walk 81.25 → 82; bike 26 + 2 = 28; e-bike 19.5 + 2 = 21.5 → 22; car 13 + 5 = 18; PT min(81.25, 29.8) → 30
    expect(est.minutesForDistance(5, 'WALK')).toBe(82);
    expect(est.minutesForDistance(5, 'BIKE')).toBe(28);
    expect(est.minutesForDistance(5, 'EBIKE')).toBe(22);
    expect(est.minutesForDistance(5, 'CAR')).toBe(18);
    expect(est.minutesForDistance(5, 'PUBLIC_TRANSPORT')).toBe(30);
  });

  it('does not let floating-point noise add a minute on an exact boundary', () => {
    // 4.8 km × 1.3 / 4.8 km/h = 1.3 h = 78 min exactly (in floats 1.3 / 4.8 × 60 × 4.8 ≈ 78.00000000000001)
    expect(est.minutesForDistance(4.8, 'WALK')).toBe(78);
    // 0.8 km × 16.25 = 13 min exactly
    expect(est.minutesForDistance(0.8, 'WALK')).toBe(13);
    // 30 km × 3.9 + 2 = 119 min exactly
    expect(est.minutesForDistance(30, 'EBIKE')).toBe(119);
  });

  it('orders a 5.1 km trip walk > bike > e-bike, and the car pays its parking overhead', () => {
    const to = northOf(AMERSFOORT, 5.1, '3812');
    const m = Object.fromEntries(
      TRAVEL_MODES.map((mode) => [mode, est.estimate(AMERSFOORT, to, mode).minutes]),
    );
    // walk 82.875 → 83; bike 26.52 + 2 → 29; e-bike 19.89 + 2 → 22; car 13.26 + 5 → 19; PT 13 + 17.136 → 31
    expect(m).toEqual({ WALK: 83, BIKE: 29, EBIKE: 22, CAR: 19, PUBLIC_TRANSPORT: 31 });
    expect(m.WALK).toBeGreaterThan(m.BIKE);
    expect(m.BIKE).toBeGreaterThan(m.EBIKE);
  });

  it('reports the straight-line distance and source ESTIMATE', () => {
    const to = northOf(AMERSFOORT, 5.1, '3812');
    const e = est.estimate(AMERSFOORT, to, 'BIKE');
    expect(e.mode).toBe('BIKE');
    expect(e.source).toBe('ESTIMATE');
    expect(e.distanceKm).toBeCloseTo(5.1, 6);
  });

  it('gives a positive intra-PC4 time for the same PC4 (assumed 0.7 km)', () => {
    // walk 11.375 → 12; bike 3.64 + 2 → 6; e-bike 2.73 + 2 → 5; car 1.82 + 5 → 7; PT min(11.375, 15.352) → 12
    const expected = { WALK: 12, BIKE: 6, EBIKE: 5, CAR: 7, PUBLIC_TRANSPORT: 12 };
    for (const mode of TRAVEL_MODES) {
      const e = est.estimate(AMERSFOORT, AMERSFOORT, mode);
      expect(e).toEqual({ mode, minutes: expected[mode], distanceKm: 0, source: 'ESTIMATE' });
    }
  });

  it('never gives a nearby PC4 less time than the same PC4', () => {
    const near = northOf(AMERSFOORT, 0.3, '3812');
    for (const mode of TRAVEL_MODES) {
      expect(est.estimate(AMERSFOORT, near, mode).minutes).toBe(
        est.estimate(AMERSFOORT, AMERSFOORT, mode).minutes,
      );
    }
  });

  it('lets public transport fall back to walking the whole way for short trips', () => {
    // 0.9 km: walk 14.625 → 15, bus 13 + 3.024 = 16.024 → walking wins
    expect(est.minutesForDistance(0.9, 'PUBLIC_TRANSPORT')).toBe(15);
    // 1.2 km: walk 19.5, bus 13 + 4.032 = 17.032 → 18
    expect(est.minutesForDistance(1.2, 'PUBLIC_TRANSPORT')).toBe(18);
    // 20 km: bus 13 + 67.2 = 80.2 → 81
    expect(est.minutesForDistance(20, 'PUBLIC_TRANSPORT')).toBe(81);
  });

  it('is never faster by public transport than on foot', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), (d) => {
        expect(est.minutesForDistance(d, 'PUBLIC_TRANSPORT')).toBeLessThanOrEqual(
          est.minutesForDistance(d, 'WALK'),
        );
      }),
    );
  });

  it('returns whole, positive, non-decreasing minutes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TRAVEL_MODES),
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        (mode, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const mLo = est.minutesForDistance(lo, mode);
          expect(Number.isInteger(mLo)).toBe(true);
          expect(mLo).toBeGreaterThan(0);
          expect(est.minutesForDistance(hi, mode)).toBeGreaterThanOrEqual(mLo);
        },
      ),
    );
  });

  it('rejects unknown modes, bad distances and unusable coordinates', () => {
    expect(() => est.estimate(AMERSFOORT, AMERSFOORT, 'BOAT' as TravelMode)).toThrow(
      /Unknown travel mode "BOAT"/,
    );
    expect(() => est.minutesForDistance(-1, 'WALK')).toThrow(RangeError);
    expect(() => est.minutesForDistance(NaN, 'WALK')).toThrow(RangeError);
    expect(() => est.estimate(AMERSFOORT, loc('3812', NaN, 5), 'WALK')).toThrow(/invalid coordinates/);
    expect(() => est.maxReachKm(NaN, 'WALK')).toThrow(/NaN/);
    expect(() => est.maxReachKm(10, 'BOAT' as TravelMode)).toThrow(/Unknown travel mode/);
  });
});

describe('TravelTimeEstimator coefficient overrides', () => {
  it('overrides single fields and keeps the other defaults', () => {
    const est = new TravelTimeEstimator({ BIKE: { speedKmh: 12 } });
    // 5 km × 1.3 / 12 km/h = 32.5 min + 2 = 34.5 → 35
    expect(est.minutesForDistance(5, 'BIKE')).toBe(35);
    expect(est.coefficients.BIKE).toEqual({ speedKmh: 12, detourFactor: 1.3, overheadMinutes: 2 });
    expect(est.minutesForDistance(5, 'EBIKE')).toBe(22);
  });

  it('overrides a whole mode', () => {
    const est = new TravelTimeEstimator({ CAR: { speedKmh: 50, detourFactor: 1.2, overheadMinutes: 3 } });
    // 5 × 1.2 / 50 × 60 = 7.2 + 3 = 10.2 → 11
    expect(est.minutesForDistance(5, 'CAR')).toBe(11);
  });

  it('overrides public transport and the intra-PC4 distance', () => {
    const est = new TravelTimeEstimator({ PUBLIC_TRANSPORT: { waitMinutes: 10 }, intraPc4DistanceKm: 1 });
    // PT 5 km: 8 + 10 + 16.8 = 34.8 → 35; walk within one PC4: 1 km × 16.25 → 17
    expect(est.minutesForDistance(5, 'PUBLIC_TRANSPORT')).toBe(35);
    expect(est.estimate(AMERSFOORT, AMERSFOORT, 'WALK').minutes).toBe(17);
  });

  it('accepts a Partial<TravelCoefficients> (whole modes) as overrides', () => {
    const whole: Partial<TravelCoefficients> = {
      EBIKE: { speedKmh: 25, detourFactor: 1.3, overheadMinutes: 2 },
    };
    // 5 km × 1.3 / 25 km/h = 15.6 min + 2 = 17.6 → 18
    expect(new TravelTimeEstimator(whole).minutesForDistance(5, 'EBIKE')).toBe(18);
  });

  it('ignores explicitly undefined overrides', () => {
    const est = new TravelTimeEstimator({ WALK: undefined, BIKE: { speedKmh: undefined } });
    expect(est.coefficients).toEqual(DEFAULT_TRAVEL_COEFFICIENTS);
  });

  it('never mutates the shared defaults and freezes its own coefficients', () => {
    const est = new TravelTimeEstimator({ WALK: { speedKmh: 4 } });
    expect(DEFAULT_TRAVEL_COEFFICIENTS.WALK.speedKmh).toBe(4.8);
    expect(Object.isFrozen(est.coefficients.WALK)).toBe(true);
    expect(Object.isFrozen(DEFAULT_TRAVEL_COEFFICIENTS.PUBLIC_TRANSPORT)).toBe(true);
  });

  it.each([
    [{ BIKE: { speedKmh: 0 } }, /BIKE\.speedKmh: must be a positive, finite speed/],
    [{ BIKE: { speedKmh: -15 } }, /BIKE\.speedKmh.*got -15/],
    [{ WALK: { speedKmh: NaN } }, /WALK\.speedKmh.*got NaN/],
    [{ CAR: { speedKmh: Infinity } }, /CAR\.speedKmh.*got Infinity/],
    [{ CAR: { speedKmh: '30' as unknown as number } }, /CAR\.speedKmh.*got "30"/],
    [{ EBIKE: { detourFactor: 0.9 } }, /EBIKE\.detourFactor: must be a finite factor of at least 1/],
    [{ CAR: { overheadMinutes: -1 } }, /CAR\.overheadMinutes: must be a finite number of minutes, 0 or more/],
    [{ PUBLIC_TRANSPORT: { waitMinutes: -5 } }, /PUBLIC_TRANSPORT\.waitMinutes/],
    [{ PUBLIC_TRANSPORT: { inVehicleSpeedKmh: 0 } }, /PUBLIC_TRANSPORT\.inVehicleSpeedKmh/],
    [{ intraPc4DistanceKm: 0 }, /intraPc4DistanceKm: must be a positive, finite distance/],
    [{ BOAT: { speedKmh: 10 } }, /Unknown travel coefficient "BOAT"/],
    [{ BIKE: { speed: 10 } }, /Unknown travel coefficient BIKE\.speed; expected one of speedKmh/],
    [
      { PUBLIC_TRANSPORT: { overheadMinutes: 3 } },
      /Unknown travel coefficient PUBLIC_TRANSPORT\.overheadMinutes/,
    ],
    [{ WALK: 5 }, /WALK must be an object/],
  ])('rejects %j with a clear error', (overrides, message) => {
    expect(() => new TravelTimeEstimator(overrides as never)).toThrow(RangeError);
    expect(() => new TravelTimeEstimator(overrides as never)).toThrow(message);
  });

  it('rejects a non-object', () => {
    expect(() => resolveTravelCoefficients(null as never)).toThrow(/must be an object/);
  });
});

describe('TravelTimeEstimator with a matrix', () => {
  const UTRECHT = loc('3511', 52.08833, 5.11599);
  const matrix = TravelTimeMatrix.fromCsv(
    ['from_pc4,to_pc4,mode,minutes', '3811,3511,PUBLIC_TRANSPORT,24.2', '3811,3811,WALK,0'].join('\n'),
  );
  const est = new TravelTimeEstimator({}, { matrix });

  it('uses the matrix value where it has one, rounded up', () => {
    const e = est.estimate(AMERSFOORT, UTRECHT, 'PUBLIC_TRANSPORT');
    expect(e.minutes).toBe(25);
    expect(e.source).toBe('MATRIX');
    expect(e.distanceKm).toBeCloseTo(haversineKm(AMERSFOORT, UTRECHT), 12);
  });

  it('falls back to the estimate for the reverse direction (no symmetry assumed) and other modes', () => {
    expect(est.estimate(UTRECHT, AMERSFOORT, 'PUBLIC_TRANSPORT').source).toBe('ESTIMATE');
    expect(est.estimate(AMERSFOORT, UTRECHT, 'BIKE').source).toBe('ESTIMATE');
    expect(est.estimate(UTRECHT, AMERSFOORT, 'PUBLIC_TRANSPORT').minutes).toBe(
      new TravelTimeEstimator().estimate(UTRECHT, AMERSFOORT, 'PUBLIC_TRANSPORT').minutes,
    );
  });

  it('takes a matrix zero literally (the matrix is authoritative)', () => {
    expect(est.estimate(AMERSFOORT, AMERSFOORT, 'WALK')).toEqual({
      mode: 'WALK',
      minutes: 0,
      distanceKm: 0,
      source: 'MATRIX',
    });
  });

  it('lets bestOf pick a faster matrix value', () => {
    // Estimates Amersfoort → Utrecht (≈ 19.5 km straight line): car ≈ 5 + 2.6 × 19.5 ≈ 56; PT matrix 25
    expect(est.bestOf(AMERSFOORT, UTRECHT, ['CAR', 'PUBLIC_TRANSPORT'])).toMatchObject({
      mode: 'PUBLIC_TRANSPORT',
      minutes: 25,
      source: 'MATRIX',
    });
  });
});

describe('TravelTimeEstimator.bestOf', () => {
  const est = new TravelTimeEstimator();
  const to = northOf(AMERSFOORT, 5.1, '3812');

  it('returns undefined for no modes', () => {
    expect(est.bestOf(AMERSFOORT, to, [])).toBeUndefined();
  });

  it('returns the fastest mode with its estimate', () => {
    // 5.1 km: car 19 beats e-bike 22, bike 29, PT 31, walk 83
    const best = est.bestOf(AMERSFOORT, to, TRAVEL_MODES);
    expect(best).toMatchObject({ mode: 'CAR', minutes: 19, source: 'ESTIMATE' });
    expect(best?.distanceKm).toBeCloseTo(5.1, 6);
    expect(est.bestOf(AMERSFOORT, to, ['WALK', 'BIKE'])).toMatchObject({ mode: 'BIKE', minutes: 29 });
  });

  it('breaks ties by the order of TRAVEL_MODES, not the order given', () => {
    // Same PC4: walking and public transport are both 12 minutes.
    expect(est.bestOf(AMERSFOORT, AMERSFOORT, ['PUBLIC_TRANSPORT', 'WALK'])?.mode).toBe('WALK');
    expect(est.bestOf(AMERSFOORT, AMERSFOORT, ['WALK', 'PUBLIC_TRANSPORT'])?.mode).toBe('WALK');
  });

  it('agrees with the minimum over estimate() for any subset of modes', () => {
    fc.assert(
      fc.property(
        fc.subarray([...TRAVEL_MODES], { minLength: 1 }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (modes, km) => {
          const dest = northOf(AMERSFOORT, km, '3999');
          const best = est.bestOf(AMERSFOORT, dest, modes)!;
          const min = Math.min(...modes.map((m) => est.estimate(AMERSFOORT, dest, m).minutes));
          expect(best.minutes).toBe(min);
          expect(best).toEqual(est.estimate(AMERSFOORT, dest, best.mode));
        },
      ),
    );
  });

  it('rejects an unknown mode in the list', () => {
    expect(() => est.bestOf(AMERSFOORT, to, ['WALK', 'BOAT' as TravelMode])).toThrow(/Unknown travel mode/);
  });
});

describe('TravelTimeEstimator.maxReachKm', () => {
  const est = new TravelTimeEstimator();

  it('inverts the formula by hand', () => {
    // car 18 min: (18 − 5) / 2.6 = 5 km
    expect(est.maxReachKm(18, 'CAR')).toBeCloseTo(5, 6);
    expect(est.maxReachKm(18, 'CAR')).toBeGreaterThanOrEqual(5);
    // walk 30 min: 30 / 16.25 = 1.84615 km
    expect(est.maxReachKm(30, 'WALK')).toBeCloseTo(30 / 16.25, 6);
    // PT 30 min: max((30 − 13) / 3.36, 30 / 16.25) = 5.05952 km
    expect(est.maxReachKm(30, 'PUBLIC_TRANSPORT')).toBeCloseTo(17 / 3.36, 6);
    // PT 15 min: the bus reaches 0.595 km, walking 0.923 km
    expect(est.maxReachKm(15, 'PUBLIC_TRANSPORT')).toBeCloseTo(15 / 16.25, 6);
  });

  it('counts a fractional budget as its whole minutes', () => {
    expect(est.maxReachKm(18.9, 'CAR')).toBe(est.maxReachKm(18, 'CAR'));
  });

  it('is 0 when even a same-PC4 trip does not fit, and Infinity for an unlimited budget', () => {
    // Same-PC4 walk takes 12 minutes.
    expect(est.maxReachKm(11, 'WALK')).toBe(0);
    expect(est.maxReachKm(12, 'WALK')).toBeGreaterThanOrEqual(0.7);
    expect(est.maxReachKm(-3, 'BIKE')).toBe(0);
    expect(est.maxReachKm(Infinity, 'BIKE')).toBe(Infinity);
  });

  // Pairs of points in and around the Netherlands, half of them close together.
  const point = fc.record({
    lat: fc.double({ min: 50.7, max: 53.6, noNaN: true }),
    lon: fc.double({ min: 3.3, max: 7.3, noNaN: true }),
  });
  const pair = fc.oneof(
    fc.tuple(point, point),
    fc
      .tuple(
        point,
        fc.double({ min: -0.05, max: 0.05, noNaN: true }),
        fc.double({ min: -0.05, max: 0.05, noNaN: true }),
      )
      .map(([p, dLat, dLon]) => [p, { lat: p.lat + dLat, lon: p.lon + dLon }] as const),
  );

  it('is an upper bound: whatever estimate() accepts lies within maxReachKm (property)', () => {
    fc.assert(
      fc.property(pair, budget, fc.constantFrom(...TRAVEL_MODES), ([a, b], m, mode) => {
        const e = est.estimate(loc('3811', a.lat, a.lon), loc('3812', b.lat, b.lon), mode);
        if (e.minutes <= m) expect(e.distanceKm).toBeLessThanOrEqual(est.maxReachKm(m, mode));
      }),
      { numRuns: 3000 },
    );
  });

  it('is tight: anything clearly inside maxReachKm is accepted by estimate() (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        budget,
        fc.constantFrom(...TRAVEL_MODES),
        (f, m, mode) => {
          const reach = est.maxReachKm(m, mode);
          fc.pre(reach > 0);
          const d = reach * f * (1 - 1e-6);
          expect(est.minutesForDistance(d, mode)).toBeLessThanOrEqual(m);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('holds with custom coefficients too (property)', () => {
    const custom = new TravelTimeEstimator({
      WALK: { speedKmh: 3.3, overheadMinutes: 1.5 },
      PUBLIC_TRANSPORT: { inVehicleSpeedKmh: 41.7, waitMinutes: 7.25, accessEgressWalkMinutes: 0 },
      intraPc4DistanceKm: 1.13,
    });
    fc.assert(
      fc.property(pair, budget, fc.constantFrom(...TRAVEL_MODES), ([a, b], m, mode) => {
        const e = custom.estimate(loc('3811', a.lat, a.lon), loc('3812', b.lat, b.lon), mode);
        if (e.minutes <= m) expect(e.distanceKm).toBeLessThanOrEqual(custom.maxReachKm(m, mode));
      }),
      { numRuns: 2000 },
    );
  });

  it('grows with the budget', () => {
    fc.assert(
      fc.property(budget, budget, fc.constantFrom(...TRAVEL_MODES), (a, b, mode) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(est.maxReachKm(hi, mode)).toBeGreaterThanOrEqual(est.maxReachKm(lo, mode));
      }),
    );
  });
});

describe('TravelTimeEstimator.maxReachKm with a matrix', () => {
  const AMSTERDAM = loc('1012', 52.37456, 4.89604);
  const GRONINGEN = loc('9711', 53.21627, 6.56935);
  const table = Pc4Table.fromLocations([AMSTERDAM, GRONINGEN, AMERSFOORT]);
  // A train: Amsterdam → Groningen (≈ 146 km) in 120 minutes by public transport.
  const matrix = TravelTimeMatrix.fromCsv('from_pc4,to_pc4,mode,minutes\n1012,9711,PUBLIC_TRANSPORT,119.5\n');

  it('reaches as far as a matrix entry within the budget when the PC4 table is given', () => {
    const est = new TravelTimeEstimator({}, { matrix, pc4Table: table });
    const far = est.estimate(AMSTERDAM, GRONINGEN, 'PUBLIC_TRANSPORT');
    expect(far).toMatchObject({ minutes: 120, source: 'MATRIX' });
    expect(far.distanceKm).toBeGreaterThan(140);
    expect(est.maxReachKm(120, 'PUBLIC_TRANSPORT')).toBeGreaterThanOrEqual(far.distanceKm);
    // One minute less and the entry no longer counts: back to the formula, (119 − 13) / 3.36 ≈ 31.5 km.
    expect(est.maxReachKm(119, 'PUBLIC_TRANSPORT')).toBeCloseTo(106 / 3.36, 6);
    // Other modes are not affected.
    expect(est.maxReachKm(120, 'CAR')).toBeCloseTo(115 / 2.6, 6);
  });

  it('returns Infinity once an entry is within budget when no table is given', () => {
    const est = new TravelTimeEstimator({}, { matrix });
    expect(est.maxReachKm(120, 'PUBLIC_TRANSPORT')).toBe(Infinity);
    expect(est.maxReachKm(119, 'PUBLIC_TRANSPORT')).toBeCloseTo(106 / 3.36, 6);
  });

  it('returns Infinity for an entry whose PC4 is not in the table', () => {
    const m = TravelTimeMatrix.fromCsv('from_pc4,to_pc4,mode,minutes\n1012,5028,CAR,30\n');
    const est = new TravelTimeEstimator({}, { matrix: m, pc4Table: table });
    expect(est.maxReachKm(30, 'CAR')).toBe(Infinity);
    expect(est.maxReachKm(29, 'CAR')).toBeCloseTo(24 / 2.6, 6);
  });

  it('stays an upper bound for random tables and matrices (property)', () => {
    const place = fc.record({
      lat: fc.double({ min: 51.5, max: 52.7, noNaN: true }),
      lon: fc.double({ min: 4.5, max: 6.2, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1000, max: 9999 }), { minLength: 2, maxLength: 12 }).chain((codes) =>
          fc.tuple(
            fc.constant(codes),
            fc.array(place, { minLength: codes.length, maxLength: codes.length }),
            fc.array(
              fc.record({
                from: fc.integer({ min: 0, max: codes.length - 1 }),
                to: fc.integer({ min: 0, max: codes.length - 1 }),
                mode: fc.constantFrom(...TRAVEL_MODES),
                minutes: fc.double({ min: 0, max: 200, noNaN: true }),
              }),
              { maxLength: 30 },
            ),
          ),
        ),
        budget,
        ([codes, places, rows], m) => {
          const locations = codes.map((c, i) => loc(String(c), places[i].lat, places[i].lon));
          const seen = new Set<string>();
          const entries = rows
            .map((r) => ({
              fromPc4: String(codes[r.from]),
              toPc4: String(codes[r.to]),
              mode: r.mode,
              minutes: r.minutes,
            }))
            .filter((e) => {
              const k = `${e.fromPc4}-${e.toPc4}-${e.mode}`;
              return seen.has(k) ? false : (seen.add(k), true);
            });
          const t = Pc4Table.fromLocations(locations);
          const est = new TravelTimeEstimator(
            {},
            { matrix: TravelTimeMatrix.fromEntries(entries), pc4Table: t },
          );
          for (const mode of TRAVEL_MODES) {
            const reach = est.maxReachKm(m, mode);
            for (const a of t.all()) {
              for (const b of t.all()) {
                const e = est.estimate(a, b, mode);
                if (e.minutes <= m) expect(e.distanceKm).toBeLessThanOrEqual(reach);
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
