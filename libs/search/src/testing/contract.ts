/**
 * The adapter-agnostic contract every SearchIndex must meet. Call `searchIndexContract(name,
 * setup)` from a Jest test file; `setup` returns an empty index (and how to clean it up).
 * Imported by path from tests only, never from the library's index. Jest's functions come from
 * @jest/globals (installed with jest) rather than ambient globals, so `npm run build`, which
 * compiles libs/ without Jest's types, still type-checks this file.
 */
import { LANGUAGE_LEVELS } from '@plekwijzer/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  SearchQueryError,
  type SearchDocument,
  type SearchFacetName,
  type SearchFilters,
  type SearchIndex,
  type SearchResult,
} from '../types.js';
import { SEARCH_FACETS } from '../types.js';
import {
  ALL_CONTRACT_DOCUMENTS,
  CONTRACT_DOCUMENTS,
  CONTRACT_ORGANISATION_B,
  PC4,
  keyOf,
  type ContractKey,
} from './contract-fixtures.js';

export interface ContractSubject {
  index: SearchIndex;
  cleanup?: () => Promise<void>;
}

const D = CONTRACT_DOCUMENTS;
const R_KM = 6371.0088;

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** What a filter should keep, decided in plain TypeScript. */
function expected(filters: SearchFilters): ContractKey[] {
  const keep = (d: SearchDocument): boolean =>
    (!filters.types?.length || filters.types.includes(d.type)) &&
    (!filters.sectors?.length || (d.sector !== null && filters.sectors.includes(d.sector))) &&
    (filters.maxLanguageLevel === undefined ||
      LANGUAGE_LEVELS.indexOf(d.languageLevel) <= LANGUAGE_LEVELS.indexOf(filters.maxLanguageLevel)) &&
    (!filters.childcare?.length || filters.childcare.includes(d.childcare)) &&
    (!filters.compensation?.length || filters.compensation.includes(d.compensation)) &&
    (!filters.districts?.length || (d.district !== null && filters.districts.includes(d.district))) &&
    (filters.organisationId === undefined || d.organisationId === filters.organisationId) &&
    (!filters.near || (d.location !== null && km(filters.near, d.location) <= filters.near.km));
  return ALL_CONTRACT_DOCUMENTS.filter(keep)
    .map((d) => keyOf(d.id)!)
    .sort();
}

const keys = (result: SearchResult): ContractKey[] => result.hits.map((h) => keyOf(h.id)!);
const sorted = (list: ContractKey[]): ContractKey[] => [...list].sort();
const newestFirst = (): ContractKey[] =>
  [...ALL_CONTRACT_DOCUMENTS]
    .sort((a, b) => (a.publishedAt! < b.publishedAt! ? 1 : -1))
    .map((d) => keyOf(d.id)!);

