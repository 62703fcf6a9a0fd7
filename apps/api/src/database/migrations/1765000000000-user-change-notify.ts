import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each app process keeps the user behind a token for a short while (AUTH_USER_CACHE_MS). A change
 * to a user row — deactivated, role or organisation changed, deleted — however it is made (the
 * app, a script, plain SQL), notifies every process listening on `plekwijzer_user_changed` with the
 * user's id when its transaction commits, so that they drop what they kept at once.
 */
export class UserChangeNotify1765000000000 implements MigrationInterface {
  name = 'UserChangeNotify1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION "notify_user_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('plekwijzer_user_changed', OLD.id::text);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER "users_notify_changed" AFTER UPDATE OR DELETE ON "users"
        FOR EACH ROW EXECUTE FUNCTION "notify_user_changed"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "users_notify_changed" ON "users"`);
    await q.query(`DROP FUNCTION "notify_user_changed"()`);
  }
}
