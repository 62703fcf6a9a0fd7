import { createTestApp, type TestApp } from '@plekwijzer/testing';
import { DEMO_PARTICIPANTS } from '../apps/api/src/modules/demo/demo-participants.js';
import { DEMO_PLACEMENTS } from '../apps/api/src/modules/demo/demo-data.js';

type Users = Array<{ id: string; role: string; email: string }>;

describe('the Amersfoort demo set', () => {
  let t: TestApp;
  let users: Users;

  beforeAll(async () => {
    t = await createTestApp({ seedDemo: true });
    users = await t.dataSource.query('SELECT id, role, email FROM users');
  }, 120_000);
  afterAll(() => t.close());

  const tokenOf = async (role: string) => t.tokenFor(users.find((u) => u.role === role)!);

  it('loads every place and participant through the services’ validation', async () => {
    const [places]: Array<{ n: number }> = await t.dataSource.query('SELECT count(*)::int AS n FROM placements');
    const [people]: Array<{ n: number }> = await t.dataSource.query('SELECT count(*)::int AS n FROM participants');
    expect(places.n).toBe(DEMO_PLACEMENTS.length);
    expect(people.n).toBe(DEMO_PARTICIPANTS.length);
    expect(DEMO_PLACEMENTS.length).toBeGreaterThanOrEqual(40);
    expect(DEMO_PARTICIPANTS.length).toBeGreaterThanOrEqual(30);
  });

  it('covers every type of place', async () => {
    const rows: Array<{ type: string }> = await t.dataSource.query(`SELECT DISTINCT type FROM placements WHERE status = 'PUBLISHED'`);
    expect(rows.map((r) => r.type).sort()).toEqual(
      ['ACTIVITEIT', 'PARTICIPATIEPLEK', 'PROEFPLAATSING', 'STAGE', 'TAALSTAGE', 'VRIJWILLIGERSWERK', 'WERKERVARINGSPLEK'],
    );
  });

  it('lets a coach search places near a postcode with the printed kind of token', async () => {
    const res = await t.gql<{ placements: { totalCount: number } }>(
      `{ placements(filter: { near: { postcode: "3811", km: 10 } }) { totalCount } }`,
      {},
      await tokenOf('COACH'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.placements.totalCount).toBeGreaterThan(20);
  });

  it('gives every demo participant matches or near misses, and shows every kind of near miss across the set', async () => {
    const coaches = users.filter((u) => u.role === 'COACH');
    const failed = new Set<string>();
    let withoutAnything = 0;
    for (const coach of coaches) {
      const token = await t.tokenFor(coach);
      const caseload: Array<{ id: string }> = await t.dataSource.query('SELECT id FROM participants WHERE coach_id = $1', [coach.id]);
      for (const p of caseload) {
        const res = await t.gql<{ matchesForParticipant: { matches: unknown[]; nearMisses: Array<{ failedCriterion: string }> } }>(
          `query($id: ID!) { matchesForParticipant(participantId: $id) { matches { score } nearMisses { failedCriterion } } }`,
          { id: p.id },
          token,
        );
        expect(res.errors).toBeUndefined();
        const r = res.data!.matchesForParticipant;
        if (r.matches.length + r.nearMisses.length === 0) withoutAnything++;
        r.nearMisses.forEach((n) => failed.add(n.failedCriterion));
      }
    }
    expect(withoutAnything).toBe(0);
    for (const criterion of ['LANGUAGE', 'AVAILABILITY', 'CHILDCARE', 'TRAVEL']) expect(failed).toContain(criterion);
  });
});
