import {
  createTestApp,
  insertStandardActors,
  insertUser,
  tokensFor,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';

/**
 * The admin's user pages over GraphQL: an organisation's users (active and deactivated), and
 * deactivating one — after which that user's token is refused on the very next request.
 */
describe('users and deactivateUser', () => {
  let t: TestApp;
  let actors: StandardActors;
  let tokens: Awaited<ReturnType<typeof tokensFor>>;

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    tokens = await tokensFor(actors, (u) => t.tokenFor(u));
  });
  afterAll(() => t.close());

  const USERS = `query ($organisationId: ID!, $first: Int!, $after: String) {
    users(organisationId: $organisationId, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName role active organisationId } }
    }
  }`;
  const DEACTIVATE = `mutation ($userId: ID!) { deactivateUser(input: { userId: $userId }) { user { id active } } }`;

  it('lists an organisation’s users by name, a page at a time, deactivated ones included', async () => {
    const org = actors.organisations.partner;
    await insertUser(t.dataSource, org, 'PARTNER');
    await insertUser(t.dataSource, org, 'PARTNER', false);
    const first = await t.gql<{
      users: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { id: string; displayName: string; active: boolean; organisationId: string } }>;
      };
    }>(USERS, { organisationId: org, first: 2 }, tokens.admin);
    expect(first.errors).toBeUndefined();
    expect(first.data!.users.totalCount).toBe(3);
    expect(first.data!.users.pageInfo.hasNextPage).toBe(true);
    const rest = await t.gql<typeof first.data>(
      USERS,
      { organisationId: org, first: 2, after: first.data!.users.pageInfo.endCursor },
      tokens.admin,
    );
    const all = [...first.data!.users.edges, ...rest.data!.users.edges].map((e) => e.node);
    expect(all).toHaveLength(3);
    expect(all.every((u) => u.organisationId === org)).toBe(true);
    expect(all.filter((u) => !u.active)).toHaveLength(1);
    const names = all.map((u) => u.displayName);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('is for admins only; an organisation that does not exist is NOT_FOUND; a malformed id a field error', async () => {
    for (const who of ['coach', 'partner', 'analyst'] as const) {
      const res = await t.gql<{ users: unknown }>(
        USERS,
        { organisationId: actors.organisations.partner, first: 5 },
        tokens[who],
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.users).toBeUndefined();
    }
    const missing = await t.gql(
      USERS,
      { organisationId: '00000000-0000-4000-8000-000000000000', first: 5 },
      tokens.admin,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await t.gql(USERS, { organisationId: 'nope', first: 5 }, tokens.admin);
    expect(malformed.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'organisationId', message: expect.stringContaining('organisationId'), code: 'INVALID' },
    ]);
  });

  it('deactivates a user: their token is refused from the next request; again changes nothing', async () => {
    const user = await insertUser(t.dataSource, actors.organisations.employerA, 'EMPLOYER');
    const token = await t.tokenFor(user);
    expect((await t.gql(`{ me { id } }`, {}, token)).errors).toBeUndefined();

    const res = await t.gql<{ deactivateUser: { user: { id: string; active: boolean } } }>(
      DEACTIVATE,
      { userId: user.id },
      tokens.admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.deactivateUser.user).toEqual({ id: user.id, active: false });
    const [row] = await t.dataSource.query('SELECT active FROM users WHERE id = $1', [user.id]);
    expect(row.active).toBe(false);

    const refused = await t.gql(`{ me { id } }`, {}, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const again = await t.gql<typeof res.data>(DEACTIVATE, { userId: user.id }, tokens.admin);
    expect(again.errors).toBeUndefined();
    expect(again.data!.deactivateUser.user.active).toBe(false);
  });

  it('refuses non-admins, the admin themselves, and a user that does not exist', async () => {
    const user = await insertUser(t.dataSource, actors.organisations.employerB, 'EMPLOYER');
    for (const who of ['coach', 'employerB'] as const) {
      const res = await t.gql(DEACTIVATE, { userId: user.id }, tokens[who]);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const [row] = await t.dataSource.query('SELECT active FROM users WHERE id = $1', [user.id]);
    expect(row.active).toBe(true);

    const self = await t.gql(DEACTIVATE, { userId: actors.admin.id }, tokens.admin);
    expect(self.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'input.userId', message: 'you cannot deactivate yourself', code: 'INVALID' },
    ]);
    expect((await t.gql(`{ me { id } }`, {}, tokens.admin)).errors).toBeUndefined();

    const missing = await t.gql(DEACTIVATE, { userId: '00000000-0000-4000-8000-000000000000' }, tokens.admin);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
