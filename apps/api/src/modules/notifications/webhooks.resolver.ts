import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { pageOf, sliceToConnection, toConnection } from '@plekwijzer/graphql';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import {
  CreateWebhookSubscriptionInput,
  DeactivateWebhookSubscriptionInput,
  WebhookDeliveriesArgs,
  WebhookSubscriptionsArgs,
} from './dto/webhook.inputs.js';
import { WEBHOOK_EVENT_DESCRIPTIONS } from './webhook-events.js';
import type { WebhookSubscriptionEntity } from './webhook-subscription.entity.js';
import {
  CreatedWebhookSubscriptionModel,
  DeactivateWebhookSubscriptionPayload,
  WebhookDeliveryConnection,
  WebhookEventTypeModel,
  WebhookSubscriptionConnection,
  type WebhookSubscriptionModel,
} from './webhook.models.js';
import { WebhooksService } from './webhooks.service.js';

const MANAGERS = [Role.ADMIN, Role.EMPLOYER, Role.PARTNER, Role.COACH];

/** Entity → public model. The secret is not part of it. */
export const toWebhookSubscriptionModel = (s: WebhookSubscriptionEntity): WebhookSubscriptionModel => ({
  id: s.id,
  organisationId: s.organisationId,
  url: s.url,
  eventTypes: s.eventTypes,
  active: s.active,
  createdAt: s.createdAt,
  deactivatedAt: s.deactivatedAt,
});

@Resolver()
export class WebhooksResolver {
  constructor(@Inject(WebhooksService) private readonly service: WebhooksService) {}

  @Roles(...MANAGERS)
  @Query(() => [WebhookEventTypeModel], {
    description:
      'The event types a webhook subscription can ask for: a small fixed vocabulary, so a plain list, not a connection.',
  })
  webhookEventTypes(): WebhookEventTypeModel[] {
    return Object.entries(WEBHOOK_EVENT_DESCRIPTIONS).map(([type, description]) => ({ type, description }));
  }

  @Roles(...MANAGERS)
  @Query(() => WebhookSubscriptionConnection, {
    description:
      'Your organisation’s webhook subscriptions, newest first (admins: every organisation’s). Never includes secrets.',
  })
  async webhookSubscriptions(@CurrentActor() actor: Actor, @Args() args: WebhookSubscriptionsArgs) {
    const all = await this.service.list(actor, args.filter?.organisationId?.toLowerCase());
    return sliceToConnection(all.map(toWebhookSubscriptionModel), pageOf(args));
  }

  @Roles(...MANAGERS)
  @Query(() => WebhookDeliveryConnection, {
    description: 'Delivery state of a subscription’s events, newest first.',
  })
  async webhookDeliveries(@CurrentActor() actor: Actor, @Args() args: WebhookDeliveriesArgs) {
    const page = pageOf(args);
    const result = await this.service.deliveries(actor, {
      subscriptionId: args.subscriptionId.toLowerCase(),
      status: args.filter?.status,
      page,
    });
    return toConnection(result.items, result.totalCount, page.offset);
  }

  @Roles(...MANAGERS)
  @Mutation(() => CreatedWebhookSubscriptionModel, {
    description: 'Register a URL for your organisation’s domain events. Returns the signing secret once.',
  })
  async createWebhookSubscription(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The receiving URL and the event types to deliver.' })
    input: CreateWebhookSubscriptionInput,
  ) {
    const { subscription, secret } = await this.service.create(actor, input);
    return { subscription: toWebhookSubscriptionModel(subscription), secret };
  }

  @Roles(...MANAGERS)
  @Mutation(() => DeactivateWebhookSubscriptionPayload, {
    description: 'Stop delivering to a subscription; its pending deliveries are given up.',
  })
  async deactivateWebhookSubscription(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The subscription to deactivate.' })
    input: DeactivateWebhookSubscriptionInput,
  ): Promise<DeactivateWebhookSubscriptionPayload> {
    const subscription = await this.service.deactivate(actor, input.subscriptionId.toLowerCase());
    return { subscription: toWebhookSubscriptionModel(subscription) };
  }
}
