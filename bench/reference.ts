import { percentile } from './stats.js';

/**
 * The machine's speed when the API is measured, as one figure. This 2-vCPU virtual machine runs the
 * same build 1.5 to 4 times slower on some days than on others (docs/PERFORMANCE.md), so API
 * figures of different runs compare only next to it. The work is fixed and deterministic, and of the
 * kind a match request does in the app: build a 60 KiB answer-like object with texts (new objects and
 * strings each time, so the young generation is used as the app uses it), serialise it ('≤' makes it
 * two-byte, as the real answer is) and encode it as UTF-8. Timed in the bench process while
 * nothing else of the bench runs: the median of 15 batches of 40, in ms per answer.
 */
export function machineReferenceMs(): number {
  const batch = (): number => {
    const t0 = performance.now();
    let bytes = 0;
    for (let i = 0; i < 40; i++) bytes += Buffer.from(JSON.stringify(answerLike(i)) + '\n').length;
    if (bytes === 0) throw new Error('unreachable: keeps the work from being optimised away');
    return (performance.now() - t0) / 40;
  };
  for (let i = 0; i < 5; i++) batch(); // warm-up: compiled code, not the interpreter
  return percentile(
    Array.from({ length: 15 }, () => batch()),
    50,
  );
}

/** 25 matches of 8 checks with texts, about 60 KiB as JSON: new objects and strings each time. */
function answerLike(seed: number) {
  const criteria = ['LANGUAGE', 'SCHEDULE', 'CHILDCARE', 'TRAVEL', 'LOAD', 'TARGET', 'SECTOR', 'DATES'];
  return {
    data: {
      matchesForParticipant: {
        totalCandidates: 1215,
        matches: Array.from({ length: 25 }, (_, m) => ({
          placement: { id: `00000000-0000-4000-8000-${String(m).padStart(12, '0')}`, title: `Plek ${m}` },
          score: 50 + m,
          checks: criteria.map((criterion, k) => {
            const minutes = (seed + m * 8 + k) % 60;
            const limit = 30 + ((m + k) % 4) * 5;
            return {
              criterion,
              passed: (m + k) % 5 !== 0,
              detailNl: `Reistijd ${minutes} min ≤ ${limit} min met de fiets (plek ${m})`,
              detailEn: `Travel ${minutes} min ≤ ${limit} min by bike (place ${m})`,
            };
          }),
        })),
      },
    },
  };
}
