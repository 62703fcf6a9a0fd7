import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@plekwijzer/config';
import { DATABASE_HANDLE, ExclusiveJob, type DatabaseHandle } from '@plekwijzer/database';
import type { SearchIndex } from '@plekwijzer/search';
import { loadSearchDocuments } from './search-documents.js';
import { SEARCH_INDEX, SEARCH_INDEXER_LOCK_KEY, SEARCH_INDEXER_OPTIONS } from './search.constants.js';

export interface SearchIndexerOptions {
  /** Drain on a timer after start. Off in tests, which call `runOnce()`. */
  enabled: boolean;
  /** Pause between the end of one run and the start of the next. */
  intervalMs: number;
  /** Outbox rows per batch (one index call, one remove call). */
  batchSize: number;
  /** Backoff after a failed attempt: base × 2^(attempts-1), at most maxDelayMs, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A run stops taking new batches after this long, so that it ends and the lock moves on. */
  maxRunMs: number;
}

export const DEFAULT_SEARCH_INDEXER_OPTIONS: SearchIndexerOptions = {
  enabled: true,
  intervalMs: 1_000,
  batchSize: 100,
  baseDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
  maxRunMs: 20_000,
};

/** The indexer's options from the configuration: on a timer everywhere except NODE_ENV=test. */
export function indexerOptionsFromConfig(config: AppConfig): SearchIndexerOptions {
  const switchedOn = config.SEARCH_INDEXER_ENABLED;
  return {
    ...DEFAULT_SEARCH_INDEXER_OPTIONS,
    enabled: switchedOn === 'auto' ? config.NODE_ENV !== 'test' : switchedOn === 'true',
    intervalMs: config.SEARCH_INDEXER_INTERVAL_MS,
  };
}

export interface IndexerReport {
  /** True when another run (this process or another replica) was draining: this one did nothing. */
  skipped: boolean;
  /** Outbox rows handled and deleted. */
  processed: number;
  /** Documents written to the index. */
  indexed: number;
  /** Ids removed from the index (no longer published). */
  removed: number;
  /** Outbox rows whose attempt failed; they are retried after their backoff. */
  failed: number;
  /** The last failure, shortened (never a document's content). */
  lastError: string | null;
}

const SKIPPED: IndexerReport = {
  skipped: true,
  processed: 0,
  indexed: 0,
  removed: 0,
  failed: 0,
  lastError: null,
};
const MAX_ERROR_LENGTH = 300;
/** After a failed batch, this many places failing one after another means the index itself is down. */
const MAX_FAILURES_IN_A_ROW = 3;

interface OutboxRow {
  id: string;
  placement_id: string;
}

/**
 * Drains `search_outbox` into the active search index.
 *
 * A run takes due rows oldest first, reads the current state of their places from PostgreSQL
 * (published → index the document; anything else → remove it), writes that to the index with no
 * database transaction open, and deletes exactly the rows it handled. Several rows of one place
 * become one write. A row written meanwhile (a newer change) is not deleted, so it is handled in a
 * later batch: nothing is lost, and since a write is the place's whole current state, handling a
 * row twice (a crash between the index write and the delete) changes nothing.
 *
 * When the index fails, the rows stay with `attempts + 1` and a `next_attempt_at` that backs off
 * exponentially; the place's own change committed long before, so search can never block or lose
 * a write. One failing place does not hold up the rest: after a failed batch the places are tried
 * one by one; after three failures in a row the index is taken to be down and the rest of the
 * batch backs off untried.
 *
 * One replica drains at a time: `pg_try_advisory_lock` on a dedicated connection, held for the
 * run; the run's own queries use other pool connections. On PGlite (one connection, one process)
 * an in-memory guard does that job, and no connection is held while the run queries.
 */
