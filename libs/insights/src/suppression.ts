/**
 * Small-cell suppression for count tables, so that no published figure identifies a person.
 *
 * A table is R rows × C columns of counts, optionally with row totals, column totals and (when it
 * has both) a grand total. Every count from 1 to k-1 is a *primary* suppression, shown as "< k".
 * Zero is shown: an empty cell describes nobody, and hiding zeros would hide nearly every table of a
 * small municipality without protecting anyone (a hidden zero is still recomputable as 0 whenever
 * its line's other figures add up to the total, so it would drag real figures down with it). Then
 * *secondary* suppression hides further figures (shown as "x") until no suppressed figure can be
 * recomputed from the published ones, taking into account everything a reader knows: the line
 * equations (a row's cells add up to its total, …), that counts are whole numbers ≥ 0, that a
 * "< k" cell lies in 1..k-1 and that an "x" cell is at least k.
 *
 * The audit is exact, not a rule of thumb. Write the table with its margins as an (R+1) × (C+1)
 * array y where the margins are negated (y = -total) and the grand total is positive: then every
 * row and every column of y sums to zero. A suppressed figure can take another value exactly when
 * some change d to the suppressed figures keeps all line sums zero and all bounds; such a d
 * decomposes into simple alternating cycles in the bipartite graph rows ↔ columns whose edges are
 * the suppressed figures (conformal decomposition), so it suffices to look for one cycle through
 * the figure along which a step of ±1 stays within every bound. That is a path search in a small
 * residual graph. (The constraint matrix of such a table is totally unimodular, so the integers
 * add no disclosure beyond what the cycle test sees.)
 */

/** The smallest k the service accepts: below 3, a "< k" cell is almost a person's own figure. */
export const MIN_SUPPRESSION_K = 3;
export const DEFAULT_SUPPRESSION_K = 5;

/**
 * SHOWN: published (0, or at least k); SMALL: 1..k-1 (primary, "< k"); PROTECTED: at least k, hidden so that a SMALL one
 * cannot be recomputed ("x"); WITHHELD: the whole table is withheld ("–"), because with the bounds
 * that "< k" and "x" give away, no pattern of hidden figures was safe (tiny populations).
 */
export type FigureStatus = 'SHOWN' | 'SMALL' | 'PROTECTED' | 'WITHHELD';

export interface Figure {
  /** The count, or null when it is suppressed. */
  value: number | null;
  status: FigureStatus;
  /** What a report prints: the number, "< 5" or "x". */
  display: string;
}

export interface CountTable {
  rows: readonly string[];
  columns: readonly string[];
  /** cells[row][column]: whole numbers ≥ 0. */
  cells: ReadonlyArray<readonly number[]>;
  /** Publish a total per row (the columns split each row's population). */
  rowTotals: boolean;
  /** Publish a total per column (the rows split each column's population). */
  columnTotals: boolean;
}

export interface SuppressedTable {
  rows: string[];
  columns: string[];
  cells: Figure[][];
  rowTotals: Figure[] | null;
  columnTotals: Figure[] | null;
  /** Published when the table has both row and column totals. */
  grandTotal: Figure | null;
}

/** The text shown for a protected (secondary) figure. */
export const PROTECTED_DISPLAY = 'x';
export const WITHHELD_DISPLAY = '–';
export const smallDisplay = (k: number): string => `< ${k}`;

/** A count that identifies too few people to publish: 1..k-1. */
export const isSmall = (count: number, k: number): boolean => count > 0 && count < k;

export function assertSuppressionK(k: number): void {
  if (!Number.isInteger(k) || k < MIN_SUPPRESSION_K)
    throw new RangeError(`k must be a whole number of at least ${MIN_SUPPRESSION_K}, got ${k}`);
}

// ---------------------------------------------------------------------------------------------
// The grid: the table with its margins, in the signed form described above.

type EntryState = 'SHOWN' | 'SMALL' | 'PROTECTED' | 'WITHHELD' | 'ABSENT';

