import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { CsvDataError, parseDecimal, readCsv, truncate } from './csv.js';
import { parsePostcode } from './postcode.js';
import type { Pc4Location } from './types.js';

export const PC4_CSV_HEADER = ['pc4', 'lat', 'lon', 'municipality'] as const;

export type Pc4ResolveResult =
  | {
      ok: true;
      location: Pc4Location;
      /** Canonical PC6 (`3811AB`) when the input had letters. Coordinates are still those of the PC4. */
      pc6?: string;
    }
  /** `unknown`: well formed, but not a postcode area the table knows. */
  | { ok: false; reason: string; unknown?: true };

const PC4 = /^[1-9][0-9]{3}$/;

/**
 * PC4 areas with their centroids, loaded from `data/nl-pc4-centroids.csv` (Bron: CBS).
 * Immutable after loading; the locations it hands out are frozen and can be shared.
 */
export class Pc4Table {
  private readonly byPc4: ReadonlyMap<string, Pc4Location>;
  private readonly list: readonly Pc4Location[];

  private constructor(list: Pc4Location[]) {
    this.list = Object.freeze(list);
    this.byPc4 = new Map(list.map((l) => [l.pc4, l]));
  }

  /**
   * Parses CSV text with the header `pc4,lat,lon,municipality`. Every row is checked (4-digit PC4
   * from 1000, unique; latitude/longitude plain decimals in WGS84 range; a municipality name);
   * the first problem throws a {@link CsvDataError} naming the line.
   */
  static fromCsv(text: string, source = 'PC4 CSV'): Pc4Table {
    const records = readCsv(text, PC4_CSV_HEADER, source);
    if (records.length === 0) throw new CsvDataError(source, 1, 'the file has a header but no rows');
    const seen = new Map<string, number>();
    const list: Pc4Location[] = [];
    for (const { line, fields } of records) {
      const [pc4, latText, lonText, municipalityText] = fields as [string, string, string, string];
      const bad = (detail: string): never => {
        throw new CsvDataError(source, line, detail);
      };
      if (!PC4.test(pc4)) bad(`pc4 "${truncate(pc4)}" is not a 4-digit postcode from 1000 to 9999`);
      const first = seen.get(pc4);
      if (first !== undefined) bad(`pc4 ${pc4} appears twice (first on line ${first})`);
      seen.set(pc4, line);
      const lat = parseDecimal(latText);
      if (lat === undefined || lat < -90 || lat > 90) {
        bad(`lat "${truncate(latText)}" is not a latitude in decimal degrees (-90 to 90)`);
      }
      const lon = parseDecimal(lonText);
      if (lon === undefined || lon < -180 || lon > 180) {
        bad(`lon "${truncate(lonText)}" is not a longitude in decimal degrees (-180 to 180)`);
      }
      const municipality = municipalityText.trim();
      if (municipality === '') bad('municipality is empty');
      list.push(Object.freeze({ pc4, lat: lat!, lon: lon!, municipality }));
    }
    return new Pc4Table(list);
  }

  /** Reads and parses a CSV file synchronously (meant for start-up). Errors name the file and line. */
  static fromFile(path: string): Pc4Table {
    return Pc4Table.fromCsv(readFileSync(path, 'utf8'), path);
  }

  /** Builds a table from locations in memory (tests, fixtures), with the same checks as the CSV. */
  static fromLocations(locations: Iterable<Pc4Location>): Pc4Table {
    const list: Pc4Location[] = [];
    const seen = new Set<string>();
    for (const l of locations) {
      const where = `location ${list.length + 1}`;
      if (typeof l.pc4 !== 'string' || !PC4.test(l.pc4)) {
        throw new RangeError(`${where}: pc4 "${String(l.pc4)}" is not a 4-digit postcode from 1000 to 9999`);
      }
      if (seen.has(l.pc4)) throw new RangeError(`${where}: pc4 ${l.pc4} appears twice`);
      seen.add(l.pc4);
      if (!(Number.isFinite(l.lat) && l.lat >= -90 && l.lat <= 90)) {
        throw new RangeError(`${where}: bad latitude`);
      }
      if (!(Number.isFinite(l.lon) && l.lon >= -180 && l.lon <= 180)) {
        throw new RangeError(`${where}: bad longitude`);
      }
      if (typeof l.municipality !== 'string' || l.municipality.trim() === '') {
        throw new RangeError(`${where}: municipality is empty`);
      }
      list.push(Object.freeze({ pc4: l.pc4, lat: l.lat, lon: l.lon, municipality: l.municipality.trim() }));
    }
    if (list.length === 0) throw new RangeError('A PC4 table needs at least one location');
    return new Pc4Table(list);
  }

  /** Number of PC4 areas. */
  get size(): number {
    return this.list.length;
  }

  /** Exact lookup by the 4 digits (`'3811'`). For text typed by a person use {@link resolve}. */
  get(pc4: string): Pc4Location | undefined {
    return this.byPc4.get(pc4);
  }

  has(pc4: string): boolean {
    return this.byPc4.has(pc4);
  }

  /** All locations in file order. The array is frozen; do not cast it away. */
  all(): readonly Pc4Location[] {
    return this.list;
  }

  /**
   * Parses a postcode as typed (PC4 or PC6) and finds its PC4 area. A well-formed postcode that
   * is not in the table is a validation error, never a silent default location.
   */
  resolve(postcode: string): Pc4ResolveResult {
    const parsed = parsePostcode(postcode);
    if (!parsed.ok) return parsed;
    const location = this.byPc4.get(parsed.pc4);
    if (location === undefined) {
      return { ok: false, reason: `Postcode ${parsed.pc4} is not in the postcode table`, unknown: true };
    }
    return parsed.pc6 === undefined ? { ok: true, location } : { ok: true, location, pc6: parsed.pc6 };
  }
}

/** Name in package.json of the directory that holds `data/`. */
const PROJECT_PACKAGE_NAME = 'plekwijzer';
const PC4_CSV_RELATIVE = join('data', 'nl-pc4-centroids.csv');

/**
 * Absolute path of the bundled `data/nl-pc4-centroids.csv`, found by walking up from `startDir`
 * (default: this module's own directory, so it works from `libs/geo/src` under Jest and from
 * `dist/libs/geo/src` in production) to the directory whose package.json is named `plekwijzer`.
 * Throws if there is no such directory or the file is missing there.
 */
export function defaultPc4CsvPath(startDir: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = startDir;
  for (;;) {
    if (isProjectRoot(dir)) {
      const path = join(dir, PC4_CSV_RELATIVE);
      if (!existsSync(path)) throw new Error(`The PC4 table is missing: expected it at ${path}`);
      return path;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(
        `Could not find the project root (package.json named "${PROJECT_PACKAGE_NAME}") above ${startDir}`,
      );
    }
    dir = parent;
  }
}

function isProjectRoot(dir: string): boolean {
  const pkgPath = join(dir, 'package.json');
  if (!existsSync(pkgPath)) return false;
  try {
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { name?: unknown };
    return pkg.name === PROJECT_PACKAGE_NAME;
  } catch {
    return false; // an unreadable or foreign package.json: keep walking up
  }
}
