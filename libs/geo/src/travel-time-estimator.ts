import { haversineKm } from './haversine.js';
import type { Pc4Table } from './pc4-table.js';
import {
  resolveTravelCoefficients,
  type TravelCoefficientOverrides,
  type TravelCoefficients,
} from './travel-coefficients.js';
import { pc4Key, type TravelTimeMatrix } from './travel-time-matrix.js';
import {
  TRAVEL_MODES,
  type Pc4Location,
  type TravelEstimate,
  type TravelMode,
  type TravelTimeProvider,
} from './types.js';

export interface TravelTimeEstimatorOptions {
  /** Precomputed minutes that take precedence over the formula where the matrix has a pair. */
  matrix?: TravelTimeMatrix;
  /**
   * The PC4 table the locations passed to `estimate` come from. With a matrix, it lets
   * `maxReachKm` bound the reach of matrix entries by their real distance; without it, any matrix
   * entry within the time budget makes the reach Infinity (correct, but it disables pruning).
   */
  pc4Table?: Pc4Table;
}

/**
 * Whole minutes are `ceil(raw - ROUNDING_SLACK_MINUTES)`: the slack (0.06 ms) only absorbs
 * floating-point noise, so that 18.000000000000004 computed minutes count as 18, not 19.
 */
export const ROUNDING_SLACK_MINUTES = 1e-6;

/** Relative and absolute padding on reach bounds to absorb floating-point rounding. */
const REACH_REL_PAD = 1e-9;
const REACH_ABS_PAD_KM = 1e-9;

/**
 * Everything needed for one mode, precomputed: the formula `fixed + perKm · x` (for PT also the
 * whole-way walk `walkFixed + walkPerKm · x`), the matrix map and the reach table.
 */
interface ModeModel {
  mode: TravelMode;
  fixed: number;
  perKm: number;
  walkAlternative: boolean;
  walkFixed: number;
  walkPerKm: number;
  /** Rank in TRAVEL_MODES, for tie-breaks. */
  rank: number;
  /** Matrix minutes keyed `from * 10000 + to`; undefined when the matrix has none for this mode. */
  matrix: ReadonlyMap<number, number> | undefined;
  matrixReach: MatrixReach | undefined;
}

/** Matrix entries of one mode sorted by whole minutes, with the running maximum of their distance. */
interface MatrixReach {
  minutes: Float64Array;
  maxKmUpTo: Float64Array;
}

/**
 * Slot of a mode in the per-mode array. A switch over the five literals keeps the lookup
 * monomorphic; indexing an object by a varying string key does not (measured ~2x slower in bestOf).
 */
function slotOf(mode: TravelMode): number {
  switch (mode) {
    case 'WALK':
      return 0;
    case 'BIKE':
      return 1;
    case 'EBIKE':
      return 2;
    case 'PUBLIC_TRANSPORT':
      return 3;
    case 'CAR':
      return 4;
    default:
      return -1;
  }
}
const SLOT_MODES: readonly TravelMode[] = ['WALK', 'BIKE', 'EBIKE', 'PUBLIC_TRANSPORT', 'CAR'];

/** Matrix key of a pair, or -1 when either code is not four digits. */
function pairKey(fromPc4: string, toPc4: string): number {
  const from = pc4Key(fromPc4);
  const to = pc4Key(toPc4);
  return from < 0 || to < 0 ? -1 : from * 10000 + to;
}

function ceilMinutes(raw: number): number {
  const m = Math.ceil(raw - ROUNDING_SLACK_MINUTES);
  return m > 0 ? m : 0;
}

/**
 * Door-to-door travel minutes between PC4 centroids from the straight-line distance, per mode,
 * with documented coefficients ({@link DEFAULT_TRAVEL_COEFFICIENTS}), optionally overridden by a
 * precomputed {@link TravelTimeMatrix} per (from, to, mode) pair.
 *
 * For a pair the matrix lacks, minutes are the formula; for `PUBLIC_TRANSPORT` that is an
 * ESTIMATE of a bus-like trip (never slower than walking the whole way). Results are whole
 * minutes rounded up. `estimate` is O(1) and allocates only the returned object.
 */
export class TravelTimeEstimator implements TravelTimeProvider {
  /** The coefficients in force (defaults merged with overrides), frozen. */
  readonly coefficients: Readonly<TravelCoefficients>;
  private readonly slots: readonly ModeModel[];
  private readonly intraKm: number;