/** The table as an (R+1) × (C+1) grid; index R is the total row, C the total column. */
export interface Grid {
  R: number;
  C: number;
  /** x: the plain counts and totals (row-major, (R+1)*(C+1)). */
  x: number[];
  state: EntryState[];
  /** Hidden entries a reader is assumed to know anyway (the shared totals of a family, see there). */
  known?: Uint8Array;
}

const idx = (g: Grid, r: number, c: number): number => r * (g.C + 1) + c;
const isMargin = (g: Grid, r: number, c: number): boolean => (r === g.R) !== (c === g.C);

export function toGrid(table: CountTable): Grid {
  const R = table.rows.length;
  const C = table.columns.length;
  if (table.cells.length !== R) throw new RangeError('cells must have one array per row');
  const g: Grid = { R, C, x: new Array<number>((R + 1) * (C + 1)).fill(0), state: [] };
  for (let r = 0; r < R; r++) {
    if (table.cells[r].length !== C) throw new RangeError(`row ${r} must have ${C} cells`);
    for (let c = 0; c < C; c++) {
      const v = table.cells[r][c];
      if (!Number.isInteger(v) || v < 0) throw new RangeError(`cell [${r}][${c}] is not a count: ${v}`);
      g.x[idx(g, r, c)] = v;
      g.x[idx(g, r, C)] += v;
      g.x[idx(g, R, c)] += v;
      g.x[idx(g, R, C)] += v;
    }
  }
  const grand = table.rowTotals && table.columnTotals;
  for (let r = 0; r <= R; r++) {
    for (let c = 0; c <= C; c++) {
      const present =
        r < R && c < C ? true : r === R && c === C ? grand : r === R ? table.columnTotals : table.rowTotals;
      g.state.push(present ? 'SHOWN' : 'ABSENT');
    }
  }
  return g;
}

/** Bounds of y (the signed entry) that a reader knows for an unknown entry. */
function boundsY(g: Grid, r: number, c: number, k: number): [number, number] {
  const s = g.state[idx(g, r, c)];
  const [lo, hi] =
    s === 'SMALL'
      ? [1, k - 1]
      : s === 'PROTECTED'
        ? [k, Infinity]
        : s === 'WITHHELD'
          ? [0, Infinity]
          : [-Infinity, Infinity];
  return isMargin(g, r, c) ? [-hi, -lo] : [lo, hi];
}

const signedY = (g: Grid, r: number, c: number): number =>
  isMargin(g, r, c) ? -g.x[idx(g, r, c)] : g.x[idx(g, r, c)];

const unknownAt = (g: Grid, e: number): boolean => g.state[e] !== 'SHOWN' && g.known?.[e] !== 1;

/** Whether a step of `dir` (+1 or -1 on the signed value) keeps entry (r, c) within its bounds. */
function canMove(g: Grid, r: number, c: number, k: number, dir: 1 | -1): boolean {
  const e = idx(g, r, c);
  if (g.state[e] === 'ABSENT') return true;
  const [lo, hi] = boundsY(g, r, c, k);
  const y = signedY(g, r, c);
  return dir === 1 ? y < hi : y > lo;
}

/**
 * True when the reader cannot tell the value of entry (r, c): some other whole-number assignment
 * of the unknown entries agrees with every published figure and every known bound.
 */
export function isProtected(g: Grid, r: number, c: number, k: number): boolean {
  const e = idx(g, r, c);
  if (!unknownAt(g, e)) return false;
  if (g.state[e] === 'ABSENT') return true;
  // +1 on e (row → column), then back from column c to row r; or −1 and from row r to column c.
  return (
    (canMove(g, r, c, k, 1) && reaches(g, k, g.R + 1 + c, r, e)) ||
    (canMove(g, r, c, k, -1) && reaches(g, k, r, g.R + 1 + c, e))
  );
}

