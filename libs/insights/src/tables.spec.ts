import {
  bottleneckOf,
  crossTab,
  keysWith,
  languageBandOf,
  mergeSmallRows,
  quarterOf,
  topBlocker,
} from './tables.js';

describe('insights tables', () => {
  it('takes the criterion failing most near misses, ties to the one checked first', () => {
    const order = ['LANGUAGE', 'TRAVEL', 'AVAILABILITY'];
    expect(topBlocker(['TRAVEL', 'AVAILABILITY', 'TRAVEL'], order)).toBe('TRAVEL');
    expect(topBlocker(['AVAILABILITY', 'LANGUAGE'], order)).toBe('LANGUAGE');
    expect(topBlocker([], order)).toBeNull();
    // A criterion the order does not know (a newer engine) still counts.
    expect(topBlocker(['PAID_ONLY', 'PAID_ONLY', 'TRAVEL'], order)).toBe('PAID_ONLY');
  });

  it('puts three or more matches under ENOUGH_MATCHES, else the blocker, else NOTHING_CLOSE', () => {
    expect(bottleneckOf(3, 'TRAVEL')).toBe('ENOUGH_MATCHES');
    expect(bottleneckOf(2, 'TRAVEL')).toBe('TRAVEL');
    expect(bottleneckOf(0, null)).toBe('NOTHING_CLOSE');
  });

  it('bands speaking levels and names quarters', () => {
    expect(['NONE', 'A1', 'A2', 'B1', 'C2'].map((l) => languageBandOf(l as 'A1'))).toEqual([
      'NONE',
      'A1',
      'A2',
      'B1_PLUS',
      'B1_PLUS',
    ]);
    expect(quarterOf('2026-11-29')).toBe('2026-Q4');
    expect(quarterOf('2027-01-01')).toBe('2027-Q1');
    expect(() => quarterOf('soon')).toThrow(RangeError);
  });

  it('cross-tabulates with weights, and refuses a key it was not given', () => {
    const facts = [
      { r: 'a', c: 'x', n: 2 },
      { r: 'b', c: 'x', n: 1 },
      { r: 'a', c: 'y', n: 4 },
    ];
    const spec = {
      rows: ['a', 'b'],
      columns: ['x', 'y'],
      rowOf: (f: (typeof facts)[number]) => f.r,
      columnOf: (f: (typeof facts)[number]) => f.c,
      weightOf: (f: (typeof facts)[number]) => f.n,
      rowTotals: true,
      columnTotals: true,
    };
    expect(crossTab(facts, spec).cells).toEqual([
      [2, 4],
      [1, 0],
    ]);
    expect(() => crossTab([{ r: 'z', c: 'x', n: 1 }], spec)).toThrow(RangeError);
    expect(keysWith(['x', 'y'], ['y', 'w', 'v'])).toEqual(['x', 'y', 'v', 'w']);
  });

  it('merges rows of fewer than k people into OTHER, and drops empty ones', () => {
    const merged = mergeSmallRows(
      {
        rows: ['Amersfoort', 'Baarn', 'Eemnes', 'Leusden'],
        columns: ['x', 'y'],
        cells: [
          [10, 2],
          [1, 1],
          [0, 0],
          [2, 0],
        ],
        rowTotals: true,
        columnTotals: true,
      },
      5,
    );
    expect(merged.rows).toEqual(['Amersfoort', 'OTHER']);
    expect(merged.cells).toEqual([
      [10, 2],
      [3, 1],
    ]);
  });
});
