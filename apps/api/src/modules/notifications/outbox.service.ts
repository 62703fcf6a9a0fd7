import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxEventEntity } from './outbox-event.entity.js';

export type DomainEventType =
  | 'introduction.proposed'
  | 'introduction.accepted'
  | 'introduction.declined'
  | 'introduction.started'
  | 'introduction.completed'
  | 'introduction.ended_early'
  | 'introduction.withdrawn'
  | 'hours.awaiting_approval';

export interface DomainEvent {
  type: DomainEventType;
  organisationIds: string[];
  /** Ids and states only: no names, postcodes or other personal data. */
  payload: Record<string, string | number | boolean | null>;
}

@Injectable()
export class OutboxService {
  /** Adds an event inside the caller's transaction: it exists exactly when the change commits. */
  async enqueue(manager: EntityManager, event: DomainEvent): Promise<void> {
    await manager.insert(OutboxEventEntity, {
      type: event.type,
      organisationIds: [...new Set(event.organisationIds)],
      payload: { ...event.payload, occurredAt: new Date().toISOString() },
    });
  }
}
