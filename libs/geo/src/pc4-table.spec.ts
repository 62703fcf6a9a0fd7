import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { CsvDataError } from './csv.js';
import { Pc4Table, defaultPc4CsvPath } from './pc4-table.js';

// This file lives in <root>/libs/geo/src.
const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const REAL_CSV = join(PROJECT_ROOT, 'data', 'nl-pc4-centroids.csv');

const HEADER = 'pc4,lat,lon,municipality';

function csvError(text: string): CsvDataError {
  try {
    Pc4Table.fromCsv(text, 'test.csv');
  } catch (e) {
    if (e instanceof CsvDataError) return e;
    throw e;
  }
  throw new Error('expected a CsvDataError');
}

describe('Pc4Table with the bundled CBS file', () => {
  const table = Pc4Table.fromFile(REAL_CSV);

  it('loads all 4,067 PC4 areas', () => {
    expect(table.size).toBe(4067);
    expect(table.all()).toHaveLength(4067);
  });

  it('matches the spot checks in data/README.md', () => {
    expect(table.get('3811')).toEqual({
      pc4: '3811',
      lat: 52.15561,
      lon: 5.38758,
      municipality: 'Amersfoort',
    });
    expect(table.get('1012')).toEqual({
      pc4: '1012',
      lat: 52.37456,
      lon: 4.89604,
      municipality: 'Amsterdam',
    });
    expect(table.get('3511')?.municipality).toBe('Utrecht');
    expect(table.get('6211')).toMatchObject({ lat: 50.85035, lon: 5.68968 });
    expect(table.get('9711')).toMatchObject({ lat: 53.21627, lon: 6.56935 });
    for (const pc4 of ['3791', '3831', '3835']) expect(table.get(pc4)?.municipality).toBe('Leusden');
    expect(table.get('3871')?.municipality).toBe('Nijkerk');
  });

  it('reads quoted names with commas, apostrophes and non-ASCII letters', () => {
    expect(table.get('5671')?.municipality).toBe('Nuenen, Gerwen en Nederwetten');
    expect(table.get('2511')?.municipality).toBe("'s-Gravenhage");
    expect(table.get('8529')?.municipality).toBe('Súdwest-Fryslân');
  });

  it('keeps every point inside the documented bounding box of the Netherlands', () => {
    // The README rounds the box to 3 decimals (50.766–53.493 N, 3.397–7.203 E); allow that rounding.
    for (const l of table.all()) {
      expect(l.lat).toBeGreaterThanOrEqual(50.7655);
      expect(l.lat).toBeLessThanOrEqual(53.4935);
      expect(l.lon).toBeGreaterThanOrEqual(3.3965);
      expect(l.lon).toBeLessThanOrEqual(7.2035);
    }
  });

  it('does not contain the PC4s the README lists as missing', () => {
    for (const pc4 of ['5028', '1099', '2268', '9662']) expect(table.has(pc4)).toBe(false);
    expect(table.has('3811')).toBe(true);
  });

  it('hands out frozen locations so a caller cannot corrupt the shared table', () => {
    const l = table.get('3811')!;
    expect(Object.isFrozen(l)).toBe(true);
    expect(Object.isFrozen(table.all())).toBe(true);
  });

  it('resolves a typed PC6 to its PC4 area and keeps the canonical PC6', () => {
    const r = table.resolve(' 3811 ab ');
    expect(r).toEqual({ ok: true, location: table.get('3811'), pc6: '3811AB' });
  });

  it('resolves a bare PC4 without a pc6', () => {
    expect(table.resolve('1012')).toEqual({ ok: true, location: table.get('1012') });
  });

  it('reports a well-formed postcode that is not in the table as an error, never a default', () => {
    expect(table.resolve('5028')).toEqual({
      ok: false,
      reason: 'Postcode 5028 is not in the postcode table',
      unknown: true,
    });
    expect(table.resolve('1099 AB')).toEqual({
      ok: false,
      reason: 'Postcode 1099 is not in the postcode table',
      unknown: true,
    });
  });

  it('passes through the parse reason for malformed input', () => {
    const r = table.resolve('0811');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/never starts with 0/);
  });

  it('get() is an exact lookup, not a parser', () => {
    expect(table.get(' 3811')).toBeUndefined();
    expect(table.get('3811AB')).toBeUndefined();
  });
});

