import type { GeoPoint } from './types.js';

/** IUGG mean Earth radius (km). On a sphere the error against the WGS84 ellipsoid is at most ~0.5 %. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/**
 * Great-circle (straight-line) distance in km between two WGS84 points, by the haversine formula.
 * No allocation; safe for antipodal points (the asin argument is clamped to 1).
 */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const sinHalfDLat = Math.sin((b.lat - a.lat) * RAD * 0.5);
  const sinHalfDLon = Math.sin((b.lon - a.lon) * RAD * 0.5);
  const h =
    sinHalfDLat * sinHalfDLat + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * sinHalfDLon * sinHalfDLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
