import request from 'supertest';
import { createTestApp, insertStandardActors, type TestApp } from '@plekwijzer/test-support';
import { helpers, participant, place } from './hardening-fixtures.js';

/** Issue 9 §1: the findings of the hostile test, each with the request that showed it. */
describe('hardening (issue 9 §1)', () => {
  let t: TestApp;
  let actors: Awaited<ReturnType<typeof insertStandardActors>>;
  const tokens = { coach: '', employer: '', admin: '' };
  let h: ReturnType<typeof helpers>;

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    tokens.coach = await t.tokenFor(actors.coach);
    tokens.employer = await t.tokenFor(actors.employerA);
    tokens.admin = await t.tokenFor(actors.admin);
    h = helpers(t, tokens);
  });
  afterAll(() => t.close());

  describe('2. security headers', () => {
    it('sends helmet headers and no X-Powered-By; GraphQL answers are not stored', async () => {
      const res = await request(t.http)
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: '{ __typename }' });
      expect(res.status).toBe(200);
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['cache-control']).toBe('no-store');
      // HSTS only in production (see the production block below).
      expect(res.headers['strict-transport-security']).toBeUndefined();
    });
  });

  describe('3. consent ended by updateParticipant', () => {
    it('withdraws open introductions and hides the profile, like revokeConsent', async () => {
      const placementId = await h.newPlace({ capacity: 5 });
      const participantId = await h.newParticipant();
      const proposed = await h.propose(participantId, placementId);
      expect(proposed.errors).toBeUndefined();
      const introductionId = proposed.data!.proposeIntroduction.introduction.id;

      await h.ok(
        `mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) { participant { id consentToBeProposed } } }`,
        { input: { participantId: participantId, consentToBeProposed: false } },
        tokens.coach,
      );

      const [row]: Array<{ status: string; consent_revoked_at: Date | null }> = await t.dataSource.query(
        'SELECT status, consent_revoked_at FROM introductions WHERE id = $1',
        [introductionId],
      );
      expect(row.status).toBe('WITHDRAWN');
      expect(row.consent_revoked_at).not.toBeNull();
      const view = await t.gql<{ placeIntroduction: { profile: { nickname: string } | null } }>(
        `query($id: ID!) { placeIntroduction(id: $id) { id status profile { nickname } } }`,
        { id: introductionId },
        tokens.employer,
      );
      expect(view.data?.placeIntroduction?.profile ?? null).toBeNull();
      expect(await h.auditCount(`action = 'CONSENT_REVOKED' AND participant_id = $1`, [participantId])).toBe(
        1,
      );
    });
  });

  describe('4. hoursForIntroduction', () => {
    it('audits a successful read of a person’s hours', async () => {
      const placementId = await h.newPlace({ capacity: 5 });
      const participantId = await h.newParticipant();
      const { data } = await h.propose(participantId, placementId);
      const id = data!.proposeIntroduction.introduction.id;
      const before = await h.auditCount(`action = 'HOURS_READ' AND result = 'ALLOWED' AND object_id = $1`, [
        id,
      ]);
      await h.ok(
        `query($id: ID!) { hoursForIntroduction(introductionId: $id) { edges { node { id } } } }`,
        { id },
        tokens.coach,
      );
      const after = await h.auditCount(`action = 'HOURS_READ' AND result = 'ALLOWED' AND object_id = $1`, [
        id,
      ]);
      expect(after - before).toBe(1);
      const [row]: Array<{ participant_id: string }> = await t.dataSource.query(
        `SELECT participant_id FROM audit_log WHERE action = 'HOURS_READ' AND object_id = $1`,
        [id],
      );
      expect(row.participant_id).toBe(participantId);
    });
  });

  describe('6. control characters in text inputs', () => {
    it('refuses a NUL byte in a nickname as a field error, not an internal error', async () => {
      const res = await t.gql(
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { participant { id } } }`,
        { input: participant({ nickname: 'Sam\u0000ira' }) },
        tokens.coach,
      );
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.map((f) => f.path)).toContain('input.nickname');
    });

    it('allows line breaks in multi-line texts but not in one-line ones', async () => {
      const multi = await t.gql(
        `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`,
        { input: place({ description: 'Regel 1\nRegel 2\tmet tab' }) },
        tokens.employer,
      );
      expect(multi.errors).toBeUndefined();
      const single = await t.gql(
        `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`,
        { input: place({ title: 'Regel 1\nRegel 2' }) },
        tokens.employer,
      );
      expect(single.errors?.[0].extensions?.fields?.map((f) => f.path)).toContain('input.title');
    });
  });

  describe('7. query cost, aliases and tokens', () => {
    const attack = `
      query {
        ${Array.from({ length: 10 }, (_, i) => `c${i}: caseload(first: 100) { edges { node { ...P } } }`).join('\n')}
      }
      fragment P on Participant { id clientReference nickname route targetGroup pipDate homePostcode maxTravelMinutes maxHoursPerWeek consentToBeProposed }`;

    it('refuses 10 × caseload(first: 100) before it runs, writing no audit rows', async () => {
      for (let i = 0; i < 5; i++) await h.newParticipant();
      const before = await h.auditCount('true', []);
      const res = await t.gql(attack, {}, tokens.coach);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0].message).toMatch(/cost/);
      expect(await h.auditCount('true', [])).toBe(before);
    });

    it('counts a page size given in a variable', async () => {
      const res = await t.gql(
        `query($n: Int!) { ${Array.from({ length: 10 }, (_, i) => `c${i}: caseload(first: $n) { edges { node { id clientReference nickname route targetGroup pipDate } } }`).join(' ')} }`,
        { n: 100 },
        tokens.coach,
      );
      expect(res.errors?.[0].message).toMatch(/cost/);
    });

    it('still answers an ordinary page', async () => {
      const res = await t.gql(
        `{ caseload(first: 100) { totalCount edges { node { id clientReference nickname route } } } }`,
        {},
        tokens.coach,
      );
      expect(res.errors).toBeUndefined();
    });

    // Eight lists and __typename at the limit of 5,000, as a client writes them: each field once,
    // or again through fragments and inline fragments (with urql's added __typename), which
    // GraphQL merges into one field that runs once. By hand, `first` multiplying what a list selects:
    //   node { __typename id nickname route }      1 + 4         =    5
    //   edges { node }                             1 + 5         =    6
    //   caseload(first: n) { totalCount edges }    1 + n × 7
    //   seven with first: 100 (7 × 701 = 4907), one with first: 13 (1 + 91 = 92), __typename 1: 5000
    const page = (name: string, first: number, selection: string) =>
      `${name}: caseload(first: ${first}) ${selection}`;
    const lists = (selection: string, extra: string) =>
      `{ __typename ${extra} ${Array.from({ length: 7 }, (_, i) => page(`c${i}`, 100, selection)).join(' ')} ${page('c7', 13, selection)} }`;
    const plain = (extra = '') =>
      lists('{ totalCount edges { node { __typename id nickname route } } }', extra);
    const withFragments = (extra = '') => `${lists(
      '{ totalCount edges { node { __typename id ...Row } } ...Page }',
      `... on Query { __typename } ${extra}`,
    )}
      fragment Row on Participant { __typename id nickname route }
      fragment Page on ParticipantConnection { totalCount edges { node { id ... on Participant { nickname } } } }`;

    it('answers lists that cost exactly the limit, also with fields selected again through fragments', async () => {
      await h.newParticipant();
      for (const query of [plain(), withFragments()]) {
        const res = await t.gql<{ c0: { edges: unknown[] } }>(query, {}, tokens.coach);
        expect(res.errors).toBeUndefined();
        expect(res.data?.c0.edges.length).toBeGreaterThan(0);
      }
    });

    it('counts aliases apart: one more refuses the same lists, at the same cost with fragments', async () => {
      // An alias runs again: 5000 + 1. Through a fragment too, the alias is one field: still 5001.
      const queries = [
        plain('again: __typename'),
        `${withFragments('again: __typename ...Again')} fragment Again on Query { again: __typename }`,
      ];
      for (const query of queries) {
        const res = await request(t.http)
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('authorization', `Bearer ${tokens.coach}`)
          .send({ query });
        expect(res.status).toBe(400);
        expect(res.body.data ?? null).toBeNull();
        expect(res.body.errors).toEqual([
          {
            message:
              'This operation would cost 5001 (at most 5000 is allowed): ask for fewer items per page, fewer fields or fewer aliases.',
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ]);
      }
    });

    it('limits aliases', async () => {
      const res = await t.gql(
        `{ caseload { edges { node { ${Array.from({ length: 40 }, (_, i) => `a${i}: id`).join(' ')} } } } }`,
        {},
        tokens.coach,
      );
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0].message).toMatch(/Aliases limit/);
    });

    it('limits tokens', async () => {
      const res = await t.gql(`{ ${'__typename '.repeat(4000)} }`, {}, tokens.coach);
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(res.errors?.[0].message).toMatch(/tokens/);
    });
  });

  describe('8. fragment fan-out', () => {
    it('validates 30 fragments that each spread the next twice within a second', async () => {
      const fragments = Array.from(
        { length: 30 },
        (_, i) => `fragment F${i} on Query { ${i < 29 ? `...F${i + 1} ...F${i + 1}` : '__typename'} }`,
      ).join('\n');
      const started = Date.now();
      const res = await t.gql(`query { ...F0 }\n${fragments}`, {}, tokens.coach);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeLessThan(1000);
      expect(res.errors?.length).toBeGreaterThan(0);
    });
  });

  describe('10. open-proposal quotas', () => {
    it('caps open proposals per participant at 3 with a typed reason', async () => {
      const participantId = await h.newParticipant();
      const places = await Promise.all(Array.from({ length: 4 }, () => h.newPlace({ capacity: 5 })));
      for (const p of places.slice(0, 3)) expect((await h.propose(participantId, p)).errors).toBeUndefined();
      const fourth = await h.propose(participantId, places[3]);
      expect(fourth.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(fourth.errors?.[0].extensions?.reason).toBe('PARTICIPANT_PROPOSAL_LIMIT');
      expect(fourth.errors?.[0].message).toMatch(/3 proposals/);
    });
  });

  describe('also', () => {
    it('answers an unsupported persisted-query version as a client error', async () => {
      const res = await request(t.http)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${tokens.coach}`)
        .send({ extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
    });
  });
});

describe('hardening in production (issue 9 §1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: '',
        OIDC_ISSUER: 'https://id.example.test',
        OIDC_JWKS_URL: 'https://id.example.test/jwks',
        OIDC_AUDIENCE: 'plekwijzer',
        WEBHOOK_SECRET_KEY: 'a-production-like-key-of-at-least-32-chars',
      },
    });
  });
  afterAll(() => t.close());

  it('1. does not suggest field names', async () => {
    const res = await t.gql('{ caseloa { totalCount } }');
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean|caseload/);
  });

  it('1. does not suggest enum values in variables', async () => {
    const res = await t.gql('query($r: [LearningRoute!]) { __typename }', { r: ['Z_ROUT'] });
    expect(JSON.stringify(res.errors ?? [])).not.toMatch(/Did you mean|Z_ROUTE/);
  });

  it('2. sends HSTS', async () => {
    const res = await request(t.http)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ __typename }' });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
  });
});
