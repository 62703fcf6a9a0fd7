import {
  actorOf,
  createTestApp,
  insertStandardActors,
  placeInput,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import type { Actor, Role } from '@plekwijzer/api/modules/auth/role.js';
import type { CreatePlacementInput } from '@plekwijzer/api/modules/placements/dto/placement-fields.input.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { SearchOutboxService } from './search-outbox.service.js';

/**
 * The search outbox on the real database (the indexer's timer is off in tests): a committed place
 * change writes exactly one row in its own transaction, a refused or rolled-back one none; the lag.
 */
describe('SearchOutboxService', () => {
  let t: TestApp;
  let actors: StandardActors;
  let outbox: SearchOutboxService;
  let placements: PlacementsService;
  const employer = (): Actor => actorOf<Role>(actors.employerA);

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    outbox = t.app.get(SearchOutboxService);
    placements = t.app.get(PlacementsService);
  });
  afterAll(() => t.close());

  const rowsOf = async (placementId: string): Promise<number> =>
    (
      await t.dataSource.query<Array<{ n: number }>>(
        'SELECT count(*)::int AS n FROM search_outbox WHERE placement_id = $1',
        [placementId],
      )
    )[0].n;

  it('each committed change of a place (create, update, publish, pause) writes one row', async () => {
    const place = await placements.create(employer(), placeInput<CreatePlacementInput>());
    expect(await rowsOf(place.id)).toBe(1);
    await placements.update(employer(), place.id, { title: 'Orderpicker' });
    expect(await rowsOf(place.id)).toBe(2);
    await placements.publish(employer(), place.id);
    await placements.pause(employer(), place.id);
    expect(await rowsOf(place.id)).toBe(4);
  });

  it('a refused change writes none (its transaction rolled back)', async () => {
    const place = await placements.create(employer(), placeInput<CreatePlacementInput>());
    await placements.close(employer(), place.id);
    const before = await rowsOf(place.id);
    await expect(placements.update(employer(), place.id, { title: 'Te laat' })).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'PLACE_CLOSED',
    });
    await expect(placements.publish(employer(), place.id)).rejects.toMatchObject({
      reason: 'ILLEGAL_TRANSITION',
    });
    await expect(
      placements.update(actorOf<Role>(actors.employerB), place.id, { title: 'Niet van mij' }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) });
    expect(await rowsOf(place.id)).toBe(before);
  });

  it('a row enqueued in a transaction that rolls back is gone; one that commits stays', async () => {
    const place = await placements.create(employer(), placeInput<CreatePlacementInput>());
    await expect(
      t.dataSource.transaction(async (manager) => {
        await outbox.placementChanged(manager, place.id);
        expect(
          (
            await manager.query<Array<{ n: number }>>(
              'SELECT count(*)::int AS n FROM search_outbox WHERE placement_id = $1',
              [place.id],
            )
          )[0].n,
        ).toBe(2);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await rowsOf(place.id)).toBe(1);
    await t.dataSource.transaction((manager) => outbox.enqueue(manager, place.id));
    expect(await rowsOf(place.id)).toBe(2);
  });

  describe('enqueueAllPublished and lag', () => {
    beforeAll(() => t.dataSource.query('DELETE FROM search_outbox'));

    it('nothing pending: zero lag, no age, no error', async () => {
      expect(await outbox.lag(t.dataSource)).toEqual({
        pending: 0,
        failing: 0,
        oldestPendingSeconds: null,
        lastError: null,
      });
    });

    it('queues every published place again, and only those', async () => {
      const published: string[] = [];
      for (let i = 0; i < 2; i++) {
        const p = await placements.create(employer(), placeInput<CreatePlacementInput>());
        await placements.publish(employer(), p.id);
        published.push(p.id);
      }
      await placements.create(employer(), placeInput<CreatePlacementInput>());
      await t.dataSource.query('DELETE FROM search_outbox');
      const allPublished = (
        await t.dataSource.query<Array<{ n: number }>>(
          `SELECT count(*)::int AS n FROM placements WHERE status = 'PUBLISHED'`,
        )
      )[0].n;
      expect(await outbox.enqueueAllPublished(t.dataSource)).toBe(allPublished);
      for (const id of published) expect(await rowsOf(id)).toBe(1);
      expect((await outbox.lag(t.dataSource)).pending).toBe(allPublished);
    });

    it('counts pending and failing rows, the oldest age and the newest error', async () => {
      await t.dataSource.query('DELETE FROM search_outbox');
      const place = await placements.create(employer(), placeInput<CreatePlacementInput>());
      await t.dataSource.query(
        `UPDATE search_outbox SET created_at = now() - interval '90 seconds' WHERE placement_id = $1`,
        [place.id],
      );
      await t.dataSource.query(
        `INSERT INTO search_outbox (placement_id, attempts, last_error) VALUES ($1, 2, 'first failure'), ($1, 1, 'latest failure')`,
        [place.id],
      );
      const lag = await outbox.lag(t.dataSource);
      expect(lag).toMatchObject({ pending: 3, failing: 2, lastError: 'latest failure' });
      expect(lag.oldestPendingSeconds).toBeGreaterThanOrEqual(89);
      expect(lag.oldestPendingSeconds).toBeLessThan(600);
    });
  });
});
