import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hours outside placements and the MAP in time (issue 10, parts 4 and 5).
 *
 * hours_entries: an entry is either at an introduction (activity PLACEMENT, the place says whether it
 * is a Dutch-speaking environment) or an activity the coach logs for their participant without one
 * (Stap-in/PVT, taalcafé, other), which then carries its own Dutch-speaking flag. A CHECK keeps the
 * two kinds apart, so no row can be half of each. participant_id, always filled, now references the
 * participant: an entry without an introduction goes when the participant is removed.
 *
 * participants: the facts a MAP exemption follows from — paid work per week, and an exemption the
 * coach recorded. The exemption itself is derived (see progress), so it cannot disagree with them.
 */
export class ParticipationHours1764810000000 implements MigrationInterface {
  name = 'ParticipationHours1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "hours_entries" ALTER COLUMN "introduction_id" DROP NOT NULL`);
    await q.query(`
      ALTER TABLE "hours_entries"
        ADD COLUMN "activity" text NOT NULL DEFAULT 'PLACEMENT',
        ADD COLUMN "dutch_speaking_environment" boolean,
        ADD COLUMN "note" text,
        ADD CONSTRAINT "FK_hours_participant" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE,
        ADD CONSTRAINT "CHK_hours_activity" CHECK ("activity" IN ('PLACEMENT','STAP_IN_PVT','TAALCAFE','OTHER_ACTIVITY')),
        ADD CONSTRAINT "CHK_hours_note_length" CHECK (char_length("note") <= 500),
        ADD CONSTRAINT "CHK_hours_placement_or_activity" CHECK (
          ("introduction_id" IS NOT NULL AND "activity" = 'PLACEMENT' AND "dutch_speaking_environment" IS NULL AND "note" IS NULL)
          OR ("introduction_id" IS NULL AND "activity" <> 'PLACEMENT' AND "dutch_speaking_environment" IS NOT NULL AND "source" = 'COACH')
        )`);
    // One current entry per participant, activity and day, as per introduction and day for places.
    await q.query(
      `CREATE UNIQUE INDEX "UQ_hours_current_activity_day" ON "hours_entries" ("participant_id", "activity", "work_date") WHERE "introduction_id" IS NULL AND "superseded_at" IS NULL`,
    );
    await q.query(`
      ALTER TABLE "participants"
        ADD COLUMN "paid_work_hours_per_week" real,
        ADD COLUMN "map_exemption_recorded" boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT "CHK_participants_paid_work_hours" CHECK ("paid_work_hours_per_week" >= 0 AND "paid_work_hours_per_week" <= 60)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "participants"
        DROP CONSTRAINT "CHK_participants_paid_work_hours",
        DROP COLUMN "map_exemption_recorded",
        DROP COLUMN "paid_work_hours_per_week"`);
    await q.query(`DROP INDEX "UQ_hours_current_activity_day"`);
    // Entries without an introduction cannot exist before this migration.
    await q.query(`DELETE FROM "hours_entries" WHERE "introduction_id" IS NULL`);
    await q.query(`
      ALTER TABLE "hours_entries"
        DROP CONSTRAINT "CHK_hours_placement_or_activity",
        DROP CONSTRAINT "CHK_hours_note_length",
        DROP CONSTRAINT "CHK_hours_activity",
        DROP CONSTRAINT "FK_hours_participant",
        DROP COLUMN "note",
        DROP COLUMN "dutch_speaking_environment",
        DROP COLUMN "activity"`);
    await q.query(`ALTER TABLE "hours_entries" ALTER COLUMN "introduction_id" SET NOT NULL`);
  }
}
