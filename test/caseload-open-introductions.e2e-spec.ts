import {
  copyRows,
  createTestApp,
  nodes,
  statementsOf,
  type Conn,
  type TestApp,
} from '@plekwijzer/test-support';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { IntroductionsService } from '@plekwijzer/api/modules/introductions/introductions.service.js';

/**
 * The caseload's "Open voorstellen" per client: `openIntroductionCount` on a caseload row counts
 * every introduction still waiting for the place or the start (PROPOSED, ACCEPTED), past 100, in one
 * statement per page; other states do not count, and another coach's client stays out of sight.
 */
const onServer = Boolean(process.env.DATABASE_URL);

interface Row {
  openIntroductionCount: number;
  participant: { id: string; clientReference: string };
}

const CASELOAD = `query ($first: Int!, $after: String) {
  caseloadProgress(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { openIntroductionCount participant { id clientReference } } }
  } }`;

/** The states not counted, one introduction each. */
const CLOSED = ['DECLINED', 'STARTED', 'COMPLETED', 'ENDED_EARLY', 'WITHDRAWN'];

describe('the open introductions of each client on the caseload', () => {
  let t: TestApp;
  let coach: { id: string; token: string };
  let otherCoach: { id: string; token: string };
  /** The fixture's clients by reference: their ids. */
  const ids = new Map<string, string>();

  /** Introductions of one client, one per status, each at its own copied place (Telplek 001, …). */
  async function introduce(reference: string, coachId: string, statuses: string[]): Promise<void> {
    await t.dataSource.query(
      `INSERT INTO introductions (participant_id, placement_id, coach_id, organisation_id, status,
                                  consent_recorded_by, consent_recorded_at, created_at, updated_at, version)
       SELECT p.id, pl.id, $2, pl.organisation_id, s.status, $2, now(), now() - s.n * interval '1 minute', now(), 1
       FROM participants p,
            unnest($3::text[]) WITH ORDINALITY AS s(status, n)
            JOIN placements pl ON pl.title = 'Telplek ' || lpad(s.n::text, 3, '0')
       WHERE p.client_reference = $1 AND p.coach_id = $2`,
      [reference, coachId, statuses],
    );
  }

  beforeAll(async () => {
    t = await createTestApp({ seedDemo: true });
    const coachOf = async (name: string) => {
      const [u] = await t.dataSource.query<Array<{ id: string }>>(
        `SELECT id FROM users WHERE display_name = $1`,
        [name],
      );
      return { id: u.id, token: await t.tokenFor({ id: u.id, role: 'COACH' }) };
    };
    coach = await coachOf('Fatima Bouzid');
    otherCoach = await coachOf('Ruben van Dijk');
    // Three more clients of the coach and one of another coach, copies of one of theirs.
    await copyRows(
      t.dataSource,
      'participants',
      { sql: 'coach_id = $1', params: [coach.id] },
      { client_reference: "'TEL-' || n", nickname: "'Teller ' || n" },
      3,
    );
    await copyRows(
      t.dataSource,
      'participants',
      { sql: 'coach_id = $1', params: [otherCoach.id] },
      { client_reference: "'TEL-9'", nickname: "'Teller 9'" },
      1,
    );
    for (const r of await t.dataSource.query<Array<{ id: string; client_reference: string }>>(
      `SELECT id, client_reference FROM participants WHERE client_reference LIKE 'TEL-%'`,
    ))
      ids.set(r.client_reference, r.id);
    // 110 places to be proposed for: one client may have one open introduction per place.
    await copyRows(
      t.dataSource,
      'placements',
      { sql: "status = 'PUBLISHED'", params: [] },
      { title: "'Telplek ' || lpad(n::text, 3, '0')" },
      110,
    );
    // TEL-1: 60 waiting for an answer and 45 accepted (105 open), and one in every other state.
    await introduce('TEL-1', coach.id, [
      ...Array<string>(60).fill('PROPOSED'),
      ...Array<string>(45).fill('ACCEPTED'),
      ...CLOSED,
    ]);
    // TEL-2: 2 proposed and 1 accepted (3 open) among every other state.
    await introduce('TEL-2', coach.id, [
      'PROPOSED',
      'DECLINED',
      'ACCEPTED',
      'STARTED',
      'PROPOSED',
      'WITHDRAWN',
    ]);
    // TEL-3: none open.
    await introduce('TEL-3', coach.id, CLOSED);
    // TEL-9, another coach's client: 4 proposed.
    await introduce('TEL-9', otherCoach.id, Array<string>(4).fill('PROPOSED'));
  }, 120_000);
  afterAll(() => t?.close());

  /** Every row of a coach's caseload, page after page. */
  async function caseload(token: string, first = 100): Promise<Row[]> {
    const rows: Row[] = [];
    let after: string | null = null;
    do {
      const res: { data?: { caseloadProgress: Conn<Row> }; errors?: unknown } = await t.gql<{
        caseloadProgress: Conn<Row>;
      }>(CASELOAD, { first, after }, token);
      expect(res.errors).toBeUndefined();
      rows.push(...nodes(res.data!.caseloadProgress));
      const info: NonNullable<Conn<Row>['pageInfo']> = res.data!.caseloadProgress.pageInfo!;
      after = info.hasNextPage ? info.endCursor! : null;
    } while (after);
    return rows;
  }

  const countOf = (rows: Row[], reference: string) =>
    rows.find((r) => r.participant.clientReference === reference)?.openIntroductionCount;

  it('counts every proposed or accepted introduction of a client, past 100, and no other state', async () => {
    const rows = await caseload(coach.token);
    expect(countOf(rows, 'TEL-1')).toBe(105);
    expect(countOf(rows, 'TEL-2')).toBe(3);
    expect(countOf(rows, 'TEL-3')).toBe(0);
    // The demo's clients too: each as many as the database holds for them.
    const expected = new Map(
      (
        await t.dataSource.query<Array<{ participant_id: string; n: number }>>(
          `SELECT participant_id, count(*)::int AS n FROM introductions
           WHERE coach_id = $1 AND status IN ('PROPOSED', 'ACCEPTED') GROUP BY participant_id`,
          [coach.id],
        )
      ).map((r) => [r.participant_id, r.n]),
    );
    expect([...expected.values()].some((n) => n > 0 && n < 100)).toBe(true);
    for (const row of rows)
      expect([row.participant.id, row.openIntroductionCount]).toEqual([
        row.participant.id,
        expected.get(row.participant.id) ?? 0,
      ]);
  });

  it('gives the same numbers a page of one client at a time', async () => {
    const whole = await caseload(coach.token);
    const oneByOne = await caseload(coach.token, 1);
    expect(oneByOne).toEqual(whole);
  });

  it("never shows another coach's client, nor counts their introductions for this coach", async () => {
    const rows = await caseload(coach.token);
    expect(rows.map((r) => r.participant.id)).not.toContain(ids.get('TEL-9'));
    // Their own coach sees them, with their 4.
    expect(countOf(await caseload(otherCoach.token), 'TEL-9')).toBe(4);

    const progress = await t.gql(
      `query ($id: ID!) { participantProgress(participantId: $id) { openIntroductionCount } }`,
      { id: ids.get('TEL-9') },
      coach.token,
    );
    expect(progress.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(progress.data?.participantProgress ?? null).toBeNull();

    // The service's own rule: a coach counts only their own introductions, a place counts none.
    const service = t.app.get(IntroductionsService);
    const asCoach: Actor = { userId: coach.id, role: Role.COACH, organisationId: '', displayName: '' };
    expect(await service.waitingCounts(asCoach, [ids.get('TEL-9')!, ids.get('TEL-1')!])).toEqual(
      new Map([
        [ids.get('TEL-9'), 0],
        [ids.get('TEL-1'), 105],
      ]),
    );
    const asEmployer: Actor = { userId: coach.id, role: Role.EMPLOYER, organisationId: '', displayName: '' };
    await expect(service.waitingCounts(asEmployer, [ids.get('TEL-1')!])).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it("shows the count on one client's progress too", async () => {
    const res = await t.gql<{ participantProgress: { openIntroductionCount: number } }>(
      `query ($id: ID!) { participantProgress(participantId: $id) { openIntroductionCount } }`,
      { id: ids.get('TEL-1') },
      coach.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.participantProgress.openIntroductionCount).toBe(105);
  });

  (onServer ? it : it.skip)(
    `sends as many statements for a page of every client as for a page of one${onServer ? '' : ' — SKIPPED on PGlite'}`,
    async () => {
      const total = (await caseload(coach.token)).length;
      expect(total).toBeGreaterThan(10);
      const page = (first: number) =>
        statementsOf(async () => {
          const res = await t.gql(CASELOAD, { first, after: null }, coach.token);
          expect(res.errors).toBeUndefined();
        });
      const one = await page(1);
      const all = await page(total);
      expect(all.length).toBe(one.length);
      // One count of introductions for the page, whatever its size.
      expect(all.filter((sql) => /FROM introductions/.test(sql))).toHaveLength(1);
    },
  );
});