  /**
   * @param overrides coefficient overrides, validated (RangeError naming the field on a bad value).
   * @param options an optional matrix, and the PC4 table for tight reach bounds with a matrix.
   */
  constructor(overrides: TravelCoefficientOverrides = {}, options: TravelTimeEstimatorOptions = {}) {
    const c = resolveTravelCoefficients(overrides);
    this.coefficients = c;
    this.intraKm = c.intraPc4DistanceKm;
    const { matrix, pc4Table } = options;
    const walkPerKm = (c.WALK.detourFactor / c.WALK.speedKmh) * 60;
    this.slots = Object.freeze(
      SLOT_MODES.map((mode): ModeModel => {
        const hasMatrix = matrix !== undefined && matrix.sizeOf(mode) > 0;
        const common = {
          mode,
          rank: TRAVEL_MODES.indexOf(mode),
          matrix: hasMatrix ? matrix.mapOf(mode) : undefined,
          matrixReach: hasMatrix ? buildMatrixReach(matrix, mode, pc4Table) : undefined,
        };
        if (mode === 'PUBLIC_TRANSPORT') {
          const pt = c.PUBLIC_TRANSPORT;
          return {
            ...common,
            fixed: pt.accessEgressWalkMinutes + pt.waitMinutes,
            perKm: (pt.detourFactor / pt.inVehicleSpeedKmh) * 60,
            walkAlternative: true,
            walkFixed: c.WALK.overheadMinutes,
            walkPerKm,
          };
        }
        const k = c[mode];
        return {
          ...common,
          fixed: k.overheadMinutes,
          perKm: (k.detourFactor / k.speedKmh) * 60,
          walkAlternative: false,
          walkFixed: 0,
          walkPerKm: 0,
        };
      }),
    );
  }

  /** Door-to-door minutes for one mode; the matrix value where there is one, else the formula. */
  estimate(from: Pc4Location, to: Pc4Location, mode: TravelMode): TravelEstimate {
    const model = this.model(mode);
    const distanceKm = haversineKm(from, to);
    if (!(distanceKm >= 0)) throw invalidCoordinates(from, to);
    if (model.matrix !== undefined) {
      const key = pairKey(from.pc4, to.pc4);
      const m = key < 0 ? undefined : model.matrix.get(key);
      if (m !== undefined) return { mode, minutes: ceilMinutes(m), distanceKm, source: 'MATRIX' };
    }
    return { mode, minutes: ceilMinutes(this.raw(model, distanceKm)), distanceKm, source: 'ESTIMATE' };
  }

  /**
   * The fastest of `modes` (a participant's usable modes), or undefined when the list is empty.
   * Ties go to the mode listed first in TRAVEL_MODES (WALK, BIKE, EBIKE, PUBLIC_TRANSPORT, CAR),
   * whatever the order of `modes`. Computes the distance once and allocates one result.
   */
  bestOf(from: Pc4Location, to: Pc4Location, modes: readonly TravelMode[]): TravelEstimate | undefined {
    if (modes.length === 0) return undefined;
    const distanceKm = haversineKm(from, to);
    if (!(distanceKm >= 0)) throw invalidCoordinates(from, to);
    let key = -2; // -2: not computed yet; -1: not a valid pair
    let best: ModeModel | undefined;
    let bestMinutes = Infinity;
    let bestFromMatrix = false;
    for (let i = 0; i < modes.length; i++) {
      const model = this.model(modes[i]);
      let m: number | undefined;
      if (model.matrix !== undefined) {
        if (key === -2) key = pairKey(from.pc4, to.pc4);
        if (key >= 0) m = model.matrix.get(key);
      }
      const fromMatrix = m !== undefined;
      const minutes = ceilMinutes(fromMatrix ? m! : this.raw(model, distanceKm));
      if (minutes < bestMinutes || (minutes === bestMinutes && model.rank < best!.rank)) {
        best = model;
        bestMinutes = minutes;
        bestFromMatrix = fromMatrix;
      }
    }
    return {
      mode: best!.mode,
      minutes: bestMinutes,
      distanceKm,
      source: bestFromMatrix ? 'MATRIX' : 'ESTIMATE',
    };
  }

