/**
 * The SearchIndex contract, run against PostgreSQL always (the server named by DATABASE_URL, or
 * embedded PGlite without it) and against Meilisearch only when MEILI_URL is set. Without
 * MEILI_URL the Meilisearch run is reported as skipped — it never passes as if it had run.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '@plekwijzer/config';
import { createDatabase, type DatabaseHandle } from '@plekwijzer/database';
import {
  MeilisearchSearchAdapter,
  meilisearchSettings,
  PostgresSearchAdapter,
  settingsMatch,
} from '@plekwijzer/search';
import { searchIndexContract } from '../libs/search/src/testing/contract.js';
import { ALL_CONTRACT_DOCUMENTS, CONTRACT_DOCUMENTS } from '../libs/search/src/testing/contract-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../libs/testing/src/test-database.js';
import { ENTITIES } from '@plekwijzer/api/database/entities.js';
import { MIGRATIONS } from '@plekwijzer/api/database/migrations/index.js';
import {
  Search1764700000000,
  SEARCH_TRIGRAM_SQL,
} from '@plekwijzer/api/database/migrations/1764700000000-search.js';
import { runMigrations } from '@plekwijzer/api/database/database.module.js';

const migrations = MIGRATIONS.some((m) => (m as unknown) === Search1764700000000)
  ? MIGRATIONS
  : [...MIGRATIONS, Search1764700000000];
const onServer = Boolean(process.env.DATABASE_URL);

/** One migrated database for this file, opened on first use. */
let opened: Promise<{ handle: DatabaseHandle; database: TestDatabase }> | undefined;
function database(): Promise<{ handle: DatabaseHandle; database: TestDatabase }> {
  opened ??= (async () => {
    const database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      PGLITE_DATA_DIR: 'memory://',
      ...(database.url ? { DATABASE_URL: database.url } : {}),
    });
    const handle = await createDatabase(config, { entities: ENTITIES, migrations });
    await handle.dataSource.initialize();
    await runMigrations(handle);
    return { handle, database };
  })();
  return opened;
}

afterAll(async () => {
  if (!opened) return;
  const { handle, database: db } = await opened;
  await handle.close();
  await db.drop();
}, 60_000);

searchIndexContract(`PostgreSQL (${onServer ? 'server' : 'embedded PGlite'})`, async () => {
  const { handle } = await database();
  return { index: new PostgresSearchAdapter(handle.dataSource) };
});

