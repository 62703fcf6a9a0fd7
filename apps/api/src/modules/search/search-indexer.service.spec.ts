import {
  actorOf,
  createTestApp,
  insertStandardActors,
  placeInput,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import { DATABASE_HANDLE, type DatabaseHandle } from '@plekwijzer/database';
import type { SearchCapabilities, SearchDocument, SearchIndex } from '@plekwijzer/search';
import type { Actor, Role } from '@plekwijzer/api/modules/auth/role.js';
import type { CreatePlacementInput } from '@plekwijzer/api/modules/placements/dto/placement-fields.input.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { type IndexerReport, SearchIndexer, type SearchIndexerOptions } from './search-indexer.service.js';

/**
 * A SearchIndex fake for the index port only (the outbox and the places are the real database):
 * it records what it was given, can fail for some places or altogether, and can hold a write.
 */
class FakeIndex implements SearchIndex {
  readonly adapter = 'postgres' as const;
  indexed: string[] = [];
  removed: string[] = [];
  calls = 0;
  failFor = new Set<string>();
  down = false;
  hold?: Promise<void>;
  onWrite?: () => void;

  async init(): Promise<void> {}
  async index(documents: readonly SearchDocument[]): Promise<void> {
    this.calls++;
    this.onWrite?.();
    if (this.hold) await this.hold;
    if (this.down || documents.some((d) => this.failFor.has(d.id)))
      throw new Error('index refused the write');
    this.indexed.push(...documents.map((d) => d.id));
  }
  async remove(ids: readonly string[]): Promise<void> {
    this.calls++;
    if (this.down) throw new Error('index refused the write');
    this.removed.push(...ids);
  }
  search(): never {
    throw new Error('not used');
  }
  matchingIds(): never {
    throw new Error('not used');
  }
  async count(): Promise<number> {
    return this.indexed.length;
  }
  async retainOnly(): Promise<number> {
    return 0;
  }
  async capabilities(): Promise<SearchCapabilities> {
    return { adapter: 'postgres', typoTolerance: false, notes: [] };
  }
}

describe('SearchIndexer', () => {
  let t: TestApp;
  let actors: StandardActors;
  let placements: PlacementsService;
  let handle: DatabaseHandle;
  const employer = (): Actor => actorOf<Role>(actors.employerA);

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    placements = t.app.get(PlacementsService);
    handle = t.app.get<DatabaseHandle>(DATABASE_HANDLE);
  });
  afterAll(() => t.close());
  beforeEach(() => t.dataSource.query('DELETE FROM search_outbox'));

  const indexerWith = (index: SearchIndex, options: Partial<SearchIndexerOptions> = {}) =>
    new SearchIndexer(handle, index, {
      enabled: false,
      baseDelayMs: 60_000,
      maxDelayMs: 120_000,
      ...options,
    });

  /** One run; a run skipped because another app on this server holds the lock is retried. */
  async function run(indexer: SearchIndexer): Promise<IndexerReport> {
    for (let i = 0; i < 100; i++) {
      const report = await indexer.runOnce();
      if (!report.skipped) return report;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the indexer lock stayed taken');
  }

  async function publishedPlace(): Promise<string> {
    const place = await placements.create(employer(), placeInput<CreatePlacementInput>());
    await placements.publish(employer(), place.id);
    return place.id;
  }

  const outbox = () =>
    t.dataSource.query<
      Array<{ placement_id: string; attempts: number; last_error: string | null; due_in: number }>
    >(
      `SELECT placement_id, attempts, last_error, extract(epoch FROM next_attempt_at - now())::float8 AS due_in FROM search_outbox ORDER BY id`,
    );

  it('drains the outbox: a published place is indexed once for all its rows, a draft is removed, the rows are gone', async () => {
    const published = await publishedPlace(); // two rows: created, published
    const draft = (await placements.create(employer(), placeInput<CreatePlacementInput>())).id;
    const index = new FakeIndex();
    const report = await run(indexerWith(index));
    expect(report).toMatchObject({
      skipped: false,
      processed: 3,
      indexed: 1,
      removed: 1,
      failed: 0,
      lastError: null,
    });
    expect(index.indexed).toEqual([published]);
    expect(index.removed).toEqual([draft]);
    expect(await outbox()).toEqual([]);
    expect(await run(indexerWith(index))).toMatchObject({ processed: 0, indexed: 0 });
  });

  it('takes batches of batchSize until the outbox is empty', async () => {
    for (let i = 0; i < 3; i++) await placements.create(employer(), placeInput<CreatePlacementInput>());
    const index = new FakeIndex();
    expect(await run(indexerWith(index, { batchSize: 2 }))).toMatchObject({ processed: 3, removed: 3 });
    expect(index.calls).toBe(2);
  });

  it('a failing index keeps the rows with attempts + 1, the error and a backoff; they are retried when due', async () => {
    const id = await publishedPlace();
    const index = new FakeIndex();
    index.down = true;
    const indexer = indexerWith(index);
    expect(await run(indexer)).toMatchObject({
      processed: 0,
      failed: 2,
      lastError: 'Error: index refused the write',
    });
    const rows = await outbox();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({
        placement_id: id,
        attempts: 1,
        last_error: 'Error: index refused the write',
      });
      // base 60 s × 2^0, spread over its upper half
      expect(row.due_in).toBeGreaterThan(25);
      expect(row.due_in).toBeLessThanOrEqual(60);
    }
    expect(indexer.state().lastFailure?.message).toBe('Error: index refused the write');

    index.down = false;
    expect(await run(indexer)).toMatchObject({ processed: 0, failed: 0 });
    expect(index.indexed).toEqual([]);

    index.down = true;
    await t.dataSource.query('UPDATE search_outbox SET next_attempt_at = now()');
    await run(indexer);
    for (const row of await outbox()) {
      expect(row.attempts).toBe(2);
      expect(row.due_in).toBeGreaterThan(55); // 60 s × 2^1, upper half
      expect(row.due_in).toBeLessThanOrEqual(120);
    }

    index.down = false;
    await t.dataSource.query('UPDATE search_outbox SET next_attempt_at = now()');
    expect(await run(indexer)).toMatchObject({ processed: 2, indexed: 1, failed: 0 });
    expect(index.indexed).toEqual([id]);
    expect(await outbox()).toEqual([]);
  });

  it('one failing place does not hold up the others', async () => {
    const bad = await publishedPlace();
    const good = await publishedPlace();
    const index = new FakeIndex();
    index.failFor.add(bad);
    const report = await run(indexerWith(index));
    expect(report).toMatchObject({ processed: 2, indexed: 1, failed: 2 });
    expect(index.indexed).toEqual([good]);
    expect((await outbox()).map((r) => r.placement_id)).toEqual([bad, bad]);
  });

  it('after three failures in a row the index is taken to be down: the rest backs off untried', async () => {
    const places: string[] = [];
    for (let i = 0; i < 5; i++)
      places.push((await placements.create(employer(), placeInput<CreatePlacementInput>())).id);
    const index = new FakeIndex();
    index.down = true;
    const report = await run(indexerWith(index));
    expect(report).toMatchObject({ processed: 0, failed: 5 });
    expect(index.calls).toBe(1 + 3); // the batch, then three places one by one
    expect((await outbox()).every((r) => r.attempts === 1)).toBe(true);
  });

  it('one replica at a time: a run while another holds the lock is skipped, not queued', async () => {
    await publishedPlace();
    let release!: () => void;
    const index = new FakeIndex();
    index.hold = new Promise<void>((r) => (release = r));
    const writing = new Promise<void>((r) => (index.onWrite = r));
    const first = indexerWith(index);
    const second = indexerWith(new FakeIndex());
    const firstRun = run(first);
    await writing;
    expect(await second.runOnce()).toMatchObject({ skipped: true, processed: 0 });
    expect(await first.runOnce()).toMatchObject({ skipped: true });
    release();
    expect(await firstRun).toMatchObject({ skipped: false, processed: 2, indexed: 1 });
    expect(await run(second)).toMatchObject({ skipped: false, processed: 0 });
  });
});
