import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A domain event written in the same transaction as the change it describes (transactional
 * outbox). The delivery worker turns it into webhook calls. Payloads carry ids and states only,
 * never personal data.
 */
@Entity({ name: 'outbox_events' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  type: string;

  /** Organisations that should hear about it (the place's organisation, the coach's organisation). */
  @Column({ name: 'organisation_ids', type: 'uuid', array: true })
  organisationIds: string[];

  @Column({ type: 'jsonb' })
  payload: Record<string, string | number | boolean | null>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** Set once deliveries have been planned for every subscription. */
  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}
