export interface BackoffPolicy {
  /** Delay after the first failed attempt, before jitter. */
  baseDelayMs: number;
  /** No delay is longer than this, before jitter. */
  maxDelayMs: number;
}

/**
 * Exponential backoff with "equal jitter": after the n-th failed attempt (n ≥ 1) the nominal
 * delay is min(base × 2^(n-1), cap); the actual delay is uniformly spread over its upper half, so
 * receivers that failed together do not all get retried in the same instant.
 */
export function retryDelayMs(
  failedAttempts: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const n = Math.max(1, Math.floor(failedAttempts));
  // 2^40 × any sensible base is past every cap; clamping the exponent keeps the arithmetic finite.
  const nominal = Math.min(policy.baseDelayMs * 2 ** Math.min(n - 1, 40), policy.maxDelayMs);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(nominal / 2 + (nominal / 2) * r);
}
