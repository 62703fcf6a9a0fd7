import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { MatchingModule } from '@plekwijzer/api/modules/matching/matching.module.js';
import { WebhooksModule } from '@plekwijzer/api/modules/notifications/webhooks.module.js';
import { SearchOutboxModule } from '@plekwijzer/api/modules/search/search-outbox.module.js';
import { GraphqlMetricsPlugin } from './graphql-metrics.plugin.js';
import { HttpMetricsMiddleware } from './http-metrics.middleware.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsService } from './metrics.service.js';

/**
 * Prometheus metrics: HTTP and GraphQL durations, GraphQL errors by code, the database pool, the
 * search outbox and webhook backlogs and the matcher snapshot's age, at GET /metrics. The backlogs
 * and the matcher are read through their owners' services.
 */
@Module({
  imports: [MatchingModule, WebhooksModule, SearchOutboxModule],
  controllers: [MetricsController],
  providers: [MetricsService, GraphqlMetricsPlugin, HttpMetricsMiddleware],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
