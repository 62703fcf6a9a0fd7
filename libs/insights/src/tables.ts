/**
 * Building the count tables that insights publish from per-person (or per-place) facts. Pure: the
 * API loads the facts from the snapshot and suppresses the tables with ./suppression.
 */
import { LANGUAGE_LEVELS, languageLevelRank, type LanguageLevel } from '@plekwijzer/domain';
import type { CountTable } from './suppression.js';

/** Fewer matches than this counts as "few": the participant's near misses say what blocks them. */
export const FEW_MATCHES = 3;
/** Bottleneck column for a participant with at least FEW_MATCHES matches. */
export const ENOUGH_MATCHES = 'ENOUGH_MATCHES';
/** Bottleneck column for a participant with few matches and not one near miss either. */
export const NOTHING_CLOSE = 'NOTHING_CLOSE';
/** The row that collects the values of an open-ended dimension with fewer than k people each. */
export const OTHER_ROW = 'OTHER';

/**
 * The criterion that blocks most of one participant's near misses (each near miss fails exactly
 * one); a tie goes to the criterion earlier in `order` (the engine's order of checking).
 */
export function topBlocker<C extends string>(failed: readonly C[], order: readonly C[]): C | null {
  if (failed.length === 0) return null;
  const counts = new Map<C, number>();
  for (const c of failed) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: C | null = null;
  let bestCount = 0;
  for (const c of order) {
    const n = counts.get(c) ?? 0;
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  // A criterion outside the order (a newer engine): still counted, after the known ones.
  for (const [c, n] of counts) if (n > bestCount) [best, bestCount] = [c, n];
  return best;
}

/** The bottleneck column of one participant: ENOUGH_MATCHES, their top blocker, or NOTHING_CLOSE. */
export function bottleneckOf(matchCount: number, topBlockerCriterion: string | null): string {
  if (matchCount >= FEW_MATCHES) return ENOUGH_MATCHES;
  return topBlockerCriterion ?? NOTHING_CLOSE;
}

export const LANGUAGE_BANDS = ['NONE', 'A1', 'A2', 'B1_PLUS'] as const;
export type LanguageBand = (typeof LANGUAGE_BANDS)[number];

/** Speaking level in bands: NONE, A1, A2, B1 or higher (speaking matters most on the floor). */
export function languageBandOf(level: LanguageLevel): LanguageBand {
  const rank = languageLevelRank(level);
  if (rank < 0) throw new RangeError(`unknown language level ${level}`);
  return rank >= languageLevelRank('B1') ? 'B1_PLUS' : (LANGUAGE_LEVELS[rank] as LanguageBand);
}

/** "2026-11-29" → "2026-Q4". */
export function quarterOf(date: string): string {
  const m = /^(\d{4})-(\d{2})-\d{2}/.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return `${m[1]}-Q${Math.floor((Number(m[2]) - 1) / 3) + 1}`;
}

export interface CrossTabSpec<F> {
  rows: readonly string[];
  columns: readonly string[];
  rowOf: (fact: F) => string;
  columnOf: (fact: F) => string;
  /** How many people (or places) one fact stands for; 1 when left out. */
  weightOf?: (fact: F) => number;
  rowTotals: boolean;
  columnTotals: boolean;
}

/**
 * Counts facts by row key × column key. Rows and columns come in the given order; a fact whose row
 * or column key is not listed is an error (the caller lists every key it can meet).
 */
export function crossTab<F>(facts: Iterable<F>, spec: CrossTabSpec<F>): CountTable {
  const r = new Map(spec.rows.map((key, i) => [key, i]));
  const c = new Map(spec.columns.map((key, i) => [key, i]));
  const cells = spec.rows.map(() => new Array<number>(spec.columns.length).fill(0));
  for (const fact of facts) {
    const ri = r.get(spec.rowOf(fact));
    const ci = c.get(spec.columnOf(fact));
    if (ri === undefined || ci === undefined)
      throw new RangeError(`unexpected key ${spec.rowOf(fact)} × ${spec.columnOf(fact)}`);
    cells[ri][ci] += spec.weightOf ? spec.weightOf(fact) : 1;
  }
  return {
    rows: [...spec.rows],
    columns: [...spec.columns],
    cells,
    rowTotals: spec.rowTotals,
    columnTotals: spec.columnTotals,
  };
}

/** The listed keys first, then any other key the facts hold (sorted): new vocabulary is never dropped. */
export function keysWith(listed: readonly string[], seen: Iterable<string>): string[] {
  const extra = [...new Set(seen)].filter((k) => !listed.includes(k)).sort();
  return [...listed, ...extra];
}

/**
 * For an open-ended dimension (coaching organisations, municipalities), rows with fewer than k
 * people in all are merged into one OTHER row: a row of its own would tell that someone from that
 * place is in the programme. The OTHER row comes last; it is left out when it would be empty.
 */
export function mergeSmallRows(table: CountTable, k: number): CountTable {
  const keep: number[] = [];
  const merged = new Array<number>(table.columns.length).fill(0);
  let mergedAny = false;
  table.cells.forEach((row, i) => {
    const total = row.reduce((a, b) => a + b, 0);
    if (total >= k) keep.push(i);
    else if (total > 0) {
      mergedAny = true;
      row.forEach((v, c) => (merged[c] += v));
    }
  });
  return {
    ...table,
    rows: [...keep.map((i) => table.rows[i]), ...(mergedAny ? [OTHER_ROW] : [])],
    cells: [...keep.map((i) => [...table.cells[i]]), ...(mergedAny ? [merged] : [])],
  };
}
