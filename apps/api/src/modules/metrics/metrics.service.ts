import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { AppConfig } from '@plekwijzer/config';
import { MatcherCache } from '@plekwijzer/api/modules/matching/matcher-cache.service.js';
import { WebhooksService } from '@plekwijzer/api/modules/notifications/webhooks.service.js';
import { SearchOutboxService } from '@plekwijzer/api/modules/search/search-outbox.service.js';
import { errorCodeLabel, OperationNames } from './operation-names.js';

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The parts of a pg Pool read here (TypeORM keeps it as `driver.master`). */
interface PgPoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const isPool = (value: unknown): value is PgPoolCounts =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PgPoolCounts).totalCount === 'number' &&
  typeof (value as PgPoolCounts).idleCount === 'number' &&
  typeof (value as PgPoolCounts).waitingCount === 'number';

/**
 * The Prometheus metrics of this process, in a registry of its own (not prom-client's global one,
 * so that several apps in one process — tests — do not collide). Durations are observed as they
 * happen; the gauges (pool, backlogs, matcher) are read from their owners at every scrape.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly logger = new Logger('Metrics');
  private readonly operations = new OperationNames();

  readonly httpDuration = new Histogram({
    name: 'plekwijzer_http_request_duration_seconds',
    help: 'HTTP requests by method, route and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'plekwijzer_graphql_operation_duration_seconds',
    help: 'GraphQL operations by operation name ("anonymous" when unnamed; "other" past 200 distinct names) and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'plekwijzer_graphql_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  private readonly scrapeErrors = new Counter({
    name: 'plekwijzer_metrics_scrape_errors_total',
    help: 'Gauges that could not be read at a scrape (the gauge then reads NaN), by source.',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });

  private readonly pool = {
    total: this.gauge('plekwijzer_db_pool_connections', 'Open PostgreSQL connections in the pool.'),
    idle: this.gauge('plekwijzer_db_pool_idle_connections', 'Idle PostgreSQL connections in the pool.'),
    waiting: this.gauge(
      'plekwijzer_db_pool_waiting_requests',
      'Queries waiting for a free connection from the pool.',
    ),
    max: this.gauge('plekwijzer_db_pool_max_connections', 'The pool size (DB_POOL_SIZE).'),
  };

  private readonly searchOutboxPending = this.gauge(
    'plekwijzer_search_outbox_pending',
    'Place changes not yet in the search index.',
  );
  private readonly searchOutboxOldest = this.gauge(
    'plekwijzer_search_outbox_oldest_pending_seconds',
    'Age of the oldest place change not yet in the search index (0 when none).',
  );
  private readonly webhookPending = this.gauge(
    'plekwijzer_webhook_deliveries_pending',
    'Webhook deliveries waiting for a (further) attempt.',
  );
  private readonly webhookUndispatched = this.gauge(
    'plekwijzer_webhook_events_undispatched',
    'Domain events not yet turned into webhook deliveries.',
  );
  private readonly matcherAge = this.gauge(
    'plekwijzer_matcher_snapshot_age_seconds',
    'Time since the matcher compiled the places it matches against (NaN before the first match).',
  );
  private readonly matcherCheckedAge = this.gauge(
    'plekwijzer_matcher_snapshot_checked_age_seconds',
    'Time since the matcher last confirmed its compiled places against the database (NaN before the first match).',
  );

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SearchOutboxService) private readonly searchOutbox: SearchOutboxService,
    @Inject(WebhooksService) private readonly webhooks: WebhooksService,
    @Inject(MatcherCache) private readonly matcher: MatcherCache,
  ) {
    // Process CPU, memory, event-loop lag, garbage collection, open handles.
    collectDefaultMetrics({ register: this.registry });
  }

  /** The label for an operation name, bounded (see OperationNames). */
  operationLabel(name: string | null | undefined, learn: boolean): string {
    return this.operations.label(name, learn);
  }

  countError(code: unknown): void {
    this.graphqlErrors.inc({ code: errorCodeLabel(code) });
  }

  /** Reads the gauges from their owners, then renders everything in the Prometheus text format. */
  async render(): Promise<string> {
    this.readPool();
    this.readMatcher();
    await Promise.all([this.readSearchOutbox(), this.readWebhooks()]);
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private gauge(name: string, help: string): Gauge {
    return new Gauge({ name, help, registers: [this.registry] });
  }

  /** Only for a PostgreSQL server: the embedded database has a single in-process connection. */
  private readPool(): void {
    if (this.config.usesEmbeddedDatabase) return;
    const pool: unknown = (this.dataSource.driver as { master?: unknown }).master;
    if (!isPool(pool)) return;
    this.pool.total.set(pool.totalCount);
    this.pool.idle.set(pool.idleCount);
    this.pool.waiting.set(pool.waitingCount);
    this.pool.max.set(this.config.DB_POOL_SIZE);
  }

  private readMatcher(): void {
    const { compiledAgeMs, checkedAgeMs } = this.matcher.age();
    this.matcherAge.set(compiledAgeMs === null ? Number.NaN : compiledAgeMs / 1000);
    this.matcherCheckedAge.set(checkedAgeMs === null ? Number.NaN : checkedAgeMs / 1000);
  }

  private async readSearchOutbox(): Promise<void> {
    try {
      const lag = await this.searchOutbox.lag(this.dataSource);
      this.searchOutboxPending.set(lag.pending);
      this.searchOutboxOldest.set(lag.oldestPendingSeconds ?? 0);
    } catch (error) {
      this.failed('search_outbox', error, [this.searchOutboxPending, this.searchOutboxOldest]);
    }
  }

  private async readWebhooks(): Promise<void> {
    try {
      const backlog = await this.webhooks.backlog();
      this.webhookPending.set(backlog.pendingDeliveries);
      this.webhookUndispatched.set(backlog.undispatchedEvents);
    } catch (error) {
      this.failed('webhooks', error, [this.webhookPending, this.webhookUndispatched]);
    }
  }

  /** A scrape still answers while the database is down; the affected gauges read NaN. */
  private failed(source: string, error: unknown, gauges: Gauge[]): void {
    this.scrapeErrors.inc({ source });
    for (const gauge of gauges) gauge.set(Number.NaN);
    this.logger.warn(`Could not read ${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
