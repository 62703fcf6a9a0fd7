import type { DataSource } from 'typeorm';
import type { DatabaseHandle } from './data-source-factory.js';

/** The part of a logger a job needs (Nest's Logger fits). */
export interface JobLogger {
  error(message: unknown, ...rest: unknown[]): void;
}

/** PGlite runs in this process only: its jobs are serialised per database and lock key in memory. */
const pgliteRuns = new WeakMap<DataSource, Set<number>>();

export interface ExclusiveJobOptions<R> {
  handle: DatabaseHandle;
  /** The advisory lock that makes one replica run the job at a time. */
  lockKey: number;
  /** The work of one run. */
  run: () => Promise<R>;
  /** What runOnce returns when it did nothing because another run held the lock. */
  skipped: R;
  logger: JobLogger;
  /** Logged when a timed run throws. */
  failureMessage: string;
}

/**
 * A background job (the search indexer, the webhook dispatcher) that runs on a timer in every
 * replica but in only one at a time, and that tests run by hand with `runOnce()`.
 *
 * - PostgreSQL: `pg_try_advisory_lock` on a connection of its own, held for the whole run; the
 *   run's queries use other pool connections. Another replica holding it means this run is skipped.
 * - PGlite has one connection, so holding one for the lock would deadlock; it is one process, so an
 *   in-memory flag per database does the same job.
 * - Within one process, a second `runOnce()` while one is running is skipped, not queued.
 */
export class ExclusiveJob<R> {
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<R> | undefined;
  private stopping = false;

  constructor(private readonly options: ExclusiveJobOptions<R>) {}

  /** True once stop() was called: a run in progress takes no new batch. */
  get stopped(): boolean {
    return this.stopping;
  }

  runOnce(): Promise<R> {
    if (this.current) return Promise.resolve(this.options.skipped);
    const run = this.withLock().finally(() => {
      this.current = undefined;
    });
    this.current = run;
    return run;
  }

  /** Runs after `firstDelayMs`, then `intervalMs` after the end of each run, until stop(). */
  start(firstDelayMs: number, intervalMs: number): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.runOnce()
        .catch((error: unknown) => this.options.logger.error({ err: error }, this.options.failureMessage))
        .finally(() => this.start(intervalMs, intervalMs));
    }, firstDelayMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a run in progress. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.current?.catch(() => undefined);
  }

  private async withLock(): Promise<R> {
    const { handle, lockKey, run, skipped } = this.options;
    if (handle.kind === 'pglite') {
      const running = pgliteRuns.get(handle.dataSource) ?? new Set<number>();
      pgliteRuns.set(handle.dataSource, running);
      if (running.has(lockKey)) return skipped;
      running.add(lockKey);
      try {
        return await run();
      } finally {
        running.delete(lockKey);
      }
    }
    const runner = handle.dataSource.createQueryRunner();
    try {
      await runner.connect();
      const rows = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [lockKey])) as Array<{
        locked: boolean;
      }>;
      if (!rows[0]?.locked) return skipped;
      try {
        return await run();
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [lockKey]).catch(() => undefined);
      }
    } finally {
      await runner.release();
    }
  }
}
