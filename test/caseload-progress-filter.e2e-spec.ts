import {
  copyRows,
  createTestApp,
  insertStandardActors,
  nodes,
  tokensFor,
  type Conn,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';

/**
 * "Mijn cliënten" filters on the server: `caseloadProgress(filter: { search, route, risk })` narrows
 * the coach's whole caseload before the page is cut, so a client past the first 100 is found and
 * `totalCount` counts what was found. The search follows the caseload picker's rule (part of the
 * nickname or client reference, case and accents ignored, % and _ literal, at most 100 characters
 * with a field message); another coach's clients are never found.
 */
describe('caseloadProgress filtered on the server', () => {
  let t: TestApp;
  let actors: StandardActors;
  let tokens: Awaited<ReturnType<typeof tokensFor>>;

  const PROGRESS = `query ($filter: CaseloadProgressFilterInput, $first: Int!, $after: String) {
    caseloadProgress(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { risk participant { id nickname clientReference route coachId } } }
    }
  }`;
  interface Row {
    risk: string;
    participant: {
      id: string;
      nickname: string | null;
      clientReference: string;
      route: string;
      coachId: string;
    };
  }
  interface Filter {
    search?: string | null;
    route?: string | null;
    risk?: string | null;
  }

  async function progress(filter: Filter | null, token: string, first = 100, after?: string) {
    const res = await t.gql<{ caseloadProgress: Conn<Row> }>(PROGRESS, { filter, first, after }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.caseloadProgress;
  }
  const references = (c: Conn<Row>) => nodes(c).map((r) => r.participant.clientReference);

  const createClient = (token: string, nickname: string | null, clientReference: string) =>
    t.createParticipant(token, { nickname, clientReference });

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    tokens = await tokensFor(actors, (u) => t.tokenFor(u));
    const base = await createClient(tokens.coach, 'Basis', 'BASIS-1');
    await createClient(tokens.coach, 'Procent 100%', 'AMF_77');
    await createClient(tokens.coach, null, 'AMFX12');
    // The coach's own clients beside the list below: on the onderwijsroute, MAP exemption recorded,
    // so on track whatever the day.
    await t.dataSource.query(
      `UPDATE participants SET route = 'ONDERWIJSROUTE', map_exemption_recorded = true WHERE coach_id = $1`,
      [actors.coach.id],
    );
    // 160 more: LIJST-001 … LIJST-160. The odd ones on the Z-route with a term that ended in 2018
    // without its 800 hours (off track); the even ones on the B1-route with a MAP exemption (on track).
    // Client 150 is on track, so it sorts after the 80 off track and beyond the first 100.
    await copyRows(
      t.dataSource,
      'participants',
      { sql: 'id = $1', params: [base] },
      {
        client_reference: "'LIJST-' || lpad(n::text, 3, '0')",
        nickname: "CASE WHEN n = 150 THEN 'Zoë Çelik' ELSE 'Lijst ' || lpad(n::text, 3, '0') END",
        route: "CASE WHEN n % 2 = 1 THEN 'Z_ROUTE' ELSE 'B1_ROUTE' END",
        pip_date: "CASE WHEN n % 2 = 1 THEN date '2015-01-01' ELSE current_date END",
        map_exemption_recorded: 'n % 2 = 0',
      },
      160,
    );
    // Another coach's clients by the same reference and nickname, and one of their own.
    const theirs = await createClient(tokens.otherCoach, 'Zoë Çelik', 'LIJST-150');
    await createClient(tokens.otherCoach, 'Ander', 'ANDER-1');
    await t.dataSource.query(`UPDATE participants SET route = 'B1_ROUTE' WHERE id = $1`, [theirs]);
  }, 120_000);
  afterAll(() => t?.close());

  it('finds client 150 of more than 100 by part of its reference, beyond the first page', async () => {
    const whole = await progress(null, tokens.coach);
    expect(whole.totalCount).toBe(163);
    expect(whole.pageInfo!.hasNextPage).toBe(true);
    expect(references(whole)).not.toContain('LIJST-150');

    const found = await progress({ search: 'jst-150' }, tokens.coach);
    expect(references(found)).toEqual(['LIJST-150']);
    expect(found.totalCount).toBe(1);
    expect(found.pageInfo!.hasNextPage).toBe(false);
    expect(nodes(found)[0].participant.coachId).toBe(actors.coach.id);
  });

  it('ignores case and accents, on both sides', async () => {
    for (const text of ['zoe celik', 'ZOË', 'çelik', 'Zoe Ç', 'lijst-150'])
      expect([text, references(await progress({ search: text }, tokens.coach))]).toEqual([
        text,
        ['LIJST-150'],
      ]);
  });

  it('takes % and _ as the characters they are, and spaces only as no condition', async () => {
    // As wildcards, % would find every client and f_ would find AMFX12 too.
    expect(references(await progress({ search: '%' }, tokens.coach))).toEqual(['AMF_77']);
    expect(references(await progress({ search: 'f_' }, tokens.coach))).toEqual(['AMF_77']);
    expect((await progress({ search: '   ' }, tokens.coach)).totalCount).toBe(163);
    expect((await progress({ search: 'niemand heet zo' }, tokens.coach)).totalCount).toBe(0);
  });

  it('filters on route and on risk across the whole caseload; totalCount counts what was found', async () => {
    const z = await progress({ route: 'Z_ROUTE' }, tokens.coach);
    expect(z.totalCount).toBe(80);
    expect(nodes(z).every((r) => r.participant.route === 'Z_ROUTE')).toBe(true);

    const offTrack = await progress({ risk: 'OFF_TRACK' }, tokens.coach);
    expect(offTrack.totalCount).toBe(80);
    expect(nodes(offTrack).every((r) => r.risk === 'OFF_TRACK')).toBe(true);

    // 80 on track on the B1-route, past a page of 100 together with the 3 on the onderwijsroute.
    const onTrack = await progress({ risk: 'ON_TRACK' }, tokens.coach, 50);
    expect(onTrack.totalCount).toBe(83);
    const rest = await progress({ risk: 'ON_TRACK' }, tokens.coach, 50, onTrack.pageInfo!.endCursor!);
    expect(rest.totalCount).toBe(83);
    expect(rest.pageInfo!.hasNextPage).toBe(false);
    const all = [...nodes(onTrack), ...nodes(rest)];
    expect(new Set(all.map((r) => r.participant.id)).size).toBe(83);
    expect(all.every((r) => r.risk === 'ON_TRACK')).toBe(true);
    expect(all.map((r) => r.participant.clientReference)).toContain('LIJST-150');

    expect((await progress({ risk: 'AT_RISK' }, tokens.coach)).totalCount).toBe(0);
    expect((await progress({ route: 'JONGERENROUTE' }, tokens.coach)).totalCount).toBe(0);
    expect(references(await progress({ route: 'ONDERWIJSROUTE' }, tokens.coach)).sort()).toEqual([
      'AMFX12',
      'AMF_77',
      'BASIS-1',
    ]);
  });

  it('combines the conditions: all must hold', async () => {
    // LIJST-150 … LIJST-159: the even ones on the B1-route, the odd ones off track.
    const b1 = await progress({ search: 'lijst-15', route: 'B1_ROUTE' }, tokens.coach);
    expect(references(b1).sort()).toEqual(['LIJST-150', 'LIJST-152', 'LIJST-154', 'LIJST-156', 'LIJST-158']);
    expect(b1.totalCount).toBe(5);
    const off = await progress({ search: 'LIJST-15', risk: 'OFF_TRACK' }, tokens.coach);
    expect(references(off).sort()).toEqual(['LIJST-151', 'LIJST-153', 'LIJST-155', 'LIJST-157', 'LIJST-159']);
    expect(off.totalCount).toBe(5);
    expect(
      (await progress({ search: 'lijst-15', route: 'Z_ROUTE', risk: 'ON_TRACK' }, tokens.coach)).totalCount,
    ).toBe(0);
  });

  it('a text longer than 100 characters is a field error with a plain message', async () => {
    const res = await t.gql<{ caseloadProgress: Conn<Row> }>(
      PROGRESS,
      { filter: { search: 'x'.repeat(101) }, first: 10 },
      tokens.coach,
    );
    expect(res.data?.caseloadProgress).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({
        path: 'filter.search',
        message: 'search can be at most 100 characters',
        code: 'TOO_LONG',
      }),
    ]);
    expect((await progress({ search: 'x'.repeat(100) }, tokens.coach)).totalCount).toBe(0);
  });

  it("a coach never finds another coach's client; other roles stay refused", async () => {
    for (const filter of [{ search: 'ANDER' }, { search: 'ander-1', route: 'ONDERWIJSROUTE' }])
      expect((await progress(filter, tokens.coach)).totalCount).toBe(0);
    // The other coach finds their own client 150, and only that one, by the same words.
    const theirs = await progress({ search: 'zoe celik' }, tokens.otherCoach);
    expect(nodes(theirs).map((r) => r.participant.coachId)).toEqual([actors.otherCoach.id]);
    expect((await progress({ search: 'lijst', route: 'Z_ROUTE' }, tokens.otherCoach)).totalCount).toBe(0);
    for (const token of [tokens.employerA, tokens.admin]) {
      const res = await t.gql<{ caseloadProgress: Conn<Row> }>(
        PROGRESS,
        { filter: { search: 'lijst' }, first: 10 },
        token,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.caseloadProgress).toBeUndefined();
    }
  });
});
