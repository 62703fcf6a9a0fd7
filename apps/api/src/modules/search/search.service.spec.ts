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
import { SearchIndexer } from './search-indexer.service.js';
import type { SearchPlacementsArgs } from './search.models.js';
import { SearchService } from './search.service.js';

/**
 * Search on the real database and the PostgreSQL index: only published places are ever found (a
 * draft never, a place paused a moment ago not even before the indexer hears of it), the filters
 * narrow, a `near` postcode is validated, and the text narrowing for the matcher.
 */
describe('SearchService', () => {
  let t: TestApp;
  let actors: StandardActors;
  let search: SearchService;
  let placements: PlacementsService;
  let indexer: SearchIndexer;
  const employer = (): Actor => actorOf<Role>(actors.employerA);
  const ids: Record<'published' | 'draft' | 'paused' | 'otherSector', string> = {
    published: '',
    draft: '',
    paused: '',
    otherSector: '',
  };

  /** Drains the outbox; a run skipped because another app on the server holds the lock is retried. */
  async function drain(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const report = await indexer.runOnce();
      if (!report.skipped) {
        expect(report.failed).toBe(0);
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the indexer lock stayed taken');
  }

  const args = (a: Partial<SearchPlacementsArgs>): SearchPlacementsArgs => ({ first: 20, ...a });
  const foundIds = async (a: Partial<SearchPlacementsArgs>) =>
    (await search.search(args(a))).hits.map((h) => h.placement.id).sort();

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    search = t.app.get(SearchService);
    placements = t.app.get(PlacementsService);
    indexer = t.app.get(SearchIndexer);
    const create = async (overrides: Record<string, unknown>, publish: boolean) => {
      const place = await placements.create(employer(), placeInput<CreatePlacementInput>(overrides));
      if (publish) await placements.publish(employer(), place.id);
      return place.id;
    };
    ids.published = await create({ title: 'Zeepkistenbouwer in de werkplaats' }, true);
    ids.draft = await create({ title: 'Zeepkistenbouwer concept' }, false);
    ids.paused = await create({ title: 'Zeepkistenbouwer op zaterdag' }, true);
    ids.otherSector = await create({ title: 'Zeepkistenbouwer in de zorg', sector: 'ZORG' }, true);
    await drain();
  });
  afterAll(() => t.close());

  it('finds the published places for a text, never a draft', async () => {
    const found = await foundIds({ text: 'zeepkistenbouwer' });
    expect(found).toEqual([ids.published, ids.paused, ids.otherSector].sort());
    expect(found).not.toContain(ids.draft);
    const page = await search.search(args({ text: 'zeepkistenbouwer' }));
    expect(page).toMatchObject({ total: 3, totalIsExact: true, hasNextPage: false });
  });

  it('a place paused a moment ago is left out before the indexer has run, and the total says so', async () => {
    await placements.pause(employer(), ids.paused);
    const page = await search.search(args({ text: 'zeepkistenbouwer' }));
    expect(page.hits.map((h) => h.placement.id)).not.toContain(ids.paused);
    expect(page).toMatchObject({ total: 2, totalIsExact: false });
    await drain();
    expect(await search.search(args({ text: 'zeepkistenbouwer' }))).toMatchObject({
      total: 2,
      totalIsExact: true,
    });
    await placements.publish(employer(), ids.paused);
    await drain();
  });

  it('filters narrow: a sector filter keeps only that sector', async () => {
    expect(await foundIds({ text: 'zeepkistenbouwer', filters: { sectors: ['ZORG'] } as never })).toEqual([
      ids.otherSector,
    ]);
    expect(await foundIds({ text: 'zeepkistenbouwer', filters: { types: ['STAGE'] } as never })).toEqual([]);
  });

  it('near: a known postcode narrows by distance; an unknown or malformed one is a field error on near.postcode', async () => {
    expect(await foundIds({ text: 'zeepkistenbouwer', near: { postcode: '3811', km: 5 } })).toHaveLength(3);
    expect(await foundIds({ text: 'zeepkistenbouwer', near: { postcode: '9999', km: 5 } })).toEqual([]);
    for (const postcode of ['1000 AA', 'abcd']) {
      await expect(
        search.search(args({ text: 'zeepkistenbouwer', near: { postcode, km: 5 } })),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: { fields: [{ path: 'near.postcode', message: expect.any(String) }] },
      });
    }
  });

  it('candidateIds: the published places matching a text; an empty text matches nothing', async () => {
    expect([...(await search.candidateIds('zeepkistenbouwer'))].sort()).toEqual(
      [ids.published, ids.paused, ids.otherSector].sort(),
    );
    expect((await search.candidateIds('   ')).size).toBe(0);
    expect((await search.candidateIds('onvindbaarwoord')).size).toBe(0);
  });

  it('status reports the index and outbox as they are', async () => {
    const published = (
      await t.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM placements WHERE status = 'PUBLISHED'`,
      )
    )[0].n;
    const status = await search.status();
    expect(status).toMatchObject({
      adapter: 'postgres',
      reachable: true,
      documentsIndexed: published,
      publishedPlaces: published,
      outboxPending: 0,
      outboxFailing: 0,
      oldestPendingSeconds: null,
    });
    expect(status.lastIndexerRunAt).toBeInstanceOf(Date);
  });
});