describe('Pc4Table.fromCsv', () => {
  it('accepts CRLF line endings, a byte-order mark and no trailing newline', () => {
    const t = Pc4Table.fromCsv(
      `\uFEFF${HEADER}\r\n3811,52.15561,5.38758,Amersfoort\r\n3511,52.08833,5.11599,Utrecht`,
    );
    expect(t.size).toBe(2);
    expect(t.get('3511')).toEqual({ pc4: '3511', lat: 52.08833, lon: 5.11599, municipality: 'Utrecht' });
  });

  it('accepts negative coordinates within WGS84 range', () => {
    expect(Pc4Table.fromCsv(`${HEADER}\n1234,-33.9,-70.5,Elders\n`).get('1234')).toMatchObject({
      lat: -33.9,
      lon: -70.5,
    });
  });

  it.each([
    ['an empty file', '', 1, /file is empty/],
    [
      'a wrong header',
      'postcode,lat,lon,municipality\n3811,52,5,A\n',
      1,
      /expected the header "pc4,lat,lon,municipality"/,
    ],
    ['reordered columns', 'pc4,lon,lat,municipality\n3811,5,52,A\n', 1, /expected the header/],
    ['a header only', `${HEADER}\n`, 1, /no rows/],
    [
      'too few fields',
      `${HEADER}\n3811,52.1,5.3,Amersfoort\n3812,52.1,5.3\n`,
      3,
      /expected 4 fields.*found 3/,
    ],
    ['too many fields', `${HEADER}\n3811,52.1,5.3,Amersfoort,x\n`, 2, /found 5/],
    ['a PC4 with a leading zero', `${HEADER}\n0123,52.1,5.3,A\n`, 2, /pc4 "0123"/],
    ['a 3-digit PC4', `${HEADER}\n381,52.1,5.3,A\n`, 2, /pc4 "381"/],
    ['a PC6 in the pc4 column', `${HEADER}\n3811AB,52.1,5.3,A\n`, 2, /pc4 "3811AB"/],
    [
      'a duplicate PC4',
      `${HEADER}\n3811,52.1,5.3,A\n3812,52.1,5.3,A\n3811,52.2,5.3,A\n`,
      4,
      /3811 appears twice \(first on line 2\)/,
    ],
    ['an empty latitude', `${HEADER}\n3811,,5.3,A\n`, 2, /lat ""/],
    ['a latitude in exponent notation', `${HEADER}\n3811,5.2e1,5.3,A\n`, 2, /lat "5.2e1"/],
    ['a padded latitude', `${HEADER}\n3811, 52.1,5.3,A\n`, 2, /lat " 52.1"/],
    ['a latitude above 90', `${HEADER}\n3811,91,5.3,A\n`, 2, /latitude/],
    ['a non-numeric longitude', `${HEADER}\n3811,52.1,east,A\n`, 2, /lon "east"/],
    ['a longitude beyond 180', `${HEADER}\n3811,52.1,181.5,A\n`, 2, /longitude/],
    ['an empty municipality', `${HEADER}\n3811,52.1,5.3,  \n`, 2, /municipality is empty/],
    ['an empty line in the middle', `${HEADER}\n3811,52.1,5.3,A\n\n3812,52.1,5.3,A\n`, 3, /empty line/],
    ['an unterminated quote', `${HEADER}\n3811,52.1,5.3,"Amersfoort\n`, 2, /unterminated/],
    ['a stray quote', `${HEADER}\n3811,52.1,5.3,Amers"foort\n`, 2, /quote/],
  ])('rejects %s, naming line %i', (_what, text, line, detail) => {
    const e = csvError(text);
    expect(e.line).toBe(line);
    expect(e.source).toBe('test.csv');
    expect(e.message).toMatch(new RegExp(`^test\\.csv, line ${line}: `));
    expect(e.message).toMatch(detail);
  });

  it('names the file path in errors from fromFile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-pc4-'));
    try {
      const path = join(dir, 'bad.csv');
      writeFileSync(path, `${HEADER}\n3811,52.1,5.3,A\n9999,52.1,x,B\n`);
      expect(() => Pc4Table.fromFile(path)).toThrow(`${path}, line 3: lon "x"`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('unescapes doubled quotes inside a quoted field', () => {
    expect(Pc4Table.fromCsv(`${HEADER}\n3811,52.1,5.3,"De ""Kei"", wijk"\n`).get('3811')?.municipality).toBe(
      'De "Kei", wijk',
    );
  });
});

describe('Pc4Table.fromLocations', () => {
  it('builds a table and validates like the CSV loader', () => {
    const t = Pc4Table.fromLocations([{ pc4: '3811', lat: 52.1, lon: 5.3, municipality: 'Amersfoort' }]);
    expect(t.get('3811')?.municipality).toBe('Amersfoort');
    expect(() => Pc4Table.fromLocations([])).toThrow(/at least one/);
    expect(() => Pc4Table.fromLocations([{ pc4: '0811', lat: 52, lon: 5, municipality: 'X' }])).toThrow(
      /0811/,
    );
    expect(() => Pc4Table.fromLocations([{ pc4: '3811', lat: NaN, lon: 5, municipality: 'X' }])).toThrow(
      /latitude/,
    );
    expect(() =>
      Pc4Table.fromLocations([
        { pc4: '3811', lat: 52, lon: 5, municipality: 'X' },
        { pc4: '3811', lat: 52, lon: 5, municipality: 'X' },
      ]),
    ).toThrow(/twice/);
  });
});

describe('defaultPc4CsvPath', () => {
  it('finds data/nl-pc4-centroids.csv from this module under Jest', () => {
    const path = defaultPc4CsvPath();
    expect(path).toBe(REAL_CSV);
    expect(existsSync(path)).toBe(true);
  });

  it('finds the same file from the compiled location dist/libs/geo/src', () => {
    expect(defaultPc4CsvPath(join(PROJECT_ROOT, 'dist', 'libs', 'geo', 'src'))).toBe(REAL_CSV);
  });

  describe('outside the project', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'geo-root-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('skips a package.json with another name and throws when no project root is found', () => {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'something-else' }));
      mkdirSync(join(dir, 'a', 'b'), { recursive: true });
      expect(() => defaultPc4CsvPath(join(dir, 'a', 'b'))).toThrow(/Could not find the project root/);
    });

    it('throws when the project root has no data file', () => {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'plekwijzer' }));
      mkdirSync(join(dir, 'libs'), { recursive: true });
      expect(() => defaultPc4CsvPath(join(dir, 'libs'))).toThrow(/PC4 table is missing/);
    });

    it('keeps walking past an unparsable package.json', () => {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'plekwijzer' }));
      mkdirSync(join(dir, 'data'));
      writeFileSync(join(dir, 'data', 'nl-pc4-centroids.csv'), `${HEADER}\n`);
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', 'package.json'), '{ not json');
      expect(defaultPc4CsvPath(join(dir, 'sub'))).toBe(join(dir, 'data', 'nl-pc4-centroids.csv'));
    });
  });
});
