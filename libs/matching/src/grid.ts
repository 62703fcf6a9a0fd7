import { EARTH_RADIUS_KM, type CompiledParticipant, type CompiledPlacements } from './compile.js';

/**
 * A grid of cells of about CELL_KM by CELL_KM over the placements, so that select() visits only the
 * places whose cell can still hold a match or a near miss (issue 13: a latitude band of 20,000
 * places nationwide held mostly places far away in longitude).
 *
 * Which cell a place falls in only decides how much is visited, never what is found: every bound
 * below is taken from the coordinates of the places themselves (the same `latRad`, `lonRad` and
 * `cosLat` distanceKm() reads), so a bound never exceeds the distance distanceKm() computes for a
 * place it covers (for real coordinates, which compile.ts insists on). Bounds are shaved by
 * BOUND_SHAVE on top, which covers rounding in the trigonometry (a few ulps) by a wide margin.
 */
export interface PlaceGrid {
  rows: number;
  cols: number;
  /** Origin and cell size in radians; they only place the cells, bounds never use them. */
  lat0: number;
  lon0: number;
  cellLat: number;
  cellLon: number;
  /** Places of cell k (row-major) are order[start[k]] … order[start[k + 1] - 1]. */
  start: Int32Array;
  order: Int32Array;
  /** Per cell, of its places: min and max latRad, min and max lonRad, min cosLat. */
  box: Float64Array;
  /** Min latRad of the places in rows ≥ i, max latRad of those in rows ≤ i; Infinity / -Infinity for none. */
  latFrom: Float64Array;
  latUpTo: Float64Array;
  /** The same per column, for lonRad. */
  lonFrom: Float64Array;
  lonUpTo: Float64Array;
  minLon: number;
  maxLon: number;
  minCosLat: number;
}

/**
 * Cell size. Smaller cells fit the reach circle better but cost more cells to look at; on the
 * bench data 2, 3, 5 and 8 km were within the noise of each other (docs/PERFORMANCE.md).
 */
const CELL_KM = 5;
/** Cells are made larger beyond this many per place, so that places spread far do not make a huge grid. */
const MAX_CELLS_PER_PLACE = 2;
const BOX = 5;
const BOUND_SHAVE = 1 - 1e-9;
const TWO_PI = 2 * Math.PI;

export function buildPlaceGrid(c: CompiledPlacements): PlaceGrid {
  let minLat = Infinity;
  let maxLat = -Infinity;
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minCosLat = Infinity;
  for (let i = 0; i < c.n; i++) {
    minLat = Math.min(minLat, c.latRad[i]);
    maxLat = Math.max(maxLat, c.latRad[i]);
    minLon = Math.min(minLon, c.lonRad[i]);
    maxLon = Math.max(maxLon, c.lonRad[i]);
    minCosLat = Math.min(minCosLat, c.cosLat[i]);
  }
  let cellLat = CELL_KM / EARTH_RADIUS_KM;
  // Cells about square where the places are; poles and spread-out data only cost efficiency.
  let cellLon = cellLat / Math.max(0.1, Math.cos((minLat + maxLat) / 2));
  let rows = 0;
  let cols = 0;
  if (c.n > 0) {
    const spanRows = (maxLat - minLat) / cellLat;
    const spanCols = (maxLon - minLon) / cellLon;
    const grow = Math.sqrt(((spanRows + 1) * (spanCols + 1)) / (MAX_CELLS_PER_PLACE * c.n + 16));
    if (grow > 1) {
      cellLat *= grow;
      cellLon *= grow;
    }
    rows = Math.floor((maxLat - minLat) / cellLat) + 1;
    cols = Math.floor((maxLon - minLon) / cellLon) + 1;
  }
  const g: PlaceGrid = {
    rows,
    cols,
    lat0: minLat,
    lon0: minLon,
    cellLat,
    cellLon,
    start: new Int32Array(rows * cols + 1),
    order: new Int32Array(c.n),
    box: new Float64Array(BOX * rows * cols),
    latFrom: new Float64Array(rows).fill(Infinity),
    latUpTo: new Float64Array(rows).fill(-Infinity),
    lonFrom: new Float64Array(cols).fill(Infinity),
    lonUpTo: new Float64Array(cols).fill(-Infinity),
    minLon,
    maxLon,
    minCosLat,
  };
  const cellOf = new Int32Array(c.n);
  for (let i = 0; i < c.n; i++) {
    const row = cellIndex(c.latRad[i], g.lat0, cellLat, rows);
    const col = cellIndex(c.lonRad[i], g.lon0, cellLon, cols);
    cellOf[i] = row * cols + col;
    g.start[cellOf[i] + 1]++;
    g.latFrom[row] = Math.min(g.latFrom[row], c.latRad[i]);
    g.latUpTo[row] = Math.max(g.latUpTo[row], c.latRad[i]);
    g.lonFrom[col] = Math.min(g.lonFrom[col], c.lonRad[i]);
    g.lonUpTo[col] = Math.max(g.lonUpTo[col], c.lonRad[i]);
  }
  for (let r = rows - 2; r >= 0; r--) g.latFrom[r] = Math.min(g.latFrom[r], g.latFrom[r + 1]);
  for (let r = 1; r < rows; r++) g.latUpTo[r] = Math.max(g.latUpTo[r], g.latUpTo[r - 1]);
  for (let k = cols - 2; k >= 0; k--) g.lonFrom[k] = Math.min(g.lonFrom[k], g.lonFrom[k + 1]);
  for (let k = 1; k < cols; k++) g.lonUpTo[k] = Math.max(g.lonUpTo[k], g.lonUpTo[k - 1]);
  for (let k = 0; k < rows * cols; k++) {
    g.start[k + 1] += g.start[k];
    g.box.set([Infinity, -Infinity, Infinity, -Infinity, Infinity], BOX * k);
  }
  // Places go in index order (by latitude) into their cell.
  const next = g.start.slice(0, rows * cols);
  for (let i = 0; i < c.n; i++) {
    const cell = cellOf[i];
    g.order[next[cell]++] = i;
    const b = BOX * cell;
    g.box[b] = Math.min(g.box[b], c.latRad[i]);
    g.box[b + 1] = Math.max(g.box[b + 1], c.latRad[i]);
    g.box[b + 2] = Math.min(g.box[b + 2], c.lonRad[i]);
    g.box[b + 3] = Math.max(g.box[b + 3], c.lonRad[i]);
    g.box[b + 4] = Math.min(g.box[b + 4], c.cosLat[i]);
  }
  return g;
}

