import { createHmac } from 'node:crypto';
import request from 'supertest';
import { ERROR_REASONS } from '@plekwijzer/domain';
import {
  createTestApp,
  insertOrganisation,
  insertStandardActors,
  insertUser,
  type TestApp,
} from '@plekwijzer/test-support';
import { ActorCache } from '@plekwijzer/api/modules/users/actor-cache.service.js';

const ME = '{ me { id role } }';

function base64url(value: object | string): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

describe('authentication and health', () => {
  let t: TestApp;
  let actors: Awaited<ReturnType<typeof insertStandardActors>>;

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
  });
  afterAll(() => t.close());

  it('answers a signed-in user with their own identity', async () => {
    const res = await t.gql(ME, {}, await t.tokenFor(actors.coach));
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ me: { id: actors.coach.id, role: 'COACH' } });
  });

  it('lists the error reasons, and an error carries its code and reason', async () => {
    const res = await t.gql<{ errorReasons: string[] }>(
      '{ errorReasons }',
      {},
      await t.tokenFor(actors.coach),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.errorReasons).toEqual([...ERROR_REASONS]);
    const anonymous = await t.gql(ME, {});
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'UNAUTHENTICATED',
    });
  });

  it('refuses a query with more than 12 nested selection sets before any resolver runs', async () => {
    const token = await t.tokenFor(actors.coach);
    // The API's own types nest at most 6 deep, and introspection at most 10 (graphql-js allows three
    // nested lists of types; `ofType` adds no level: see depth-limit.ts). The deepest real query:
    const deepest = `{ __schema { directives { args { type { fields { args { type { fields { args { type { name } } } } } } } } } } }`;
    expect((await t.gql(deepest, {}, token)).errors).toBeUndefined();
    // Deeper documents are refused by the depth rule, whatever else is wrong with them.
    const nest = (levels: number) => `{ ${'me { '.repeat(levels)}id${' }'.repeat(levels)} }`;
    const depthErrors = async (levels: number) =>
      ((await t.gql(nest(levels), {}, token)).errors ?? []).filter((e) =>
        /nested too deeply/.test(e.message),
      );
    expect(await depthErrors(12)).toEqual([]);
    const deep = await depthErrors(13);
    expect(deep).toHaveLength(1);
    expect(deep[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep[0].message).toBe('This query is nested too deeply (more than 12 levels).');
  });

  it('refuses too many top-level fields, or too many costly ones, in one request', async () => {
    const token = await t.tokenFor(actors.coach);
    const aliases = (field: string, n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    expect((await t.gql(aliases('me { id }', 20), {}, token)).errors).toBeUndefined();
    const many = await t.gql(aliases('me { id }', 21), {}, token);
    expect(many.errors?.[0]?.message).toBe(
      'This operation asks for 21 top-level fields; at most 20 are allowed in one request.',
    );
    expect((await t.gql(aliases('placements { totalCount }', 5), {}, token)).errors).toBeUndefined();
    // Hidden in a fragment, still counted.
    const costly = await t.gql(
      `query { ...F } fragment F on Query ${aliases('placements { totalCount }', 6)}`,
      {},
      token,
    );
    expect(costly.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(costly.errors?.[0]?.message).toBe(
      'This operation runs 6 matching, search or progress queries; at most 5 are allowed in one request.',
    );
  });

  const refused: Array<[string, (t: TestApp) => Promise<string | undefined>]> = [
    ['no token at all', async () => undefined],
    ['an expired token', (t) => t.tokenFor(actors.coach, { expiresIn: '-1m' })],
    [
      'a token signed with another secret',
      (t) => t.tokenFor(actors.coach, { secret: 'another-secret-that-is-long-enough-1234' }),
    ],
    ['a token for another audience', (t) => t.tokenFor(actors.coach, { audience: 'someone-else' })],
    ['a token whose role differs from the user', (t) => t.tokenFor({ id: actors.coach.id, role: 'ADMIN' })],
    [
      'a token for a user that does not exist',
      (t) => t.tokenFor({ id: '00000000-0000-4000-8000-000000000000', role: 'COACH' }),
    ],
    ['garbage', async () => 'not-a-jwt-at-all'],
    [
      'an unsigned token (alg: none)',
      async () =>
        `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: actors.coach.id, role: 'COACH', aud: 'plekwijzer', iss: 'plekwijzer-local', exp: Math.floor(Date.now() / 1000) + 600 })}.`,
    ],
    [
      'a token signed with HS512 instead of HS256',
      async () => {
        const header = base64url({ alg: 'HS512', typ: 'JWT' });
        const payload = base64url({
          sub: actors.coach.id,
          aud: 'plekwijzer',
          iss: 'plekwijzer-local',
          exp: Math.floor(Date.now() / 1000) + 600,
        });
        const sig = createHmac('sha512', t.config.JWT_SECRET!)
          .update(`${header}.${payload}`)
          .digest('base64url');
        return `${header}.${payload}.${sig}`;
      },
    ],
  ];

  it.each(refused)('refuses %s with UNAUTHENTICATED and runs no resolver', async (_name, makeToken) => {
    const token = await makeToken(t);
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM organisations');
    const res = await t.gql(
      `mutation { createOrganisation(input: { kind: PARTNER, name: "Sneaky", street: "x 1", postcode: "3811", city: "Amersfoort", contactName: "x", contactEmail: "x@example.nl" }) { organisation { id } } }`,
      {},
      token,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data?.createOrganisation ?? null).toBeNull();
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM organisations');
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses a deactivated user', async () => {
    const org = await insertOrganisation(t.dataSource, 'COACHING');
    const gone = await insertUser(t.dataSource, org, 'COACH', false);
    const res = await t.gql(ME, {}, await t.tokenFor(gone));
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  const onServer = Boolean(process.env.DATABASE_URL);
  /** Until the app has heard a change to the users table (the trigger's notification). */
  async function heardChange(since: number): Promise<void> {
    const cache = t.app.get(ActorCache);
    const deadline = Date.now() + 5000;
    while (cache.generation === since) {
      if (Date.now() > deadline) throw new Error('no change to the users table was heard within 5 s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  (onServer ? it : it.skip)(
    `keeps a signed-in user briefly, and refuses them on the next request once deactivated${onServer ? '' : ' — SKIPPED on PGlite: nothing is kept there'}`,
    async () => {
      const org = await insertOrganisation(t.dataSource, 'COACHING');
      const coach = await insertUser(t.dataSource, org, 'COACH');
      const token = await t.tokenFor(coach);
      const cache = t.app.get(ActorCache);
      expect((await t.gql(ME, {}, token)).errors).toBeUndefined();
      // Kept: the next request needs no read of the users table.
      expect(cache.get(coach.id)?.userId).toBe(coach.id);
      expect((await t.gql(ME, {}, token)).errors).toBeUndefined();

      const generation = cache.generation;
      await t.dataSource.query('UPDATE users SET active = false WHERE id = $1', [coach.id]);
      await heardChange(generation);
      expect(cache.get(coach.id)).toBeUndefined();
      const refused = await t.gql(ME, {}, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      // Active again: let in again at once (a refusal is never kept).
      const again = cache.generation;
      await t.dataSource.query('UPDATE users SET active = true WHERE id = $1', [coach.id]);
      await heardChange(again);
      expect((await t.gql(ME, {}, token)).data).toEqual({ me: { id: coach.id, role: 'COACH' } });
    },
  );

  (onServer ? it : it.skip)(
    `uses a changed role from the next request on${onServer ? '' : ' — SKIPPED on PGlite: nothing is kept there'}`,
    async () => {
      const org = await insertOrganisation(t.dataSource, 'COACHING');
      const user = await insertUser(t.dataSource, org, 'COACH');
      const token = await t.tokenFor(user);
      const caseload = `{ caseload { totalCount } }`;
      expect((await t.gql(caseload, {}, token)).errors).toBeUndefined();
      const generation = t.app.get(ActorCache).generation;
      await t.dataSource.query(`UPDATE users SET role = 'ANALYST' WHERE id = $1`, [user.id]);
      await heardChange(generation);
      // The token names COACH, the user is an analyst now: refused, as a token of the wrong role is.
      const refused = await t.gql(caseload, {}, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  );

  it('keeps nothing with AUTH_USER_CACHE_MS=0', async () => {
    const other = await createTestApp({ env: { AUTH_USER_CACHE_MS: '0' } });
    try {
      const actors2 = await insertStandardActors(other.dataSource);
      expect((await other.gql(ME, {}, await other.tokenFor(actors2.coach))).errors).toBeUndefined();
      expect(other.app.get(ActorCache).get(actors2.coach.id)).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it('reports liveness without a token', async () => {
    const res = await request(t.http).get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('reports readiness with a database ping', async () => {
    const res = await request(t.http).get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info.database.status).toBe('up');
  });

  it('lets only an admin create organisations and users', async () => {
    const input = `{ kind: EMPLOYER, name: "Bakkerij De Korenbloem", kvkNumber: "12345678", street: "Langestraat 10", postcode: "3811 AB", city: "Amersfoort", contactName: "Els", contactEmail: "els@example.nl" }`;
    const byCoach = await t.gql(
      `mutation { createOrganisation(input: ${input}) { organisation { id } } }`,
      {},
      await t.tokenFor(actors.coach),
    );
    expect(byCoach.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byAdmin = await t.gql(
      `mutation { createOrganisation(input: ${input}) { organisation { id postcode kvkNumber } } }`,
      {},
      await t.tokenFor(actors.admin),
    );
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data).toMatchObject({
      createOrganisation: { organisation: { postcode: '3811 AB', kvkNumber: '12345678' } },
    });
    const orgId = (byAdmin.data as { createOrganisation: { organisation: { id: string } } })
      .createOrganisation.organisation.id;

    const user = await t.gql(
      `mutation($o: ID!) { createUser(input: { organisationId: $o, role: EMPLOYER, displayName: "Els", email: "Els@Example.nl" }) { user { id email role } } }`,
      { o: orgId },
      await t.tokenFor(actors.admin),
    );
    expect(user.errors).toBeUndefined();
    expect(user.data).toMatchObject({ createUser: { user: { email: 'els@example.nl', role: 'EMPLOYER' } } });

    const wrongRole = await t.gql(
      `mutation($o: ID!) { createUser(input: { organisationId: $o, role: COACH, displayName: "X", email: "x2@example.nl" }) { user { id } } }`,
      { o: orgId },
      await t.tokenFor(actors.admin),
    );
    expect(wrongRole.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrongRole.errors?.[0]?.extensions?.fields).toEqual([
      {
        path: 'role',
        message: expect.stringContaining('employer'),
        code: 'INVALID_CHOICE',
        params: { kind: 'EMPLOYER' },
      },
    ]);
  });

  it('validates an organisation field by field and stores nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM organisations');
    const res = await t.gql(
      `mutation { createOrganisation(input: { kind: EMPLOYER, name: "", kvkNumber: "1234", street: "x", postcode: "9999 ZZ", city: "A", contactName: "c", contactEmail: "not-an-email" }) { organisation { id } } }`,
      {},
      await t.tokenFor(actors.admin),
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (res.errors?.[0]?.extensions?.fields ?? []).map((f) => f.path).sort();
    expect(paths).toEqual(['input.contactEmail', 'input.kvkNumber', 'input.name']);
    const unknownPostcode = await t.gql(
      `mutation { createOrganisation(input: { kind: EMPLOYER, name: "N", street: "x", postcode: "1099 ZZ", city: "A", contactName: "c", contactEmail: "c@example.nl" }) { organisation { id } } }`,
      {},
      await t.tokenFor(actors.admin),
    );
    expect(unknownPostcode.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('input.postcode');
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM organisations');
    expect(after[0].n).toBe(before[0].n);
  });

  it('shows members their own organisation and hides other organisations as not found', async () => {
    const own = await t.gql(
      `query($id: ID!) { organisation(id: $id) { id } }`,
      { id: actors.organisations.employerA },
      await t.tokenFor(actors.employerA),
    );
    expect(own.data).toEqual({ organisation: { id: actors.organisations.employerA } });
    const other = await t.gql(
      `query($id: ID!) { organisation(id: $id) { id } }`,
      { id: actors.organisations.employerB },
      await t.tokenFor(actors.employerA),
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
