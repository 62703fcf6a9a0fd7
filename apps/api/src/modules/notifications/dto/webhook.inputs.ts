import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs, NoControlCharacters, type PageInput } from '@plekwijzer/graphql';
import { WebhookDeliveryStatus } from '../webhook-delivery.entity.js';
import { MAX_WEBHOOK_URL_LENGTH } from '../webhook-url.js';
import { IdempotencyKeyField } from '@plekwijzer/api/modules/idempotency/idempotency-key.field.js';

@InputType({ description: 'Where to deliver which events. The server generates the signing secret.' })
export class CreateWebhookSubscriptionInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Admins only (and required for them): the organisation that receives the events.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an id' })
  organisationId?: string;

  @Field({
    description:
      'The receiver, called with POST. `https://` is required; outside production `http://localhost` and `http://127.0.0.1` are accepted too.',
  })
  @IsString()
  @NoControlCharacters()
  @MaxLength(MAX_WEBHOOK_URL_LENGTH)
  url: string;

  @Field(() => [String], {
    defaultValue: [],
    description:
      'Event types to receive, e.g. `introduction.accepted` (see `webhookEventTypes`). Empty: every type.',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @NoControlCharacters({}, { each: true })
  @MaxLength(100, { each: true })
  eventTypes: string[];

  @IdempotencyKeyField(
    'Send the same key when retrying: the first subscription and its secret are returned and nothing new is created.',
  )
  idempotencyKey?: string;
}

@InputType({ description: 'Which webhook subscriptions to list.' })
export class WebhookSubscriptionFilterInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'Admins: only this organisation’s subscriptions (default: every organisation). Others see their own organisation’s.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an id' })
  organisationId?: string;
}

@ArgsType()
export class WebhookSubscriptionsArgs extends ConnectionArgs {
  @Field(() => WebhookSubscriptionFilterInput, {
    nullable: true,
    description: 'Conditions the subscriptions must meet; all you can see when omitted.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => WebhookSubscriptionFilterInput)
  filter?: WebhookSubscriptionFilterInput;
}

@InputType({ description: 'Which deliveries to list.' })
export class WebhookDeliveryFilterInput {
  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' })
  @IsOptional()
  @IsEnum(WebhookDeliveryStatus)
  status?: WebhookDeliveryStatus;
}

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The subscription whose deliveries to list.' })
  @IsUUID('all', { message: 'subscriptionId must be an id' })
  subscriptionId: string;

  @Field(() => WebhookDeliveryFilterInput, {
    nullable: true,
    description: 'Conditions the deliveries must meet; all when omitted.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => WebhookDeliveryFilterInput)
  filter?: WebhookDeliveryFilterInput;

  /** Set by the resolver from `filter` (not a GraphQL argument). */
  status?: WebhookDeliveryStatus;

  /** Set by the resolver from `first` and `after` (not a GraphQL argument). */
  page?: PageInput;
}

@InputType({ description: 'Which subscription to stop delivering to.' })
export class DeactivateWebhookSubscriptionInput {
  @Field(() => ID, { description: 'The subscription to deactivate.' })
  @IsUUID('all', { message: 'subscriptionId must be an id' })
  subscriptionId: string;
}
