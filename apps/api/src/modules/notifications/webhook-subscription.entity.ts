import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Where an organisation wants its domain events delivered. The secret signs every delivery; it is
 * shown once when the subscription is created and never selected again (`select: false`).
 */
@Entity({ name: 'webhook_subscriptions' })
export class WebhookSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  url: string;

  /** HMAC-SHA256 key. Not loaded by default: only the dispatcher reads it, with its own query. */
  @Column({ type: 'text', select: false })
  secret: string;

  /** Event types to deliver; empty means every type. */
  @Column({ name: 'event_types', type: 'text', array: true, default: () => "'{}'" })
  eventTypes: string[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;
}
