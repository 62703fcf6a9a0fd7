/** Percentile by nearest rank on a copy (p in 0..100). */
export function percentile(values: ArrayLike<number>, p: number): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length === 0 ? NaN : sum / values.length;
}

/** Rounds for the report: 3 significant decimals below 10, 2 below 100, else 1. */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const digits = Math.abs(x) < 10 ? 3 : Math.abs(x) < 100 ? 2 : 1;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Milliseconds since `start` (from performance.now()). */
export function since(start: number): number {
  return performance.now() - start;
}

const started = performance.now();

/** Progress goes to stderr, so that stdout carries only the final JSON line. */
export function progress(message: string): void {
  const t = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${t}s] ${message}\n`);
}

export function rssMb(): number {
  return process.memoryUsage().rss / (1024 * 1024);
}

/** Peak resident set size of this process so far, in MB (ru_maxrss is in kB on Linux). */
export function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
