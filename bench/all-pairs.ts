/*
 * Child process of match.bench: every participant against every published place with the engine
 * (spatial pruning, rank() for bulk callers), in a fresh process so that its peak RSS is that of
 * the job alone. Reads the bench database from BENCH_CHILD_DATABASE_URL, prints one JSON line.
 */
import 'reflect-metadata';
import { ParticipantEntity } from '@plekwijzer/api/modules/participants/participant.entity.js';
import { openDataSource } from './database.js';
import { allMatchesOptions, engineContext, profileOf } from './engine.js';
import { maxRssMb, progress, rssMb } from './stats.js';

async function main(): Promise<void> {
  const url = process.env.BENCH_CHILD_DATABASE_URL;
  const referenceDate = process.env.BENCH_REFERENCE_DATE;
  if (!url || !referenceDate)
    throw new Error('BENCH_CHILD_DATABASE_URL and BENCH_REFERENCE_DATE are required');
  const handle = await openDataSource(url, 2);
  try {
    const ds = handle.dataSource;
    const ctx = engineContext(ds);
    const t0 = performance.now();
    const snapshot = await ctx.cache.snapshot();
    const t1 = performance.now();
    const participants = await ds.getRepository(ParticipantEntity).find({ order: { id: 'ASC' } });
    const t2 = performance.now();
    progress(
      `all pairs: ${participants.length} participants × ${snapshot.matcher.size} places (rss ${rssMb().toFixed(0)} MB)`,
    );

    const options = allMatchesOptions(referenceDate);
    let pairs = 0;
    let withMatch = 0;
    let checksum = 0;
    const counts = new Int32Array(participants.length);
    let peakSampled = rssMb();
    const t3 = performance.now();
    for (let k = 0; k < participants.length; k++) {
      const result = snapshot.matcher.rank(profileOf(ctx, participants[k]), options);
      const n = result.matches.length;
      counts[k] = n;
      pairs += n;
      if (n > 0) {
        withMatch++;
        checksum = (checksum * 31 + n + result.matches[0].placementId.charCodeAt(0)) % 1_000_000_007;
      }
      if ((k + 1) % 10000 === 0) {
        peakSampled = Math.max(peakSampled, rssMb());
        progress(
          `all pairs ${k + 1}/${participants.length} (${((performance.now() - t3) / 1000).toFixed(1)} s, rss ${rssMb().toFixed(0)} MB)`,
        );
      }
    }
    const t4 = performance.now();
    const sorted = Int32Array.from(counts).sort();
    process.stdout.write(
      `${JSON.stringify({
        allPairsMs: t4 - t3,
        allPairsLoadMs: t2 - t0,
        snapshotMs: t1 - t0,
        places: snapshot.matcher.size,
        participants: participants.length,
        pairs,
        participantsWithMatch: withMatch,
        medianMatchesPerParticipant: sorted[Math.floor(sorted.length / 2)],
        checksum,
        peakRssMb: Math.max(maxRssMb(), peakSampled),
      })}\n`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `all-pairs failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