function facetCounts(docs: SearchDocument[], facet: SearchFacetName): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of docs) {
    const value = d[facet];
    if (value !== null) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

const asRecord = (values: Array<{ value: string; count: number }> | undefined): Record<string, number> =>
  Object.fromEntries((values ?? []).map((v) => [v.value, v.count]));

export function searchIndexContract(name: string, setup: () => Promise<ContractSubject>): void {
  describe(`SearchIndex contract: ${name}`, () => {
    let subject: ContractSubject | undefined;
    let index: SearchIndex;
    const search = (
      text: string | null,
      filters: SearchFilters = {},
      extra: { first?: number; offset?: number; facets?: SearchFacetName[] } = {},
    ) =>
      index.search({
        text,
        filters,
        first: extra.first ?? 100,
        offset: extra.offset ?? 0,
        facets: extra.facets,
      });

    beforeAll(async () => {
      subject = await setup();
      index = subject.index;
      await index.init();
      await index.index(ALL_CONTRACT_DOCUMENTS);
    }, 120_000);

    afterAll(async () => {
      await subject?.cleanup?.();
    }, 60_000);

    it('holds exactly the documents it was given', async () => {
      expect(await index.count()).toBe(ALL_CONTRACT_DOCUMENTS.length);
      expect((await index.capabilities()).adapter).toBe(index.adapter);
    });

    describe('relevance basics', () => {
      it('finds an exact word, a title match before a description match', async () => {
        const hits = keys(await search('magazijn'));
        expect(hits[0]).toBe('magazijn');
        expect(hits).toContain('chauffeur');
        expect(hits).not.toContain('fietsenmaker');
      });

      it('finds a Dutch plural: "magazijnen" finds "magazijn"', async () => {
        const hits = keys(await search('magazijnen'));
        expect(hits[0]).toBe('magazijn');
        expect(hits).toContain('chauffeur');
      });

      it('tolerates a typo: "fietsemaker" finds "Fietsenmaker"', async () => {
        const hits = keys(await search('fietsemaker'));
        expect(hits[0]).toBe('fietsenmaker');
      });

      it('matches a prefix of the last word: "vrijwill" finds vrijwilligerswerk and vrijwilligers', async () => {
        const hits = keys(await search('vrijwill'));
        expect(hits[0]).toBe('kinderboerderij');
        expect(hits).toEqual(expect.arrayContaining(['kinderboerderij', 'taalcafe']));
        expect(hits).not.toContain('magazijn');
      });

      it('finds several words together: "vrijwilligerswerk met kinderen"', async () => {
        expect(keys(await search('vrijwilligerswerk met kinderen'))[0]).toBe('kinderboerderij');
      });

      it('finds a place by its organisation name and by its sector', async () => {
        expect(keys(await search('voedselbank'))[0]).toBe('voedselbank');
        expect(keys(await search('horeca'))[0]).toBe('keuken');
      });

      it('marks matched words in the title and escapes everything an employer typed', async () => {
        const hit = (await search('schilder')).hits.find((h) => h.id === D.schilder.id)!;
        expect(hit.titleHighlighted).toMatch(/^<mark>Schilder<\/mark> &amp; behanger &lt;script&gt;$/);
        // Markup typed into a description is either escaped (Meilisearch) or dropped (PostgreSQL's
        // ts_headline), never passed on as markup.
        expect(hit.snippet).toMatch(/<mark>schilder/i);
        expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
      });

      it('gives a snippet of the description with the match marked', async () => {
        const hit = (await search('orderpicken')).hits.find((h) => h.id === D.magazijn.id)!;
        expect(hit.snippet).toMatch(/<mark>orderpicken<\/mark>/i);
        expect(hit.score).not.toBeNull();
      });

      it('lists everything newest first without text', async () => {
        for (const text of [null, '', '   ', '?!']) {
          const result = await search(text);
          expect(keys(result)).toEqual(newestFirst());
          expect(result.total).toBe(ALL_CONTRACT_DOCUMENTS.length);
          expect(result.hits.every((h) => h.score === null)).toBe(true);
          expect(result.hits.find((h) => h.id === D.schilder.id)!.titleHighlighted).toBe(
            'Schilder &amp; behanger &lt;script&gt;',
          );
        }
      });

      it('finds nothing for a word no place has', async () => {
        const result = await search('zwembadkassière');
        expect(result.hits).toEqual([]);
        expect(result.total).toBe(0);
      });
    });

    describe('filters', () => {
      const cases: Array<[string, SearchFilters]> = [
        ['type', { types: ['VRIJWILLIGERSWERK'] }],
        ['sector (any of two)', { sectors: ['GROEN', 'LOGISTIEK'] }],
        ['language threshold A1', { maxLanguageLevel: 'A1' }],
        ['language threshold NONE', { maxLanguageLevel: 'NONE' }],
        ['childcare', { childcare: ['ON_SITE', 'CHILDREN_WELCOME'] }],
        ['compensation', { compensation: ['PAID'] }],
        ['district', { districts: ['3811'] }],
        ['organisation', { organisationId: CONTRACT_ORGANISATION_B }],
        [
          'several together',
          {
            types: ['PARTICIPATIEPLEK', 'VRIJWILLIGERSWERK'],
            maxLanguageLevel: 'A1',
            districts: ['3811', '3813', '3831'],
          },
        ],
        ['radius 2 km', { near: { ...PC4['3811'], km: 2 } }],
        ['radius 4 km', { near: { ...PC4['3811'], km: 4 } }],
        ['radius 10 km', { near: { ...PC4['3811'], km: 10 } }],
        ['radius and type', { near: { ...PC4['3811'], km: 10 }, types: ['PARTICIPATIEPLEK'] }],
        ['nothing matching', { types: ['STAGE'], districts: ['3811'] }],
      ];

      it.each(cases)('keeps exactly what the filter allows: %s', async (_name, filters) => {
        const result = await search(null, filters);
        expect(sorted(keys(result))).toEqual(expected(filters));
        expect(result.total).toBe(expected(filters).length);
      });

      it('filters text matches too', async () => {
        expect(sorted(keys(await search('magazijn', { near: { ...PC4['3811'], km: 4 } })))).toEqual([
          'chauffeur',
        ]);
        expect(sorted(keys(await search('magazijn', { compensation: ['NONE'] })))).toEqual([]);
        expect(keys(await search('vrijwill', { childcare: ['CHILDREN_WELCOME'] }))[0]).toBe(
          'kinderboerderij',
        );
      });

      it('refuses a page size above 100 and a negative offset', async () => {
        await expect(index.search({ text: 'x', first: 101, offset: 0 })).rejects.toThrow(SearchQueryError);
        await expect(index.search({ text: 'x', first: 10, offset: -1 })).rejects.toThrow(SearchQueryError);
      });
    });

    describe('facets', () => {
      it('counts every facet over all places', async () => {
        const result = await search(null, {}, { facets: [...SEARCH_FACETS], first: 1 });
        for (const facet of SEARCH_FACETS) {
          expect([facet, asRecord(result.facets[facet])]).toEqual([
            facet,
            facetCounts(ALL_CONTRACT_DOCUMENTS, facet),
          ]);
          const counts = (result.facets[facet] ?? []).map((v) => v.count);
          expect(counts).toEqual([...counts].sort((a, b) => b - a));
        }
      });

      it('counts over the filtered matches only', async () => {
        const filters: SearchFilters = { types: ['VRIJWILLIGERSWERK'] };
        const result = await search(null, filters, {
          facets: ['sector', 'childcare', 'district', 'languageLevel'],
        });
        const docs = ALL_CONTRACT_DOCUMENTS.filter((d) => d.type === 'VRIJWILLIGERSWERK');
        for (const facet of ['sector', 'childcare', 'district', 'languageLevel'] as const) {
          expect([facet, asRecord(result.facets[facet])]).toEqual([facet, facetCounts(docs, facet)]);
        }
        expect(result.facets.type).toBeUndefined();
      });

      it('counts over the text matches', async () => {
        const result = await search('magazijn', {}, { facets: ['sector', 'compensation'] });
        const matched = ALL_CONTRACT_DOCUMENTS.filter((d) => result.hits.some((h) => h.id === d.id));
        expect(asRecord(result.facets.sector)).toEqual(facetCounts(matched, 'sector'));
        expect(asRecord(result.facets.compensation)).toEqual(facetCounts(matched, 'compensation'));
        expect(asRecord(result.facets.sector).LOGISTIEK).toBe(2);
      });

      it('counts nothing it was not asked for', async () => {
        expect((await search('magazijn')).facets).toEqual({});
      });
    });

    describe('pagination', () => {
      it('splits the list into pages with the same total, without gaps or repeats', async () => {
        const all = newestFirst();
        const pages: ContractKey[][] = [];
        for (const offset of [0, 3, 6, 9]) {
          const result = await search(null, {}, { first: 3, offset });
          expect(result.total).toBe(all.length);
          expect(result.totalIsExact).toBe(true);
          pages.push(keys(result));
        }
        expect(pages.map((p) => p.length)).toEqual([3, 3, 3, 1]);
        expect(pages.flat()).toEqual(all);
      });

      it('accepts an offset that is not a page boundary', async () => {
        const result = await search(null, {}, { first: 3, offset: 4 });
        expect(keys(result)).toEqual(newestFirst().slice(4, 7));
        expect(result.total).toBeGreaterThanOrEqual(7);
      });

      it('pages through text matches', async () => {
        const whole = keys(await search('vrijwill'));
        const first = await search('vrijwill', {}, { first: 1, offset: 0 });
        const second = await search('vrijwill', {}, { first: 1, offset: 1 });
        expect(first.total).toBe(whole.length);
        expect([...keys(first), ...keys(second)]).toEqual(whole.slice(0, 2));
      });

      it('gives an empty page past the end, with the total', async () => {
        const result = await search(null, {}, { first: 5, offset: 20 });
        expect(result.hits).toEqual([]);
        expect(result.total).toBe(ALL_CONTRACT_DOCUMENTS.length);
      });
    });

    describe('matching ids (for the matcher)', () => {
      it('returns the ids of the text matches, best first, filtered and capped', async () => {
        const ids = await index.matchingIds('magazijn');
        expect(ids[0]).toBe(D.magazijn.id);
        expect(ids).toContain(D.chauffeur.id);
        expect(await index.matchingIds('magazijn', { districts: ['3824'] })).toEqual([D.magazijn.id]);
        expect(await index.matchingIds('magazijn', {}, 1)).toEqual([D.magazijn.id]);
        expect(await index.matchingIds('zwembadkassière')).toEqual([]);
      });
    });

    describe('updates and deletes', () => {
      it('forgets a removed place and finds it again once indexed again', async () => {
        await index.remove([D.fietsenmaker.id]);
        expect(keys(await search('fietsenmaker'))).not.toContain('fietsenmaker');
        expect(await index.count()).toBe(ALL_CONTRACT_DOCUMENTS.length - 1);
        expect((await search(null)).total).toBe(ALL_CONTRACT_DOCUMENTS.length - 1);
        expect(
          (await search(null, {}, { facets: ['district'] })).facets.district?.find((v) => v.value === '3811')
            ?.count,
        ).toBe(2);

        await index.index([D.fietsenmaker]);
        expect(keys(await search('fietsenmaker'))[0]).toBe('fietsenmaker');
        expect(await index.count()).toBe(ALL_CONTRACT_DOCUMENTS.length);
      });

      it('takes removing an unknown id and indexing a document twice in its stride', async () => {
        await index.remove(['5ea4c000-0000-4000-8000-999999999999']);
        await index.remove([]);
        await index.index([D.keuken, D.keuken]);
        await index.index([D.keuken]);
        expect(await index.count()).toBe(ALL_CONTRACT_DOCUMENTS.length);
        expect(keys(await search('hulpkok')).filter((k) => k === 'keuken')).toHaveLength(1);
      });

      it('replaces a document by a newer version of it', async () => {
        await index.index([
          { ...D.keuken, title: 'Kok in de kantine', district: '3813', location: PC4['3813'] },
        ]);
        expect(keys(await search('kantine'))).toEqual(['keuken']);
        expect(keys(await search('hulpkok'))).not.toContain('keuken');
        expect(sorted(keys(await search(null, { districts: ['3813'] })))).toEqual([
          'keuken',
          'kinderboerderij',
          'schilder',
        ]);
        await index.index([D.keuken]);
        expect(keys(await search('hulpkok'))[0]).toBe('keuken');
      });

      it('keeps only the given ids after a rebuild', async () => {
        const keep = new Set(ALL_CONTRACT_DOCUMENTS.filter((d) => d.id !== D.schilder.id).map((d) => d.id));
        expect(await index.retainOnly(keep)).toBe(1);
        expect(await index.count()).toBe(ALL_CONTRACT_DOCUMENTS.length - 1);
        expect(await index.retainOnly(keep)).toBe(0);
        await index.index([D.schilder]);
        expect(await index.count()).toBe(ALL_CONTRACT_DOCUMENTS.length);
      });
    });
  });
}
