/**
 * Loaded into the app's process by the bench (`node --import …/app-probe.js`). It only observes,
 * and twice a second appends what it saw since the last time to `$BENCH_PROBE_DIR` (one JSON
 * array per line), so the bench can keep what fell in its measured window. Appending only the new
 * entries keeps the probe's own cost flat: rewriting the whole list grew with every request and
 * stalled the app's event loop for milliseconds near the end of a run.
 * - `gc-<pid>.jsonl`: every garbage-collection pause of the main thread, with when it ended
 *   (issue 13: young-generation pauses of 10–80 ms explain much of the p95). A PerformanceObserver
 *   on `gc` entries costs nothing between collections.
 * - `requests-<pid>.jsonl`: for every POST to /graphql, how long it was inside the app, from the
 *   HTTP server's request event to the response handed to the socket (Node's `http.server.*`
 *   diagnostics channels). Set beside the latency the load generator sees, it shows how much of
 *   that latency is spent waiting before the app reads a request, or after it has answered.
 * Not part of the app: only the bench loads it.
 */
import { subscribe } from 'node:diagnostics_channel';
import { appendFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { constants, PerformanceObserver, performance, type PerformanceEntry } from 'node:perf_hooks';

/** One pause: its kind, when it ended (ms since the epoch) and how long it took (ms). */
export type GcPause = [kind: 'minor' | 'major' | 'other', endedAt: number, ms: number];

/** One GraphQL request: when the app finished it (ms since the epoch) and how long it took (ms). */
export type ServerTime = [endedAt: number, ms: number];

const dir = process.env.BENCH_PROBE_DIR;
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

  const times: ServerTime[] = [];
  const started = new WeakMap<IncomingMessage, number>();
  subscribe('http.server.request.start', (message) => {
    const { request } = message as { request: IncomingMessage };
    if (request.method === 'POST' && request.url === '/graphql') started.set(request, performance.now());
  });
  subscribe('http.server.response.finish', (message) => {
    const { request } = message as { request: IncomingMessage };
    const t0 = started.get(request);
    if (t0 === undefined) return;
    const now = performance.now();
    times.push([Math.round(performance.timeOrigin + now), Math.round((now - t0) * 1000) / 1000]);
  });

  // Appended a batch at a time; a reader skips a last line that is not complete yet.
  const flush = (name: string, entries: unknown[]): void => {
    if (entries.length === 0) return;
    const batch = entries.splice(0, entries.length);
    appendFileSync(
      join(dir, `${name}-${process.pid}.jsonl`),
      batch.map((e) => JSON.stringify(e)).join('\n') + '\n',
    );
  };
  setInterval(() => {
    flush('gc', pauses);
    flush('requests', times);
  }, 500).unref();
}
