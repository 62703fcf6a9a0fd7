import { CsvDataError } from './csv.js';
import { TravelTimeMatrix, pc4Key } from './travel-time-matrix.js';

const HEADER = 'from_pc4,to_pc4,mode,minutes';

function csvError(text: string): CsvDataError {
  try {
    TravelTimeMatrix.fromCsv(text, 'matrix.csv');
  } catch (e) {
    if (e instanceof CsvDataError) return e;
    throw e;
  }
  throw new Error('expected a CsvDataError');
}

describe('TravelTimeMatrix', () => {
  const matrix = TravelTimeMatrix.fromCsv(
    [
      HEADER,
      '3811,3511,PUBLIC_TRANSPORT,42',
      '3511,3811,PUBLIC_TRANSPORT,47.5',
      '3811,3511,BIKE,61',
      '3811,3811,WALK,0',
    ].join('\n'),
  );

  it('looks up minutes by direction and mode, as stored', () => {
    expect(matrix.size).toBe(4);
    expect(matrix.get('3811', '3511', 'PUBLIC_TRANSPORT')).toBe(42);
    expect(matrix.get('3511', '3811', 'PUBLIC_TRANSPORT')).toBe(47.5);
    expect(matrix.get('3811', '3511', 'BIKE')).toBe(61);
    expect(matrix.get('3811', '3811', 'WALK')).toBe(0);
  });

  it('does not assume symmetry', () => {
    expect(matrix.get('3511', '3811', 'BIKE')).toBeUndefined();
  });

  it('returns undefined for absent pairs, other modes and malformed codes', () => {
    expect(matrix.get('3811', '3512', 'PUBLIC_TRANSPORT')).toBeUndefined();
    expect(matrix.get('3811', '3511', 'CAR')).toBeUndefined();
    expect(matrix.get('3811 ', '3511', 'BIKE')).toBeUndefined();
    expect(matrix.get('381A', '3511', 'BIKE')).toBeUndefined();
  });

  it('counts entries per mode and lists them all', () => {
    expect(matrix.sizeOf('PUBLIC_TRANSPORT')).toBe(2);
    expect(matrix.sizeOf('CAR')).toBe(0);
    expect([...matrix.entries()]).toEqual(
      expect.arrayContaining([
        { fromPc4: '3811', toPc4: '3511', mode: 'PUBLIC_TRANSPORT', minutes: 42 },
        { fromPc4: '3511', toPc4: '3811', mode: 'PUBLIC_TRANSPORT', minutes: 47.5 },
        { fromPc4: '3811', toPc4: '3511', mode: 'BIKE', minutes: 61 },
        { fromPc4: '3811', toPc4: '3811', mode: 'WALK', minutes: 0 },
      ]),
    );
  });

  it('accepts a header with no rows as an empty matrix, and CRLF with a BOM', () => {
    expect(TravelTimeMatrix.fromCsv(`${HEADER}\n`).size).toBe(0);
    const m = TravelTimeMatrix.fromCsv(`\uFEFF${HEADER}\r\n1012,3511,CAR,38\r\n`);
    expect(m.get('1012', '3511', 'CAR')).toBe(38);
  });

  it('allows the same pair in different modes', () => {
    const m = TravelTimeMatrix.fromCsv(`${HEADER}\n3811,3511,CAR,30\n3811,3511,EBIKE,45\n`);
    expect(m.size).toBe(2);
  });

  it.each([
    ['an empty file', '', 1, /file is empty/],
    [
      'a wrong header',
      'from,to,mode,minutes\n3811,3511,CAR,30\n',
      1,
      /expected the header "from_pc4,to_pc4,mode,minutes"/,
    ],
    ['a bad from_pc4', `${HEADER}\n0811,3511,CAR,30\n`, 2, /from_pc4 "0811"/],
    ['a bad to_pc4', `${HEADER}\n3811,CAR,3511,30\n`, 2, /to_pc4 "CAR"/],
    [
      'a lower-case mode',
      `${HEADER}\n3811,3511,CAR,30\n3811,3511,bike,30\n`,
      3,
      /mode "bike" is not one of WALK, BIKE/,
    ],
    ['a router mode name', `${HEADER}\n3811,3511,TRANSIT,30\n`, 2, /mode "TRANSIT"/],
    ['negative minutes', `${HEADER}\n3811,3511,CAR,-1\n`, 2, /minutes "-1"/],
    ['empty minutes', `${HEADER}\n3811,3511,CAR,\n`, 2, /minutes ""/],
    ['NaN minutes', `${HEADER}\n3811,3511,CAR,NaN\n`, 2, /minutes "NaN"/],
    ['exponent minutes', `${HEADER}\n3811,3511,CAR,1e3\n`, 2, /minutes "1e3"/],
    [
      'a duplicate',
      `${HEADER}\n3811,3511,CAR,30\n3511,3811,CAR,31\n3811,3511,CAR,32\n`,
      4,
      /appears twice \(first on line 2\)/,
    ],
    ['a missing field', `${HEADER}\n3811,3511,CAR\n`, 2, /expected 4 fields/],
  ])('rejects %s, naming line %i', (_what, text, line, detail) => {
    const e = csvError(text);
    expect(e.line).toBe(line);
    expect(e.message).toMatch(new RegExp(`^matrix\\.csv, line ${line}: `));
    expect(e.message).toMatch(detail);
  });

  it('validates entries given in memory', () => {
    expect(
      TravelTimeMatrix.fromEntries([{ fromPc4: '3811', toPc4: '3511', mode: 'CAR', minutes: 30 }]).size,
    ).toBe(1);
    expect(() =>
      TravelTimeMatrix.fromEntries([{ fromPc4: '3811', toPc4: '3511', mode: 'CAR', minutes: -1 }]),
    ).toThrow(/minutes/);
    expect(() =>
      TravelTimeMatrix.fromEntries([{ fromPc4: '3811', toPc4: '3511', mode: 'BOAT' as 'CAR', minutes: 1 }]),
    ).toThrow(/unknown mode BOAT/);
  });
});

describe('pc4Key', () => {
  it('maps four ASCII digits to their number and anything else to -1', () => {
    expect(pc4Key('3811')).toBe(3811);
    expect(pc4Key('1000')).toBe(1000);
    expect(pc4Key('381')).toBe(-1);
    expect(pc4Key('38111')).toBe(-1);
    expect(pc4Key('38a1')).toBe(-1);
    expect(pc4Key('٣٨١١')).toBe(-1);
  });
});
