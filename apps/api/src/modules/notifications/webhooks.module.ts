import { Module } from '@nestjs/common';
import { AppConfig } from '@plekwijzer/config';
import { dispatcherOptionsFromConfig, WEBHOOK_DISPATCHER_OPTIONS, WebhookDispatcher } from './webhook-dispatcher.service.js';
import { WebhooksResolver } from './webhooks.resolver.js';
import { WebhooksService } from './webhooks.service.js';

/**
 * Webhook subscriptions (GraphQL) and the worker delivering outbox events to them. The outbox
 * itself is OutboxModule's; features write to it, this module reads from it.
 */
@Module({
  providers: [
    WebhooksService,
    WebhooksResolver,
    WebhookDispatcher,
    { provide: WEBHOOK_DISPATCHER_OPTIONS, inject: [AppConfig], useFactory: dispatcherOptionsFromConfig },
  ],
  exports: [WebhooksService, WebhookDispatcher],
})
export class WebhooksModule {}
