import { INTRODUCTION_LIFECYCLE, INTRODUCTION_STATUSES, introductionEventType } from '@plekwijzer/domain';
import type { DomainEventType } from './outbox.service.js';

/**
 * Every event type a webhook can subscribe to, with what it means. The introduction events come
 * from the lifecycle table; typed as a record over DomainEventType so that a new type in the
 * outbox does not compile until it is described here.
 */
export const WEBHOOK_EVENT_DESCRIPTIONS: Readonly<Record<DomainEventType, string>> = {
  ...(Object.fromEntries(
    INTRODUCTION_STATUSES.map((s) => [introductionEventType(s), INTRODUCTION_LIFECYCLE[s].event]),
  ) as Record<ReturnType<typeof introductionEventType>, string>),
  'hours.awaiting_approval': 'A place logged hours that wait for the coach’s approval.',
};

export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENT_DESCRIPTIONS) as DomainEventType[];

export function isWebhookEventType(value: string): value is DomainEventType {
  return Object.hasOwn(WEBHOOK_EVENT_DESCRIPTIONS, value);
}