export function cellIndex(value: number, origin: number, size: number, count: number): number {
  return Math.min(count - 1, Math.max(0, Math.floor((value - origin) / size)));
}

/** The least sin²(x / 2) for x in [a, b]: 0 if a multiple of 2π lies in it, else at an end. */
function minHalfSineSquared(a: number, b: number): number {
  if (Math.ceil(a / TWO_PI) * TWO_PI <= b) return 0;
  const sa = Math.sin(a / 2);
  const sb = Math.sin(b / 2);
  return Math.min(sa * sa, sb * sb);
}

/** Distance in km for a haversine term h, shaved to stay a lower bound (see PlaceGrid). */
function lowerBoundKm(h: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h))) * BOUND_SHAVE;
}

/**
 * A lower bound of distanceKm() for every place in the cell. distanceKm's haversine term is
 * sin²(Δlat/2) + cosLat(participant)·cosLat(place)·sin²(Δlon/2); each part is bounded by the
 * cell's extremes on its own.
 */
export function cellBoundKm(g: PlaceGrid, cell: number, p: CompiledParticipant): number {
  const b = BOX * cell;
  const gap = Math.max(0, g.box[b] - p.latRad, p.latRad - g.box[b + 1]);
  const s = Math.sin(gap / 2);
  const lon = minHalfSineSquared(g.box[b + 2] - p.lonRad, g.box[b + 3] - p.lonRad);
  return lowerBoundKm(s * s + p.cosLat * g.box[b + 4] * lon);
}

/**
 * A lower bound of distanceKm() for every place in the cells at least `ring` rows or columns away
 * from (row, col): those are either that many rows away (a latitude gap) or that many columns away
 * (a longitude gap, at the least cosLat of all places).
 */
export function ringBoundKm(
  g: PlaceGrid,
  row: number,
  col: number,
  ring: number,
  p: CompiledParticipant,
): number {
  let gap = Infinity;
  if (row + ring < g.rows) gap = Math.max(0, g.latFrom[row + ring] - p.latRad);
  if (row - ring >= 0) gap = Math.min(gap, Math.max(0, p.latRad - g.latUpTo[row - ring]));
  let lon = Infinity;
  if (col + ring < g.cols) lon = minHalfSineSquared(g.lonFrom[col + ring] - p.lonRad, g.maxLon - p.lonRad);
  if (col - ring >= 0)
    lon = Math.min(lon, minHalfSineSquared(g.minLon - p.lonRad, g.lonUpTo[col - ring] - p.lonRad));
  const s = Math.sin(gap / 2);
  const byLat = gap === Infinity ? Infinity : lowerBoundKm(s * s);
  const byLon = lon === Infinity ? Infinity : lowerBoundKm(p.cosLat * g.minCosLat * lon);
  return Math.min(byLat, byLon);
}

/**
 * Calls `visit` for every place whose cell's lower bound is within `limitKm()` (asked again before
 * each cell, so a limit that shrinks while visiting prunes the rest), walking square rings of cells
 * outward from the participant's cell so that near places come first. Places in skipped cells are
 * all farther than the limit; the order of visits is otherwise unspecified.
 */
export function visitNear(
  g: PlaceGrid,
  p: CompiledParticipant,
  limitKm: () => number,
  visit: (i: number) => void,
): void {
  if (g.rows === 0) return;
  const row = cellIndex(p.latRad, g.lat0, g.cellLat, g.rows);
  const col = cellIndex(p.lonRad, g.lon0, g.cellLon, g.cols);
  const visitCell = (r: number, k: number): void => {
    const cell = r * g.cols + k;
    const from = g.start[cell];
    const to = g.start[cell + 1];
    if (from === to || cellBoundKm(g, cell, p) > limitKm()) return;
    for (let m = from; m < to; m++) visit(g.order[m]);
  };
  const lastRing = Math.max(row, g.rows - 1 - row, col, g.cols - 1 - col);
  for (let ring = 0; ring <= lastRing; ring++) {
    if (ring > 0 && ringBoundKm(g, row, col, ring, p) > limitKm()) return;
    const r0 = Math.max(0, row - ring);
    const r1 = Math.min(g.rows - 1, row + ring);
    const k0 = Math.max(0, col - ring);
    const k1 = Math.min(g.cols - 1, col + ring);
    for (let r = r0; r <= r1; r++) {
      if (r === row - ring || r === row + ring) {
        // The ring's top or bottom row: all its columns.
        for (let k = k0; k <= k1; k++) visitCell(r, k);
      } else {
        // Rows in between: only the ring's two sides.
        if (col - ring >= 0) visitCell(r, col - ring);
        if (col + ring < g.cols) visitCell(r, col + ring);
      }
    }
  }
}