describe('PostgreSQL adapter specifics', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = (await database()).handle;
  }, 120_000);

  it('has typo tolerance where pg_trgm is installed (the migration installed it here)', async () => {
    const capabilities = await new PostgresSearchAdapter(handle.dataSource).capabilities();
    expect(capabilities).toEqual({ adapter: 'postgres', typoTolerance: true, notes: [] });
  });

  it('without pg_trgm still finds words, forms and prefixes, only not typos, and says so', async () => {
    const notices: string[] = [];
    const adapter = new PostgresSearchAdapter(handle.dataSource, {
      trigram: false,
      onNotice: (m) => notices.push(m),
    });
    await adapter.index(ALL_CONTRACT_DOCUMENTS);
    const ids = async (text: string) =>
      (await adapter.search({ text, first: 100, offset: 0 })).hits.map((h) => h.id);
    expect((await ids('magazijnen'))[0]).toBe(CONTRACT_DOCUMENTS.magazijn.id);
    expect(await ids('vrijwill')).toContain(CONTRACT_DOCUMENTS.kinderboerderij.id);
    expect(await ids('fietsemaker')).not.toContain(CONTRACT_DOCUMENTS.fietsenmaker.id);
    const capabilities = await adapter.capabilities();
    expect(capabilities.typoTolerance).toBe(false);
    expect(capabilities.notes).toHaveLength(1);
  });

  it('lists everything for a query of stop words only (instead of nothing)', async () => {
    const adapter = new PostgresSearchAdapter(handle.dataSource);
    const result = await adapter.search({ text: 'de het een met', first: 100, offset: 0 });
    expect(result.total).toBe(await adapter.count());
  });

  it('keeps the tsvector weighted: title A, sector and organisation B, description C', async () => {
    const [row] = await handle.dataSource.query<Array<{ v: string }>>(
      `SELECT "search_vector"::text AS v FROM "search_documents" WHERE "id" = $1`,
      [CONTRACT_DOCUMENTS.voedselbank.id],
    );
    expect(row.v).toMatch(/'uitgift':\d+A/);
    expect(row.v).toMatch(/'voedselbank':\d+B/);
    expect(row.v).toMatch(/'welzijn':\d+B/);
    expect(row.v).toMatch(/'pakket':[\dA-D,]*\d+C/);
  });

  it('reports missing search tables plainly instead of failing in SQL', async () => {
    const adapter = new PostgresSearchAdapter({
      query: async <T>(sql: string, params?: unknown[]) =>
        (sql.includes('pg_class') ? [{ tables: 0, trgm: false }] : handle.dataSource.query(sql, params)) as T,
    });
    await expect(adapter.search({ text: 'x', first: 1, offset: 0 })).rejects.toThrow(/run the migrations/);
  });

  (onServer ? it : it.skip)(
    onServer
      ? 'migrates without pg_trgm when the role may not install it, and installs it once the role may'
      : 'migrates without pg_trgm when the role may not install it — SKIPPED on PGlite: needs a PostgreSQL server with roles',
    async () => {
      const extra = await createTestDatabase();
      const role = `plekwijzer_search_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: extra.url });
      await admin.connect();
      const asRole = new URL(extra.url!);
      asRole.username = role;
      asRole.password = '';
      const client = new pg.Client({ connectionString: asRole.toString() });
      try {
        await admin.query(`CREATE ROLE "${role}" LOGIN`);
        await admin.query(`GRANT CREATE ON SCHEMA public TO "${role}"`);
        await client.connect();
        const notices: string[] = [];
        client.on('notice', (n) => notices.push(n.message ?? ''));
        await client.query(`CREATE TABLE "search_terms" ("term" text PRIMARY KEY)`);

        await client.query(SEARCH_TRIGRAM_SQL);
        expect(notices.join('\n')).toMatch(/pg_trgm could not be installed \(insufficient privilege\)/);
        const none = await admin.query(
          `SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'pg_trgm'`,
        );
        expect(none.rows[0].n).toBe(0);

        // pg_trgm is a trusted extension: CREATE on the database is enough.
        const dbName = new URL(extra.url!).pathname.slice(1);
        await admin.query(`GRANT CREATE ON DATABASE "${dbName}" TO "${role}"`);
        await client.query(SEARCH_TRIGRAM_SQL);
        const installed = await admin.query(
          `SELECT (SELECT count(*)::int FROM pg_extension WHERE extname = 'pg_trgm') AS ext,
                  (SELECT count(*)::int FROM pg_indexes WHERE indexname = 'IDX_search_terms_trgm') AS idx`,
        );
        expect(installed.rows[0]).toEqual({ ext: 1, idx: 1 });
      } finally {
        await client.end().catch(() => undefined);
        await admin.end();
        await extra.drop();
        const cleanup = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await cleanup.connect();
        await cleanup.query(`DROP ROLE IF EXISTS "${role}"`).finally(() => cleanup.end());
      }
    },
    60_000,
  );
});

const MEILI_URL = process.env.MEILI_URL;
if (MEILI_URL) {
  const uid = `plekwijzer_contract_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  searchIndexContract(`Meilisearch at ${new URL(MEILI_URL).host}`, async () => {
    const adapter = new MeilisearchSearchAdapter({
      host: MEILI_URL,
      apiKey: process.env.MEILI_API_KEY,
      indexUid: uid,
    });
    return { index: adapter, cleanup: () => adapter.dropIndex() };
  });

  describe('Meilisearch settings', () => {
    const settingsUid = `${uid}_settings`;
    const adapter = new MeilisearchSearchAdapter({
      host: MEILI_URL,
      apiKey: process.env.MEILI_API_KEY,
      indexUid: settingsUid,
    });
    afterAll(() => adapter.dropIndex(), 60_000);

    it('applies the settings at start and finds nothing to change the second time', async () => {
      await adapter.init();
      const { Meilisearch } = await import('meilisearch');
      const client = new Meilisearch({ host: MEILI_URL, apiKey: process.env.MEILI_API_KEY });
      expect(settingsMatch(await client.index(settingsUid).getSettings(), meilisearchSettings())).toBe(true);
      await new MeilisearchSearchAdapter({
        host: MEILI_URL,
        apiKey: process.env.MEILI_API_KEY,
        indexUid: settingsUid,
      }).init();
      expect(settingsMatch(await client.index(settingsUid).getSettings(), meilisearchSettings())).toBe(true);
    }, 60_000);
  });
} else {
  console.warn('Meilisearch contract suite skipped: MEILI_URL not set');
  describe.skip('SearchIndex contract: Meilisearch — SKIPPED: MEILI_URL is not set, so no Meilisearch server was tested', () => {
    it('runs the same contract against Meilisearch when MEILI_URL (and MEILI_API_KEY) point at a server', () =>
      undefined);
  });
}
