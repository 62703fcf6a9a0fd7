import {
  copyRows,
  createTestApp,
  insertOrganisation,
  insertStandardActors,
  nodes,
  tokensFor,
  type Conn,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';

/**
 * Pickers find by name: `organisations(filter: { search })` by part of the name and
 * `caseload(filter: { search })` by part of the nickname or client reference — case and accents
 * ignored, LIKE's wildcards literal, the length checked on the field, and who sees what unchanged.
 */
describe('find organisations and clients by part of their name', () => {
  let t: TestApp;
  let actors: StandardActors;
  let tokens: Awaited<ReturnType<typeof tokensFor>>;

  const ORGANISATIONS = `query ($search: String, $first: Int!, $after: String) {
    organisations(filter: { search: $search }, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name } }
    }
  }`;
  const CASELOAD = `query ($search: String, $first: Int!, $after: String) {
    caseload(filter: { search: $search }, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id nickname clientReference coachId } }
    }
  }`;
  type Org = { id: string; name: string };
  type Client = { id: string; nickname: string | null; clientReference: string; coachId: string };

  async function organisations(search: string | null, token: string, first = 100, after?: string) {
    const res = await t.gql<{ organisations: Conn<Org> }>(ORGANISATIONS, { search, first, after }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.organisations;
  }
  async function caseload(search: string | null, token: string, first = 100, after?: string) {
    const res = await t.gql<{ caseload: Conn<Client> }>(CASELOAD, { search, first, after }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.caseload;
  }
  const names = (c: Conn<Org>) => nodes(c).map((o) => o.name);

  const createClient = (token: string, nickname: string | null, clientReference: string) =>
    t.createParticipant(token, { nickname, clientReference });

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    tokens = await tokensFor(actors, (u) => t.tokenFor(u));
    for (const name of [
      'Café De Groene Wei',
      'Zorghuis Groenewoud',
      'Bakkerij Korf',
      '100% Fietsen',
      '1000 Fietsen',
      'Snack_bar Hoek',
      'Snackxbar Hoek',
      'Back\\slash Werkplaats',
    ]) {
      await insertOrganisation(t.dataSource, 'EMPLOYER', { name });
    }
  });
  afterAll(() => t.close());

  describe('organisations', () => {
    it('finds by part of a name, whatever the case or accents', async () => {
      expect(names(await organisations('GROEN', tokens.admin)).sort()).toEqual([
        'Café De Groene Wei',
        'Zorghuis Groenewoud',
      ]);
      expect(names(await organisations('cafe de', tokens.admin))).toEqual(['Café De Groene Wei']);
      expect(names(await organisations('CAFÉ', tokens.admin))).toEqual(['Café De Groene Wei']);
      expect(names(await organisations('  korf ', tokens.admin))).toEqual(['Bakkerij Korf']);
      expect((await organisations('geen zo een naam', tokens.admin)).totalCount).toBe(0);
    });

    it('takes % and _ and \\ as the characters they are, not as wildcards', async () => {
      expect(names(await organisations('%', tokens.admin))).toEqual(['100% Fietsen']);
      expect(names(await organisations('0% f', tokens.admin))).toEqual(['100% Fietsen']);
      expect(names(await organisations('k_b', tokens.admin))).toEqual(['Snack_bar Hoek']);
      expect(names(await organisations('\\s', tokens.admin))).toEqual(['Back\\slash Werkplaats']);
    });

    it('an empty text or spaces only is no condition', async () => {
      const all = (await organisations(null, tokens.admin)).totalCount;
      expect(all).toBeGreaterThan(8);
      expect((await organisations('', tokens.admin)).totalCount).toBe(all);
      expect((await organisations('   ', tokens.admin)).totalCount).toBe(all);
    });

    it('a text longer than 100 characters is a field error with a plain message', async () => {
      const res = await t.gql(ORGANISATIONS, { search: 'a'.repeat(101), first: 10 }, tokens.admin);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual([
        expect.objectContaining({
          path: 'filter.search',
          message: 'search can be at most 100 characters',
          code: 'TOO_LONG',
        }),
      ]);
      expect((await organisations('a'.repeat(100), tokens.admin)).totalCount).toBe(0);
    });

    it('a member never finds another organisation, only their own when its name matches', async () => {
      const [own, other] = await t.dataSource.query<Array<{ id: string; name: string }>>(
        `SELECT id, name FROM organisations WHERE id = ANY($1) ORDER BY array_position($1, id)`,
        [[actors.organisations.employerA, actors.organisations.employerB]],
      );
      // Both standard employers are called "employer <something>".
      expect((await organisations('employer', tokens.admin)).totalCount).toBeGreaterThanOrEqual(2);
      expect(nodes(await organisations('EMPLOYER', tokens.employerA)).map((o) => o.id)).toEqual([own.id]);
      expect((await organisations(other.name, tokens.employerA)).totalCount).toBe(0);
      expect((await organisations('groen', tokens.employerA)).totalCount).toBe(0);
      expect((await organisations('groen', tokens.partner)).totalCount).toBe(0);
    });

    it('pages through what it found, and only that', async () => {
      for (const n of [3, 1, 5, 2, 4])
        await insertOrganisation(t.dataSource, 'PARTNER', { name: `Buurthuis ${n}` });
      const first = await organisations('buurthuis', tokens.admin, 2);
      expect(first.totalCount).toBe(5);
      expect(first.pageInfo!.hasNextPage).toBe(true);
      const seen = [...names(first)];
      let page = first;
      while (page.pageInfo!.hasNextPage) {
        page = await organisations('buurthuis', tokens.admin, 2, page.pageInfo!.endCursor!);
        expect(page.totalCount).toBe(5);
        seen.push(...names(page));
      }
      expect(seen).toEqual(['Buurthuis 1', 'Buurthuis 2', 'Buurthuis 3', 'Buurthuis 4', 'Buurthuis 5']);
    });
  });

  describe('caseload', () => {
    beforeAll(async () => {
      await createClient(tokens.coach, 'Hawa', 'IW-1001');
      await createClient(tokens.coach, 'Nour', 'IW-1002');
      await createClient(tokens.coach, 'Zoë', 'AMF_77');
      await createClient(tokens.coach, null, 'AMFX12');
      await createClient(tokens.otherCoach, 'Hawa', 'IW-2001');
      await createClient(tokens.otherCoach, 'Hawre', 'IW-2002');
    });
    const nicknames = (c: Conn<Client>) => nodes(c).map((p) => p.nickname ?? p.clientReference);

    it('finds by part of a nickname or a client reference, whatever the case or accents', async () => {
      expect(nicknames(await caseload('haw', tokens.coach))).toEqual(['Hawa']);
      expect(nicknames(await caseload('zoe', tokens.coach))).toEqual(['Zoë']);
      expect(nicknames(await caseload('iw-100', tokens.coach)).sort()).toEqual(['Hawa', 'Nour']);
      expect(nicknames(await caseload('amf', tokens.coach)).sort()).toEqual(['AMFX12', 'Zoë']);
    });

    it('takes % and _ as the characters they are', async () => {
      // No nickname or reference holds a %: as a wildcard it would find every client.
      expect(nicknames(await caseload('%', tokens.coach))).toEqual([]);
      // As a wildcard, _ would find AMFX12 too.
      expect(nicknames(await caseload('f_', tokens.coach))).toEqual(['Zoë']);
    });

    it("a coach never finds another coach's client", async () => {
      const mine = nodes(await caseload('hawa', tokens.coach));
      expect(mine).toHaveLength(1);
      expect(mine[0].coachId).toBe(actors.coach.id);
      expect(nodes(await caseload('IW-2', tokens.coach))).toEqual([]);
      expect(nodes(await caseload('hawre', tokens.coach))).toEqual([]);
      const theirs = nodes(await caseload('haw', tokens.otherCoach));
      expect(theirs.map((p) => p.clientReference).sort()).toEqual(['IW-2001', 'IW-2002']);
    });

    it('a text longer than 100 characters is a field error with a plain message', async () => {
      const res = await t.gql(CASELOAD, { search: 'x'.repeat(101), first: 10 }, tokens.coach);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual([
        expect.objectContaining({
          path: 'filter.search',
          message: 'search can be at most 100 characters',
          code: 'TOO_LONG',
        }),
      ]);
    });

    it('pages through what it found past a page of 100, and only that', async () => {
      const hawa = (await caseload('hawa', tokens.coach)).edges[0].node;
      await copyRows(
        t.dataSource,
        'participants',
        { sql: 'id = $1', params: [hawa.id] },
        { client_reference: "'ZOEK-' || lpad(n::text, 3, '0')", nickname: "'Zoekertje ' || n" },
        130,
      );
      const first = await caseload('zoekertje', tokens.coach);
      expect(first.totalCount).toBe(130);
      expect(first.edges).toHaveLength(100);
      const rest = await caseload('zoekertje', tokens.coach, 100, first.pageInfo!.endCursor!);
      expect(rest.edges).toHaveLength(30);
      expect(rest.pageInfo!.hasNextPage).toBe(false);
      const refs = [...nodes(first), ...nodes(rest)].map((p) => p.clientReference);
      expect(new Set(refs).size).toBe(130);
      expect(refs.every((r) => r.startsWith('ZOEK-'))).toBe(true);
      expect((await caseload('zoekertje', tokens.otherCoach)).totalCount).toBe(0);
    });
  });
});
