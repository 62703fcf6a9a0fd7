import { readFileSync } from 'node:fs';

import { CsvDataError, readCsv, truncate } from './csv.js';
import { TRAVEL_MODES, type TravelMode } from './types.js';

export const TRAVEL_TIME_MATRIX_HEADER = ['from_pc4', 'to_pc4', 'mode', 'minutes'] as const;

export interface TravelTimeMatrixEntry {
  fromPc4: string;
  toPc4: string;
  mode: TravelMode;
  minutes: number;
}

const PC4 = /^[1-9][0-9]{3}$/;
const EMPTY: ReadonlyMap<number, number> = new Map();
const MINUTES = /^[0-9]+(\.[0-9]+)?$/;

/**
 * Numeric key of a PC4 code (`'3811'` → 3811) without allocating, or -1 when the text is not
 * four ASCII digits. A matrix pair is keyed `from * 10000 + to`, a small integer.
 */
export function pc4Key(pc4: string): number {
  if (pc4.length !== 4) return -1;
  let key = 0;
  for (let i = 0; i < 4; i++) {
    const d = pc4.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    key = key * 10 + d;
  }
  return key;
}

/**
 * Precomputed door-to-door minutes between PC4 areas per mode, e.g. exported from r5 or
 * OpenTripPlanner as CSV with the header `from_pc4,to_pc4,mode,minutes`.
 *
 * The matrix is **directional**: `from → to` and `to → from` are separate entries and symmetry is
 * never assumed (timetables, one-way streets and hills differ by direction). A pair that is
 * absent has no matrix value; the estimator then falls back to its formula. Leave out pairs a
 * router found unreachable rather than writing a sentinel such as 9999 or -1 (those are rejected
 * or would be taken literally).
 */
export class TravelTimeMatrix {
  private readonly byMode: Readonly<Record<TravelMode, Map<number, number>>>;
  private readonly count: number;

  private constructor(byMode: Record<TravelMode, Map<number, number>>, count: number) {
    this.byMode = Object.freeze(byMode);
    this.count = count;
  }

  /**
   * Parses CSV text. Every row is validated: PC4 codes of 4 digits from 1000, a mode from
   * TRAVEL_MODES (exact spelling), minutes a plain non-negative decimal, and no duplicate
   * (from, to, mode). The first problem throws a {@link CsvDataError} naming the line.
   * A header with no rows gives an empty matrix.
   */
  static fromCsv(text: string, source = 'travel-time matrix CSV'): TravelTimeMatrix {
    const records = readCsv(text, TRAVEL_TIME_MATRIX_HEADER, source);
    const byMode = emptyMaps<number>();
    const firstLine = emptyMaps<number>();
    for (const { line, fields } of records) {
      const [from, to, modeText, minutesText] = fields as [string, string, string, string];
      const bad = (detail: string): never => {
        throw new CsvDataError(source, line, detail);
      };
      if (!PC4.test(from)) bad(`from_pc4 "${truncate(from)}" is not a 4-digit postcode from 1000 to 9999`);
      if (!PC4.test(to)) bad(`to_pc4 "${truncate(to)}" is not a 4-digit postcode from 1000 to 9999`);
      if (!(TRAVEL_MODES as readonly string[]).includes(modeText)) {
        bad(`mode "${truncate(modeText)}" is not one of ${TRAVEL_MODES.join(', ')}`);
      }
      const mode = modeText as TravelMode;
      if (!MINUTES.test(minutesText)) bad(`minutes "${truncate(minutesText)}" is not a non-negative number`);
      const minutes = Number(minutesText);
      const key = pc4Key(from) * 10000 + pc4Key(to);
      const first = firstLine[mode].get(key);
      if (first !== undefined) bad(`${from} → ${to} by ${mode} appears twice (first on line ${first})`);
      firstLine[mode].set(key, line);
      byMode[mode].set(key, minutes);
    }
    return new TravelTimeMatrix(byMode, records.length);
  }

  /** Reads and parses a CSV file synchronously (meant for start-up). Errors name the file and line. */
  static fromFile(path: string): TravelTimeMatrix {
    return TravelTimeMatrix.fromCsv(readFileSync(path, 'utf8'), path);
  }

  /** Builds a matrix in memory (tests, fixtures), with the same checks as the CSV. */
  static fromEntries(entries: Iterable<TravelTimeMatrixEntry>): TravelTimeMatrix {
    const byMode = emptyMaps<number>();
    let count = 0;
    for (const e of entries) {
      count++;
      const where = `entry ${count}`;
      if (!PC4.test(e.fromPc4) || !PC4.test(e.toPc4)) {
        throw new RangeError(`${where}: PC4 codes must be 4 digits from 1000`);
      }
      if (!(TRAVEL_MODES as readonly string[]).includes(e.mode)) {
        throw new RangeError(`${where}: unknown mode ${String(e.mode)}`);
      }
      if (!(Number.isFinite(e.minutes) && e.minutes >= 0)) {
        throw new RangeError(`${where}: minutes must be 0 or more`);
      }
      const key = pc4Key(e.fromPc4) * 10000 + pc4Key(e.toPc4);
      if (byMode[e.mode].has(key)) {
        throw new RangeError(`${where}: ${e.fromPc4} → ${e.toPc4} by ${e.mode} appears twice`);
      }
      byMode[e.mode].set(key, e.minutes);
    }
    return new TravelTimeMatrix(byMode, count);
  }

  /** Number of (from, to, mode) entries. */
  get size(): number {
    return this.count;
  }

  /** Minutes as stored (not rounded) for this direction and mode, or undefined when absent. */
  get(fromPc4: string, toPc4: string, mode: TravelMode): number | undefined {
    const from = pc4Key(fromPc4);
    const to = pc4Key(toPc4);
    if (from < 0 || to < 0) return undefined;
    return this.byMode[mode]?.get(from * 10000 + to);
  }

  /**
   * The entries of one mode as a read-only map keyed `pc4Key(from) * 10000 + pc4Key(to)`, for
   * callers on a hot path that look up many pairs. Empty for an unknown mode.
   */
  mapOf(mode: TravelMode): ReadonlyMap<number, number> {
    return this.byMode[mode] ?? EMPTY;
  }

  /** Number of entries for one mode. */
  sizeOf(mode: TravelMode): number {
    return this.byMode[mode]?.size ?? 0;
  }

  *entries(): IterableIterator<TravelTimeMatrixEntry> {
    for (const mode of TRAVEL_MODES) {
      for (const [key, minutes] of this.byMode[mode]) {
        yield { fromPc4: String(Math.floor(key / 10000)), toPc4: String(key % 10000), mode, minutes };
      }
    }
  }
}

function emptyMaps<V>(): Record<TravelMode, Map<number, V>> {
  return {
    WALK: new Map(),
    BIKE: new Map(),
    EBIKE: new Map(),
    PUBLIC_TRANSPORT: new Map(),
    CAR: new Map(),
  };
}
