import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SqlQueryable } from '@plekwijzer/search';
import type { PlacementChanges } from '@plekwijzer/api/modules/placements/placement-changes.port.js';

export interface OutboxLag {
  /** Changes not yet in the index. */
  pending: number;
  /** Of those, how many failed at least once (and wait for their backoff). */
  failing: number;
  /** Age of the oldest pending change, in seconds; null when none is pending. */
  oldestPendingSeconds: number | null;
  /** The most recent failure message, if any pending change failed. */
  lastError: string | null;
}

/**
 * The search outbox. PlacementsService calls `placementChanged` inside the transaction that
 * changes a place, so the row exists exactly when the change commits; SearchIndexer drains it.
 */
@Injectable()
export class SearchOutboxService implements PlacementChanges {
  placementChanged(manager: EntityManager, placementId: string): Promise<void> {
    return this.enqueue(manager, placementId);
  }

  async enqueue(manager: EntityManager, placementId: string): Promise<void> {
    await manager.query(`INSERT INTO "search_outbox" ("placement_id") VALUES ($1)`, [placementId]);
  }

  /** Queues every published place again (after switching adapters, or when the index was lost). */
  async enqueueAllPublished(db: SqlQueryable): Promise<number> {
    const [row] = await db.query<Array<{ n: number }>>(
      `WITH queued AS (
         INSERT INTO "search_outbox" ("placement_id") SELECT "id" FROM "placements" WHERE "status" = 'PUBLISHED' RETURNING "id")
       SELECT count(*)::int AS "n" FROM queued`,
    );
    return row.n;
  }

  async lag(db: SqlQueryable): Promise<OutboxLag> {
    const [row] = await db.query<
      Array<{ pending: number; failing: number; oldest: number | null; last_error: string | null }>
    >(
      `SELECT count(*)::int AS "pending",
              count(*) FILTER (WHERE "attempts" > 0)::int AS "failing",
              extract(epoch FROM now() - min("created_at"))::float8 AS "oldest",
              (SELECT "last_error" FROM "search_outbox" WHERE "last_error" IS NOT NULL ORDER BY "id" DESC LIMIT 1) AS "last_error"
         FROM "search_outbox"`,
    );
    return {
      pending: row.pending,
      failing: row.failing,
      oldestPendingSeconds: row.oldest === null ? null : Math.max(0, Number(row.oldest)),
      lastError: row.last_error,
    };
  }
}
