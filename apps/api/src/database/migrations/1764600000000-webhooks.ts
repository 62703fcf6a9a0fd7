import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook subscriptions of organisations and the delivery state of every outbox event per
 * subscription (issue: introductions, consent and participation hours, §6 notifications).
 * The outbox table itself, and its index on undispatched events, come with Introductions1764500000000.
 */
export class Webhooks1764600000000 implements MigrationInterface {
  name = 'Webhooks1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "webhook_subscriptions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "url" text NOT NULL,
        "secret" text NOT NULL,
        "event_types" text array NOT NULL DEFAULT '{}',
        "active" boolean NOT NULL DEFAULT true,
        "created_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "deactivated_at" timestamptz,
        CONSTRAINT "PK_webhook_subscriptions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_webhook_subscriptions_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id"),
        CONSTRAINT "FK_webhook_subscriptions_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id"),
        CONSTRAINT "CHK_webhook_subscriptions_url" CHECK ("url" ~ '^https?://' AND char_length("url") <= 2000),
        CONSTRAINT "CHK_webhook_subscriptions_secret" CHECK (char_length("secret") >= 32),
        CONSTRAINT "CHK_webhook_subscriptions_active" CHECK ("active" = ("deactivated_at" IS NULL))
      )`);
    // Fan-out looks up the active subscriptions of an event's organisations.
    await q.query(
      `CREATE INDEX "IDX_webhook_subscriptions_organisation" ON "webhook_subscriptions" ("organisation_id") WHERE "active"`,
    );

    await q.query(`
      CREATE TABLE "webhook_deliveries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "event_id" bigint NOT NULL,
        "subscription_id" uuid NOT NULL,
        "status" text NOT NULL DEFAULT 'PENDING',
        "attempts" integer NOT NULL DEFAULT 0,
        "next_attempt_at" timestamptz,
        "last_attempt_at" timestamptz,
        "last_status_code" integer,
        "last_error" text,
        "delivered_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_webhook_deliveries" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_webhook_deliveries_event_subscription" UNIQUE ("event_id", "subscription_id"),
        CONSTRAINT "FK_webhook_deliveries_event" FOREIGN KEY ("event_id") REFERENCES "outbox_events"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_webhook_deliveries_subscription" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_webhook_deliveries_status" CHECK ("status" IN ('PENDING','DELIVERED','FAILED')),
        CONSTRAINT "CHK_webhook_deliveries_attempts" CHECK ("attempts" >= 0),
        CONSTRAINT "CHK_webhook_deliveries_pending_due" CHECK ("status" <> 'PENDING' OR "next_attempt_at" IS NOT NULL),
        CONSTRAINT "CHK_webhook_deliveries_delivered_at" CHECK (("status" = 'DELIVERED') = ("delivered_at" IS NOT NULL)),
        CONSTRAINT "CHK_webhook_deliveries_last_error" CHECK (char_length("last_error") <= 300)
      )`);
    // The worker's queue: due pending deliveries, oldest first.
    await q.query(
      `CREATE INDEX "IDX_webhook_deliveries_due" ON "webhook_deliveries" ("next_attempt_at") WHERE "status" = 'PENDING'`,
    );
    // webhookDeliveries(subscriptionId): newest first.
    await q.query(
      `CREATE INDEX "IDX_webhook_deliveries_subscription" ON "webhook_deliveries" ("subscription_id", "created_at" DESC, "event_id" DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "webhook_deliveries"`);
    await q.query(`DROP TABLE "webhook_subscriptions"`);
  }
}
