import { createTestApp, type TestApp } from '@plekwijzer/test-support';
import { demoSet } from './demo-data.js';
import { DemoSeeder } from './demo-seeder.service.js';

/** The demo set loads into an empty database once, through the services; a second run changes nothing. */
describe('DemoSeeder', () => {
  let t: TestApp;
  let seeder: DemoSeeder;

  beforeAll(async () => {
    t = await createTestApp();
    seeder = t.app.get(DemoSeeder);
  });
  afterAll(() => t.close());

  const counts = async () => {
    const [row] = await t.dataSource.query<
      Array<{ organisations: number; users: number; placements: number; participants: number }>
    >(
      `SELECT (SELECT count(*)::int FROM organisations) AS organisations, (SELECT count(*)::int FROM users) AS users,
              (SELECT count(*)::int FROM placements) AS placements, (SELECT count(*)::int FROM participants) AS participants`,
    );
    return row;
  };

  it('seeds an empty database: the report, the rows and the progress agree with the demo set', async () => {
    const demo = demoSet();
    expect(await seeder.isEmpty()).toBe(true);
    const progress: Array<[number, number]> = [];
    const report = await seeder.seedIfEmpty((done, total) => progress.push([done, total]));
    const expected = {
      organisations: demo.organisations.length,
      users: demo.users.length,
      placements: demo.placements.length,
      participants: demo.participants.length,
    };
    expect(report).toEqual({ seeded: true, ...expected });
    expect(await counts()).toEqual(expected);
    const total = expected.placements + expected.participants;
    expect(progress).toHaveLength(total);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(await seeder.isEmpty()).toBe(false);
  });

  it('each place ends in the status the demo set gives it, and every published one is queued for search', async () => {
    const wanted: Record<string, number> = {};
    for (const p of demoSet().placements) wanted[p.status] = (wanted[p.status] ?? 0) + 1;
    const rows = await t.dataSource.query<Array<{ status: string; n: number }>>(
      'SELECT status, count(*)::int AS n FROM placements GROUP BY status',
    );
    expect(Object.fromEntries(rows.map((r) => [r.status, r.n]))).toEqual(wanted);
    const unqueued = await t.dataSource.query(
      `SELECT id FROM placements p WHERE status = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM search_outbox o WHERE o.placement_id = p.id)`,
    );
    expect(unqueued).toEqual([]);
  });

  it('a second run seeds nothing and changes nothing', async () => {
    const before = await counts();
    const progress: number[] = [];
    expect(await seeder.seedIfEmpty((done) => progress.push(done))).toEqual({
      seeded: false,
      organisations: 0,
      users: 0,
      placements: 0,
      participants: 0,
    });
    expect(progress).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('demoUsers lists the active demo users with their ids, and no other user', async () => {
    const [org] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT organisation_id AS id FROM users WHERE role = 'ADMIN' LIMIT 1`,
    );
    await t.dataSource.query(
      `INSERT INTO users (organisation_id, role, display_name, email) VALUES ($1, 'ADMIN', 'Niet demo', 'niet-demo@example.nl')`,
      [org.id],
    );
    const listed = await seeder.demoUsers();
    expect(listed.map((u) => u.email).sort()).toEqual(
      demoSet()
        .users.map((u) => u.email)
        .sort(),
    );
    expect(listed.every((u) => typeof u.id === 'string' && u.id.length === 36)).toBe(true);
  });
});
