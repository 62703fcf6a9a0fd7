import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createTestApp, insertStandardActors, type TestApp } from '@plekwijzer/test-support';
import { participant } from './hardening-fixtures.js';

/**
 * Issue 9 §1.5: with MIGRATION_DATABASE_URL the app migrates as an owner role and runs as a
 * runtime role that owns nothing: it cannot switch the audit guard off, nor change or delete audit
 * rows. This test makes its own roles and database on the server of DATABASE_URL (a superuser).
 */
const serverUrl = process.env.DATABASE_URL;
const describeOnServer = serverUrl ? describe : describe.skip;

describeOnServer('audit log protection by database roles', () => {
  const suffix = randomBytes(4).toString('hex');
  const ownerRole = `pw_owner_${suffix}`;
  const appRole = `pw_app_${suffix}`;
  const dbName = `plekwijzer_roles_${suffix}`;
  const urlAs = (role: string) => {
    const url = new URL(serverUrl!);
    url.username = role;
    url.password = '';
    url.pathname = `/${dbName}`;
    return url.toString();
  };
  const admin = () => new pg.Client({ connectionString: serverUrl });
  let t: TestApp;
  let asApp: pg.Client;

  beforeAll(async () => {
    const c = admin();
    await c.connect();
    try {
      await c.query(`CREATE ROLE ${ownerRole} LOGIN`);
      await c.query(`CREATE ROLE ${appRole} LOGIN`);
      await c.query(`CREATE DATABASE ${dbName} OWNER ${ownerRole}`);
    } finally {
      await c.end();
    }
    const c2 = new pg.Client({ connectionString: urlAs(process.env.PGUSER ?? new URL(serverUrl!).username) });
    await c2.connect();
    await c2.query(`ALTER SCHEMA public OWNER TO ${ownerRole}`);
    await c2.end();
    t = await createTestApp({
      env: { DATABASE_URL: urlAs(appRole), MIGRATION_DATABASE_URL: urlAs(ownerRole) },
    });
    asApp = new pg.Client({ connectionString: urlAs(appRole) });
    await asApp.connect();
  });

  afterAll(async () => {
    await asApp?.end();
    await t?.close();
    const c = admin();
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await c.query(`DROP ROLE IF EXISTS ${appRole}`);
      await c.query(`DROP ROLE IF EXISTS ${ownerRole}`);
    } finally {
      await c.end();
    }
  });

  it('runs the app as the runtime role, which writes and reads audit rows', async () => {
    const [{ user }]: Array<{ user: string }> = await t.dataSource.query('SELECT current_user AS user');
    expect(user).toBe(appRole);
    const actors = await insertStandardActors(t.dataSource);
    const res = await t.gql(
      `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { participant { id } } }`,
      { input: participant() },
      await t.tokenFor(actors.coach),
    );
    expect(res.errors).toBeUndefined();
    const rows = await asApp.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'PARTICIPANT_CREATED'`,
    );
    expect(rows.rows[0].n).toBe(1);
  });

  it('the runtime role owns no table', async () => {
    const rows = await asApp.query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`,
    );
    expect(rows.rows[0].n).toBe(0);
  });

  it('the runtime role cannot disable the audit guard', async () => {
    await expect(asApp.query('ALTER TABLE audit_log DISABLE TRIGGER ALL')).rejects.toThrow(
      /owner|permission/,
    );
    await expect(
      asApp.query('ALTER TABLE audit_log DISABLE TRIGGER "TRG_audit_log_no_update"'),
    ).rejects.toThrow(/owner|permission/);
  });

  it('the runtime role cannot update, delete or truncate audit rows', async () => {
    await expect(asApp.query(`UPDATE audit_log SET action = 'NOTHING'`)).rejects.toThrow(/permission denied/);
    await expect(asApp.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
    await expect(asApp.query('TRUNCATE audit_log')).rejects.toThrow(/permission denied/);
    const rows = await asApp.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'NOTHING'`);
    expect(rows.rows[0].n).toBe(0);
  });
});
