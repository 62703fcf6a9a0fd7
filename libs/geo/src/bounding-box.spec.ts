import fc from 'fast-check';

import { boundingBoxAround, isInBoundingBox } from './bounding-box.js';
import { haversineKm } from './haversine.js';

describe('boundingBoxAround', () => {
  it('spans r/R radians of latitude each way (10 km ≈ 0.08993°)', () => {
    // 10 / 6371.0088 rad × 180/π = 0.089932°
    const box = boundingBoxAround({ lat: 52.15561, lon: 5.38758 }, 10);
    expect(box.maxLat - 52.15561).toBeCloseTo(0.089932, 5);
    expect(52.15561 - box.minLat).toBeCloseTo(0.089932, 5);
    // Longitude degrees are shorter at 52° N, so the box is wider in longitude: ≈ 0.08993 / cos 52.16° ≈ 0.1467°
    expect(box.maxLon - 5.38758).toBeCloseTo(0.1467, 3);
  });

  it('contains every point within the radius (property)', () => {
    const point = fc.record({
      lat: fc.double({ min: -80, max: 80, noNaN: true }),
      lon: fc.double({ min: -170, max: 170, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, fc.double({ min: 0, max: 3000, noNaN: true }), (c, p, r) => {
        if (haversineKm(c, p) <= r) expect(isInBoundingBox(p, boundingBoxAround(c, r))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('contains points exactly on the circle at Dutch latitudes (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 50.7, max: 53.6, noNaN: true }),
        fc.double({ min: 3.3, max: 7.3, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 0.01, max: 150, noNaN: true }),
        (lat, lon, bearing, r) => {
          // Destination point at distance r and the given bearing (standard spherical formula).
          const R = 6371.0088;
          const rad = Math.PI / 180;
          const a = r / R;
          const lat2 = Math.asin(
            Math.sin(lat * rad) * Math.cos(a) + Math.cos(lat * rad) * Math.sin(a) * Math.cos(bearing),
          );
          const lon2 =
            lon * rad +
            Math.atan2(
              Math.sin(bearing) * Math.sin(a) * Math.cos(lat * rad),
              Math.cos(a) - Math.sin(lat * rad) * Math.sin(lat2),
            );
          const p = { lat: lat2 / rad, lon: lon2 / rad };
          expect(isInBoundingBox(p, boundingBoxAround({ lat, lon }, r))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('widens to all longitudes near a pole or across the antimeridian', () => {
    expect(boundingBoxAround({ lat: 89.5, lon: 10 }, 100)).toMatchObject({
      maxLat: 90,
      minLon: -180,
      maxLon: 180,
    });
    expect(boundingBoxAround({ lat: 0, lon: 179.9 }, 50)).toMatchObject({ minLon: -180, maxLon: 180 });
    expect(boundingBoxAround({ lat: 52, lon: 5 }, Infinity)).toEqual({
      minLat: -90,
      maxLat: 90,
      minLon: -180,
      maxLon: 180,
    });
  });

  it('is a point-sized box for radius 0 and rejects negative or NaN radii', () => {
    const box = boundingBoxAround({ lat: 52, lon: 5 }, 0);
    expect(isInBoundingBox({ lat: 52, lon: 5 }, box)).toBe(true);
    expect(isInBoundingBox({ lat: 52.0001, lon: 5 }, box)).toBe(false);
    expect(() => boundingBoxAround({ lat: 52, lon: 5 }, -1)).toThrow(RangeError);
    expect(() => boundingBoxAround({ lat: 52, lon: 5 }, NaN)).toThrow(RangeError);
  });
});
