import request from 'supertest';
import { createTestApp, type TestApp } from '@plekwijzer/test-support';
import { CompiledExecutionStatsHolder } from '@plekwijzer/api/common/compiled-execution.js';

/** The bench's query (bench/match.bench.ts): the coach's match list with every reason. */
const MATCHES = `query($id: ID!, $options: MatchOptionsInput) {
  matchesForParticipant(participantId: $id, options: $options) {
    totalCandidates
    matches { placement { id title } score travel { minutes mode } weeklyOverlapHours countsTowardsZRouteHours stretched checks { criterion passed detailNl detailEn } scoreBreakdown { criterion points } }
    nearMisses { placement { id title } failedCriterion fixHintNl fixHintEn checks { criterion passed } }
  } }`;

type User = { id: string; role: string };

/** Status and the whole body as sent, so that key order and every field count. */
async function post(t: TestApp, query: string, variables: Record<string, unknown>, token?: string) {
  const req = request(t.http).post('/graphql').set('content-type', 'application/json');
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  return { status: res.status, body: res.text };
}

const onServer = Boolean(process.env.DATABASE_URL);

/**
 * The same requests to two apps on one database: one answers through compiled queries (the
 * default), the other with GRAPHQL_COMPILED_EXECUTION=false through graphql-js. Answers and
 * errors must be the same byte for byte.
 */
(onServer ? describe : describe.skip)(
  `compiled execution answers exactly like graphql-js${onServer ? '' : ' — SKIPPED on PGlite: two apps need one shared database'}`,
  () => {
    let compiled: TestApp;
    let interpreted: TestApp;
    let users: User[];
    const statsOf = (t: TestApp) => t.app.get(CompiledExecutionStatsHolder).stats;

    beforeAll(async () => {
      compiled = await createTestApp({ seedDemo: true });
      interpreted = await createTestApp({
        env: { DATABASE_URL: compiled.config.DATABASE_URL!, GRAPHQL_COMPILED_EXECUTION: 'false' },
      });
      users = await compiled.dataSource.query('SELECT id, role FROM users ORDER BY email');
    }, 120_000);
    afterAll(async () => {
      await interpreted?.close();
      await compiled?.close();
    });

    const tokenOf = (role: string, index = 0) =>
      compiled.tokenFor(users.filter((u) => u.role === role)[index]);

    it('gives every demo participant the same match list on both paths, through the compiled one', async () => {
      const coaches = users.filter((u) => u.role === 'COACH');
      const before = { ...statsOf(compiled) };
      let asked = 0;
      for (const coach of coaches) {
        const token = await compiled.tokenFor(coach);
        const caseload: Array<{ id: string }> = await compiled.dataSource.query(
          'SELECT id FROM participants WHERE coach_id = $1 ORDER BY id',
          [coach.id],
        );
        for (const { id } of caseload) {
          for (const options of [undefined, { stretchLanguage: true, maxResults: 5 }]) {
            const a = await post(compiled, MATCHES, { id, options }, token);
            const b = await post(interpreted, MATCHES, { id, options }, token);
            expect(a.status).toBe(200);
            expect(JSON.parse(a.body).errors).toBeUndefined();
            expect(a).toEqual(b);
            asked++;
          }
        }
      }
      expect(asked).toBeGreaterThanOrEqual(60);
      // Every one of them went through a compiled query, none through graphql-js.
      expect(statsOf(compiled).compiled - before.compiled).toBe(asked);
      expect(statsOf(compiled).fallback).toBe(before.fallback);
      expect(statsOf(interpreted)).toEqual({ compiled: 0, fallback: 0 });
    });

    it('answers every kind of error in the same shape on both paths', async () => {
      const coach = await tokenOf('COACH', 0);
      const otherCoach = await tokenOf('COACH', 1);
      const analyst = await tokenOf('ANALYST');
      const [own] = await compiled.dataSource.query<Array<{ id: string }>>(
        'SELECT id FROM participants WHERE coach_id = $1 ORDER BY id LIMIT 1',
        [users.filter((u) => u.role === 'COACH')[0].id],
      );
      const cases: Array<{
        name: string;
        query: string;
        variables: Record<string, unknown>;
        token?: string;
        code: string;
        partial?: boolean;
      }> = [
        { name: 'no token', query: MATCHES, variables: { id: own.id }, code: 'UNAUTHENTICATED' },
        {
          name: 'another coach’s participant',
          query: MATCHES,
          variables: { id: own.id },
          token: otherCoach,
          code: 'NOT_FOUND',
        },
        {
          name: 'a role that may not match',
          query: MATCHES,
          variables: { id: own.id },
          token: analyst,
          code: 'FORBIDDEN',
        },
        {
          name: 'an id that is no id (field error)',
          query: MATCHES,
          variables: { id: 'not-a-uuid' },
          token: coach,
          code: 'BAD_USER_INPUT',
        },
        {
          name: 'options out of range (field errors)',
          query: MATCHES,
          variables: { id: own.id, options: { maxResults: 0 } },
          token: coach,
          code: 'BAD_USER_INPUT',
        },
        {
          name: 'a variable of the wrong type',
          query: MATCHES,
          variables: { id: own.id, options: { maxResults: 'many' } },
          token: coach,
          code: 'BAD_USER_INPUT',
        },
        {
          name: 'one root field refused beside one answered (partial data)',
          query: `{ me { id displayName } insightsSnapshot { places } }`,
          variables: {},
          token: coach,
          code: 'FORBIDDEN',
          partial: true,
        },
        {
          name: 'an unknown field (validation)',
          query: `{ me { id nope } }`,
          variables: {},
          token: coach,
          code: 'GRAPHQL_VALIDATION_FAILED',
        },
      ];
      for (const c of cases) {
        const a = await post(compiled, c.query, c.variables, c.token);
        const b = await post(interpreted, c.query, c.variables, c.token);
        const body = JSON.parse(a.body) as {
          data?: Record<string, unknown> | null;
          errors?: Array<{ extensions?: { code?: string } }>;
        };
        expect({ case: c.name, code: body.errors?.[0]?.extensions?.code }).toEqual({
          case: c.name,
          code: c.code,
        });
        if (c.partial) expect((body.data?.me as { id?: string } | undefined)?.id).toBeDefined();
        expect({ case: c.name, ...a }).toEqual({ case: c.name, ...b });
      }
    });
  },
);
