import { jest } from '@jest/globals';
import pg from 'pg';
import { createTestApp, testDatabasePrefix } from '@plekwijzer/test-support';

/**
 * The test app's own bookkeeping: a test that expects the app not to start must not leave a
 * database behind on the server (hundreds of runs would pile them up) nor a pool holding it open.
 */
const serverUrl = process.env.DATABASE_URL;
const describeOnServer = serverUrl ? describe : describe.skip;

describeOnServer('createTestApp when the app cannot start', () => {
  /** This process's test databases created at or after `since` (ms): names carry pid and time. */
  async function databasesSince(since: number): Promise<string[]> {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
        [testDatabasePrefix()],
      );
      // The time part is Date.now() in base 36, eight digits until the year 2059: it sorts as text.
      const from = since.toString(36);
      return rows
        .map((r) => r.datname)
        .filter((name) => name.slice(testDatabasePrefix().length).split('_')[0] >= from);
    } finally {
      await client.end();
    }
  }

  it('drops its database when a setting is refused', async () => {
    const since = Date.now();
    await expect(createTestApp({ env: { PORT: '-1' } })).rejects.toThrow(/PORT/);
    expect(await databasesSince(since)).toEqual([]);
  });

  it('closes the app and drops its database when start-up fails after the settings were read', async () => {
    const since = Date.now();
    const nobody = new URL(serverUrl!);
    nobody.username = 'plekwijzer_no_such_role';
    // Nest's testing logger prints each failed connection attempt with its stack; expected here.
    const quiet = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await expect(createTestApp({ env: { MIGRATION_DATABASE_URL: nobody.toString() } })).rejects.toThrow(
        /plekwijzer_no_such_role/,
      );
    } finally {
      quiet.mockRestore();
    }
    expect(await databasesSince(since)).toEqual([]);
  });

  it('still leaves a working app when start-up succeeds, and drops its database on close', async () => {
    const since = Date.now();
    const t = await createTestApp();
    const [mine] = await databasesSince(since);
    expect(mine).toBeDefined();
    expect((await t.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    await t.close();
    expect(await databasesSince(since)).toEqual([]);
  });
});
