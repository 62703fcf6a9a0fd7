import { DATABASE_HANDLE, type DatabaseHandle } from '@plekwijzer/database';
import type {
  SearchCapabilities,
  SearchDocument,
  SearchIndex,
  SearchQuery,
  SearchResult,
} from '@plekwijzer/search';
import {
  createTestApp,
  insertStandardActors,
  nodes,
  type Conn,
  type TestApp,
} from '@plekwijzer/test-support';
import { SearchIndexer } from '@plekwijzer/api/modules/search/search-indexer.service.js';
import { reindexAll } from '@plekwijzer/api/modules/search/search-reindex.js';
import { SEARCH_INDEX } from '@plekwijzer/api/modules/search/search.constants.js';
import { SearchService } from '@plekwijzer/api/modules/search/search.service.js';

/** A place an employer could publish as it is. */
function placeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'PARTICIPATIEPLEK',
    title: 'Vakkenvuller in de ochtend',
    description: 'Vakken vullen met een buddy naast je.',
    sector: 'DETAILHANDEL',
    location: { street: 'Hof 1', postcode: '3811 CJ', city: 'Amersfoort' },
    languageRequirements: [{ skill: 'SPEAKING', level: 'A1', required: true }],
    support: { buddy: true, supervisor: true, staffLanguages: [] },
    dutchSpeakingEnvironment: true,
    schedule: { kind: 'FIXED', shifts: [{ day: 'MON', start: '09:00', end: '12:30' }] },
    startDate: '2026-12-01',
    childcare: { kind: 'NONE' },
    physicalLoad: 'MEDIUM',
    capacity: 2,
    openToRoutes: ['Z_ROUTE', 'B1_ROUTE'],
    openToTargetGroups: ['STATUSHOUDER'],
    mapPractice: false,
    compensation: 'NONE',
    ...overrides,
  };
}

const CREATE = `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`;
const UPDATE = `mutation($input: UpdatePlacementInput!) { updatePlacement(input: $input) { placement { id } } }`;
const PUBLISH = `mutation($id: ID!) { publishPlacement(input: { placementId: $id }) { placement { id } } }`;
const PAUSE = `mutation($id: ID!) { pausePlacement(input: { placementId: $id }) { placement { id } } }`;
const CLOSE = `mutation($id: ID!) { closePlacement(input: { placementId: $id }) { placement { id } } }`;
const SEARCH = `query($text: String, $filter: SearchFilterInput, $facets: [SearchFacet!], $near: NearInput, $first: Int, $after: String) {
  searchPlacements(text: $text, filter: $filter, facets: $facets, near: $near, first: $first, after: $after) {
    totalCount totalIsExact pageInfo { hasNextPage endCursor }
    edges { node { score titleHighlighted snippet placement { id title status } } }
    facets { facet values { value count } }
  } }`;
const STATUS = `{ searchStatus { adapter reachable documentsIndexed publishedPlaces outboxPending outboxFailing oldestPendingSeconds lastError lastIndexerRunAt typoTolerance notes } }`;

interface SearchData {
  searchPlacements: Conn<{
    score: number | null;
    titleHighlighted: string;
    snippet: string | null;
    placement: { id: string; title: string; status: string };
  }> & {
    totalCount: number;
    totalIsExact: boolean;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: Array<{ facet: string; values: Array<{ value: string; count: number }> }>;
  };
}

/** An index in memory that records every call and fails while `failing` says so. */
class RecordingIndex implements SearchIndex {
  readonly adapter = 'postgres' as const;
  readonly documents = new Map<string, SearchDocument>();
  readonly calls: Array<{ op: 'index' | 'remove'; ids: string[] }> = [];
  failing: boolean | ((ids: string[]) => boolean) = false;
  gate: Promise<void> | undefined;