/** Directed search in the residual graph: row→col arcs can rise by 1, col→row arcs can fall by 1. */
function reaches(g: Grid, k: number, from: number, to: number, skip: number, blocked = -1): boolean {
  const nodes = g.R + 1 + g.C + 1;
  const seen = new Uint8Array(nodes);
  if (blocked >= 0) seen[blocked] = 1;
  const stack = [from];
  seen[from] = 1;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === to) return true;
    const isRow = node <= g.R;
    for (let other = 0; other <= (isRow ? g.C : g.R); other++) {
      const r = isRow ? node : other;
      const c = isRow ? other : node - g.R - 1;
      const e = idx(g, r, c);
      if (e === skip || !unknownAt(g, e)) continue;
      const next = isRow ? g.R + 1 + c : r;
      if (seen[next]) continue;
      if (canMove(g, r, c, k, isRow ? 1 : -1)) {
        seen[next] = 1;
        stack.push(next);
      }
    }
  }
  return false;
}

/** The first suppressed entry a reader could recompute, or undefined when there is none. */
export function firstDisclosed(g: Grid, k: number, skipTotalRow = false): [number, number] | undefined {
  for (let r = 0; r <= (skipTotalRow ? g.R - 1 : g.R); r++)
    for (let c = 0; c <= g.C; c++) {
      const s = g.state[idx(g, r, c)];
      if ((s === 'SMALL' || s === 'PROTECTED' || s === 'WITHHELD') && !isProtected(g, r, c, k)) return [r, c];
    }
  return undefined;
}

/**
 * Primary, then secondary suppression in place. `forced` entries (shared margins of a linked table,
 * see suppressFamily) are hidden from the start.
 */
export function suppressGrid(g: Grid, k: number, forced: ReadonlyArray<[number, number]> = []): void {
  assertSuppressionK(k);
  for (let e = 0; e < g.state.length; e++)
    if (g.state[e] === 'SHOWN' && isSmall(g.x[e], k)) g.state[e] = 'SMALL';
  for (const [r, c] of forced) {
    const e = idx(g, r, c);
    if (g.state[e] === 'SHOWN') g.state[e] = 'PROTECTED';
  }
  for (;;) {
    const disclosed = firstDisclosed(g, k);
    if (!disclosed) return;
    const picks = rectangleFor(g, disclosed, k, (r, c) => isProtected(g, r, c, k), false);
    const pick = picks ?? [cheapestShown(g, disclosed, k)].filter((e) => e !== undefined);
    if (pick.length === 0) {
      // Everything is hidden and the bounds still give a figure away: withhold the table.
      withholdAll(g);
      return;
    }
    for (const e of pick) g.state[e] = 'PROTECTED';
  }
}

function withholdAll(g: Grid): void {
  for (let e = 0; e < g.state.length; e++) if (g.state[e] !== 'ABSENT') g.state[e] = 'WITHHELD';
}

/**
 * The cheapest set of figures to hide that protects a disclosed entry (r, c) at once: the other
 * three corners of a rectangle (r, c), (r, c2), (r2, c), (r2, c2) over rows and columns, margins
 * included — the classic pattern that lets four figures move together. Corners already hidden cost
 * nothing; a zero cannot be hidden (it would read as "at least k"). With `sharedRowCostly`, corners
 * in the total row (shared by a family) cost more. Undefined when no rectangle protects it.
 */
function rectangleFor(
  g: Grid,
  [r, c]: [number, number],
  k: number,
  protects: (r: number, c: number) => boolean,
  sharedRowCostly: boolean,
): number[] | undefined {
  let best: number[] | undefined;
  let bestCost = Infinity;
  for (let r2 = 0; r2 <= g.R; r2++) {
    if (r2 === r) continue;
    for (let c2 = 0; c2 <= g.C; c2++) {
      if (c2 === c) continue;
      const corners = [idx(g, r, c2), idx(g, r2, c), idx(g, r2, c2)];
      let cost = 0;
      const hide: number[] = [];
      for (const e of corners) {
        if (g.state[e] !== 'SHOWN') continue;
        if (g.x[e] < k) {
          cost = Infinity;
          break;
        }
        const row = Math.floor(e / (g.C + 1));
        cost += g.x[e] + (sharedRowCostly && row === g.R ? 1e9 : 0);
        hide.push(e);
      }
      if (cost >= bestCost || hide.length === 0) continue;
      for (const e of hide) g.state[e] = 'PROTECTED';
      const ok = protects(r, c);
      for (const e of hide) g.state[e] = 'SHOWN';
      if (ok) {
        best = hide;
        bestCost = cost;
      }
    }
  }
  return best;
}

