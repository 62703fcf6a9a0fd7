import request from 'supertest';
import { insertStandardActors } from '@plekwijzer/testing';
import { createTestApp, type TestApp } from '@plekwijzer/test-support';
import { MatcherCache } from '@plekwijzer/api/modules/matching/matcher-cache.service.js';
import { OutboxService } from '@plekwijzer/api/modules/notifications/outbox.service.js';

/** The value of one sample line of a Prometheus text answer, or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(/,(?=[a-zA-Z_]+=")/).filter(Boolean);
    if (wanted.every((w) => present.includes(w)) && present.length === wanted.length) return Number(match[3]);
  }
  return undefined;
}

const PLACE = {
  type: 'PARTICIPATIEPLEK',
  title: 'Vakkenvuller in de ochtend',
  description: 'Vakken vullen met een buddy naast je.',
  sector: 'DETAILHANDEL',
  location: { street: 'Hof 1', postcode: '3811 CJ', city: 'Amersfoort' },
  languageRequirements: [{ skill: 'SPEAKING', level: 'A1', required: true }],
  dutchSpeakingEnvironment: true,
  schedule: { kind: 'FIXED', shifts: [{ day: 'MON', start: '09:00', end: '12:30' }] },
  startDate: '2026-12-01',
  physicalLoad: 'MEDIUM',
  capacity: 2,
  openToRoutes: ['Z_ROUTE'],
  openToTargetGroups: ['STATUSHOUDER'],
};

describe('/metrics', () => {
  let t: TestApp;
  let actors: Awaited<ReturnType<typeof insertStandardActors>>;
  const scrape = async () => {
    const res = await request(t.http).get('/metrics');
    expect(res.status).toBe(200);
    return res.text;
  };

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
  });
  afterAll(() => t.close());

  it('answers in the Prometheus text format, not cached', async () => {
    const res = await request(t.http).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toMatch(/^# HELP plekwijzer_graphql_operation_duration_seconds /m);
    expect(res.text).toMatch(/^# TYPE plekwijzer_http_request_duration_seconds histogram$/m);
    expect(res.text).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('times GraphQL operations by name, unnamed ones as "anonymous", and counts errors by code', async () => {
    const token = await t.tokenFor(actors.coach);
    const before = await scrape();
    const count = (text: string, operation: string) =>
      sample(text, 'plekwijzer_graphql_operation_duration_seconds_count', { operation, type: 'query' }) ?? 0;
    const errors = (text: string, code: string) =>
      sample(text, 'plekwijzer_graphql_errors_total', { code }) ?? 0;
    const http = (text: string) =>
      sample(text, 'plekwijzer_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/graphql',
        status: '200',
      }) ?? 0;

    expect((await t.gql('query WhoAmI { me { id } }', {}, token)).errors).toBeUndefined();
    expect((await t.gql('query WhoAmI { me { id } }', {}, token)).errors).toBeUndefined();
    expect((await t.gql('{ me { id } }', {}, token)).errors).toBeUndefined();
    const refused = await t.gql('query WhoAmI { me { id } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const invalid = await t.gql('query Broken { me { noSuchField } }', {}, token);
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const after = await scrape();
    expect(count(after, 'WhoAmI') - count(before, 'WhoAmI')).toBe(3);
    expect(count(after, 'anonymous') - count(before, 'anonymous')).toBe(1);
    expect(errors(after, 'UNAUTHENTICATED') - errors(before, 'UNAUTHENTICATED')).toBe(1);
    expect(errors(after, 'GRAPHQL_VALIDATION_FAILED') - errors(before, 'GRAPHQL_VALIDATION_FAILED')).toBe(1);
    expect(http(after) - http(before)).toBeGreaterThanOrEqual(4);
    expect(
      sample(after, 'plekwijzer_graphql_operation_duration_seconds_bucket', {
        le: '+Inf',
        operation: 'WhoAmI',
        type: 'query',
      }),
    ).toBe(count(after, 'WhoAmI'));
  });

  it('keeps client-chosen names that are not GraphQL names out of the labels', async () => {
    const token = await t.tokenFor(actors.coach);
    const res = await request(t.http)
      .post('/graphql')
      .set('authorization', `Bearer ${token}`)
      .set('content-type', 'application/json')
      .send({ query: '{ me { id } }', operationName: 'x"} 1\nevil' });
    expect(res.status).toBeGreaterThanOrEqual(200);
    const text = await scrape();
    expect(text).not.toMatch(/evil/);
    // Without a token, a name not seen before adds no series of its own.
    const before =
      sample(text, 'plekwijzer_graphql_operation_duration_seconds_count', {
        operation: 'other',
        type: 'query',
      }) ?? 0;
    await t.gql('query Probe123 { me { id } }');
    const after = await scrape();
    expect(after).not.toMatch(/Probe123/);
    expect(
      sample(after, 'plekwijzer_graphql_operation_duration_seconds_count', {
        operation: 'other',
        type: 'query',
      }),
    ).toBe(before + 1);
    expect(
      sample(text, 'plekwijzer_graphql_operation_duration_seconds_count', {
        operation: 'invalid',
        type: 'unknown',
      }),
    ).toBe(1);
  });

  it('shows the search outbox and webhook backlogs as their owners count them', async () => {
    const token = await t.tokenFor(actors.employerA);
    const created = await t.gql(
      'mutation NewPlace($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }',
      { input: PLACE },
      token,
    );
    expect(created.errors).toBeUndefined();
    await t.dataSource.transaction((manager) =>
      t.app.get(OutboxService).enqueue(manager, {
        type: 'introduction.proposed',
        organisationIds: [actors.organisations.employerA],
        payload: { introductionId: '00000000-0000-4000-8000-000000000001' },
      }),
    );
    const [search]: Array<{ n: number }> = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM search_outbox',
    );
    const [events]: Array<{ n: number }> = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL',
    );
    expect(search.n).toBeGreaterThan(0);
    expect(events.n).toBe(1);
    const text = await scrape();
    expect(sample(text, 'plekwijzer_search_outbox_pending')).toBe(search.n);
    expect(sample(text, 'plekwijzer_search_outbox_oldest_pending_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'plekwijzer_webhook_events_undispatched')).toBe(1);
    expect(sample(text, 'plekwijzer_webhook_deliveries_pending')).toBe(0);
    expect(
      sample(text, 'plekwijzer_graphql_operation_duration_seconds_count', {
        operation: 'NewPlace',
        type: 'mutation',
      }),
    ).toBe(1);
  });

  it('shows the matcher snapshot age once the matcher has compiled', async () => {
    expect(sample(await scrape(), 'plekwijzer_matcher_snapshot_age_seconds')).toBeNaN();
    await t.app.get(MatcherCache).snapshot();
    const age = sample(await scrape(), 'plekwijzer_matcher_snapshot_age_seconds');
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(60);
  });

  it('shows the PostgreSQL pool (on a server; the embedded database has no pool)', async () => {
    const text = await scrape();
    if (t.config.usesEmbeddedDatabase) {
      expect(sample(text, 'plekwijzer_db_pool_connections')).toBeUndefined();
      return;
    }
    const total = sample(text, 'plekwijzer_db_pool_connections')!;
    expect(total).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'plekwijzer_db_pool_idle_connections')).toBeLessThanOrEqual(total);
    expect(sample(text, 'plekwijzer_db_pool_waiting_requests')).toBe(0);
    expect(sample(text, 'plekwijzer_db_pool_max_connections')).toBe(t.config.DB_POOL_SIZE);
  });
});

describe('/metrics behind METRICS_TOKEN, and switched off', () => {
  const TOKEN = 'metrics-scraper-token-0123456789abcdef';
  let secured: TestApp;
  let off: TestApp;

  beforeAll(async () => {
    secured = await createTestApp({ env: { METRICS_TOKEN: TOKEN } });
    off = await createTestApp({ env: { METRICS_ENABLED: 'false' } });
  });
  afterAll(async () => {
    await secured.close();
    await off.close();
  });

  it('answers only the scraper’s bearer token', async () => {
    expect((await request(secured.http).get('/metrics')).status).toBe(401);
    const wrong = await request(secured.http).get('/metrics').set('authorization', `Bearer ${TOKEN}x`);
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toMatch(/plekwijzer_/);
    const right = await request(secured.http).get('/metrics').set('authorization', `Bearer ${TOKEN}`);
    expect(right.status).toBe(200);
    expect(right.text).toMatch(/plekwijzer_http_request_duration_seconds/);
  });

  it('is not there when METRICS_ENABLED=false', async () => {
    const res = await request(off.http).get('/metrics');
    expect(res.status).toBe(404);
    expect(res.text).not.toMatch(/plekwijzer_/);
  });
});
