import type { TravelMode } from '@plekwijzer/domain';

/** The travel modes are a shared vocabulary; re-exported for the geo library's users. */
export { TRAVEL_MODES, type TravelMode } from '@plekwijzer/domain';

/** WGS84 decimal degrees. */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** A PC4 area with its centroid (Bron: CBS). */
export interface Pc4Location extends GeoPoint {
  pc4: string;
  municipality: string;
}

/** One travel-time answer for one mode. */
export interface TravelEstimate {
  mode: TravelMode;
  minutes: number;
  /** Straight-line (haversine) distance between the two centroids. */
  distanceKm: number;
  /** ESTIMATE: computed from distance with the configured coefficients; MATRIX: from a loaded travel-time matrix. */
  source: 'ESTIMATE' | 'MATRIX';
}

/**
 * What the matching engine needs from geography. Implemented by TravelTimeEstimator
 * (optionally backed by a TravelTimeMatrix); tests may supply their own.
 */
export interface TravelTimeProvider {
  /** Door-to-door minutes for one mode between two PC4 locations. */
  estimate(from: Pc4Location, to: Pc4Location, mode: TravelMode): TravelEstimate;
  /**
   * An upper bound on the straight-line distance (km) that can be covered by `mode` within
   * `minutes`, used to prune candidates spatially before estimating. Must never be smaller than
   * the true reach (pruning must not drop a place that estimate() would accept). With a matrix
   * loaded, entries can make far places reachable: the bound must account for that.
   */
  maxReachKm(minutes: number, mode: TravelMode): number;
}
