import fc from 'fast-check';

import { haversineKm } from './haversine.js';

// Reference points from data/README.md.
const PC4_3811 = { lat: 52.15561, lon: 5.38758 };
const AMERSFOORT_CENTRAAL = { lat: 52.1535, lon: 5.3735 };
const PC4_1012 = { lat: 52.37456, lon: 4.89604 };
const PC4_3511 = { lat: 52.08833, lon: 5.11599 };

/** Independent check: spherical law of cosines (a different formula for the same great circle). */
function lawOfCosinesKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const c =
    Math.sin(a.lat * r) * Math.sin(b.lat * r) +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.cos((b.lon - a.lon) * r);
  return 6371.0088 * Math.acos(Math.min(1, c));
}

describe('haversineKm', () => {
  it('puts PC4 3811 0.99 km from Amersfoort Centraal (data/README.md)', () => {
    // By hand: 0.00211° lat ≈ 0.235 km; 0.01408° lon × cos 52.15° ≈ 0.961 km; √(0.235² + 0.961²) ≈ 0.989 km.
    expect(haversineKm(PC4_3811, AMERSFOORT_CENTRAAL)).toBeCloseTo(0.989, 2);
  });

  it('puts Amsterdam 1012 about 35 km from Utrecht 3511', () => {
    // By hand: 0.28623° lat ≈ 31.83 km; 0.21995° lon × cos 52.23° ≈ 14.98 km; √(31.83² + 14.98²) ≈ 35.18 km.
    const d = haversineKm(PC4_1012, PC4_3511);
    expect(d).toBeGreaterThan(34.9);
    expect(d).toBeLessThan(35.4);
    expect(d).toBeCloseTo(lawOfCosinesKm(PC4_1012, PC4_3511), 6);
  });

  it('gives one degree of latitude as 111.195 km (2πR/360 with R = 6371.0088)', () => {
    expect(haversineKm({ lat: 52, lon: 5 }, { lat: 53, lon: 5 })).toBeCloseTo(111.195, 3);
  });

  it('handles antipodal points without NaN', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });

  const point = fc.record({
    lat: fc.double({ min: 50.7, max: 53.6, noNaN: true }),
    lon: fc.double({ min: 3.3, max: 7.3, noNaN: true }),
  });

  it('is zero from a point to itself', () => {
    fc.assert(fc.property(point, (p) => expect(haversineKm(p, p)).toBe(0)));
  });

  it('is symmetric', () => {
    fc.assert(fc.property(point, point, (a, b) => expect(haversineKm(a, b)).toBe(haversineKm(b, a))));
  });

  it('satisfies the triangle inequality', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(haversineKm(a, c)).toBeLessThanOrEqual(haversineKm(a, b) + haversineKm(b, c) + 1e-9);
      }),
    );
  });

  it('agrees with the law of cosines at Dutch scales', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        fc.pre(haversineKm(a, b) > 1); // the law of cosines loses precision at very short range
        expect(Math.abs(haversineKm(a, b) - lawOfCosinesKm(a, b))).toBeLessThan(1e-3);
      }),
    );
  });
});
