import fc from 'fast-check';
import {
  assertSuppressionK,
  suppressCount,
  suppressFamily,
  suppressTable,
  type CountTable,
  type SuppressedTable,
} from './suppression.js';
import { bruteForceAttack, forEachSolution, linearAttack } from './testing/attacker.js';

const table = (cells: number[][], rowTotals = true, columnTotals = true): CountTable => ({
  rows: cells.map((_, r) => `r${r}`),
  columns: (cells[0] ?? []).map((_, c) => `c${c}`),
  cells,
  rowTotals,
  columnTotals,
});

const displays = (t: SuppressedTable): string[][] => [
  ...t.cells.map((row, r) => [...row.map((f) => f.display), t.rowTotals?.[r].display ?? '-']),
  [
    ...(t.columnTotals ?? t.columns.map(() => null)).map((f) => f?.display ?? '-'),
    t.grandTotal?.display ?? '-',
  ],
];

/** The true value of every figure, keyed "r,c" as the attackers key them. */
function truth(cells: number[][]): Map<string, number> {
  const R = cells.length;
  const C = cells[0].length;
  const out = new Map<string, number>();
  let grand = 0;
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) out.set(`${r},${c}`, cells[r][c]);
    out.set(
      `${r},${C}`,
      cells[r].reduce((a, b) => a + b, 0),
    );
  }
  for (let c = 0; c < C; c++) {
    const s = cells.reduce((a, row) => a + row[c], 0);
    out.set(`${R},${c}`, s);
    grand += s;
  }
  out.set(`${R},${C}`, grand);
  return out;
}

describe('small-cell suppression', () => {
  it('shows counts of at least k and zeros, and hides 1..k-1 as "< k" (primary)', () => {
    const t = suppressTable(table([[12, 7, 9]], false, false), 5);
    expect(t.cells[0].map((f) => f.display)).toEqual(['12', '7', '9']);
    const small = suppressTable(table([[12, 3, 0, 1, 4, 5]], false, false), 5);
    expect(small.cells[0].map((f) => f.display)).toEqual(['12', '< 5', '0', '< 5', '< 5', '5']);
    expect(small.cells[0][1]).toEqual({ value: null, status: 'SMALL', display: '< 5' });
  });

  it('honours a larger k', () => {
    expect(suppressTable(table([[9]], false, false), 10).cells[0][0].display).toBe('< 10');
  });

  it('refuses k below 3', () => {
    expect(() => assertSuppressionK(2)).toThrow(RangeError);
    expect(() => suppressTable(table([[1]]), 2)).toThrow(RangeError);
    expect(() => suppressCount(4, 1)).toThrow(RangeError);
    expect(() => assertSuppressionK(3)).not.toThrow();
  });

  it('hides a second cell on a row whose total would give the small one away (secondary)', () => {
    // Without more hiding, 20 - 10 - 8 = 2 would reveal the small cell.
    const t = suppressTable(table([[10, 8, 2]], true, false), 5);
    expect(t.cells[0][2].status).toBe('SMALL');
    expect(t.cells[0][1]).toEqual({ value: null, status: 'PROTECTED', display: 'x' });
    expect(t.cells[0][0].display).toBe('10');
    expect(t.rowTotals?.[0].display).toBe('20');
  });

  it('protects a small cell against its row and its column total together', () => {
    const t = suppressTable(
      table([
        [20, 30, 2],
        [15, 25, 40],
        [11, 12, 13],
      ]),
      5,
    );
    expect(t.cells[0][2].status).toBe('SMALL');
    expect(linearAttack(t)).toEqual([]);
    const values = bruteForceAttack(t, 5, 80).get('0,2');
    expect(values?.size).toBeGreaterThan(1);
  });

  it('does not let two small cells that fill a row be pinned by the bounds (4 + 4 = 8)', () => {
    // Both "< 5" and the total 8: each must be 4 — a reader who knows the bounds recomputes them.
    const t = suppressTable(table([[4, 4, 30]], true, false), 5);
    const values = bruteForceAttack(t, 5, 60);
    for (const key of ['0,0', '0,1']) expect(values.get(key)?.size).toBeGreaterThan(1);
    expect(displays(t)[0]).not.toEqual(['< 5', '< 5', '30', '38']);
  });

  it('hides a total that is itself small', () => {
    const t = suppressTable(table([[1, 2]]), 5);
    expect(t.grandTotal?.status).toBe('SMALL');
    expect(t.rowTotals?.[0].status).toBe('SMALL');
  });

  it('leaves a table with no small count untouched', () => {
    const t = suppressTable(
      table([
        [5, 6],
        [7, 8],
      ]),
    );
    expect(displays(t)).toEqual([
      ['5', '6', '11'],
      ['7', '8', '15'],
      ['12', '14', '26'],
    ]);
  });

  it('hides the same shared column totals in every table of a family', () => {
    const byRoute = table([
      [3, 10],
      [9, 12],
    ]);
    const byArea = table([
      [6, 11],
      [6, 11],
    ]);
    const [a, b] = suppressFamily([byRoute, byArea], 5);
    expect(a.columnTotals?.map((f) => f.status)).toEqual(b.columnTotals?.map((f) => f.status));
    expect(a.grandTotal?.status).toBe(b.grandTotal?.status);
    expect(() => suppressFamily([byRoute, table([[1, 1]])], 5)).toThrow(RangeError);
  });
});

