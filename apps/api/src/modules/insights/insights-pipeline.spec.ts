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
import { HoursService } from '@plekwijzer/api/modules/hours/hours.service.js';
import { IntroductionsService } from '@plekwijzer/api/modules/introductions/introductions.service.js';
import type { CreateParticipantInput } from '@plekwijzer/api/modules/participants/dto/participant-fields.input.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import type { CreatePlacementInput } from '@plekwijzer/api/modules/placements/dto/placement-fields.input.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { InsightsRefresher } from './insights-refresh.service.js';
import { InsightsService, type InsightsTableView } from './insights.service.js';

/**
 * The pipeline additions on a world whose answer is set by hand:
 *
 * - 9 participants of one coach (Z-route), one B1-route participant of another coach; all proposed
 *   for one place. Not proposed: 5 more in the B1 route. 6 proposed on 15 January 2026 and started 2, 4, 6, 8, 10 and 30 days later
 *   (median 6, 75th percentile 10); 2 proposed on 15 April and started after 3 and 5 days (fewer than
 *   k = 5: "–"); the rest not started.
 * - Hours in February 2026: 2 h logged by the organisation at the place for each of the 6 first
 *   starters (12 h from 6 people); a taalcafé logged by the coach for 2 of them (from 2 people: "–").
 */
