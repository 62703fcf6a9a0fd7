import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys on every create (issue 10): each key row also keeps a short hash per input
 * field, so that a retry with the same key and a different input is refused with the fields that
 * changed, not just "different". Hashes only: the input itself (personal data, for a participant)
 * is not copied here. Rows written before this migration have none and name only the key.
 */
export class IdempotencyFields1764820000000 implements MigrationInterface {
  name = 'IdempotencyFields1764820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "idempotency_keys" ADD COLUMN "request_fields" jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "idempotency_keys" DROP COLUMN "request_fields"`);
  }
}
