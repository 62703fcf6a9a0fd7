import { TravelTimeEstimator } from '@plekwijzer/geo';
import {
  actorOf,
  createTestApp,
  insertStandardActors,
  participantInput,
  placeInput,
  type StandardActorName,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import type { Actor, Role } from '@plekwijzer/api/modules/auth/role.js';
import { PostcodeLookup } from '@plekwijzer/api/modules/geo/postcode-lookup.service.js';
import type { CreateParticipantInput } from '@plekwijzer/api/modules/participants/dto/participant-fields.input.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import type { CreatePlacementInput } from '@plekwijzer/api/modules/placements/dto/placement-fields.input.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { InsightsRefresher } from './insights-refresh.service.js';
import { InsightsService, type InsightsTableView } from './insights.service.js';

/**
 * "What one change unlocks" on a world built so that the answer is known:
 *
 * - P1: the fixtures' place, Tuesday 09:00–13:00 in 3811, no language requirement.
 * - PL: Thursday 09:00–13:00, speaking A2 required.
 * - 5 × "fits": the fixtures' participant (free Tuesdays, childcare covered Tuesdays) matches P1.
 * - 2 × "language": speaking A1, free and covered on Thursdays only: PL fails LANGUAGE alone, P1 two
 *   criteria → one language level unlocks PL, nothing else does (and PL lowering its threshold).
 * - 4 × Z-route and 1 × B1-route "childcare": free Tuesdays, no childcare cover: P1 fails CHILDCARE alone →
 *   one more half-day (Tuesday morning) unlocks it.
 * - 3 × "class": a language class Tuesday 09:00–10:00: P1 fails AVAILABILITY alone → moving that block;
 *   or P1 allowing its 4 hours anywhere in 08:00–14:00 (wider hours: 08–09 and 10–14 are free).
 * - 3 × "travel": by bike, 5 minutes short of P1: 10 more minutes unlocks it; one more way to travel
 *   does when the e-bike or public transport is fast enough (read from the app's estimator).
 */
describe('InsightsService (what one change unlocks, on a hand-built world)', () => {
  let t: TestApp;
  let actors: StandardActors;
  let insights: InsightsService;
  let modeUnlocks: boolean;
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
        placeInput<CreatePlacementInput>({ capacity: 20, ...overrides }),
      );
      await placements.publish(as('employerA'), p.id);
    };
    await place();
    await place({
      schedule: { kind: 'FIXED', shifts: [{ day: 'THU', start: '09:00', end: '13:00' }] },
      languageRequirements: [{ skill: 'SPEAKING', level: 'A2', required: true }],
    });
    const person = (overrides: Record<string, unknown> = {}, coach: StandardActorName = 'coach') =>
      participants.create(as(coach), participantInput<CreateParticipantInput>(overrides));
    for (let i = 0; i < 5; i++) await person();
    for (let i = 0; i < 2; i++)
      await person({
        availability: [{ day: 'THU', start: '08:00', end: '17:00' }],
        childcare: {
          needed: true,
          childrenAges: [4],
          covered: [{ day: 'THU', start: '08:00', end: '15:00' }],
        },
      });
    const noCover = { childcare: { needed: true, childrenAges: [4], covered: [] } };
    for (let i = 0; i < 4; i++) await person(noCover);
    await person({ ...noCover, route: 'B1_ROUTE' }, 'otherCoach');
    for (let i = 0; i < 3; i++)
      await person({
        commitments: [
          { kind: 'LANGUAGE_CLASS', label: 'Taalles', range: { day: 'TUE', start: '09:00', end: '10:00' } },
        ],
      });
    const lookup = t.app.get(PostcodeLookup);
    const travel = t.app.get(TravelTimeEstimator);
    const minutes = (mode: 'BIKE' | 'EBIKE' | 'PUBLIC_TRANSPORT') =>
      travel.estimate(lookup.locationOf('3822')!, lookup.locationOf('3811')!, mode).minutes;
    const max = minutes('BIKE') - 5;
    expect(max).toBeGreaterThanOrEqual(1);
    modeUnlocks = minutes('EBIKE') <= max || minutes('PUBLIC_TRANSPORT') <= max;
    for (let i = 0; i < 3; i++) await person({ maxTravelMinutes: max });
    await t.app.get(InsightsRefresher).refresh(null);
  });
  afterAll(() => t.close());

  const cell = (table: InsightsTableView, row: string, column: string) =>
    table.rows.find((r) => r.key === row)!.cells[table.columns.findIndex((c) => c.key === column)];
  const total = (table: InsightsTableView, column: string) =>
    table.columnTotals![table.columns.findIndex((c) => c.key === column)];

  it('stores, per participant without a match, the one-step changes that give them one', async () => {
    const rows = await t.dataSource.query<Array<{ route: string; unlocked_by: string[]; n: number }>>(
      `SELECT route, unlocked_by, count(*)::int AS n FROM insights_participant_facts
        WHERE snapshot_id = (SELECT max(id) FROM insights_snapshots) GROUP BY 1, 2 ORDER BY 1, 3`,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { route: 'Z_ROUTE', unlocked_by: [], n: 5 },
        { route: 'Z_ROUTE', unlocked_by: ['LANGUAGE_LEVEL'], n: 2 },
        { route: 'Z_ROUTE', unlocked_by: ['CHILDCARE_HALF_DAY'], n: 4 },
        { route: 'Z_ROUTE', unlocked_by: ['CLASS_BLOCK'], n: 3 },
        {
          route: 'Z_ROUTE',
          unlocked_by: modeUnlocks ? ['TRAVEL_MINUTES', 'TRAVEL_MODE'] : ['TRAVEL_MINUTES'],
          n: 3,
        },
        { route: 'B1_ROUTE', unlocked_by: ['CHILDCARE_HALF_DAY'], n: 1 },
      ]),
    );
    expect(rows).toHaveLength(6);
  });

  it('publishes route × change, the lone B1-route count hidden and not recomputable from the total', async () => {
    const table = await insights.unlocks(as('analyst'));
    expect(table.columns.map((c) => c.key)).toEqual([
      'LANGUAGE_LEVEL',
      'TRAVEL_MINUTES',
      'TRAVEL_MODE',
      'CHILDCARE_HALF_DAY',
      'CLASS_BLOCK',
    ]);
    expect(cell(table, 'Z_ROUTE', 'LANGUAGE_LEVEL').display).toBe('< 3');
    expect(cell(table, 'Z_ROUTE', 'CLASS_BLOCK').display).toBe('3');
    expect(cell(table, 'Z_ROUTE', 'TRAVEL_MINUTES').display).toBe('3');
    expect(cell(table, 'Z_ROUTE', 'TRAVEL_MODE').display).toBe(modeUnlocks ? '3' : '0');
    expect(cell(table, 'B1_ROUTE', 'CHILDCARE_HALF_DAY').display).toBe('< 3');
    // 5 in all minus 4 in the Z-route would give the 1 away: one of the two is hidden.
    const z = cell(table, 'Z_ROUTE', 'CHILDCARE_HALF_DAY');
    expect(z.value === null || total(table, 'CHILDCARE_HALF_DAY').value === null).toBe(true);
    // One person can count under several changes: rows have no total.
    expect(table.rows.every((r) => r.total === null)).toBe(true);
    expect(total(table, 'LANGUAGE_LEVEL').display).toBe('< 3');
    expect(total(table, 'CLASS_BLOCK').display).toBe('3');
  });

  it("gives an employer its own places' figures: who fits now, and how many more after one change", async () => {
    const list = await insights.forOwnPlaces(as('employerA'));
    expect(list).toHaveLength(2);
    const [p1, pl] = [
      list.find((p) => p.moreIfChildcareOffered.value !== 0)!,
      list.find((p) => p.moreIfChildcareOffered.value === 0)!,
    ];
    const shown = (f: { display: string }) => f.display;
    // P1: the 5 who fit; childcare on site covers the 5 without cover (child of 4); the 3 with a
    // class 09–10 can do 4 hours within 08–14; no one misses it on language alone.
    expect(
      [
        p1.fittingParticipants,
        p1.moreIfChildcareOffered,
        p1.moreIfHoursWidened,
        p1.moreIfLanguageLowered,
      ].map(shown),
    ).toEqual(['5', '5', '3', '0']);
    // PL: the 2 A1 speakers free on Thursdays would fit at A1: fewer than k.
    expect([pl.fittingParticipants, pl.moreIfLanguageLowered].map(shown)).toEqual(['0', '< 3']);
    expect(pl.moreIfLanguageLowered.value).toBeNull();
    // One place by id; another organisation's employer gets nothing of it.
    expect(await insights.forOwnPlaces(as('employerA'), pl.placementId)).toEqual([pl]);
    await expect(insights.forOwnPlaces(as('employerB'), pl.placementId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await insights.forOwnPlaces(as('employerB'))).toEqual([]);
    await expect(insights.forOwnPlaces(as('coach'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const audit = await t.dataSource.query<
      Array<{ actor_user_id: string; object_id: string; result: string }>
    >(
      `SELECT actor_user_id, object_id, result FROM audit_log WHERE action = 'INSIGHTS_READ'
          AND (object_id = 'own-places' OR object_id LIKE 'place:%') ORDER BY id`,
    );
    expect(audit).toContainEqual({
      actor_user_id: actors.employerB.id,
      object_id: `place:${pl.placementId}`,
      result: 'DENIED',
    });
    expect(audit).toContainEqual({
      actor_user_id: actors.employerA.id,
      object_id: 'own-places',
      result: 'ALLOWED',
    });
  });

  it('is for analysts and admins only, and audited', async () => {
    await expect(insights.unlocks(as('coach'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(insights.unlocks(as('admin'))).resolves.toBeDefined();
    const rows = await t.dataSource.query<Array<{ result: string }>>(
      `SELECT result FROM audit_log WHERE action = 'INSIGHTS_READ' AND object_id = 'unlocks' ORDER BY id`,
    );
    expect(rows.map((r) => r.result)).toEqual(['ALLOWED', 'DENIED', 'ALLOWED']);
  });
});