  /** Whole minutes from the formula alone (no matrix) for a straight-line distance in km. */
  minutesForDistance(distanceKm: number, mode: TravelMode): number {
    const model = this.model(mode);
    if (!(distanceKm >= 0)) throw new RangeError(`Distance must be 0 km or more, got ${String(distanceKm)}`);
    return ceilMinutes(this.raw(model, distanceKm));
  }

  /**
   * Upper bound on the straight-line distance of any pair for which `estimate(...).minutes <=
   * minutes` (a fractional budget counts as its whole minutes). Exact for the formula (plus a
   * hair of padding); with a matrix, also at least the distance of every matrix entry of this
   * mode within the budget (Infinity for entries whose PC4s are not in the table, or when no
   * table was given).
   */
  maxReachKm(minutes: number, mode: TravelMode): number {
    const model = this.model(mode);
    if (Number.isNaN(minutes)) throw new RangeError('maxReachKm: minutes must be a number, got NaN');
    if (minutes === Infinity) return Infinity;
    const budget = Math.floor(minutes);
    if (budget < 0) return 0;
    let reach = this.formulaReach(model, budget);
    const mr = model.matrixReach;
    if (mr !== undefined) {
      const n = countAtMost(mr.minutes, budget);
      if (n > 0) {
        const km = mr.maxKmUpTo[n - 1];
        if (km > reach) reach = km;
      }
    }
    return reach;
  }

  private model(mode: TravelMode): ModeModel {
    const slot = slotOf(mode);
    if (slot < 0) throw unknownMode(mode);
    return this.slots[slot];
  }

  private raw(model: ModeModel, distanceKm: number): number {
    const x = distanceKm < this.intraKm ? this.intraKm : distanceKm;
    const r = model.fixed + model.perKm * x;
    if (model.walkAlternative) {
      const w = model.walkFixed + model.walkPerKm * x;
      if (w < r) return w;
    }
    return r;
  }

  /**
   * Largest x with ceilMinutes(fixed + perKm · max(x, intra)) <= budget, i.e.
   * fixed + perKm · max(x, intra) <= budget + slack. 0 when even the intra-PC4 trip is over budget.
   */
  private formulaReach(model: ModeModel, budget: number): number {
    const limit = budget + ROUNDING_SLACK_MINUTES;
    let x = (limit - model.fixed) / model.perKm;
    if (model.walkAlternative) {
      const w = (limit - model.walkFixed) / model.walkPerKm;
      if (w > x) x = w;
    }
    if (x < this.intraKm * (1 - REACH_REL_PAD)) return 0;
    if (x < this.intraKm) x = this.intraKm;
    return x * (1 + REACH_REL_PAD) + REACH_ABS_PAD_KM;
  }
}

function buildMatrixReach(
  matrix: TravelTimeMatrix,
  mode: TravelMode,
  table: Pc4Table | undefined,
): MatrixReach {
  const rows: { minutes: number; km: number }[] = [];
  for (const e of matrix.entries()) {
    if (e.mode !== mode) continue;
    const from = table?.get(e.fromPc4);
    const to = table?.get(e.toPc4);
    const km = from && to ? haversineKm(from, to) * (1 + REACH_REL_PAD) + REACH_ABS_PAD_KM : Infinity;
    rows.push({ minutes: ceilMinutes(e.minutes), km });
  }
  rows.sort((a, b) => a.minutes - b.minutes);
  const minutes = new Float64Array(rows.length);
  const maxKmUpTo = new Float64Array(rows.length);
  let max = 0;
  for (let i = 0; i < rows.length; i++) {
    minutes[i] = rows[i].minutes;
    if (rows[i].km > max) max = rows[i].km;
    maxKmUpTo[i] = max;
  }
  return { minutes, maxKmUpTo };
}

/** Number of values <= limit in an ascending array (binary search). */
function countAtMost(sorted: Float64Array, limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function unknownMode(mode: unknown): RangeError {
  return new RangeError(`Unknown travel mode "${String(mode)}"; expected one of ${TRAVEL_MODES.join(', ')}`);
}

function invalidCoordinates(from: Pc4Location, to: Pc4Location): RangeError {
  return new RangeError(
    `Cannot compute a distance between PC4 ${String(from.pc4)} and ${String(to.pc4)}: invalid coordinates`,
  );
}
