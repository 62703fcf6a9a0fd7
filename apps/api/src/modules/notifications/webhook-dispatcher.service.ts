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
import { retryDelayMs } from './webhook-backoff.js';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature.js';
import { WebhookSecretBox } from './webhook-secret-box.js';
import { webhookTargetProblem } from './webhook-target.js';

export const WEBHOOK_DISPATCHER_OPTIONS = Symbol('WEBHOOK_DISPATCHER_OPTIONS');

/** Arbitrary and fixed, next to the migration lock (727_310_001): one delivering replica at a time. */
export const WEBHOOK_DELIVERY_LOCK_KEY = 727_310_002;

export interface WebhookDispatcherOptions {
  /** Run on a timer after the application has started. Off in tests, which call `runOnce()`. */
  enabled: boolean;
  /** Pause between the end of one run and the start of the next. */
  intervalMs: number;
  /** Attempts per delivery before it is FAILED. */
  maxAttempts: number;
  /** Backoff after the first failure; doubles per attempt up to `maxDelayMs` (both before jitter). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Per HTTP call. */
  timeoutMs: number;
  /** Events fanned out, or deliveries claimed, per transaction. */
  batchSize: number;
  /** How long a claimed delivery is reserved for the replica calling it (must exceed timeoutMs). */
  leaseMs: number;
  /** A run stops claiming new deliveries after this long, so that it ends and the lock moves on. */
  maxRunMs: number;
  /** Refuse to call internal, loopback and link-local addresses (production). */
  publicTargetsOnly: boolean;
}

export const DEFAULT_WEBHOOK_DISPATCHER_OPTIONS: WebhookDispatcherOptions = {
  enabled: true,
  intervalMs: 2_000,
  maxAttempts: 8,
  baseDelayMs: 30_000,
  maxDelayMs: 6 * 60 * 60_000,
  timeoutMs: 5_000,
  batchSize: 50,
  leaseMs: 60_000,
  maxRunMs: 30_000,
  publicTargetsOnly: false,
};

/** The dispatcher's options from the configuration: on a timer everywhere except NODE_ENV=test. */
export function dispatcherOptionsFromConfig(config: AppConfig): WebhookDispatcherOptions {
  const switchedOn = config.WEBHOOKS_ENABLED;
  return {
    ...DEFAULT_WEBHOOK_DISPATCHER_OPTIONS,
    enabled: switchedOn === 'auto' ? config.NODE_ENV !== 'test' : switchedOn === 'true',
    intervalMs: config.WEBHOOK_INTERVAL_MS,
    maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
    baseDelayMs: config.WEBHOOK_BASE_DELAY_MS,
    maxDelayMs: config.WEBHOOK_MAX_DELAY_MS,
    publicTargetsOnly: config.isProduction,
  };
}

export interface DispatchReport {
  /** True when another run held the delivery lock: this one did nothing. */
  skipped: boolean;
  /** Outbox events fanned out. */
  events: number;
  /** Deliveries created by the fan-out. */
  planned: number;
  delivered: number;
  /** Failed attempts that will be retried. */
  retrying: number;
  /** Deliveries given up on after the last attempt (or because the subscription was deactivated). */
  failed: number;
}

const SKIPPED: DispatchReport = {
  skipped: true,
  events: 0,
  planned: 0,
  delivered: 0,
  retrying: 0,
  failed: 0,
};

interface ClaimedDelivery {
  id: string;
  attempts: number;
  event_id: string;
  type: string;
  payload: Record<string, unknown>;
  created_at: Date | string;
  url: string;
  secret: string;
}

interface Outcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

const MAX_ERROR_LENGTH = 200;