/**
 * The figure to hide next for a disclosed entry: the smallest published one (of at least k) on its
 * row or column (inner cells before totals, to keep the totals that readers use most), else the
 * smallest published one anywhere.
 */
function cheapestShown(g: Grid, [r, c]: [number, number], k: number): number | undefined {
  let best: number | undefined;
  let bestKey = Infinity;
  const consider = (rr: number, cc: number, penalty: number): void => {
    const e = idx(g, rr, cc);
    // A zero is never hidden as "x" (which says "at least k"): it would be a false figure.
    if (g.state[e] !== 'SHOWN' || g.x[e] < k) return;
    const margin = rr === g.R || cc === g.C;
    const key = penalty + (margin ? 1e12 : 0) + g.x[e];
    if (key < bestKey) {
      bestKey = key;
      best = e;
    }
  };
  for (let cc = 0; cc <= g.C; cc++) consider(r, cc, 0);
  for (let rr = 0; rr <= g.R; rr++) consider(rr, c, 0);
  if (best !== undefined) return best;
  for (let rr = 0; rr <= g.R; rr++) for (let cc = 0; cc <= g.C; cc++) consider(rr, cc, 1e13);
  return best;
}

function figureOf(g: Grid, r: number, c: number, k: number): Figure {
  const e = idx(g, r, c);
  const s = g.state[e];
  if (s === 'SMALL') return { value: null, status: 'SMALL', display: smallDisplay(k) };
  if (s === 'PROTECTED') return { value: null, status: 'PROTECTED', display: PROTECTED_DISPLAY };
  if (s === 'WITHHELD') return { value: null, status: 'WITHHELD', display: WITHHELD_DISPLAY };
  return { value: g.x[e], status: 'SHOWN', display: String(g.x[e]) };
}

export function fromGrid(table: CountTable, g: Grid, k: number): SuppressedTable {
  const { R, C } = g;
  return {
    rows: [...table.rows],
    columns: [...table.columns],
    cells: table.rows.map((_, r) => table.columns.map((__, c) => figureOf(g, r, c, k))),
    rowTotals: table.rowTotals ? table.rows.map((_, r) => figureOf(g, r, C, k)) : null,
    columnTotals: table.columnTotals ? table.columns.map((_, c) => figureOf(g, R, c, k)) : null,
    grandTotal: table.rowTotals && table.columnTotals ? figureOf(g, R, C, k) : null,
  };
}

/** Suppresses one table on its own. */
export function suppressTable(table: CountTable, k: number = DEFAULT_SUPPRESSION_K): SuppressedTable {
  const g = toGrid(table);
  suppressGrid(g, k);
  return fromGrid(table, g, k);
}

/**
 * Tables that split the same population by different row dimensions over the same columns (the
 * bottlenecks by route, by area, …) share their column totals and grand total: a figure hidden in
 * one must be hidden in all, or the other table gives it away. Each table is suppressed with the
 * union of the others' hidden shared figures forced, until nothing changes.
 */
