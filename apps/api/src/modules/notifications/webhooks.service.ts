import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@plekwijzer/config';
import { DomainError, FieldErrors, MAX_PAGE_SIZE } from '@plekwijzer/graphql';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import type { CreateWebhookSubscriptionInput, WebhookDeliveriesArgs } from './dto/webhook.inputs.js';
import { WebhookDeliveryStatus } from './webhook-delivery.entity.js';
import { isWebhookEventType, WEBHOOK_EVENT_TYPES } from './webhook-events.js';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity.js';
import { normaliseWebhookUrl, webhookUrlProblem } from './webhook-url.js';
import { WebhookSecretBox } from './webhook-secret-box.js';
import { webhookTargetProblem } from './webhook-target.js';
import { IdempotencyService } from '@plekwijzer/api/modules/idempotency/idempotency.service.js';

/** Organisations' own users who may manage its webhooks, and admins for every organisation. */
const MANAGERS = new Set<Role>([Role.ADMIN, Role.EMPLOYER, Role.PARTNER, Role.COACH]);
export const MAX_ACTIVE_SUBSCRIPTIONS = 10;

export interface WebhookDeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

export interface WebhookDeliveryPage {
  items: WebhookDeliveryView[];
  totalCount: number;
  hasNextPage: boolean;
}

