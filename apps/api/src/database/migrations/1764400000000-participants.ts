import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A coach's caseload (issue: participants and the matching engine). */
export class Participants1764400000000 implements MigrationInterface {
  name = 'Participants1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "participants" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "coach_id" uuid NOT NULL,
        "client_reference" text NOT NULL,
        "nickname" text,
        "route" text NOT NULL,
        "target_group" text NOT NULL,
        "pip_date" date NOT NULL,
        "level_speaking" text NOT NULL,
        "level_listening" text NOT NULL,
        "level_reading" text NOT NULL,
        "level_writing" text NOT NULL,
        "other_languages" text array NOT NULL DEFAULT '{}',
        "home_pc4" char(4) NOT NULL,
        "travel_modes" text array NOT NULL,
        "max_travel_minutes" smallint NOT NULL,
        "availability" jsonb NOT NULL,
        "commitments" jsonb NOT NULL DEFAULT '[]'::jsonb,
        "available_from" date,
        "childcare_needed" boolean NOT NULL DEFAULT false,
        "children_ages" smallint array NOT NULL DEFAULT '{}',
        "childcare_covered" jsonb NOT NULL DEFAULT '[]'::jsonb,
        "max_hours_per_week" real NOT NULL,
        "physical_capacity" text NOT NULL,
        "interests" text array NOT NULL DEFAULT '{}',
        "consent_to_be_proposed" boolean NOT NULL DEFAULT false,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_participants" PRIMARY KEY ("id"),
        CONSTRAINT "FK_participants_coach" FOREIGN KEY ("coach_id") REFERENCES "users"("id"),
        CONSTRAINT "CHK_participants_route" CHECK ("route" IN ('Z_ROUTE','B1_ROUTE','ONDERWIJSROUTE','JONGERENROUTE')),
        CONSTRAINT "CHK_participants_travel" CHECK ("max_travel_minutes" BETWEEN 1 AND 180),
        CONSTRAINT "CHK_participants_hours" CHECK ("max_hours_per_week" > 0 AND "max_hours_per_week" <= 60)
      )`);
    await q.query(`CREATE INDEX "IDX_participants_coach" ON "participants" ("coach_id")`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_participants_coach_reference" ON "participants" ("coach_id", "client_reference")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "participants"`);
  }
}
