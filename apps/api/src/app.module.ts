import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { DomainErrorFilter } from './common/domain-error.filter.js';
import { MatchingInputsModule } from './common/matching-inputs.js';
import { RequestContextMiddleware } from './common/request-context.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { AppGraphqlModule } from './graphql.module.js';
import { LoggingModule } from './logging.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { HoursModule } from './modules/hours/hours.module.js';
import { IdempotencyModule } from './modules/idempotency/idempotency.module.js';
import { IntroductionsModule } from './modules/introductions/introductions.module.js';
import { OutboxModule } from './modules/notifications/outbox.module.js';
import { WebhooksModule } from './modules/notifications/webhooks.module.js';
import { DemoModule } from './modules/demo/demo.module.js';
import { GeoModule } from './modules/geo/geo.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { MatchingModule } from './modules/matching/matching.module.js';
import { OrganisationsModule } from './modules/organisations/organisations.module.js';
import { ParticipantsModule } from './modules/participants/participants.module.js';
import { PlacementsModule } from './modules/placements/placements.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { UsersModule } from './modules/users/users.module.js';

/** Composition root: wires libraries and features, holds no logic. */
@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    AppGraphqlModule,
    GeoModule,
    MatchingInputsModule,
    AuditModule,
    OutboxModule,
    IdempotencyModule,
    AuthModule,
    OrganisationsModule,
    UsersModule,
    PlacementsModule,
    SearchModule,
    ParticipantsModule,
    MatchingModule,
    IntroductionsModule,
    HoursModule,
    WebhooksModule,
    HealthModule,
    DemoModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('*path');
  }
}
