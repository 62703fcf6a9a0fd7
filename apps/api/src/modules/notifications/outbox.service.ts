import type { IntroductionEventType } from '@plekwijzer/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxEventEntity } from './outbox-event.entity.js';

/** One event per introduction state (see introduction-lifecycle.ts), plus the hours events. */
export type DomainEventType = IntroductionEventType | 'hours.awaiting_approval';

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
