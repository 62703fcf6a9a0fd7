import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations, users and places (issue: foundation and the placements marketplace). */
export class Foundation1764300000000 implements MigrationInterface {
  name = 'Foundation1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "organisations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" text NOT NULL,
        "name" text NOT NULL,
        "kvk_number" char(8),
        "street" text NOT NULL,
        "postcode" text NOT NULL,
        "pc4" char(4) NOT NULL,
        "city" text NOT NULL,
        "contact_name" text NOT NULL,
        "contact_email" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_organisations" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_organisations_kvk" UNIQUE ("kvk_number"),
        CONSTRAINT "CHK_organisations_kind" CHECK ("kind" IN ('EMPLOYER','PARTNER','COACHING')),
        CONSTRAINT "CHK_organisations_kvk" CHECK ("kvk_number" IS NULL OR "kvk_number" ~ '^[0-9]{8}$')
      )`);
    await q.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "role" text NOT NULL,
        "display_name" text NOT NULL,
        "email" text NOT NULL,
        "external_subject" text,
        "active" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_users" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_users_email" UNIQUE ("email"),
        CONSTRAINT "UQ_users_external_subject" UNIQUE ("external_subject"),
        CONSTRAINT "CHK_users_role" CHECK ("role" IN ('ADMIN','COACH','EMPLOYER','PARTNER','ANALYST')),
        CONSTRAINT "FK_users_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id")
      )`);
    await q.query(`
      CREATE TABLE "placements" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "type" text NOT NULL,
        "status" text NOT NULL,
        "title" text NOT NULL,
        "description" text,
        "sector" text,
        "street" text,
        "postcode" text,
        "pc4" char(4),
        "city" text,
        "lat" double precision,
        "lon" double precision,
        "language_requirements" jsonb NOT NULL DEFAULT '[]'::jsonb,
        "max_required_level" smallint NOT NULL DEFAULT 0,
        "support_buddy" boolean NOT NULL DEFAULT false,
        "support_supervisor" boolean NOT NULL DEFAULT false,
        "staff_languages" text array NOT NULL DEFAULT '{}',
        "dutch_speaking_environment" boolean,
        "schedule" jsonb,
        "start_date" date,
        "end_date" date,
        "childcare_kind" text NOT NULL DEFAULT 'NONE',
        "childcare_min_age" smallint,
        "childcare_max_age" smallint,
        "physical_load" text,
        "wheelchair_accessible" boolean NOT NULL DEFAULT false,
        "capacity" integer,
        "open_to_routes" text array NOT NULL DEFAULT '{}',
        "open_to_target_groups" text array NOT NULL DEFAULT '{}',
        "map_practice" boolean NOT NULL DEFAULT false,
        "compensation" text NOT NULL DEFAULT 'NONE',
        "published_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_placements" PRIMARY KEY ("id"),
        CONSTRAINT "FK_placements_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id"),
        CONSTRAINT "CHK_placements_status" CHECK ("status" IN ('DRAFT','PUBLISHED','PAUSED','CLOSED')),
        CONSTRAINT "CHK_placements_capacity" CHECK ("capacity" IS NULL OR "capacity" >= 1),
        CONSTRAINT "CHK_placements_dates" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"),
        -- The database refuses a published place with holes, whatever the application does.
        CONSTRAINT "CHK_placements_published_complete" CHECK (
          "status" = 'DRAFT' OR (
            "description" IS NOT NULL AND "sector" IS NOT NULL AND "pc4" IS NOT NULL AND "lat" IS NOT NULL
            AND "schedule" IS NOT NULL AND "start_date" IS NOT NULL AND "physical_load" IS NOT NULL
            AND "capacity" IS NOT NULL AND "dutch_speaking_environment" IS NOT NULL
            AND cardinality("open_to_routes") > 0 AND cardinality("open_to_target_groups") > 0))
      )`);
    await q.query(`CREATE INDEX "IDX_placements_organisation" ON "placements" ("organisation_id")`);
    await q.query(`CREATE INDEX "IDX_placements_status_type" ON "placements" ("status", "type")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "placements"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP TABLE "organisations"`);
  }
}
