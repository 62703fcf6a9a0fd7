import { Connection } from '@plekwijzer/graphql';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { WebhookDeliveryStatus } from './webhook-delivery.entity.js';

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where one event stands for one subscription.',
  valuesMap: {
    PENDING: {
      description: 'Not delivered yet: waiting for its first attempt or for a retry (see nextAttemptAt).',
    },
    DELIVERED: { description: 'The receiver answered with a 2xx status.' },
    FAILED: { description: 'Given up: every attempt failed, or the subscription was deactivated.' },
  },
});

@ObjectType('WebhookSubscription', {
  description:
    'A URL that receives an organisation’s domain events as signed POST requests. Its secret is only shown when it is created.',
})
export class WebhookSubscriptionModel {
  @Field(() => ID, { description: 'The subscription’s id.' })
  id: string;

  @Field(() => ID, { description: 'The organisation whose events are delivered.' })
  organisationId: string;

  @Field({ description: 'The receiver, called with POST.' })
  url: string;

  @Field(() => [String], { description: 'Event types delivered; empty means every type.' })
  eventTypes: string[];

  @Field({ description: 'Whether events are still delivered. A deactivated subscription stays inactive.' })
  active: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When it was registered.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was deactivated; empty while active.',
  })
  deactivatedAt: Date | null;
}

@ObjectType('CreateWebhookSubscriptionPayload', {
  description: 'The result of createWebhookSubscription: the new subscription and its signing secret.',
})
export class CreatedWebhookSubscriptionModel {
  @Field(() => WebhookSubscriptionModel, { description: 'The subscription as stored.' })
  subscription: WebhookSubscriptionModel;

  @Field({
    description:
      'HMAC-SHA256 key for the `X-Plekwijzer-Signature` header (`t=<unix seconds>,v1=<hex HMAC of "<t>.<raw body>">`). Shown this once (and to your own retry with the same idempotencyKey): store it now; it cannot be read again.',
  })
  secret: string;
}

@ObjectType('WebhookDelivery', {
  description:
    'The delivery state of one event to one subscription. Carries ids and states, no event contents.',
})
export class WebhookDeliveryModel {
  @Field(() => ID, {
    description:
      'Sent as `X-Plekwijzer-Delivery`; the same on every retry, so a receiver can drop duplicates.',
  })
  id: string;

  @Field(() => ID, { description: 'The event’s id (the `id` in the delivered body).' })
  eventId: string;

  @Field({ description: 'The event’s type, e.g. `introduction.accepted`.' })
  eventType: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Pending, delivered or failed.' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts: number;

  @Field(() => Int, {
    nullable: true,
    description: 'HTTP status of the last answer; empty when there was none (timeout, connection refused).',
  })
  lastStatusCode: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last attempt failed, briefly (e.g. `HTTP 500`, `No answer within 5 s`).',
  })
  lastError: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'PENDING: when the next attempt is due.' })
  nextAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the last attempt was made.' })
  lastAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the receiver accepted it.' })
  deliveredAt: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When the delivery was planned.' })
  createdAt: Date;
}

/** `WebhookDeliveryConnection`: a page of a subscription's deliveries. */
export const WebhookDeliveryConnection = Connection(WebhookDeliveryModel, 'WebhookDelivery', 'deliveries');

/** `WebhookSubscriptionConnection`: a page of webhook subscriptions. */
export const WebhookSubscriptionConnection = Connection(
  WebhookSubscriptionModel,
  'WebhookSubscription',
  'webhook subscriptions',
);

@ObjectType('DeactivateWebhookSubscriptionPayload', {
  description: 'The result of deactivateWebhookSubscription.',
})
export class DeactivateWebhookSubscriptionPayload {
  @Field(() => WebhookSubscriptionModel, { description: 'The subscription, now inactive.' })
  subscription: WebhookSubscriptionModel;
}

@ObjectType('WebhookEventType', { description: 'An event type a subscription can ask for.' })
export class WebhookEventTypeModel {
  @Field({ description: 'The type, as in `eventTypes` and the `X-Plekwijzer-Event` header.' })
  type: string;

  @Field({ description: 'What happened when it is sent.' })
  description: string;
}
