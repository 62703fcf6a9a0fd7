import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Each test file gets its own PostgreSQL database on the server named by DATABASE_URL (created
 * here, dropped WITH (FORCE) afterwards), so files run in parallel without seeing each other's
 * rows. Without DATABASE_URL, tests use an in-memory embedded PGlite.
 */
export interface TestDatabase {
  /** DATABASE_URL for the app, or undefined for embedded PGlite. */
  url: string | undefined;
  drop(): Promise<void>;
}

/**
 * The start of the names of the databases this process creates. A test file runs in one Jest
 * worker, so a test can tell its own databases from those of files running beside it.
 */
export function testDatabasePrefix(): string {
  return `plekwijzer_test_${process.pid}_`;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { url: undefined, drop: async () => undefined };
  const name = `${testDatabasePrefix()}${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