export function suppressFamily(
  tables: readonly CountTable[],
  k: number = DEFAULT_SUPPRESSION_K,
): SuppressedTable[] {
  assertSuppressionK(k);
  if (tables.length === 0) return [];
  const all = tables.map(toGrid);
  const C = all[0].C;
  const shared = (g: Grid): string =>
    Array.from(
      { length: C + 1 },
      (_, c) => `${g.x[idx(g, g.R, c)]}:${g.state[idx(g, g.R, c)] === 'ABSENT'}`,
    ).join(',');
  for (const g of all) {
    if (g.C !== C || shared(g) !== shared(all[0]))
      throw new RangeError('tables of a family must have the same columns and column totals');
  }
  // A one-row table repeats the shared totals: it is no extra equation. It is left out of the joint
  // audit and mirrors the hidden pattern of the totals (its row = the total row, its row total = the
  // grand total). If every member has one row, the first is suppressed on its own.
  const members = all.filter((g) => g.R > 1);
  // (A table with no rows at all has only its total row, which mirrors too.)
  const grids = members.length > 0 ? members : [all[0]];
  if (members.length === 0) suppressGrid(all[0], k);
  else {
    for (const g of grids)
      for (let e = 0; e < g.state.length; e++)
        if (g.state[e] === 'SHOWN' && isSmall(g.x[e], k)) g.state[e] = 'SMALL';
    const hide = (g: Grid, e: number): void => {
      g.state[e] = 'PROTECTED';
      // A shared total is one figure: hidden in one table, hidden in all.
      const r = Math.floor(e / (C + 1));
      if (r === g.R) for (const other of grids) other.state[idx(other, other.R, e % (C + 1))] = g.state[e];
    };
    for (;;) {
      const step = familyStep(grids, k);
      if (step === 'SAFE') break;
      if (step === 'STUCK') {
        grids.forEach(withholdAll);
        break;
      }
      const [g, entries] = step;
      for (const e of entries) hide(g, e);
    }
  }
  const model = grids[0];
  for (const g of all) {
    if (grids.includes(g)) continue;
    for (let c = 0; c <= C; c++) {
      const state = model.state[idx(model, model.R, c)];
      g.state[idx(g, g.R, c)] = state;
      if (g.R === 1 && g.state[idx(g, 0, c)] !== 'ABSENT') g.state[idx(g, 0, c)] = state;
    }
  }
  return tables.map((t, i) => fromGrid(t, all[i], k));
}

/**
 * Detours through the shared total row that every other table can follow: col a → col b stands for
 * "shared total a one down, shared total b one up" (signed values), allowed when each other table
 * has its own path from column b back to column a that avoids its total row, so that all tables
 * move together and agree on the shared totals.
 */
function jointDetours(grids: Grid[], g: Grid, k: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const C = g.C;
  const hidden = (c: number): boolean => g.state[idx(g, g.R, c)] !== 'SHOWN';
  for (let a = 0; a <= C; a++) {
    if (!hidden(a) || !canMove(g, g.R, a, k, -1)) continue;
    for (let b = 0; b <= C; b++) {
      if (b === a || !hidden(b) || !canMove(g, g.R, b, k, 1)) continue;
      const others = grids.every((h) => h === g || reaches(h, k, h.R + 1 + b, h.R + 1 + a, -1, h.R));
      if (others) out.set(g.R + 1 + a, [...(out.get(g.R + 1 + a) ?? []), g.R + 1 + b]);
    }
  }
  return out;
}

/**
 * Whether hidden entry (r, c) of a family member (not in its shared total row) can take another
 * value: a cycle through it inside its table, or one that leaves through the shared total row by one
 * joint detour (at most one, so that no shared total moves twice).
 */
function protectedInFamily(
  g: Grid,
  r: number,
  c: number,
  k: number,
  detours: Map<number, number[]>,
): boolean {
  const e = idx(g, r, c);
  const col = g.R + 1 + c;
  return (
    (canMove(g, r, c, k, 1) && reachesWithDetour(g, k, col, r, e, detours)) ||
    (canMove(g, r, c, k, -1) && reachesWithDetour(g, k, r, col, e, detours))
  );
}

function reachesWithDetour(
  g: Grid,
  k: number,
  from: number,
  to: number,
  skip: number,
  detours: Map<number, number[]>,
): boolean {
  const nodes = g.R + 1 + g.C + 1;
  // State: node, and whether the one detour is used.
  const seen = new Uint8Array(nodes * 2);
  const stack: Array<[number, number]> = [[from, 0]];
  seen[from] = 1;
  while (stack.length > 0) {
    const [node, used] = stack.pop()!;
    if (node === to) return true;
    const visit = (next: number, u: number): void => {
      if (next === g.R || seen[next + u * nodes]) return;
      seen[next + u * nodes] = 1;
      stack.push([next, u]);
    };
    const isRow = node <= g.R;
    for (let other = 0; other <= (isRow ? g.C : g.R - 1); other++) {
      const rr = isRow ? node : other;
      const cc = isRow ? other : node - g.R - 1;
      const e = idx(g, rr, cc);
      if (e === skip || g.state[e] === 'SHOWN') continue;
      if (canMove(g, rr, cc, k, isRow ? 1 : -1)) visit(isRow ? g.R + 1 + cc : rr, used);
    }
    if (!isRow && used === 0) for (const next of detours.get(node) ?? []) visit(next, 1);
  }
  return false;
}

