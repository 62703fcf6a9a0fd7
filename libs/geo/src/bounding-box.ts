import { EARTH_RADIUS_KM } from './haversine.js';
import type { GeoPoint } from './types.js';

/** A latitude/longitude rectangle in WGS84 decimal degrees (inclusive bounds). */
export interface GeoBoundingBox {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

const DEG = 180 / Math.PI;
const PAD = 1e-9;

/**
 * A rectangle that contains every point within `radiusKm` (haversine) of `center`: a cheap
 * prefilter before computing distances, e.g. with `maxReachKm` as the radius. It is a superset,
 * never a subset. Near a pole or across the antimeridian it widens to all longitudes.
 * (The longitude half-width is the exact one for a spherical cap: asin(sin(r/R) / cos(lat)).)
 */
export function boundingBoxAround(center: GeoPoint, radiusKm: number): GeoBoundingBox {
  if (!(radiusKm >= 0)) throw new RangeError(`Radius must be 0 km or more, got ${String(radiusKm)}`);
  const angle = radiusKm / EARTH_RADIUS_KM; // radians of arc
  const dLat = angle * DEG * (1 + PAD) + PAD;
  const minLat = Math.max(-90, center.lat - dLat);
  const maxLat = Math.min(90, center.lat + dLat);
  if (angle >= Math.PI / 2 || minLat <= -90 || maxLat >= 90) {
    return { minLat, maxLat, minLon: -180, maxLon: 180 };
  }
  const dLon = Math.asin(Math.min(1, Math.sin(angle) / Math.cos(center.lat / DEG))) * DEG * (1 + PAD) + PAD;
  const minLon = center.lon - dLon;
  const maxLon = center.lon + dLon;
  if (minLon < -180 || maxLon > 180) return { minLat, maxLat, minLon: -180, maxLon: 180 };
  return { minLat, maxLat, minLon, maxLon };
}

/** Whether `p` lies inside `box` (bounds inclusive). */
export function isInBoundingBox(p: GeoPoint, box: GeoBoundingBox): boolean {
  return p.lat >= box.minLat && p.lat <= box.maxLat && p.lon >= box.minLon && p.lon <= box.maxLon;
}
