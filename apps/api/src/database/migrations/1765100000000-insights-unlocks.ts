import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Insights, second part (issue 12): per active participant without a match, which one-step
 * relaxations of their own data would give them one ("what one change unlocks most"), and their risk
 * on the 800 participation hours and the MAP hours; per introduction, the days from proposal to
 * start; approved hours per quarter and per who logged them; the week parts (weekday morning,
 * afternoon, evening, weekend) of each place and where each participant is free, and whether they
 * need childcare; per place, how many more participants would fit it if it lowered its language
 * threshold a level, widened its hours or offered childcare (for the employer's own figures).
 */
export class InsightsUnlocks1765100000000 implements MigrationInterface {
  name = 'InsightsUnlocks1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "insights_participant_facts" ADD COLUMN "unlocked_by" jsonb NOT NULL DEFAULT '[]'::jsonb,
         ADD COLUMN "participation_risk" text, ADD COLUMN "map_risk" text,
         ADD COLUMN "free_parts" jsonb NOT NULL DEFAULT '[]'::jsonb,
         ADD COLUMN "needs_childcare" boolean NOT NULL DEFAULT false`,
    );
    await q.query(
      `ALTER TABLE "insights_placement_facts" ADD COLUMN "week_parts" jsonb NOT NULL DEFAULT '[]'::jsonb,
         ADD COLUMN "more_if_language" integer NOT NULL DEFAULT 0,
         ADD COLUMN "more_if_hours" integer NOT NULL DEFAULT 0,
         ADD COLUMN "more_if_childcare" integer NOT NULL DEFAULT 0`,
    );
    await q.query(
      `ALTER TABLE "insights_introduction_facts" ADD COLUMN "days_to_start" integer CHECK ("days_to_start" >= 0)`,
    );
    await q.query(`
      CREATE TABLE "insights_hours_facts" (
        "snapshot_id" bigint NOT NULL,
        "quarter" text NOT NULL,
        "source" text NOT NULL,
        "participants" integer NOT NULL CHECK ("participants" >= 0),
        "hours" numeric(10, 2) NOT NULL,
        CONSTRAINT "FK_insights_hours_facts_snapshot" FOREIGN KEY ("snapshot_id")
          REFERENCES "insights_snapshots" ("id") ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX "IDX_insights_hours_facts_snapshot" ON "insights_hours_facts" ("snapshot_id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "insights_hours_facts"`);
    await q.query(`ALTER TABLE "insights_introduction_facts" DROP COLUMN "days_to_start"`);
    await q.query(
      `ALTER TABLE "insights_placement_facts" DROP COLUMN "week_parts", DROP COLUMN "more_if_language",
         DROP COLUMN "more_if_hours", DROP COLUMN "more_if_childcare"`,
    );
    await q.query(
      `ALTER TABLE "insights_participant_facts" DROP COLUMN "unlocked_by", DROP COLUMN "participation_risk",
         DROP COLUMN "map_risk", DROP COLUMN "free_parts", DROP COLUMN "needs_childcare"`,
    );
  }
}
