import request from 'supertest';
import { createTestApp, insertStandardActors, type TestApp } from '@plekwijzer/test-support';
import { helpers } from './hardening-fixtures.js';

/** Issue 9 §1.9 and the outage finding: rate limits with Retry-After; a lock timeout is retryable. */
describe('rate limits (issue 9 §1.9)', () => {
  let t: TestApp;
  let coach: string;
  let coach2: string;

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        RATE_LIMIT_ENABLED: 'true',
        RATE_LIMIT_PER_USER: '5',
        RATE_LIMIT_PER_IP: '8',
        RATE_LIMIT_COSTLY: '2',
        RATE_LIMIT_WINDOW_MS: '60000',
      },
    });
    const actors = await insertStandardActors(t.dataSource);
    coach = await t.tokenFor(actors.coach);
    coach2 = await t.tokenFor(actors.admin);
  });
  afterAll(() => t.close());

  const post = (token: string, query: string) =>
    request(t.http)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send({ query });

  it('limits costly fields more tightly, per user', async () => {
    for (let i = 0; i < 2; i++)
      expect(
        (await post(coach, '{ caseloadProgress { edges { node { risk } } } }')).body.errors,
      ).toBeUndefined();
    const refused = await post(coach, '{ caseloadProgress { edges { node { risk } } } }');
    expect(refused.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.errors[0].extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'RATE_LIMITED',
    });
  });

  it('limits requests per user, counting a request once however many fields it asks for', async () => {
    // 3 requests so far for this user (costly test); 2 more fit, with several fields each.
    for (let i = 0; i < 2; i++) {
      const res = await post(coach, '{ a: caseload { totalCount } b: caseload { totalCount } }');
      expect(res.body.errors).toBeUndefined();
    }
    const refused = await post(coach, '{ caseload { totalCount } }');
    expect(refused.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits requests per IP address over all users', async () => {
    // 6 requests from this address so far; the limit is 8.
    for (let i = 0; i < 2; i++)
      expect((await post(coach2, '{ caseload { totalCount } }')).body.errors).toBeUndefined();
    const refused = await post(coach2, '{ caseload { totalCount } }');
    expect(refused.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
  });
});

describe('outages and timeouts', () => {
  let t: TestApp;
  let coach: string;
  let h: ReturnType<typeof helpers>;

  beforeAll(async () => {
    t = await createTestApp({ env: { DB_LOCK_TIMEOUT_MS: '300' } });
    const actors = await insertStandardActors(t.dataSource);
    coach = await t.tokenFor(actors.coach);
    h = helpers(t, { coach, employer: await t.tokenFor(actors.employerA) });
  });
  afterAll(() => t.close());

  it('answers a lock timeout with SERVICE_UNAVAILABLE, retryable', async () => {
    const participantId = await h.newParticipant();
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query('SELECT 1 FROM participants WHERE id = $1 FOR UPDATE', [participantId]);
      const res = await t.gql(
        `mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) { participant { id } } }`,
        { input: { participantId: participantId, maxTravelMinutes: 30 } },
        coach,
      );
      expect(res.errors?.[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