/**
 * Turns outbox events into signed webhook calls.
 *
 * A run (a) fans out undispatched events into one delivery per matching active subscription and
 * marks them dispatched, in one transaction per batch with `FOR UPDATE SKIP LOCKED`; then (b) claims
 * due deliveries (a short transaction moves their next attempt past a lease), calls the receivers
 * with no transaction open, and records each outcome. Only one replica runs at a time: a run holds
 * `pg_try_advisory_lock` on a dedicated connection and is skipped when another replica has it. The
 * lease keeps a delivery from being called twice even if that lock were ever lost; a crash during a
 * call means the delivery is retried after the lease (at-least-once, which the delivery id lets a
 * receiver deduplicate).
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private readonly options: WebhookDispatcherOptions;
  private readonly dataSource: DataSource;
  private readonly job: ExclusiveJob<DispatchReport>;

  constructor(
    @Inject(DATABASE_HANDLE) handle: DatabaseHandle,
    @Inject(WebhookSecretBox) private readonly secrets: WebhookSecretBox,
    @Optional() @Inject(WEBHOOK_DISPATCHER_OPTIONS) options?: Partial<WebhookDispatcherOptions>,
  ) {
    this.dataSource = handle.dataSource;
    this.options = { ...DEFAULT_WEBHOOK_DISPATCHER_OPTIONS, ...options };
    if (this.options.leaseMs <= this.options.timeoutMs)
      throw new Error('leaseMs must be longer than timeoutMs');
    if (this.options.maxAttempts < 1) throw new Error('maxAttempts must be at least 1');
    this.job = new ExclusiveJob({
      handle,
      lockKey: WEBHOOK_DELIVERY_LOCK_KEY,
      run: () => this.run(),
      skipped: SKIPPED,
      logger: this.logger,
      failureMessage: 'Webhook run failed',
    });
  }

  onApplicationBootstrap(): void {
    if (this.options.enabled) this.job.start(this.options.intervalMs, this.options.intervalMs);
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Stops the timer and waits for a run in progress (it stops claiming new work at once). */
  async stop(): Promise<void> {
    await this.job.stop();
  }

  /** One fan-out and delivery run. Skipped (not queued) while another run holds the lock. */
  runOnce(): Promise<DispatchReport> {
    return this.job.runOnce();
  }

  private async run(): Promise<DispatchReport> {
    const report: DispatchReport = {
      skipped: false,
      events: 0,
      planned: 0,
      delivered: 0,
      retrying: 0,
      failed: 0,
    };
    const deadline = Date.now() + this.options.maxRunMs;
    await this.fanOut(report, deadline);
    report.failed += await this.cancelForInactiveSubscriptions();
    await this.deliverDue(report, deadline);
    return report;
  }

  /** (a) Undispatched events → deliveries, batch by batch, each batch in one transaction. */
  private async fanOut(report: DispatchReport, deadline: number): Promise<void> {
    while (!this.job.stopped && Date.now() < deadline) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const events: Array<{ id: string }> = await manager.query(
          `SELECT "id" FROM "outbox_events" WHERE "dispatched_at" IS NULL ORDER BY "id" LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [this.options.batchSize],
        );
        if (events.length === 0) return { events: 0, planned: 0 };
        const ids = events.map((e) => e.id);
        const planned: Array<{ id: string }> = await manager.query(
          `WITH inserted AS (
             INSERT INTO "webhook_deliveries" ("event_id", "subscription_id", "status", "attempts", "next_attempt_at")
             SELECT e."id", s."id", 'PENDING', 0, now()
               FROM "outbox_events" e
               JOIN "webhook_subscriptions" s
                 ON s."organisation_id" = ANY (e."organisation_ids")
                AND s."active"
                AND (cardinality(s."event_types") = 0 OR e."type" = ANY (s."event_types"))
              WHERE e."id" = ANY ($1::bigint[])
             ON CONFLICT ("event_id", "subscription_id") DO NOTHING
             RETURNING "id")
           SELECT "id" FROM inserted`,
          [ids],
        );
        await manager.query(
          `UPDATE "outbox_events" SET "dispatched_at" = now() WHERE "id" = ANY ($1::bigint[])`,
          [ids],
        );
        return { events: ids.length, planned: planned.length };
      });
      report.events += batch.events;
      report.planned += batch.planned;
      if (batch.events < this.options.batchSize) return;
    }
  }

  /** Pending deliveries of a subscription deactivated meanwhile (e.g. during a fan-out) are given up. */
  private async cancelForInactiveSubscriptions(): Promise<number> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `WITH cancelled AS (
         UPDATE "webhook_deliveries" d
            SET "status" = 'FAILED', "next_attempt_at" = NULL, "last_error" = 'Subscription deactivated'
           FROM "webhook_subscriptions" s
          WHERE s."id" = d."subscription_id" AND NOT s."active" AND d."status" = 'PENDING'
         RETURNING d."id")
       SELECT "id" FROM cancelled`,
    );
    return rows.length;
  }

  /** (b) Due deliveries: claim a batch, call the receivers concurrently, record, repeat. */
  private async deliverDue(report: DispatchReport, deadline: number): Promise<void> {
    // A delivery is attempted at most once per run, even when its backoff is shorter than the run.
    const attempted: string[] = [];
    while (!this.job.stopped && Date.now() < deadline) {
      const claimed = await this.claim(attempted);
      if (claimed.length === 0) return;
      attempted.push(...claimed.map((d) => d.id));
      const outcomes = await Promise.all(claimed.map(async (d) => this.record(d, await this.call(d))));
      for (const status of outcomes) {
        if (status === 'DELIVERED') report.delivered++;
        else if (status === 'FAILED') report.failed++;
        else if (status === 'PENDING') report.retrying++;
      }
      if (claimed.length < this.options.batchSize) return;
    }
  }

  /** Reserves due deliveries for one lease and returns what the calls need. One statement, so one short transaction. */
  private claim(exclude: string[]): Promise<ClaimedDelivery[]> {
    return this.dataSource.query(
      `WITH due AS (
         SELECT d."id"
           FROM "webhook_deliveries" d
           JOIN "webhook_subscriptions" s ON s."id" = d."subscription_id" AND s."active"
          WHERE d."status" = 'PENDING' AND d."next_attempt_at" <= now() AND NOT (d."id" = ANY ($2::uuid[]))
          ORDER BY d."next_attempt_at", d."event_id"
          LIMIT $1
          FOR UPDATE OF d SKIP LOCKED
       ), claimed AS (
         UPDATE "webhook_deliveries" d
            SET "next_attempt_at" = now() + $3::double precision * interval '1 millisecond'
           FROM due
          WHERE d."id" = due."id"
         RETURNING d."id", d."attempts", d."event_id", d."subscription_id"
       )
       SELECT c."id", c."attempts", e."id" AS "event_id", e."type", e."payload", e."created_at", s."url", s."secret"
         FROM claimed c
         JOIN "outbox_events" e ON e."id" = c."event_id"
         JOIN "webhook_subscriptions" s ON s."id" = c."subscription_id"
        ORDER BY e."id"`,
      [this.options.batchSize, exclude, this.options.leaseMs],
    );
  }

  /** POSTs the signed event. Never throws; no database transaction is open meanwhile. */
  private async call(delivery: ClaimedDelivery): Promise<Outcome> {
    const occurredAt =
      typeof delivery.payload.occurredAt === 'string'
        ? delivery.payload.occurredAt
        : new Date(delivery.created_at).toISOString();
    const body = JSON.stringify({
      id: String(delivery.event_id),
      type: delivery.type,
      occurredAt,
      data: delivery.payload,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    // Checked at every call: the host name may point somewhere else than when it was registered.
    const targetProblem = await webhookTargetProblem(delivery.url, {
      production: this.options.publicTargetsOnly,
    });
    if (targetProblem) return { ok: false, statusCode: null, error: targetProblem };
    let secret: string;
    try {
      secret = this.secrets.open(delivery.secret);
    } catch {
      // Nothing is sent unsigned; the attempt fails (and retries) until the key is put back.
      return {
        ok: false,
        statusCode: null,
        error: 'The signing secret cannot be decrypted: was WEBHOOK_SECRET_KEY changed?',
      };
    }
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Plekwijzer-Webhooks/1',
          'X-Plekwijzer-Event': delivery.type,
          'X-Plekwijzer-Delivery': delivery.id,
          [SIGNATURE_HEADER]: signatureHeader(secret, body, timestamp),
        },
        body,
        // A redirect is a failure, not a hop to wherever it points.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.body?.cancel().catch(() => undefined);
      const ok = response.status >= 200 && response.status < 300;
      return { ok, statusCode: response.status, error: ok ? null : `HTTP ${response.status}` };
    } catch (error) {
      return { ok: false, statusCode: null, error: describeCallError(error, this.options.timeoutMs) };
    }
  }

  /** Stores the outcome of one attempt; returns the delivery's new status. */
  private async record(
    delivery: ClaimedDelivery,
    outcome: Outcome,
  ): Promise<'DELIVERED' | 'PENDING' | 'FAILED' | 'LOST'> {
    const attempts = delivery.attempts + 1;
    try {
      if (outcome.ok) {
        // Recorded even if the subscription was deactivated during the call: it did arrive.
        await this.dataSource.query(
          `UPDATE "webhook_deliveries"
              SET "status" = 'DELIVERED', "attempts" = $2, "last_status_code" = $3, "last_error" = NULL,
                  "last_attempt_at" = now(), "delivered_at" = now(), "next_attempt_at" = NULL
            WHERE "id" = $1 AND "status" <> 'DELIVERED'`,
          [delivery.id, attempts, outcome.statusCode],
        );
        return 'DELIVERED';
      }
      const error = (outcome.error ?? 'Failed').slice(0, MAX_ERROR_LENGTH);
      if (attempts >= this.options.maxAttempts) {
        await this.dataSource.query(
          `UPDATE "webhook_deliveries"
              SET "status" = 'FAILED', "attempts" = $2, "last_status_code" = $3, "last_error" = $4,
                  "last_attempt_at" = now(), "next_attempt_at" = NULL
            WHERE "id" = $1 AND "status" = 'PENDING'`,
          [delivery.id, attempts, outcome.statusCode, error],
        );
        return 'FAILED';
      }
      await this.dataSource.query(
        `UPDATE "webhook_deliveries"
            SET "attempts" = $2, "last_status_code" = $3, "last_error" = $4,
                "last_attempt_at" = now(), "next_attempt_at" = now() + $5::double precision * interval '1 millisecond'
          WHERE "id" = $1 AND "status" = 'PENDING'`,
        [delivery.id, attempts, outcome.statusCode, error, retryDelayMs(attempts, this.options)],
      );
      return 'PENDING';
    } catch (error) {
      // The lease runs out and the delivery is tried again: at-least-once rather than lost.
      this.logger.error(
        { err: error, deliveryId: delivery.id },
        'Could not record a webhook delivery attempt',
      );
      return 'LOST';
    }
  }
}

/** A short, generic reason: error codes only, never the URL, a response body or a secret. */
export function describeCallError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: unknown; cause?: { code?: unknown; name?: unknown } } | null;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `No answer within ${timeoutMs / 1000} s`;
  const code = e?.cause?.code;
  if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return `Connection failed (${code})`;
  return 'Connection failed';
}