/** Generates the signing secret: 32 random bytes, base64url, with a recognisable prefix (49 characters). */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * Webhook subscriptions of an organisation: employers and partners for their own organisation,
 * coaches for their coaching organisation, admins for any. Another organisation's subscription is
 * NOT_FOUND, as if it did not exist.
 */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(WebhookSecretBox) private readonly secrets: WebhookSecretBox,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
  ) {}

  async create(
    actor: Actor,
    input: CreateWebhookSubscriptionInput,
  ): Promise<{ subscription: WebhookSubscriptionEntity; secret: string }> {
    const organisationId = this.organisationFor(actor, input.organisationId);
    const errors = new FieldErrors();
    const urlProblem =
      webhookUrlProblem(input.url, { production: this.config.isProduction }) ??
      (await webhookTargetProblem(input.url.trim(), { production: this.config.isProduction }));
    if (urlProblem) errors.add('input.url', urlProblem);
    input.eventTypes.forEach((type, i) => {
      if (!isWebhookEventType(type)) {
        errors.add(
          `input.eventTypes.${i}`,
          `${type} is not an event type; known types are ${WEBHOOK_EVENT_TYPES.join(', ')}`,
        );
      }
    });
    errors.throwIfAny();

    return this.idempotency.transaction({
      userId: actor.userId,
      operation: 'createWebhookSubscription',
      input,
      idOf: (created) => created.subscription.id,
      // A retry is for a client that lost the answer, so it gets the secret again: without it the
      // subscription it made could never be verified. Only the same user with the same key gets it.
      replay: async (manager, id) => {
        // The secret is never selected otherwise (see the entity); this is its one other reader.
        const subscription = await manager
          .getRepository(WebhookSubscriptionEntity)
          .createQueryBuilder('s')
          .addSelect('s.secret')
          .where('s.id = :id', { id })
          .getOne();
        if (
          !subscription ||
          (actor.role !== Role.ADMIN && subscription.organisationId !== actor.organisationId)
        )
          return null;
        const { secret, ...rest } = subscription;
        return {
          subscription: Object.assign(new WebhookSubscriptionEntity(), rest),
          secret: this.secrets.open(secret),
        };
      },
      what: 'Webhook subscription',
      create: (manager) => this.insert(manager, actor, organisationId, input),
    });
  }

  /** The subscription itself, in the transaction `create` opened, within the organisation's limit. */
  private async insert(
    manager: EntityManager,
    actor: Actor,
    organisationId: string,
    input: CreateWebhookSubscriptionInput,
  ): Promise<{ subscription: WebhookSubscriptionEntity; secret: string }> {
    const secret = generateWebhookSecret();
    // Locks the organisation row (without blocking foreign-key checks) so the limit holds under concurrent creates.
    const organisation: Array<{ id: string }> = await manager.query(
      'SELECT id FROM organisations WHERE id = $1 FOR NO KEY UPDATE',
      [organisationId],
    );
    if (organisation.length === 0)
      throw DomainError.badInput([
        { path: 'input.organisationId', message: 'there is no such organisation', code: 'NOT_FOUND' },
      ]);
    const active = await manager
      .getRepository(WebhookSubscriptionEntity)
      .countBy({ organisationId, active: true });
    if (active >= MAX_ACTIVE_SUBSCRIPTIONS) {
      throw new DomainError(
        'CONFLICT',
        `An organisation can have at most ${MAX_ACTIVE_SUBSCRIPTIONS} active webhook subscriptions; deactivate one first`,
        { reason: 'LIMIT_REACHED' },
      );
    }
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO webhook_subscriptions (organisation_id, url, secret, event_types, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [
        organisationId,
        normaliseWebhookUrl(input.url),
        this.secrets.seal(secret),
        [...new Set(input.eventTypes)],
        actor.userId,
      ],
    );
    const subscription = await manager
      .getRepository(WebhookSubscriptionEntity)
      .findOneByOrFail({ id: inserted[0].id });
    return { subscription, secret };
  }

  /** For metrics: deliveries waiting for an attempt, and events not yet fanned out into deliveries. */
  async backlog(): Promise<{ pendingDeliveries: number; undispatchedEvents: number }> {
    const [row] = await this.dataSource.query<Array<{ deliveries: number; events: number }>>(
      `SELECT (SELECT count(*)::int FROM "webhook_deliveries" WHERE "status" = 'PENDING') AS "deliveries",
              (SELECT count(*)::int FROM "outbox_events" WHERE "dispatched_at" IS NULL) AS "events"`,
    );
    return { pendingDeliveries: row.deliveries, undispatchedEvents: row.events };
  }

  async list(actor: Actor, organisationId?: string): Promise<WebhookSubscriptionEntity[]> {
    this.assertManager(actor);
    if (actor.role !== Role.ADMIN && organisationId && organisationId !== actor.organisationId)
      throw DomainError.notFound('Organisation');
    const scope = actor.role === Role.ADMIN ? organisationId : actor.organisationId;
    return this.dataSource.getRepository(WebhookSubscriptionEntity).find({
      where: scope ? { organisationId: scope } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      take: 1000,
    });
  }

  /** Stops deliveries to the URL at once: pending deliveries are given up. Deactivating twice changes nothing. */
  async deactivate(actor: Actor, id: string): Promise<WebhookSubscriptionEntity> {
    this.assertManager(actor);
    return this.dataSource.transaction(async (manager) => {
      const subscription = await this.visible(manager, actor, id, true);
      if (!subscription.active) return subscription;
      subscription.active = false;
      subscription.deactivatedAt = new Date();
      await manager
        .getRepository(WebhookSubscriptionEntity)
        .update({ id }, { active: false, deactivatedAt: subscription.deactivatedAt });
      await manager.query(
        `UPDATE webhook_deliveries SET status = 'FAILED', next_attempt_at = NULL, last_error = 'Subscription deactivated'
          WHERE subscription_id = $1 AND status = 'PENDING'`,
        [id],
      );
      return subscription;
    });
  }

  async deliveries(
    actor: Actor,
    args: Pick<WebhookDeliveriesArgs, 'subscriptionId' | 'status' | 'page'>,
  ): Promise<WebhookDeliveryPage> {
    this.assertManager(actor);
    await this.visible(this.dataSource.manager, actor, args.subscriptionId, false);
    const first = Math.min(args.page?.first ?? 20, MAX_PAGE_SIZE);
    const offset = args.page?.offset ?? 0;
    const params: unknown[] = [args.subscriptionId];
    let where = 'd.subscription_id = $1';
    if (args.status) {
      params.push(args.status);
      where += ` AND d.status = $${params.length}`;
    }
    const [rows, count] = await Promise.all([
      this.dataSource.query<DeliveryRow[]>(
        `SELECT d.id, d.event_id, e.type, d.status, d.attempts, d.last_status_code, d.last_error, d.next_attempt_at,
                d.last_attempt_at, d.delivered_at, d.created_at
           FROM webhook_deliveries d JOIN outbox_events e ON e.id = d.event_id
          WHERE ${where}
          ORDER BY d.created_at DESC, d.event_id DESC
          LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, first, offset],
      ),
      this.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM webhook_deliveries d WHERE ${where}`,
        params,
      ),
    ]);
    const totalCount = count[0].n;
    return { items: rows.map(toDeliveryView), totalCount, hasNextPage: offset + rows.length < totalCount };
  }

  private assertManager(actor: Actor): void {
    if (!MANAGERS.has(actor.role))
      throw DomainError.forbidden('Only employers, partners, coaches and admins manage webhooks');
  }

  private organisationFor(actor: Actor, requested: string | undefined): string {
    this.assertManager(actor);
    if (actor.role === Role.ADMIN) {
      if (!requested)
        throw DomainError.badInput([
          {
            path: 'input.organisationId',
            message: 'an admin must say which organisation receives the events',
            code: 'REQUIRED',
          },
        ]);
      return requested;
    }
    if (requested && requested !== actor.organisationId) {
      throw DomainError.forbidden('You can only register webhooks for your own organisation');
    }
    return actor.organisationId;
  }

  private async visible(
    manager: EntityManager,
    actor: Actor,
    id: string,
    lock: boolean,
  ): Promise<WebhookSubscriptionEntity> {
    const qb = manager
      .getRepository(WebhookSubscriptionEntity)
      .createQueryBuilder('s')
      .where('s.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const subscription = await qb.getOne();
    if (
      !subscription ||
      (actor.role !== Role.ADMIN && subscription.organisationId !== actor.organisationId)
    ) {
      throw DomainError.notFound('Webhook subscription');
    }
    return subscription;
  }
}

interface DeliveryRow {
  id: string;
  event_id: string;
  type: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: Date | null;
  last_attempt_at: Date | null;
  delivered_at: Date | null;
  created_at: Date;
}

const toDeliveryView = (r: DeliveryRow): WebhookDeliveryView => ({
  id: r.id,
  eventId: String(r.event_id),
  eventType: r.type,
  status: r.status,
  attempts: r.attempts,
  lastStatusCode: r.last_status_code,
  lastError: r.last_error,
  nextAttemptAt: r.next_attempt_at,
  lastAttemptAt: r.last_attempt_at,
  deliveredAt: r.delivered_at,
  createdAt: r.created_at,
});
