/**
 * Loaded into the app's process by the bench (`node --import …/gc-pauses.js`): records every
 * garbage-collection pause of the main thread, with when it ended, and writes the list to
 * `$BENCH_GC_DIR/gc-<pid>.json` twice a second, so the bench can count the pauses that fell in its
 * measured window (issue 13: young-generation pauses of 10–80 ms explain most of the p95). It only
 * observes; a PerformanceObserver on `gc` entries costs nothing between collections. Not part of
 * the app: only the bench loads it.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, PerformanceObserver, performance, type PerformanceEntry } from 'node:perf_hooks';

/** One pause: its kind, when it ended (ms since the epoch) and how long it took (ms). */
export type GcPause = [kind: 'minor' | 'major' | 'other', endedAt: number, ms: number];

const dir = process.env.BENCH_GC_DIR;
if (dir) {
  const pauses: GcPause[] = [];
  const kindOf = (kind: number | undefined): GcPause[0] =>
    kind === constants.NODE_PERFORMANCE_GC_MINOR
      ? 'minor'
      : kind === constants.NODE_PERFORMANCE_GC_MAJOR
        ? 'major'
        : 'other';
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      const ended = performance.timeOrigin + entry.startTime + entry.duration;
      pauses.push([kindOf(kind), Math.round(ended), Math.round(entry.duration * 1000) / 1000]);
    }
  }).observe({ entryTypes: ['gc'] });
  const file = join(dir, `gc-${process.pid}.json`);
  // Written whole and renamed into place, so the bench never reads half a list.
  setInterval(() => {
    writeFileSync(`${file}.tmp`, JSON.stringify(pauses));
    renameSync(`${file}.tmp`, file);
  }, 500).unref();
}
