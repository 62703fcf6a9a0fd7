import type { DomainEventType } from './outbox.service.js';

/**
 * Every event type a webhook can subscribe to, with what it means. Typed as a record over
 * DomainEventType so that a new type in the outbox does not compile until it is described here.
 */
export const WEBHOOK_EVENT_DESCRIPTIONS: Readonly<Record<DomainEventType, string>> = {
  'introduction.proposed': 'A coach proposed a participant for a place.',
  'introduction.accepted': 'The place accepted an introduction.',
  'introduction.declined': 'The place declined an introduction (with a reason code).',
  'introduction.started': 'The participant started at the place.',
  'introduction.completed': 'The introduction ended as planned.',
  'introduction.ended_early': 'The introduction ended early (the reason stays with the coach).',
  'introduction.withdrawn': 'The coach withdrew an introduction, or consent was revoked.',
  'hours.awaiting_approval': 'A place logged hours that wait for the coach’s approval.',
};

export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENT_DESCRIPTIONS) as DomainEventType[];

export function isWebhookEventType(value: string): value is DomainEventType {
  return Object.hasOwn(WEBHOOK_EVENT_DESCRIPTIONS, value);
}