  private check(ids: string[]): void {
    const fail = typeof this.failing === 'function' ? this.failing(ids) : this.failing;
    if (fail) throw new Error('index unavailable (test)');
  }
  async init(): Promise<void> {}
  async index(documents: readonly SearchDocument[]): Promise<void> {
    await this.gate;
    const ids = documents.map((d) => d.id);
    this.check(ids);
    this.calls.push({ op: 'index', ids });
    for (const d of documents) this.documents.set(d.id, d);
  }
  async remove(ids: readonly string[]): Promise<void> {
    await this.gate;
    this.check([...ids]);
    this.calls.push({ op: 'remove', ids: [...ids] });
    for (const id of ids) this.documents.delete(id);
  }
  async search(_query: SearchQuery): Promise<SearchResult> {
    return { hits: [], total: 0, totalIsExact: true, facets: {} };
  }
  async matchingIds(): Promise<string[]> {
    return [];
  }
  async count(): Promise<number> {
    return this.documents.size;
  }
  async retainOnly(): Promise<number> {
    return 0;
  }
  async capabilities(): Promise<SearchCapabilities> {
    return { adapter: 'postgres', typoTolerance: false, notes: [] };
  }
}

describe('search', () => {
  let t: TestApp;
  let actors: Awaited<ReturnType<typeof insertStandardActors>>;
  let indexer: SearchIndexer;
  let handle: DatabaseHandle;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    for (const key of ['admin', 'coach', 'analyst', 'employerA', 'employerB', 'partner'] as const) {
      tokens[key] = await t.tokenFor(actors[key]);
    }
    indexer = t.app.get(SearchIndexer);
    handle = t.app.get<DatabaseHandle>(DATABASE_HANDLE);
  }, 120_000);
  afterAll(() => t.close());

  async function create(overrides: Record<string, unknown>, who = 'employerA'): Promise<string> {
    const res = await t.gql<{ createPlacement: { placement: { id: string } } }>(
      CREATE,
      { input: placeInput(overrides) },
      tokens[who],
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createPlacement.placement.id;
  }
  async function mutate(op: string, variables: Record<string, unknown>, who = 'employerA'): Promise<void> {
    const res = await t.gql(op, variables, tokens[who]);
    expect(res.errors).toBeUndefined();
  }
  async function search(variables: Record<string, unknown>, who = 'coach') {
    const res = await t.gql<SearchData>(SEARCH, variables, tokens[who]);
    expect(res.errors).toBeUndefined();
    return { ...res.data!.searchPlacements, hits: nodes(res.data!.searchPlacements) };
  }
  const titles = (r: { hits: Array<{ placement: { title: string } }> }) =>
    r.hits.map((h) => h.placement.title);
  async function outboxRows(placementId?: string): Promise<number> {
    const rows = await t.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM search_outbox WHERE $1::uuid IS NULL OR placement_id = $1::uuid`,
      [placementId ?? null],
    );
    return rows[0].n;
  }
  async function drain(): Promise<void> {
    const report = await indexer.runOnce();
    expect(report).toMatchObject({ skipped: false, failed: 0 });
    expect(await outboxRows()).toBe(0);
  }

  describe('keeping the index in step', () => {
    it('writes one outbox row per change of a place, in the same transaction, and none for a refused change', async () => {
      const before = await outboxRows();
      const id = await create({
        title: 'Fietsenmaker in de werkplaats',
        description: 'Banden plakken en remmen afstellen met een monteur.',
        sector: 'TECHNIEK',
      });
      ids.fiets = id;
      expect(await outboxRows(id)).toBe(1);
      await mutate(PUBLISH, { id });
      expect(await outboxRows(id)).toBe(2);
      await mutate(UPDATE, { input: { placementId: id, capacity: 3 } });
      expect(await outboxRows(id)).toBe(3);

      // Refused inside the transaction (a published place must stay complete): rolled back, no row.
      const refused = await t.gql(
        UPDATE,
        { input: { placementId: id, description: null } },
        tokens.employerA,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // Refused by someone else: no row either.
      const forbidden = await t.gql(
        UPDATE,
        { input: { placementId: id, title: 'Overgenomen' } },
        tokens.employerB,
      );
      expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await outboxRows(id)).toBe(3);
      expect(await outboxRows()).toBe(before + 3);
    });

    it('finds a place once the indexer has drained the outbox; drafts and paused places never', async () => {
      ids.magazijn = await create({
        type: 'WERKERVARINGSPLEK',
        title: 'Medewerker magazijn',
        description: 'Orderpicken en dozen inpakken.',
        sector: 'LOGISTIEK',
        compensation: 'PAID',
        location: { street: 'Hoogland 1', postcode: '3824', city: 'Amersfoort' },
      });
      ids.utrecht = await create({
        type: 'STAGE',
        title: 'Magazijnmedewerker in Utrecht',
        description: 'Voorraad tellen in het magazijn.',
        sector: 'LOGISTIEK',
        compensation: 'PAID',
        location: { street: 'Domplein 1', postcode: '3512', city: 'Utrecht' },
        languageRequirements: [{ skill: 'WRITING', level: 'B1', required: true }],
      });
      ids.boerderij = await create(
        {
          type: 'VRIJWILLIGERSWERK',
          title: 'Vrijwilligerswerk op de kinderboerderij',
          description: 'Dieren verzorgen; je kinderen mogen mee.',
          sector: 'GROEN',
          childcare: { kind: 'CHILDREN_WELCOME' },
          compensation: 'VOLUNTEER_ALLOWANCE',
          location: { street: 'Laan 1', postcode: '3813', city: 'Amersfoort' },
          languageRequirements: [],
        },
        'partner',
      );
      ids.keuken = await create({ type: 'TAALSTAGE', title: 'Hulpkok in de keuken', sector: 'HORECA' });
      ids.kwekerij = await create({
        title: 'Tuinman bij de kwekerij',
        description: 'Planten verpotten.',
        sector: 'GROEN',
      });
      for (const key of ['magazijn', 'utrecht', 'kwekerij']) await mutate(PUBLISH, { id: ids[key] });
      await mutate(PUBLISH, { id: ids.boerderij }, 'partner');
      await mutate(PAUSE, { id: ids.kwekerij });

      // Not drained yet: the index does not know these places.
      expect((await search({ text: 'magazijn' })).totalCount).toBe(0);
      await drain();

      expect(titles(await search({ text: 'magazijn' }))).toEqual([
        'Medewerker magazijn',
        'Magazijnmedewerker in Utrecht',
      ]);
      expect((await search({ text: 'hulpkok' })).totalCount).toBe(0);
      expect((await search({ text: 'kwekerij' })).totalCount).toBe(0);
      expect((await search({})).totalCount).toBe(4);
    });

    it('follows changes: a new title, a pause, a new publication, a closing', async () => {
      await mutate(UPDATE, {
        input: {
          placementId: ids.fiets,
          title: 'Rijwielhersteller',
          description: 'Banden plakken en remmen afstellen.',
        },
      });
      await drain();
      expect(titles(await search({ text: 'rijwielhersteller' }))).toEqual(['Rijwielhersteller']);
      expect((await search({ text: 'fietsenmaker' })).totalCount).toBe(0);

      await mutate(PAUSE, { id: ids.magazijn });
      // Still in the index until drained, but a place that is no longer published is never shown.
      const early = await search({ text: 'magazijn' });
      expect(titles(early)).toEqual(['Magazijnmedewerker in Utrecht']);
      await drain();
      expect((await search({ text: 'magazijn' })).totalCount).toBe(1);

      await mutate(PUBLISH, { id: ids.magazijn });
      await drain();
      expect((await search({ text: 'magazijn' })).totalCount).toBe(2);

      await mutate(UPDATE, { input: { placementId: ids.fiets, title: 'Fietsenmaker in de werkplaats' } });
      await mutate(CLOSE, { id: ids.utrecht });
      await drain();
      expect(titles(await search({ text: 'magazijn' }))).toEqual(['Medewerker magazijn']);
    });
  });

  describe('searchPlacements', () => {
    beforeAll(async () => {
      await mutate(PUBLISH, {
        id: (ids.utrecht2 = await create({
          type: 'STAGE',
          title: 'Magazijnmedewerker in Utrecht',
          description: 'Voorraad tellen in het magazijn.',
          sector: 'LOGISTIEK',
          compensation: 'PAID',
          location: { street: 'Domplein 1', postcode: '3512', city: 'Utrecht' },
          languageRequirements: [{ skill: 'WRITING', level: 'B1', required: true }],
        })),
      });
      await drain();
    });

    it('finds places by a Dutch word with a typo, marks the match and counts facets', async () => {
      const result = await search({ text: 'fietsemaker' });
      expect(result.hits[0].placement.id).toBe(ids.fiets);
      expect(result.hits[0].titleHighlighted).toBe('<mark>Fietsenmaker</mark> in de werkplaats');
      expect(result.hits[0].score).toBeGreaterThan(0);
      expect(result.facets.map((f) => f.facet)).toEqual([
        'TYPE',
        'SECTOR',
        'LANGUAGE_LEVEL',
        'CHILDCARE',
        'COMPENSATION',
        'DISTRICT',
      ]);
      expect(result.facets.find((f) => f.facet === 'SECTOR')!.values).toEqual([
        { value: 'TECHNIEK', count: 1 },
      ]);
    });

    it('finds a plural, a prefix and several words', async () => {
      expect(titles(await search({ text: 'magazijnen' }))).toEqual([
        'Medewerker magazijn',
        'Magazijnmedewerker in Utrecht',
      ]);
      expect(titles(await search({ text: 'vrijwill' }))).toEqual(['Vrijwilligerswerk op de kinderboerderij']);
      expect(titles(await search({ text: 'vrijwilligerswerk met kinderen' }))).toEqual([
        'Vrijwilligerswerk op de kinderboerderij',
      ]);
    });

    it('counts facets over all matches, and only those asked for', async () => {
      const all = await search({ facets: ['TYPE', 'DISTRICT', 'LANGUAGE_LEVEL', 'COMPENSATION'] });
      expect(all.totalCount).toBe(4);
      expect(all.facets.map((f) => f.facet)).toEqual(['TYPE', 'LANGUAGE_LEVEL', 'COMPENSATION', 'DISTRICT']);
      expect(all.facets.find((f) => f.facet === 'DISTRICT')!.values).toEqual([
        { value: '3512', count: 1 },
        { value: '3811', count: 1 },
        { value: '3813', count: 1 },
        { value: '3824', count: 1 },
      ]);
      expect(all.facets.find((f) => f.facet === 'COMPENSATION')!.values).toEqual([
        { value: 'PAID', count: 2 },
        { value: 'NONE', count: 1 },
        { value: 'VOLUNTEER_ALLOWANCE', count: 1 },
      ]);
      expect(all.facets.find((f) => f.facet === 'LANGUAGE_LEVEL')!.values).toEqual([
        { value: 'A1', count: 2 },
        { value: 'NONE', count: 1 },
        { value: 'B1', count: 1 },
      ]);
      expect((await search({ text: 'magazijn', facets: [] })).facets).toEqual([]);
    });

    it('filters by type, sector, language threshold, childcare, compensation and district', async () => {
      expect(titles(await search({ filter: { types: ['VRIJWILLIGERSWERK'] } }))).toEqual([
        'Vrijwilligerswerk op de kinderboerderij',
      ]);
      expect((await search({ filter: { sectors: ['LOGISTIEK'] } })).totalCount).toBe(2);
      expect(titles(await search({ text: 'magazijn', filter: { maxLanguageLevel: 'A2' } }))).toEqual([
        'Medewerker magazijn',
      ]);
      expect(titles(await search({ filter: { childcare: ['CHILDREN_WELCOME', 'ON_SITE'] } }))).toEqual([
        'Vrijwilligerswerk op de kinderboerderij',
      ]);
      expect((await search({ filter: { compensation: ['PAID'] } })).totalCount).toBe(2);
      expect(titles(await search({ filter: { districts: ['3811'] } }))).toEqual([
        'Fietsenmaker in de werkplaats',
      ]);
    });

    it('filters by a radius around a postcode and refuses an unknown postcode', async () => {
      expect(titles(await search({ text: 'magazijn', near: { postcode: '3811', km: 10 } }))).toEqual([
        'Medewerker magazijn',
      ]);
      expect((await search({ near: { postcode: '3811 AB', km: 30 } })).totalCount).toBe(4);
      const res = await t.gql(SEARCH, { near: { postcode: '1099', km: 5 } }, tokens.coach);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('near.postcode');
    });

    it('pages (at most 100 a page) with a total', async () => {
      const p1 = await search({ text: 'magazijn', first: 1 });
      const p2 = await search({ text: 'magazijn', first: 1, after: p1.pageInfo.endCursor });
      expect([p1.totalCount, p1.pageInfo.hasNextPage, p2.totalCount, p2.pageInfo.hasNextPage]).toEqual([
        2,
        true,
        2,
        false,
      ]);
      expect([...titles(p1), ...titles(p2)]).toEqual([
        'Medewerker magazijn',
        'Magazijnmedewerker in Utrecht',
      ]);
      const tooMany = await t.gql(SEARCH, { first: 101 }, tokens.coach);
      expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(tooMany.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('first');
    });

    it('refuses bad input field by field', async () => {
      const long = await t.gql(SEARCH, { text: 'x'.repeat(201) }, tokens.coach);
      expect(long.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('text');
      const district = await t.gql(SEARCH, { filter: { districts: ['38111'] } }, tokens.coach);
      expect(district.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('filter.districts');
    });

    it('lets every signed-in role search published places, and nobody without a token', async () => {
      for (const who of ['admin', 'coach', 'analyst', 'employerA', 'employerB', 'partner']) {
        expect((await search({ text: 'magazijn' }, who)).totalCount).toBe(2);
      }
      const anonymous = await t.gql(SEARCH, { text: 'magazijn' });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('narrows the matcher by text through the same index', async () => {
      const service = t.app.get(SearchService);
      expect([...(await service.candidateIds('fietsemaker'))]).toEqual([ids.fiets]);
      expect(await service.candidateIds('magazijnen')).toEqual(new Set([ids.magazijn, ids.utrecht2]));
      expect((await service.candidateIds('   ')).size).toBe(0);
    });
  });

  describe('searchStatus (admin)', () => {
    it('shows the adapter, documents indexed and the outbox lag', async () => {
      const idle = await t.gql<{ searchStatus: Record<string, unknown> }>(STATUS, {}, tokens.admin);
      expect(idle.errors).toBeUndefined();
      expect(idle.data!.searchStatus).toMatchObject({
        adapter: 'postgres',
        reachable: true,
        documentsIndexed: 4,
        publishedPlaces: 4,
        outboxPending: 0,
        outboxFailing: 0,
        oldestPendingSeconds: null,
        lastError: null,
        typoTolerance: true,
        notes: [],
      });
      expect(idle.data!.searchStatus.lastIndexerRunAt).not.toBeNull();

      await mutate(UPDATE, { input: { placementId: ids.fiets, capacity: 4 } });
      const behind = await t.gql<{ searchStatus: { outboxPending: number; oldestPendingSeconds: number } }>(
        STATUS,
        {},
        tokens.admin,
      );
      expect(behind.data!.searchStatus.outboxPending).toBe(1);
      expect(behind.data!.searchStatus.oldestPendingSeconds).toBeGreaterThanOrEqual(0);
      await drain();
    });

    it('is for admins only', async () => {
      for (const who of ['coach', 'analyst', 'employerA', 'partner']) {
        const res = await t.gql(STATUS, {}, tokens[who]);
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });
  });

  describe('reindex', () => {
    it('rebuilds the index from PostgreSQL, reporting progress, and drops what is no longer published', async () => {
      await t.dataSource.query(`DELETE FROM search_documents WHERE id = $1`, [ids.fiets]);
      await t.dataSource.query(
        `INSERT INTO search_documents (id, organisation_id, organisation_name, type, title, language_level, max_required_level, childcare, compensation)
         VALUES (gen_random_uuid(), $1, 'Weg', 'STAGE', 'Verdwenen plek', 'NONE', 0, 'NONE', 'NONE')`,
        [actors.organisations.employerA],
      );
      expect((await search({ text: 'fietsenmaker' })).totalCount).toBe(0);
      const progress: Array<[number, number]> = [];
      const report = await reindexAll(t.dataSource, t.app.get<SearchIndex>(SEARCH_INDEX), {
        batchSize: 3,
        onProgress: (d, n) => progress.push([d, n]),
      });
      expect(report).toEqual({ indexed: 4, removed: 1 });
      expect(progress).toEqual([
        [0, 4],
        [3, 4],
        [4, 4],
      ]);
      expect(titles(await search({ text: 'fietsemaker' }))).toEqual(['Fietsenmaker in de werkplaats']);
      expect(await t.app.get<SearchIndex>(SEARCH_INDEX).count()).toBe(4);
    });
  });

  describe('the indexer with an index that fails and recovers', () => {
    let flaky: RecordingIndex;
    let worker: SearchIndexer;
    const due = () => t.dataSource.query(`UPDATE search_outbox SET next_attempt_at = now()`);

    beforeAll(async () => {
      await drain(); // The app's own index is up to date; from here on the outbox belongs to `worker`.
      flaky = new RecordingIndex();
      worker = new SearchIndexer(handle, flaky, {
        enabled: false,
        batchSize: 10,
        baseDelayMs: 60_000,
        maxDelayMs: 600_000,
      });
    });

    it('never blocks a write, backs off, and catches up without losing or repeating an update', async () => {
      flaky.failing = true;
      const x = await create({ title: 'Schilder bij de woningbouw', sector: 'BOUW' });
      const y = await create({ title: 'Schoonmaker op kantoor', sector: 'SCHOONMAAK' });
      await mutate(PUBLISH, { id: x });
      await mutate(PUBLISH, { id: y });

      const failed = await worker.runOnce();
      expect(failed).toMatchObject({ skipped: false, processed: 0, failed: 4 });
      expect(failed.lastError).toMatch(/index unavailable/);
      const rows = await t.dataSource.query<Array<{ attempts: number; waits: boolean; last_error: string }>>(
        `SELECT attempts, next_attempt_at > now() + interval '20 seconds' AS waits, last_error FROM search_outbox ORDER BY id`,
      );
      expect(rows).toHaveLength(4);
      expect(rows.every((r) => r.attempts === 1 && r.waits && /index unavailable/.test(r.last_error))).toBe(
        true,
      );

      // Writes go on while the index is down; the rows wait for their backoff.
      const started = Date.now();
      await mutate(UPDATE, { input: { placementId: x, title: 'Schilder en behanger' } });
      await mutate(PAUSE, { id: y });
      expect(Date.now() - started).toBeLessThan(5_000);
      const status = await t.gql<{
        searchStatus: { outboxPending: number; outboxFailing: number; lastError: string };
      }>(STATUS, {}, tokens.admin);
      expect(status.data!.searchStatus).toMatchObject({ outboxPending: 6, outboxFailing: 4 });
      expect(status.data!.searchStatus.lastError).toMatch(/index unavailable/);

      // Only the two newest rows are due; they fail too and back off.
      expect(await worker.runOnce()).toMatchObject({ processed: 0, failed: 2 });
      expect(await outboxRows()).toBe(6);
      expect(flaky.calls).toEqual([]);

      // The index recovers; once the rows are due, one run brings it up to date.
      flaky.failing = false;
      await due();
      const recovered = await worker.runOnce();
      expect(recovered).toMatchObject({ skipped: false, failed: 0, processed: 6 });
      expect(await outboxRows()).toBe(0);

      // Each place written exactly once per batch it was in, and the index holds the final state.
      const touched = flaky.calls.flatMap((c) => c.ids);
      expect(touched.filter((id) => id === x)).toHaveLength(1);
      expect(touched.filter((id) => id === y)).toHaveLength(1);
      expect(flaky.documents.get(x)?.title).toBe('Schilder en behanger');
      expect(flaky.documents.has(y)).toBe(false);
      expect(flaky.calls.find((c) => c.ids.includes(y))?.op).toBe('remove');
    });

    it('lets one failing place wait without holding up the others', async () => {
      flaky.calls.length = 0;
      const poisoned = await create({ title: 'Kapotte plek', sector: 'BOUW' });
      const fine = await create({ title: 'Gewone plek', sector: 'BOUW' });
      await mutate(PUBLISH, { id: poisoned });
      await mutate(PUBLISH, { id: fine });
      flaky.failing = (batch) => batch.includes(poisoned);

      const report = await worker.runOnce();
      expect(report.failed).toBe(2);
      expect(report.processed).toBe(2);
      expect(flaky.documents.has(fine)).toBe(true);
      expect(flaky.documents.has(poisoned)).toBe(false);
      expect(await outboxRows(poisoned)).toBe(2);

      flaky.failing = false;
      await due();
      expect(await worker.runOnce()).toMatchObject({ processed: 2, failed: 0 });
      expect(flaky.documents.has(poisoned)).toBe(true);
    });

    it('lets only one run drain at a time (another replica is skipped)', async () => {
      let open!: () => void;
      flaky.gate = new Promise<void>((resolve) => (open = resolve));
      await create({ title: 'Nog een plek', sector: 'BOUW' });
      const second = new SearchIndexer(handle, new RecordingIndex(), { enabled: false });
      const running = worker.runOnce();
      await new Promise((r) => setTimeout(r, 200));
      expect(await worker.runOnce()).toMatchObject({ skipped: true });
      expect(await second.runOnce()).toMatchObject({ skipped: true });
      open();
      expect(await running).toMatchObject({ skipped: false, processed: 1 });
      flaky.gate = undefined;
      expect(await second.runOnce()).toMatchObject({ skipped: false, processed: 0 });
    });
  });
});
