import { Inject, Module, type MiddlewareConsumer, type NestModule, type OnModuleInit } from '@nestjs/common';
import { APP_FILTER, HttpAdapterHost } from '@nestjs/core';
import { CorsModule } from '@plekwijzer/api/common/cors.module.js';
import { ErrorReasonsResolver } from '@plekwijzer/api/common/error-reasons.resolver.js';
import { DomainErrorFilter } from '@plekwijzer/api/common/domain-error.filter.js';
import { MatchingInputsModule } from '@plekwijzer/api/common/matching-inputs.js';
import { RateLimitModule } from '@plekwijzer/api/common/rate-limit.js';
import { RequestContextMiddleware } from '@plekwijzer/api/common/request-context.js';
import { SecurityHeadersMiddleware } from '@plekwijzer/api/common/security-headers.js';
import { GraphiqlMiddleware } from '@plekwijzer/api/common/graphiql.js';
import { WebAppMiddleware } from '@plekwijzer/api/common/web-app.js';
import { ConfigModule } from '@plekwijzer/api/config/config.module.js';
import { DatabaseModule } from '@plekwijzer/api/database/database.module.js';
import { AppGraphqlModule } from '@plekwijzer/api/graphql.module.js';
import { LoggingModule } from '@plekwijzer/api/logging.module.js';
import { AuditModule } from '@plekwijzer/api/modules/audit/audit.module.js';
import { AuthModule } from '@plekwijzer/api/modules/auth/auth.module.js';
import { HoursModule } from '@plekwijzer/api/modules/hours/hours.module.js';
import { InsightsModule } from '@plekwijzer/api/modules/insights/insights.module.js';
import { IdempotencyModule } from '@plekwijzer/api/modules/idempotency/idempotency.module.js';
import { IntroductionsModule } from '@plekwijzer/api/modules/introductions/introductions.module.js';
import { OutboxModule } from '@plekwijzer/api/modules/notifications/outbox.module.js';
import { WebhooksModule } from '@plekwijzer/api/modules/notifications/webhooks.module.js';
import { DemoModule } from '@plekwijzer/api/modules/demo/demo.module.js';
import { GeoModule } from '@plekwijzer/api/modules/geo/geo.module.js';
import { HealthModule } from '@plekwijzer/api/modules/health/health.module.js';
import { MetricsModule } from '@plekwijzer/api/modules/metrics/metrics.module.js';
import { MatchingModule } from '@plekwijzer/api/modules/matching/matching.module.js';
import { OrganisationsModule } from '@plekwijzer/api/modules/organisations/organisations.module.js';
import { ParticipantsModule } from '@plekwijzer/api/modules/participants/participants.module.js';
import { PlacementsModule } from '@plekwijzer/api/modules/placements/placements.module.js';
import { SearchModule } from '@plekwijzer/api/modules/search/search.module.js';
import { UsersModule } from '@plekwijzer/api/modules/users/users.module.js';

/** Composition root: wires libraries and features, holds no logic. */
@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    CorsModule,
    DatabaseModule,
    AppGraphqlModule,
    GeoModule,
    MatchingInputsModule,
    AuditModule,
    OutboxModule,
    IdempotencyModule,
    AuthModule,
    // After AuthModule: its guard runs first, so the rate limit knows the user.
    RateLimitModule,
    OrganisationsModule,
    UsersModule,
    PlacementsModule,
    SearchModule,
    ParticipantsModule,
    MatchingModule,
    IntroductionsModule,
    HoursModule,
    InsightsModule,
    WebhooksModule,
    HealthModule,
    MetricsModule,
    DemoModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }, ErrorReasonsResolver],
})
export class AppModule implements NestModule, OnModuleInit {
  constructor(@Inject(HttpAdapterHost) private readonly http: HttpAdapterHost) {}

  onModuleInit(): void {
    // Express hashes every res.send answer for an ETag: SHA-1 over each 62 KiB match list (issue
    // 13). No client revalidates a POST to /graphql; the web's files keep serve-static's own ETags.
    this.http.httpAdapter
      ?.getInstance<{ set?: (name: string, value: unknown) => void } | undefined>()
      ?.set?.('etag', false);
  }

  configure(consumer: MiddlewareConsumer): void {
    // GraphiQL and the web app last, so that their pages and files carry the security headers too.
    consumer
      .apply(SecurityHeadersMiddleware, RequestContextMiddleware, GraphiqlMiddleware, WebAppMiddleware)
      .forRoutes('{*path}');
  }
}
