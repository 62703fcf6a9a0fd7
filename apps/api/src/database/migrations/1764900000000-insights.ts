import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Insights (issue 12): a snapshot of aggregate facts computed from an all-pairs pass of the engine,
 * written in one transaction so that readers always see the last complete one.
 *
 * The fact tables hold no participant id, name or reference: one row per active participant with
 * only the dimensions the published tables use (route, coaching organisation, municipality, language
 * band) and the outcome; one row per published place; one row per introduction with its proposal
 * day, status and reason. Only the insights module reads them (raw SQL, no entities), and every
 * figure it publishes goes through small-cell suppression.
 */
export class Insights1764900000000 implements MigrationInterface {
  name = 'Insights1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "insights_snapshots" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "started_at" timestamptz NOT NULL,
        "computed_at" timestamptz NOT NULL DEFAULT now(),
        "reference_date" date NOT NULL,
        "participants" integer NOT NULL,
        "places" integer NOT NULL,
        "duration_ms" integer NOT NULL,
        CONSTRAINT "PK_insights_snapshots" PRIMARY KEY ("id")
      )`);
    await q.query(`
      CREATE TABLE "insights_participant_facts" (
        "snapshot_id" bigint NOT NULL,
        "route" text NOT NULL,
        "target_group" text NOT NULL,
        "coaching_organisation_id" uuid NOT NULL,
        "municipality" text NOT NULL,
        "language_band" text NOT NULL,
        "match_count" integer NOT NULL CHECK ("match_count" >= 0),
        "near_miss_count" integer NOT NULL CHECK ("near_miss_count" >= 0),
        "top_blocker" text,
        "bottleneck" text NOT NULL,
        "fits" jsonb NOT NULL DEFAULT '{}'::jsonb,
        CONSTRAINT "FK_insights_participant_facts_snapshot" FOREIGN KEY ("snapshot_id")
          REFERENCES "insights_snapshots" ("id") ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX "IDX_insights_participant_facts_snapshot" ON "insights_participant_facts" ("snapshot_id")`,
    );
    await q.query(`
      CREATE TABLE "insights_placement_facts" (
        "snapshot_id" bigint NOT NULL,
        "placement_id" uuid NOT NULL,
        "organisation_id" uuid NOT NULL,
        "type" text NOT NULL,
        "sector" text NOT NULL,
        "language_threshold" text NOT NULL,
        "municipality" text NOT NULL,
        "capacity" integer NOT NULL,
        "free_spots" integer NOT NULL,
        "fitting_participants" integer NOT NULL,
        CONSTRAINT "PK_insights_placement_facts" PRIMARY KEY ("snapshot_id", "placement_id"),
        CONSTRAINT "FK_insights_placement_facts_snapshot" FOREIGN KEY ("snapshot_id")
          REFERENCES "insights_snapshots" ("id") ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE "insights_introduction_facts" (
        "snapshot_id" bigint NOT NULL,
        "proposed_on" date NOT NULL,
        "status" text NOT NULL,
        "reason" text,
        CONSTRAINT "FK_insights_introduction_facts_snapshot" FOREIGN KEY ("snapshot_id")
          REFERENCES "insights_snapshots" ("id") ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX "IDX_insights_introduction_facts_snapshot" ON "insights_introduction_facts" ("snapshot_id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "insights_introduction_facts"`);
    await q.query(`DROP TABLE "insights_placement_facts"`);
    await q.query(`DROP TABLE "insights_participant_facts"`);
    await q.query(`DROP TABLE "insights_snapshots"`);
  }
}