describe('InsightsService (pipeline additions, on a hand-built world)', () => {
  let t: TestApp;
  let actors: StandardActors;
  let insights: InsightsService;
  const as = (name: StandardActorName): Actor => actorOf<Role>(actors[name]);

  beforeAll(async () => {
    t = await createTestApp({ env: { INSIGHTS_SUPPRESSION_K: '5' } });
    actors = await insertStandardActors(t.dataSource);
    insights = t.app.get(InsightsService);
    const placements = t.app.get(PlacementsService);
    const participants = t.app.get(ParticipantsService);
    const introductions = t.app.get(IntroductionsService);
    const place = await placements.create(
      as('employerA'),
      placeInput<CreatePlacementInput>({ capacity: 20, openToRoutes: ['Z_ROUTE', 'B1_ROUTE'] }),
    );
    await placements.publish(as('employerA'), place.id);
    const started: Array<{ id: string; participantId: string }> = [];
    const propose = async (coach: StandardActorName, overrides: Record<string, unknown> = {}) => {
      const p = await participants.create(as(coach), participantInput<CreateParticipantInput>(overrides));
      const i = await introductions.propose(as(coach), {
        participantId: p.id,
        placementId: place.id,
        consentConfirmed: true,
      });
      return { id: i.id, participantId: p.id };
    };
    const start = async (intro: { id: string; participantId: string }) => {
      await introductions.accept(as('employerA'), intro.id);
      await introductions.start(as('employerA'), intro.id, day(0));
      started.push(intro);
    };
    const days = [2, 4, 6, 8, 10, 30, 3, 5];
    for (let n = 0; n < 8; n++) await start(await propose('coach'));
    await propose('coach');
    await propose('otherCoach', { route: 'B1_ROUTE' });
    // Not proposed: five more in the B1 route (for the risk tables).
    for (let n = 0; n < 5; n++)
      await participants.create(
        as('otherCoach'),
        participantInput<CreateParticipantInput>({ route: 'B1_ROUTE' }),
      );
    for (const [n, intro] of started.entries()) {
      const proposed = n < 6 ? '2026-01-15 10:00:00+01' : '2026-04-15 10:00:00+02';
      await t.dataSource.query(`UPDATE introductions SET created_at = $2 WHERE id = $1`, [
        intro.id,
        proposed,
      ]);
      await t.dataSource.query(
        `UPDATE introduction_transitions SET at = $2::timestamptz + make_interval(days => $3)
          WHERE introduction_id = $1 AND to_status = 'STARTED'`,
        [intro.id, proposed, days[n]],
      );
    }
    for (const intro of started.slice(0, 6))
      await t.dataSource.query(
        `INSERT INTO hours_entries (introduction_id, participant_id, work_date, hours, source, status, created_by)
         VALUES ($1, $2, '2026-02-10', 2, 'ORGANISATION', 'APPROVED', $3)`,
        [intro.id, intro.participantId, actors.employerA.id],
      );
    for (const intro of started.slice(0, 2))
      await t.dataSource.query(
        `INSERT INTO hours_entries (participant_id, work_date, hours, source, status, created_by, activity,
                                    dutch_speaking_environment)
         VALUES ($1, '2026-02-11', 1.5, 'COACH', 'APPROVED', $2, 'TAALCAFE', true)`,
        [intro.participantId, actors.coach.id],
      );
    await t.app.get(InsightsRefresher).refresh(null);
  });
  afterAll(() => t.close());

  const cell = (table: InsightsTableView, row: string, column: string) =>
    table.rows.find((r) => r.key === row)!.cells[table.columns.findIndex((c) => c.key === column)];

  it('gives the median and 75th percentile of days from proposal to start per quarter, "–" below k starts', async () => {
    const table = await insights.pipelineTimes(as('analyst'));
    expect(table.rows.map((r) => r.key)).toEqual(['2026-Q1', '2026-Q2']);
    expect(cell(table, '2026-Q1', 'MEDIAN_DAYS').display).toBe('6');
    expect(cell(table, '2026-Q1', 'P75_DAYS').display).toBe('10');
    expect(cell(table, '2026-Q2', 'MEDIAN_DAYS')).toEqual({ value: null, status: 'WITHHELD', display: '–' });
  });

  it('gives approved hours by who logged them, "–" for hours of fewer than k people', async () => {
    const table = await insights.hoursBySource(as('analyst'));
    expect(table.rows.map((r) => r.key)).toEqual(['2026-Q1']);
    expect(cell(table, '2026-Q1', 'ORGANISATION:PLACEMENT').display).toBe('12');
    expect(cell(table, '2026-Q1', 'COACH:TAALCAFE').display).toBe('–');
    expect(cell(table, '2026-Q1', 'COACH:PLACEMENT').display).toBe('0');
    expect(table.columnTotals).toBeNull();
  });

  it('counts the 800-hour and MAP risks per route as the coaches see them, suppressed together', async () => {
    const hours = t.app.get(HoursService);
    const seen = [
      ...(await hours.caseloadProgress(as('coach'))),
      ...(await hours.caseloadProgress(as('otherCoach'))),
    ];
    const check = (table: InsightsTableView, riskOf: (p: (typeof seen)[number]) => string) => {
      for (const row of table.rows)
        table.columns.forEach((column, c) => {
          const n = seen.filter((p) => p.participant.route === column.key && riskOf(p) === row.key).length;
          const f = row.cells[c];
          if (f.status === 'SHOWN') expect(f.value).toBe(n);
          else if (f.status === 'SMALL') expect([n > 0 && n < 5, f.display]).toEqual([true, '< 5']);
          else expect(f.status === 'PROTECTED' ? n >= 5 : false).toBe(true);
        });
    };
    const participation = await insights.risks(as('analyst'), 'PARTICIPATION_800');
    check(participation, (p) => p.participation?.risk ?? 'NOT_APPLICABLE');
    expect(cell(participation, 'OFF_TRACK', 'Z_ROUTE').value).toBe(9);
    expect(cell(participation, 'NOT_APPLICABLE', 'B1_ROUTE').value).toBe(6);
    const map = await insights.risks(as('analyst'), 'MAP');
    check(map, (p) => p.map.risk);
    expect(map.rows.map((r) => r.key)).toEqual(['ON_TRACK', 'AT_RISK', 'OFF_TRACK']);
    // Both tables split the same people over the same routes: the route totals agree.
    expect(map.columnTotals!.map((f) => f.value)).toEqual(participation.columnTotals!.map((f) => f.value));
    expect(map.columnTotals![map.columns.findIndex((c) => c.key === 'Z_ROUTE')].value).toBe(9);
    await expect(insights.risks(as('coach'), 'MAP')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
