import { retryDelayMs } from './webhook-backoff.js';

const policy = { baseDelayMs: 1000, maxDelayMs: 60_000 };

describe('retryDelayMs', () => {
  it('doubles per failed attempt, jittered over the upper half', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, () => 1))).toEqual([1000, 2000, 4000, 8000]);
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect(retryDelayMs(3, policy, () => 0.5)).toBe(3000);
  });

  it('never exceeds the cap, also for absurd attempt counts', () => {
    expect(retryDelayMs(7, policy, () => 1)).toBe(60_000);
    expect(retryDelayMs(10_000, policy, () => 1)).toBe(60_000);
    expect(retryDelayMs(10_000, policy, () => 0)).toBe(30_000);
  });

  it('stays within [nominal/2, nominal] for random jitter', () => {
    for (let n = 1; n <= 10; n++) {
      const nominal = Math.min(1000 * 2 ** (n - 1), 60_000);
      for (let i = 0; i < 50; i++) {
        const d = retryDelayMs(n, policy);
        expect(d).toBeGreaterThanOrEqual(nominal / 2);
        expect(d).toBeLessThanOrEqual(nominal);
      }
    }
  });

  it('treats 0 or fewer attempts as the first', () => {
    expect(retryDelayMs(0, policy, () => 1)).toBe(1000);
  });
});