const K = fc.constantFrom(3, 5);
/** Small tables with many small counts, so that suppression has work to do. */
const smallTable = fc
  .record({ rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 3 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      cells: fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
      rowTotals: fc.boolean(),
      columnTotals: fc.boolean(),
    }),
  );

describe('suppression properties', () => {
  it('publishes only true figures, and never one from 1 to k-1', () => {
    fc.assert(
      fc.property(smallTable, K, ({ cells, rowTotals, columnTotals }, k) => {
        const t = suppressTable(table(cells, rowTotals, columnTotals), k);
        const real = truth(cells);
        const R = cells.length;
        const C = cells[0].length;
        const check = (key: string, f: { value: number | null; status: string; display: string }) => {
          if (f.value !== null) {
            expect(f.value).toBe(real.get(key));
            expect(f.value === 0 || f.value >= k).toBe(true);
          } else if (f.status === 'SMALL') {
            expect(real.get(key)).toBeLessThan(k);
            expect(real.get(key)).toBeGreaterThan(0);
            expect(f.display).toBe(`< ${k}`);
          } else if (f.status === 'PROTECTED') {
            expect(real.get(key)).toBeGreaterThanOrEqual(k);
          } else {
            expect(f).toEqual({ value: null, status: 'WITHHELD', display: '–' });
          }
        };
        t.cells.forEach((row, r) => row.forEach((f, c) => check(`${r},${c}`, f)));
        t.rowTotals?.forEach((f, r) => check(`${r},${C}`, f));
        t.columnTotals?.forEach((f, c) => check(`${R},${c}`, f));
        if (t.grandTotal) check(`${R},${C}`, t.grandTotal);
      }),
      { numRuns: 300 },
    );
  });

  it('the differencing attempt: no combination of published figures recomputes a hidden one', () => {
    fc.assert(
      fc.property(smallTable, K, ({ cells, rowTotals, columnTotals }, k) => {
        const t = suppressTable(table(cells, rowTotals, columnTotals), k);
        // Linear algebra over every combination of the line equations…
        expect(linearAttack(t)).toEqual([]);
        // …and every whole-number assignment within the bounds a reader knows. (A withheld table
        // publishes nothing at all, so there is nothing to try.)
        if (t.cells[0][0].status === 'WITHHELD') return;
        const real = truth(cells);
        for (const [key, possible] of bruteForceAttack(t, k, 40)) {
          expect(possible.has(real.get(key)!)).toBe(true);
          expect(possible.size).toBeGreaterThan(1);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('the differencing attempt across a family: two tables of one population give nothing away together', () => {
    // Two splits of the same people (by route, by area) over the same columns: a reader combines them.
    const family = fc
      .record({ cols: fc.integer({ min: 1, max: 2 }) })
      .chain(({ cols }) =>
        fc.record({
          a: fc.array(fc.array(fc.integer({ min: 0, max: 7 }), { minLength: cols, maxLength: cols }), {
            minLength: 2,
            maxLength: 2,
          }),
          split: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: cols, maxLength: cols }),
        }),
      )
      .map(({ a, split }) => {
        // b: the same column totals, split differently over two rows.
        const totals = a[0].map((_, c) => a[0][c] + a[1][c]);
        const b = [
          totals.map((t, c) => Math.min(t, split[c])),
          totals.map((t, c) => t - Math.min(t, split[c])),
        ];
        return { a, b };
      });
    fc.assert(
      fc.property(family, K, ({ a, b }, k) => {
        const [ta, tb] = suppressFamily([table(a), table(b)], k);
        if (ta.cells[0][0].status === 'WITHHELD') {
          // Withheld together: nothing of either is published.
          for (const t of [ta, tb]) expect(t.cells.flat().every((f) => f.status === 'WITHHELD')).toBe(true);
          return;
        }
        const joint = jointAttack(ta, tb, k, 30);
        const realA = truth(a);
        const realB = truth(b);
        for (const [key, possible] of joint) {
          const real = key.startsWith('a:') ? realA.get(key.slice(2)) : realB.get(key.slice(2));
          expect(possible.has(real!)).toBe(true);
          expect(possible.size).toBeGreaterThan(1);
        }
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * Brute force over both tables at once: every solution of each, joined on the shared totals (the
 * column totals and the grand total are the same people counted in both).
 */
function jointAttack(a: SuppressedTable, b: SuppressedTable, k: number, cap: number) {
  const C = a.columns.length;
  const sharedOf = (t: SuppressedTable, s: Map<string, number>): string =>
    Array.from({ length: C + 1 }, (_, c) => {
      const known = c < C ? t.columnTotals![c].value : t.grandTotal!.value;
      return known ?? s.get(`${t.rows.length},${c}`);
    }).join(',');
  const collect = (t: SuppressedTable) => {
    const byShared = new Map<string, Array<Map<string, number>>>();
    forEachSolution(t, k, cap, (s) => {
      const key = sharedOf(t, s);
      (byShared.get(key) ?? byShared.set(key, []).get(key)!).push(s);
    });
    return byShared;
  };
  const sa = collect(a);
  const sb = collect(b);
  const joint = new Map<string, Set<number>>();
  const add = (prefix: string, s: Map<string, number>) => {
    for (const [key, v] of s) {
      const name = `${prefix}:${key}`;
      (joint.get(name) ?? joint.set(name, new Set()).get(name)!).add(v);
    }
  };
  for (const [key, list] of sa) {
    if (!sb.has(key)) continue;
    list.forEach((s) => add('a', s));
    sb.get(key)!.forEach((s) => add('b', s));
  }
  return joint;
}
