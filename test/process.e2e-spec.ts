import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import {
  createTestDatabase,
  insertStandardActors,
  TEST_JWT_SECRET,
  type TestDatabase,
} from '@plekwijzer/test-support';
import { signLocalToken } from '@plekwijzer/api/modules/auth/token-verifier.service.js';
import { participant } from './hardening-fixtures.js';

/**
 * Issue 9 §1.6 and the shutdown finding, on the built app as it runs in production: a run full of
 * canary values leaves none of them in the logs, and SIGTERM ends the process with exit code 0.
 */
const root = process.cwd();
const outDir = join(root, '.build-test', randomBytes(4).toString('hex'));
const CANARY = 'Kanarie7731';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(() => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: root });
  execFileSync(
    'npx',
    ['tsc-alias', '-p', 'tsconfig.build.json', '--outDir', outDir, '--resolve-full-paths'],
    {
      cwd: root,
    },
  );
}, 240_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the built app as a process', () => {
  let database: TestDatabase;
  let child: ChildProcess;
  let output = '';
  let exit: Promise<{ code: number | null; signal: string | null }>;
  let url: string;
  let db: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    const port = await freePort();
    url = `http://127.0.0.1:${port}/graphql`;
    child = spawn(process.execPath, [join(outDir, 'apps/api/src/main.js')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'development',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'trace',
        SEED_DEMO: 'false',
        GRAPHQL_IDE: 'false',
        JWT_SECRET: TEST_JWT_SECRET,
        DB_LOCK_TIMEOUT_MS: '300',
        RATE_LIMIT_ENABLED: 'false',
        SEARCH_INDEXER_ENABLED: 'false',
        WEBHOOKS_ENABLED: 'false',
        ...(database.url ? { DATABASE_URL: database.url } : { PGLITE_DATA_DIR: 'memory://' }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const started = Date.now();
    while (!output.includes('is listening on')) {
      if (Date.now() - started > 60_000 || child.exitCode !== null)
        throw new Error(`did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
  }, 240_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await db?.end();
    await database?.drop();
  });

  const gql = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as {
      data?: Record<string, Record<string, { id: string }>>;
      errors?: Array<{ extensions: { code: string } }>;
    };
  };

  it('logs none of the canary values of a run full of them', async () => {
    const ds = {
      query: async (sql: string, params: unknown[]): Promise<unknown[]> =>
        (await db.query(sql, params)).rows as unknown[],
    } as unknown as DataSource;
    const actors = await insertStandardActors(ds);
    const token = await signLocalToken(
      { secret: TEST_JWT_SECRET, issuer: 'plekwijzer-local', audience: 'plekwijzer' },
      actors.coach,
      '1h',
    );
    const CREATE = `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { participant { id } } }`;
    // A NUL byte in the nickname: a field error now (once a database error logged with its parameters).
    const nul = await gql(
      CREATE,
      { input: participant({ nickname: `${CANARY}\u0000`, clientReference: `${CANARY}-1` }) },
      token,
    );
    expect(nul.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const created = await gql(
      CREATE,
      {
        input: participant({
          nickname: `${CANARY}nick`,
          clientReference: `${CANARY}-2`,
          homePostcode: '3811 CA',
        }),
      },
      token,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createParticipant.participant.id;
    // The same reference again: a unique violation, answered as a field error.
    const duplicate = await gql(
      CREATE,
      { input: participant({ nickname: `${CANARY}dup`, clientReference: `${CANARY}-2` }) },
      token,
    );
    expect(duplicate.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    // A database error carrying the canary as a query parameter: the update waits on a held row
    // lock and fails with lock_timeout, logged as an outage.
    await db.query('BEGIN');
    await db.query('SELECT 1 FROM participants WHERE id = $1 FOR UPDATE', [id]);
    const locked = await gql(
      `mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) { participant { id } } }`,
      { input: { participantId: id, nickname: `${CANARY}locked` } },
      token,
    );
    await db.query('ROLLBACK');
    expect(locked.errors?.[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    // A wrong id and a bad query carrying the canary.
    await gql(`query($id: ID!) { participant(id: $id) { id } }`, { id: `${CANARY}-id` }, token);
    await gql(`{ caseload(first: 1) { edges { node { ${CANARY} } } } }`, {}, token);

    await new Promise((r) => setTimeout(r, 300));
    // The run was logged (the outage among it), and no canary with it.
    expect(output).toMatch(/Service unavailable/);
    expect(output).toMatch(/55P03/);
    expect(output).not.toContain(CANARY);
    // Each request's line names its operation and the user by id; never by name or e-mail address.
    const lines = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const completed = lines.filter((l) => l.msg === 'request completed' && l.userId === actors.coach.id);
    // Five of the six requests above reached a resolver; the invalid query was refused before
    // anyone was signed in, so its line names no user.
    expect(completed).toHaveLength(5);
    expect(completed[0]).toMatchObject({
      operation: 'anonymous',
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
    expect(Object.keys(completed[0].res as object)).toEqual(['statusCode']);
    expect(JSON.stringify(completed)).not.toContain('@example.nl');
  });

  it('exits with code 0 after SIGTERM', async () => {
    child.kill('SIGTERM');
    const { code, signal } = await exit;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(output).not.toContain(CANARY);
  }, 30_000);
});

const onServer = Boolean(process.env.DATABASE_URL);

/** GraphQL over a new connection each time, so that the cluster hands requests to every worker. */
function post(url: string, query: string, token: string): Promise<{ code?: string; pid?: number }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query });
    const req = httpRequest(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          const parsed = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
          resolve({ code: parsed.errors?.[0]?.extensions?.code });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

(onServer ? describe : describe.skip)(
  `several processes on one port (API_PROCESSES)${onServer ? '' : ' — SKIPPED on PGlite: one process per embedded database'}`,
  () => {
    let database: TestDatabase;
    let child: ChildProcess;
    let output = '';
    let exit: Promise<{ code: number | null; signal: string | null }>;
    let url: string;
    let db: pg.Client;

    beforeAll(async () => {
      database = await createTestDatabase();
      const port = await freePort();
      url = `http://127.0.0.1:${port}/graphql`;
      child = spawn(process.execPath, [join(outDir, 'apps/api/src/main.js')], {
        cwd: root,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'development',
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
          SEED_DEMO: 'false',
          GRAPHQL_IDE: 'false',
          JWT_SECRET: TEST_JWT_SECRET,
          RATE_LIMIT_ENABLED: 'false',
          SEARCH_INDEXER_ENABLED: 'false',
          WEBHOOKS_ENABLED: 'false',
          API_PROCESSES: '2',
          DATABASE_URL: database.url!,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
      const started = Date.now();
      while ((output.match(/is listening on/g) ?? []).length < 2) {
        if (Date.now() - started > 90_000 || child.exitCode !== null)
          throw new Error(`did not start two workers:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      db = new pg.Client({ connectionString: database.url });
      await db.connect();
    }, 120_000);

    afterAll(async () => {
      if (child && child.exitCode === null) child.kill('SIGKILL');
      await db?.end();
      await database?.drop();
    });

    it('serves from two workers, and every worker refuses a user once deactivated', async () => {
      const ds = {
        query: async (sql: string, params: unknown[]): Promise<unknown[]> =>
          (await db.query(sql, params)).rows as unknown[],
      } as unknown as DataSource;
      const actors = await insertStandardActors(ds);
      const token = await signLocalToken(
        { secret: TEST_JWT_SECRET, issuer: 'plekwijzer-local', audience: 'plekwijzer' },
        actors.coach,
        '1h',
      );
      for (let i = 0; i < 12; i++) expect(await post(url, '{ me { id } }', token)).toEqual({});
      // Both workers answered (each logs its requests with its own pid).
      const pids = new Set(
        output
          .split('\n')
          .filter((line) => line.includes('"url":"/graphql"'))
          .map((line) => (JSON.parse(line) as { pid: number }).pid),
      );
      expect(pids.size).toBe(2);

      // Both workers keep the coach now; deactivated, they are refused by every worker at once.
      await db.query('UPDATE users SET active = false WHERE id = $1', [actors.coach.id]);
      await new Promise((r) => setTimeout(r, 200));
      for (let i = 0; i < 12; i++)
        expect(await post(url, '{ me { id } }', token)).toEqual({ code: 'UNAUTHENTICATED' });
    });

    it('stops every worker and exits with code 0 after SIGTERM', async () => {
      child.kill('SIGTERM');
      const { code, signal } = await exit;
      expect({ code, signal }).toEqual({ code: 0, signal: null });
    }, 30_000);
  },
);