/**
 * The next figure to hide in a family; SAFE when none is needed, STUCK when nothing is left to hide.
 *
 * The audit is conservative, and sufficient: (1) within each table, every hidden figure that is not
 * a shared total must lie on a cycle inside its table, or on one that passes the shared total row
 * once by a detour all other tables can follow (jointDetours); (2) each
 * hidden shared total s must be able to move together with another hidden shared total s' in every
 * table at once: a cycle through s and s' whose middle avoids the total row, in each table, in the
 * same direction. Then for every hidden figure there is a second assignment of all tables together
 * that agrees with everything published.
 */
function familyStep(grids: Grid[], k: number): [Grid, number[]] | 'SAFE' | 'STUCK' {
  const C = grids[0].C;
  for (const g of grids) {
    const virtual = jointDetours(grids, g, k);
    for (let r = 0; r < g.R; r++)
      for (let c = 0; c <= C; c++) {
        const s = g.state[idx(g, r, c)];
        if (s === 'SHOWN' || s === 'ABSENT' || protectedInFamily(g, r, c, k, virtual)) continue;
        const picks = rectangleFor(
          g,
          [r, c],
          k,
          (rr, cc) => protectedInFamily(g, rr, cc, k, jointDetours(grids, g, k)),
          true,
        );
        if (picks) return [g, picks];
        const pick = cheapestShown(g, [r, c], k);
        return pick === undefined ? 'STUCK' : [g, [pick]];
      }
  }
  const first = grids[0];
  const hiddenShared: number[] = [];
  for (let c = 0; c <= C; c++) if (first.state[idx(first, first.R, c)] !== 'SHOWN') hiddenShared.push(c);
  for (const cs of hiddenShared) {
    if (first.state[idx(first, first.R, cs)] === 'ABSENT') continue;
    const movable = hiddenShared.some(
      (other) =>
        other !== cs &&
        ([1, -1] as const).some((dir) =>
          grids.every(
            (g) =>
              canMove(g, g.R, cs, k, dir) &&
              canMove(g, g.R, other, k, dir === 1 ? -1 : 1) &&
              (dir === 1
                ? reaches(g, k, g.R + 1 + cs, g.R + 1 + other, -1, g.R)
                : reaches(g, k, g.R + 1 + other, g.R + 1 + cs, -1, g.R)),
          ),
        ),
    );
    if (movable) continue;
    // Hide another shared total first (cheapest), else an inner cell of that column in a table.
    let best: number | undefined;
    for (let c = 0; c <= C; c++) {
      const e = idx(first, first.R, c);
      if (first.state[e] === 'SHOWN' && first.x[e] >= k && (best === undefined || first.x[e] < first.x[best]))
        best = e;
    }
    if (best !== undefined) return [first, [best]];
    for (const g of grids) {
      const pick = cheapestShown(g, [g.R, cs], k);
      if (pick !== undefined) return [g, [pick]];
    }
    return 'STUCK';
  }
  return 'SAFE';
}

/**
 * A single figure with no published relation to any other (e.g. a count per criterion where one
 * person can count in several): only primary suppression applies.
 */
export function suppressCount(value: number, k: number = DEFAULT_SUPPRESSION_K): Figure {
  assertSuppressionK(k);
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`not a count: ${value}`);
  return isSmall(value, k)
    ? { value: null, status: 'SMALL', display: smallDisplay(k) }
    : { value, status: 'SHOWN', display: String(value) };
}
