/**
 * Two readers who try to recompute suppressed figures from what a suppressed table publishes, for
 * the tests. Neither uses the suppression code's own audit: they only see the published table.
 *
 * - linearAttack: every combination of the line equations (each row adds up to its total, each
 *   column to its total, the totals to the grand total) with the published figures filled in;
 *   a hidden figure is recomputable when it is a linear combination of them (Gaussian elimination).
 * - bruteForceAttack: every whole-number assignment of the hidden figures that agrees with the
 *   published ones, with the bounds a reader knows ("< k" means 1..k-1, "x" means at least k);
 *   returns the values each hidden figure can take ("–", a withheld table, only says ≥ 0).
 */
import type { Figure, SuppressedTable } from '../suppression.js';

interface Entry {
  r: number;
  c: number;
  figure: Figure;
}

/** The table as (R+1) × (C+1) entries; absent margins are null. */
function entries(t: SuppressedTable): Array<Array<Figure | null>> {
  const R = t.rows.length;
  const C = t.columns.length;
  const out: Array<Array<Figure | null>> = [];
  for (let r = 0; r <= R; r++) {
    const row: Array<Figure | null> = [];
    for (let c = 0; c <= C; c++) {
      if (r < R && c < C) row.push(t.cells[r][c]);
      else if (r < R) row.push(t.rowTotals?.[r] ?? null);
      else if (c < C) row.push(t.columnTotals?.[c] ?? null);
      else row.push(t.grandTotal);
    }
    out.push(row);
  }
  return out;
}

/** Keys "r,c" of the hidden figures that some linear combination of published equations pins down. */
export function linearAttack(t: SuppressedTable): string[] {
  const grid = entries(t);
  const R = t.rows.length;
  const C = t.columns.length;
  const hidden: Entry[] = [];
  for (let r = 0; r <= R; r++)
    for (let c = 0; c <= C; c++) {
      const f = grid[r][c];
      if (f && f.value === null) hidden.push({ r, c, figure: f });
    }
  const col = new Map(hidden.map((h, i) => [`${h.r},${h.c}`, i]));
  const equations: number[][] = [];
  // A line: its inner entries minus its total = 0 (only when the total exists).
  const line = (members: Array<[number, number]>, total: [number, number]): void => {
    if (grid[total[0]][total[1]] === null) return;
    const eq = new Array<number>(hidden.length).fill(0);
    let touches = false;
    for (const [r, c] of members) {
      const i = col.get(`${r},${c}`);
      if (i !== undefined) {
        eq[i] += 1;
        touches = true;
      }
    }
    const i = col.get(`${total[0]},${total[1]}`);
    if (i !== undefined) {
      eq[i] -= 1;
      touches = true;
    }
    if (touches) equations.push(eq);
  };
  for (let r = 0; r <= R; r++)
    line(
      Array.from({ length: C }, (_, c) => [r, c] as [number, number]),
      [r, C],
    );
  for (let c = 0; c <= C; c++)
    line(
      Array.from({ length: R }, (_, r) => [r, c] as [number, number]),
      [R, c],
    );
  const base = rank(equations);
  return hidden
    .filter((_, i) => {
      const unit = new Array<number>(hidden.length).fill(0);
      unit[i] = 1;
      return rank([...equations, unit]) === base;
    })
    .map((h) => `${h.r},${h.c}`);
}

function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let rk = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && rk < m.length; c++) {
    let pivot = -1;
    for (let r = rk; r < m.length; r++) if (Math.abs(m[r][c]) > 1e-9) pivot = r;
    if (pivot < 0) continue;
    [m[rk], m[pivot]] = [m[pivot], m[rk]];
    for (let r = 0; r < m.length; r++) {
      if (r === rk) continue;
      const f = m[r][c] / m[rk][c];
      if (f !== 0) for (let j = c; j < width; j++) m[r][j] -= f * m[rk][j];
    }
    rk++;
  }
  return rk;
}

/**
 * The values each hidden figure ("r,c") can take given everything published, found by trying every
 * assignment of the hidden inner cells (a hidden "x" cell up to `cap`). Absent totals are unknown.
 */
export function bruteForceAttack(t: SuppressedTable, k: number, cap: number): Map<string, Set<number>> {
  const values = new Map<string, Set<number>>();
  forEachSolution(t, k, cap, (solution) => {
    for (const [key, v] of solution) (values.get(key) ?? values.set(key, new Set()).get(key)!).add(v);
  });
  return values;
}

/** Calls `visit` with every assignment of the hidden figures ("r,c" → value) that fits. */
export function forEachSolution(
  t: SuppressedTable,
  k: number,
  cap: number,
  visit: (solution: Map<string, number>) => void,
): void {
  const grid = entries(t);
  const R = t.rows.length;
  const C = t.columns.length;
  const range = (f: Figure): [number, number] =>
    f.value !== null
      ? [f.value, f.value]
      : f.status === 'SMALL'
        ? [1, k - 1]
        : f.status === 'WITHHELD'
          ? [0, cap]
          : [k, cap];
  const fits = (f: Figure | null, v: number): boolean => {
    if (f === null || f.status === 'WITHHELD') return true;
    const [lo, hi] =
      f.value !== null ? [f.value, f.value] : f.status === 'SMALL' ? [1, k - 1] : [k, Infinity];
    return v >= lo && v <= hi;
  };
  const hiddenKeys: string[] = [];
  for (let r = 0; r <= R; r++)
    for (let c = 0; c <= C; c++)
      if (grid[r][c] !== null && grid[r][c]!.value === null) hiddenKeys.push(`${r},${c}`);
  const x: number[][] = Array.from({ length: R }, () => new Array<number>(C).fill(0));
  const colSum = new Array<number>(C).fill(0);
  const colMax = (c: number): number => {
    const f = grid[R][c];
    return f === null ? Infinity : range(f)[1] === cap && f.value === null ? Infinity : range(f)[1];
  };
  const step = (pos: number, rowSum: number): void => {
    if (pos === R * C) {
      let grand = 0;
      for (let c = 0; c < C; c++) {
        if (!fits(grid[R][c], colSum[c])) return;
        grand += colSum[c];
      }
      if (!fits(grid[R][C], grand)) return;
      const all = new Map<string, number>();
      for (let r = 0; r < R; r++) {
        for (let c = 0; c < C; c++) all.set(`${r},${c}`, x[r][c]);
        all.set(
          `${r},${C}`,
          x[r].reduce((a, b) => a + b, 0),
        );
      }
      for (let c = 0; c < C; c++) all.set(`${R},${c}`, colSum[c]);
      all.set(`${R},${C}`, grand);
      visit(new Map(hiddenKeys.map((key) => [key, all.get(key)!])));
      return;
    }
    const r = Math.floor(pos / C);
    const c = pos % C;
    const [lo, hi] = range(grid[r][c]!);
    const rowTotal = grid[r][C];
    for (let v = lo; v <= hi; v++) {
      // Prune on published totals: a partial sum may not pass them.
      if (rowTotal?.value != null && rowSum + v > rowTotal.value) break;
      if (colSum[c] + v > colMax(c)) break;
      x[r][c] = v;
      colSum[c] += v;
      const last = c === C - 1;
      if (!last || fits(rowTotal, rowSum + v)) step(pos + 1, last ? 0 : rowSum + v);
      colSum[c] -= v;
    }
  };
  step(0, 0);
}
