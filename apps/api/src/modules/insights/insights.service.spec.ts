import {
  actorOf,
  createTestApp,
  day,
  insertStandardActors,
  participantInput,
  placeInput,
  type StandardActorName,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import type { Actor, Role } from '@plekwijzer/api/modules/auth/role.js';
import type { CreateParticipantInput } from '@plekwijzer/api/modules/participants/dto/participant-fields.input.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import type { CreatePlacementInput } from '@plekwijzer/api/modules/placements/dto/placement-fields.input.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { InsightsRefresher } from './insights-refresh.service.js';
import { InsightsService, type InsightsTableView } from './insights.service.js';

/**
 * The bottleneck counts on a small world built so that the right answer is known:
 *
 * - places P1–P3: the fixtures' place (Tuesday 09:00–13:00 in 3811, no language requirement);
 *   P4: the same, but speaking B1 required.
 * - 5 × "fits": the fixtures' participant (Z-route, speaking A1, free on Tuesdays) matches P1–P3
 *   (three matches: ENOUGH_MATCHES); P4 is a near miss on LANGUAGE.
 * - 4 × "Wednesday": free on Wednesdays only: P1–P3 fail AVAILABILITY alone (near misses), P4 fails
 *   two criteria (no near miss) → their bottleneck is AVAILABILITY.
 * - 3 × "Rhenen": lives in Rhenen (3911), 25 minutes by bike: P1–P3 fail TRAVEL alone → TRAVEL.
 * - 1 × B1-route: fits like the first group → ENOUGH_MATCHES, in another route.
 * - 1 × term over: PIP date four years ago → not active, not counted.
 */
describe('InsightsService (bottlenecks on a hand-built world)', () => {
  let t: TestApp;
  let actors: StandardActors;
  let insights: InsightsService;
  const as = (name: StandardActorName): Actor => actorOf<Role>(actors[name]);

  beforeAll(async () => {
    t = await createTestApp({ env: { INSIGHTS_SUPPRESSION_K: '3' } });
    actors = await insertStandardActors(t.dataSource);
    insights = t.app.get(InsightsService);
    const placements = t.app.get(PlacementsService);
    const participants = t.app.get(ParticipantsService);
    const place = async (overrides: Record<string, unknown> = {}) => {
      const p = await placements.create(
        as('employerA'),
        placeInput<CreatePlacementInput>({ capacity: 5, ...overrides }),
      );
      await placements.publish(as('employerA'), p.id);
    };
    for (let i = 0; i < 3; i++) await place();
    await place({ languageRequirements: [{ skill: 'SPEAKING', level: 'B1', required: true }] });
    const person = (overrides: Record<string, unknown> = {}, coach: StandardActorName = 'coach') =>
      participants.create(as(coach), participantInput<CreateParticipantInput>(overrides));
    for (let i = 0; i < 5; i++) await person();
    for (let i = 0; i < 4; i++)
      await person({ availability: [{ day: 'WED', start: '08:00', end: '17:00' }] });
    for (let i = 0; i < 3; i++) await person({ homePostcode: '3911 AA' });
    await person({ route: 'B1_ROUTE' }, 'otherCoach');
    await person({ pipDate: day(-4 * 365) });
    await t.app.get(InsightsRefresher).refresh(null);
  });
  afterAll(() => t.close());

  /** The unsuppressed facts, straight from the snapshot: what the construction predicts. */
  async function rawCounts(): Promise<Record<string, number>> {
    const rows = await t.dataSource.query<Array<{ route: string; bottleneck: string; n: number }>>(
      `SELECT route, bottleneck, count(*)::int AS n FROM insights_participant_facts
        WHERE snapshot_id = (SELECT max(id) FROM insights_snapshots) GROUP BY 1, 2`,
    );
    return Object.fromEntries(rows.map((r) => [`${r.route}/${r.bottleneck}`, r.n]));
  }

  const cell = (table: InsightsTableView, row: string, column: string) =>
    table.rows.find((r) => r.key === row)!.cells[table.columns.findIndex((c) => c.key === column)];

  it('counts each active participant once, under the criterion that blocks most of their near misses', async () => {
    expect(await rawCounts()).toEqual({
      'Z_ROUTE/ENOUGH_MATCHES': 5,
      'Z_ROUTE/AVAILABILITY': 4,
      'Z_ROUTE/TRAVEL': 3,
      'B1_ROUTE/ENOUGH_MATCHES': 1,
    });
    const snapshot = await insights.snapshot(as('analyst'));
    expect(snapshot?.activeParticipants).toEqual({ value: 13, status: 'SHOWN', display: '13' });
    expect(snapshot?.places).toBe(4);
  });

  it('publishes the route table with the lone B1-route participant hidden, and no way to recompute it', async () => {
    const table = await insights.bottlenecks(as('analyst'), 'ROUTE');
    expect(cell(table, 'B1_ROUTE', 'ENOUGH_MATCHES').display).toBe('< 3');
    expect(table.rows.find((r) => r.key === 'B1_ROUTE')!.total?.display).toBe('< 3');
    // The column total (6) minus the Z-route cell (5) would give the 1 away: one of them is hidden.
    const zEnough = cell(table, 'Z_ROUTE', 'ENOUGH_MATCHES');
    const enoughTotal = table.columnTotals![table.columns.findIndex((c) => c.key === 'ENOUGH_MATCHES')];
    expect(zEnough.value === null || enoughTotal.value === null).toBe(true);
    expect(cell(table, 'Z_ROUTE', 'AVAILABILITY').display).toBe('4');
    expect(cell(table, 'Z_ROUTE', 'LANGUAGE').display).toBe('0');
    expect(table.columns[0].key).toBe('ENOUGH_MATCHES');
    expect(table.columns.at(-1)?.key).toBe('NOTHING_CLOSE');
  });

  it('splits by municipality of the home PC4, with Rhenen on its own row and Amersfoort on another', async () => {
    const table = await insights.bottlenecks(as('analyst'), 'AREA');
    expect(table.rows.map((r) => r.key)).toEqual(['Amersfoort', 'Rhenen']);
    expect(cell(table, 'Rhenen', 'TRAVEL').display).toBe('3');
    expect(cell(table, 'Amersfoort', 'AVAILABILITY').display).toBe('4');
  });

  it('merges coaching organisations below k into OTHER, and labels the others by name', async () => {
    const table = await insights.bottlenecks(as('analyst'), 'COACHING_ORGANISATION');
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0].key).toBe(actors.organisations.coaching);
    expect(table.rows[0].label).toMatch(/^coaching /);
  });

  it('shows supply as it is (places are public), and who fits: the B1-required place is a blind spot', async () => {
    const table = await insights.supplyDemand(as('analyst'), 'LANGUAGE_THRESHOLD');
    const totals = Object.fromEntries(table.columns.map((c, i) => [c.key, table.columnTotals![i].display]));
    expect(totals).toMatchObject({ PLACES: '4', CAPACITY: '20', FREE_SPOTS: '20' });
    // Participants with at least one fitting place: the 5 + 1 who fit P1–P3.
    expect(totals.FITTING_PARTICIPANTS).toBe('6');
    expect(cell(table, 'NONE', 'FITTING_PARTICIPANTS').display).toBe('6');
    expect(cell(table, 'B1', 'BLIND_SPOTS').display).toBe('1');
  });

  it('splits supply by week part (a Tuesday 09:00–13:00 place is morning and afternoon), without totals', async () => {
    const table = await insights.supplyDemand(as('analyst'), 'WEEK_PART');
    expect(table.rows.map((r) => r.key)).toEqual(['MORNING', 'AFTERNOON', 'EVENING', 'WEEKEND']);
    expect(cell(table, 'MORNING', 'PLACES').display).toBe('4');
    expect(cell(table, 'AFTERNOON', 'PLACES').display).toBe('4');
    expect(cell(table, 'EVENING', 'PLACES').display).toBe('0');
    // The 5 + 1 who fit P1–P3 fit a morning place (and an afternoon one).
    expect(cell(table, 'MORNING', 'FITTING_PARTICIPANTS').display).toBe('6');
    expect(table.columnTotals).toBeNull();
  });

  it('finds demand without supply: free on weekday mornings and afternoons, nothing fitting then', async () => {
    const table = await insights.demandWithoutSupply(as('analyst'));
    // Everyone here needs childcare (the fixtures' participant has a child of 4).
    expect(table.rows.map((r) => r.key)).toEqual(['Z_ROUTE:CHILDCARE', 'B1_ROUTE:CHILDCARE']);
    expect(table.rows[0].label).toBe('Z-route, met kinderopvang nodig');
    // The 4 free on Wednesdays and the 3 in Rhenen have no match at all; the others fit P1–P3.
    expect(cell(table, 'Z_ROUTE:CHILDCARE', 'MORNING').display).toBe('7');
    expect(cell(table, 'Z_ROUTE:CHILDCARE', 'AFTERNOON').display).toBe('7');
    expect(cell(table, 'Z_ROUTE:CHILDCARE', 'EVENING').display).toBe('0');
    expect(cell(table, 'B1_ROUTE:CHILDCARE', 'MORNING').display).toBe('0');
    expect(table.rows.every((r) => r.total === null)).toBe(true);
  });

  it('refuses other roles and audits every read, allowed or not', async () => {
    await expect(insights.bottlenecks(as('coach'), 'ROUTE')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const rows = await t.dataSource.query<
      Array<{ actor_user_id: string; result: string; object_id: string }>
    >(`SELECT actor_user_id, result, object_id FROM audit_log WHERE action = 'INSIGHTS_READ' ORDER BY id`);
    expect(rows).toContainEqual({
      actor_user_id: actors.analyst.id,
      result: 'ALLOWED',
      object_id: 'bottlenecks:ROUTE',
    });
    expect(rows).toContainEqual({
      actor_user_id: actors.coach.id,
      result: 'DENIED',
      object_id: 'bottlenecks:ROUTE',
    });
  });

  it('keeps answering from the last complete snapshot and keeps at most two', async () => {
    await t.app.get(InsightsRefresher).refresh(null);
    await t.app.get(InsightsRefresher).refresh(null);
    const [{ n }] = await t.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM insights_snapshots`,
    );
    expect(n).toBe(2);
    expect(await rawCounts()).toMatchObject({ 'Z_ROUTE/AVAILABILITY': 4 });
  });
});
