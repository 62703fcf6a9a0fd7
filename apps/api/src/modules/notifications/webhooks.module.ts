import { Module } from '@nestjs/common';
import { AppConfig } from '@plekwijzer/config';
import {
  dispatcherOptionsFromConfig,
  WEBHOOK_DISPATCHER_OPTIONS,
  WebhookDispatcher,
} from './webhook-dispatcher.service.js';
import { WebhooksResolver } from './webhooks.resolver.js';
import { WebhooksService } from './webhooks.service.js';
import { WebhookSecretBox } from './webhook-secret-box.js';

/**
 * Webhook subscriptions (GraphQL) and the worker delivering outbox events to them. The outbox
 * itself is OutboxModule's; features write to it, this module reads from it.
 */
@Module({
  providers: [
    WebhooksService,
    WebhooksResolver,
    WebhookDispatcher,
    {
      provide: WebhookSecretBox,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new WebhookSecretBox(config.WEBHOOK_SECRET_KEY!),
    },
    { provide: WEBHOOK_DISPATCHER_OPTIONS, inject: [AppConfig], useFactory: dispatcherOptionsFromConfig },
  ],
  exports: [WebhooksService, WebhookDispatcher],
})
export class WebhooksModule {}