@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger('SearchIndexer');
  private readonly options: SearchIndexerOptions;
  private readonly dataSource: DataSource;
  private readonly job: ExclusiveJob<IndexerReport>;
  private lastRunAt: Date | null = null;
  private lastFailure: { at: Date; message: string } | null = null;

  constructor(
    @Inject(DATABASE_HANDLE) handle: DatabaseHandle,
    @Inject(SEARCH_INDEX) private readonly index: SearchIndex,
    @Optional() @Inject(SEARCH_INDEXER_OPTIONS) options?: Partial<SearchIndexerOptions>,
  ) {
    this.dataSource = handle.dataSource;
    this.options = { ...DEFAULT_SEARCH_INDEXER_OPTIONS, ...options };
    if (this.options.batchSize < 1) throw new Error('batchSize must be at least 1');
    this.job = new ExclusiveJob({
      handle,
      lockKey: SEARCH_INDEXER_LOCK_KEY,
      run: () => this.run(),
      skipped: SKIPPED,
      logger: this.logger,
      failureMessage: 'Search indexing run failed',
    });
  }

  onApplicationBootstrap(): void {
    // Settings (Meilisearch) and capability detection (PostgreSQL) at start; a failure is not fatal:
    // every run tries again before it drains.
    this.index
      .init()
      .catch((error: unknown) =>
        this.logger.warn(`The ${this.index.adapter} search index is not ready yet: ${describe(error)}`),
      );
    if (this.options.enabled) this.job.start(0, this.options.intervalMs);
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Stops the timer and waits for a run in progress (it takes no new batch). */
  async stop(): Promise<void> {
    await this.job.stop();
  }

  /** When a run last finished, and the last failure (for searchStatus). */
  state(): { lastRunAt: Date | null; lastFailure: { at: Date; message: string } | null } {
    return { lastRunAt: this.lastRunAt, lastFailure: this.lastFailure };
  }

  /** One drain. Skipped (not queued) while another run holds the lock. */
  runOnce(): Promise<IndexerReport> {
    return this.job.runOnce();
  }

  private async run(): Promise<IndexerReport> {
    const report: IndexerReport = {
      skipped: false,
      processed: 0,
      indexed: 0,
      removed: 0,
      failed: 0,
      lastError: null,
    };
    try {
      await this.index.init();
    } catch (error) {
      // Not ready (Meilisearch down at start): the rows wait, untouched, for the next run.
      report.lastError = describe(error);
      this.noteFailure(report.lastError);
      return report;
    }
    const deadline = Date.now() + this.options.maxRunMs;
    while (!this.job.stopped && Date.now() < deadline) {
      const rows = await this.dataSource.query<OutboxRow[]>(
        `SELECT "id", "placement_id" FROM "search_outbox" WHERE "next_attempt_at" <= now() ORDER BY "id" LIMIT $1`,
        [this.options.batchSize],
      );
      if (rows.length === 0) break;
      await this.handleBatch(rows, report);
      if (rows.length < this.options.batchSize || report.failed > 0) break;
    }
    this.lastRunAt = new Date();
    if (report.failed > 0) {
      this.logger.warn(
        `Search index write failed for ${report.failed} change(s); retrying with backoff: ${report.lastError}`,
      );
    }
    return report;
  }

  private async handleBatch(rows: OutboxRow[], report: IndexerReport): Promise<void> {
    const byPlacement = new Map<string, string[]>();
    for (const row of rows)
      byPlacement.set(row.placement_id, [...(byPlacement.get(row.placement_id) ?? []), row.id]);
    const placementIds = [...byPlacement.keys()];

    const error = await this.apply(placementIds, report);
    if (!error) {
      await this.done(
        rows.map((r) => r.id),
        report,
      );
      return;
    }
    if (placementIds.length === 1) {
      await this.backoff(
        rows.map((r) => r.id),
        error,
        report,
      );
      return;
    }
    // The index, or one place? Try the places one by one; after a few failures in a row the index
    // is taken to be down, and the rest of the batch backs off without being tried.
    let failuresInARow = 0;
    for (const id of placementIds) {
      const outboxIds = byPlacement.get(id)!;
      const oneError = failuresInARow >= MAX_FAILURES_IN_A_ROW ? error : await this.apply([id], report);
      if (oneError) {
        failuresInARow++;
        await this.backoff(outboxIds, oneError, report);
      } else {
        failuresInARow = 0;
        await this.done(outboxIds, report);
      }
    }
  }

  /** Writes the current state of these places to the index; returns the error instead of throwing. */
  private async apply(placementIds: string[], report: IndexerReport): Promise<string | null> {
    try {
      const documents = await loadSearchDocuments(this.dataSource, placementIds);
      const published = new Set(documents.map((d) => d.id));
      const gone = placementIds.filter((id) => !published.has(id));
      if (documents.length > 0) await this.index.index(documents);
      if (gone.length > 0) await this.index.remove(gone);
      report.indexed += documents.length;
      report.removed += gone.length;
      return null;
    } catch (error) {
      return describe(error);
    }
  }

  private async done(outboxIds: string[], report: IndexerReport): Promise<void> {
    await this.dataSource.query(`DELETE FROM "search_outbox" WHERE "id" = ANY ($1::bigint[])`, [outboxIds]);
    report.processed += outboxIds.length;
  }

  private async backoff(outboxIds: string[], error: string, report: IndexerReport): Promise<void> {
    const { baseDelayMs, maxDelayMs } = this.options;
    // Per row: base × 2^attempts (before this failure), capped, spread over its upper half.
    await this.dataSource.query(
      `UPDATE "search_outbox"
          SET "attempts" = "attempts" + 1,
              "last_error" = $2,
              "next_attempt_at" = now() + least($3::double precision * power(2, least("attempts", 40)), $4::double precision)
                                  * (0.5 + random() / 2) * interval '1 millisecond'
        WHERE "id" = ANY ($1::bigint[])`,
      [outboxIds, error, baseDelayMs, maxDelayMs],
    );
    report.failed += outboxIds.length;
    report.lastError = error;
    this.noteFailure(error);
  }

  private noteFailure(message: string): void {
    this.lastFailure = { at: new Date(), message };
  }
}

/** A short reason: the error's message, cut; document content never reaches it. */
export function describe(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.slice(0, MAX_ERROR_LENGTH);
}
