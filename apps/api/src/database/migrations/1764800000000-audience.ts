import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who a place is for (issue 10): everyone, women or men; the language a group is held in (null:
 * Dutch); a participant's gender, recorded only when a women's or men's place makes it matter; and
 * a participant's wish for paid work. A place held in another language is no Dutch-speaking
 * environment: the service refuses the combination field by field, the database refuses it too.
 */
export class Audience1764800000000 implements MigrationInterface {
  name = 'Audience1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "placements"
        ADD COLUMN "audience" text NOT NULL DEFAULT 'EVERYONE',
        ADD COLUMN "group_language" text,
        ADD CONSTRAINT "CHK_placements_audience" CHECK ("audience" IN ('EVERYONE','WOMEN','MEN')),
        ADD CONSTRAINT "CHK_placements_group_language" CHECK ("group_language" IS NULL OR "group_language" ~ '^[a-z]{2}$'),
        ADD CONSTRAINT "CHK_placements_group_language_not_dutch" CHECK (
          "group_language" IS NULL OR "dutch_speaking_environment" IS NOT TRUE
        )`);
    await q.query(`
      ALTER TABLE "participants"
        ADD COLUMN "gender" text,
        ADD COLUMN "compensation_preference" text NOT NULL DEFAULT 'NO_PREFERENCE',
        ADD CONSTRAINT "CHK_participants_gender" CHECK ("gender" IS NULL OR "gender" IN ('FEMALE','MALE')),
        ADD CONSTRAINT "CHK_participants_compensation_preference" CHECK (
          "compensation_preference" IN ('NO_PREFERENCE','PAID_PREFERRED','PAID_ONLY')
        )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "participants"
        DROP CONSTRAINT "CHK_participants_compensation_preference",
        DROP CONSTRAINT "CHK_participants_gender",
        DROP COLUMN "compensation_preference",
        DROP COLUMN "gender"`);
    await q.query(`
      ALTER TABLE "placements"
        DROP CONSTRAINT "CHK_placements_group_language_not_dutch",
        DROP CONSTRAINT "CHK_placements_group_language",
        DROP CONSTRAINT "CHK_placements_audience",
        DROP COLUMN "group_language",
        DROP COLUMN "audience"`);
  }
}
