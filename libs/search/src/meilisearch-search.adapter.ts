import { languageLevelRank, LANGUAGE_LEVELS } from '@plekwijzer/domain';
import {
  Meilisearch,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type Index,
  type Settings,
  type Task,
} from 'meilisearch';
import { toMeilisearchFilter } from './meilisearch-filter.js';
import {
  cleanText,
  DUTCH_STOP_WORDS,
  escapeHtml,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  leadingSnippet,
  meilisearchSynonyms,
  queryWords,
  renderHighlight,
  sectorSearchText,
} from './text.js';
import {
  assertValidQuery,
  SEARCH_MAX_MATCHING_IDS,
  SearchUnavailableError,
  type SearchCapabilities,
  type SearchDocument,
  type SearchFacetName,
  type SearchFacetValue,
  type SearchFilters,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from './types.js';

export interface MeilisearchOptions {
  host: string;
  apiKey?: string;
  /** Index uid; `placements` unless a test or a second environment on the same server wants its own. */
  indexUid?: string;
  /** Per HTTP request. */
  timeoutMs?: number;
  /** How long to wait for an indexing task before giving up (the outbox then retries). */
  taskTimeoutMs?: number;
}

/** A document as stored in Meilisearch. */
export interface MeiliPlacementDocument {
  id: string;
  organisationId: string;
  organisationName: string;
  type: string;
  title: string;
  description: string | null;
  sector: string | null;
  sectorText: string;
  languageLevel: string;
  maxRequiredLevel: number;
  childcare: string;
  compensation: string;
  district: string | null;
  city: string | null;
  _geo?: { lat: number; lng: number };
  /** Epoch milliseconds (sortable); 0 when unknown. */
  publishedAt: number;
}

/** Searched in this order: a title match outranks a sector/organisation match, which outranks the description. */
export const MEILI_SEARCHABLE_ATTRIBUTES = [
  'title',
  'sectorText',
  'organisationName',
  'description',
] as const;
export const MEILI_FILTERABLE_ATTRIBUTES = [
  'type',
  'sector',
  'languageLevel',
  'maxRequiredLevel',
  'childcare',
  'compensation',
  'district',
  'organisationId',
  '_geo',
] as const;
export const MEILI_SORTABLE_ATTRIBUTES = ['publishedAt', 'title', '_geo'] as const;
/** Meilisearch stops counting at this many hits; above every municipality's number of places. */
export const MEILI_MAX_TOTAL_HITS = 10_000;

/** The index settings applied at start (only when they differ from what the server has). */
export function meilisearchSettings(): Settings {
  return {
    searchableAttributes: [...MEILI_SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...MEILI_FILTERABLE_ATTRIBUTES],
    sortableAttributes: [...MEILI_SORTABLE_ATTRIBUTES],
    displayedAttributes: ['*'],
    stopWords: [...DUTCH_STOP_WORDS],
    synonyms: meilisearchSynonyms(),
    pagination: { maxTotalHits: MEILI_MAX_TOTAL_HITS },
    faceting: { maxValuesPerFacet: 200 },
  };
}

export function toMeiliDocument(d: SearchDocument): MeiliPlacementDocument {
  const published = d.publishedAt ? Date.parse(d.publishedAt) : NaN;
  return {
    id: d.id,
    organisationId: d.organisationId,
    organisationName: cleanText(d.organisationName),
    type: d.type,
    title: cleanText(d.title),
    description: cleanText(d.description),
    sector: d.sector,
    sectorText: sectorSearchText(d.sector),
    languageLevel: d.languageLevel,
    maxRequiredLevel: Math.max(0, languageLevelRank(d.languageLevel)),
    childcare: d.childcare,
    compensation: d.compensation,
    district: d.district,
    city: d.city,
    ...(d.location ? { _geo: { lat: d.location.lat, lng: d.location.lon } } : {}),
    publishedAt: Number.isFinite(published) ? published : 0,
  };
}

/**
 * Meilisearch behind the port, with the official client. Writes wait for their task to finish
 * and fail when the task failed, so the outbox only lets go of a change Meilisearch has applied.
 * Network failures become {@link SearchUnavailableError}.
 */
export class MeilisearchSearchAdapter implements SearchIndex {
  readonly adapter = 'meilisearch' as const;
  readonly indexUid: string;
  private readonly client: Meilisearch;
  private readonly taskTimeoutMs: number;
  private ready: Promise<void> | undefined;

  constructor(options: MeilisearchOptions) {
    this.indexUid = options.indexUid ?? 'placements';
    this.taskTimeoutMs = options.taskTimeoutMs ?? 60_000;
    this.client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      timeout: options.timeoutMs ?? 5_000,
    });
  }

  private get idx(): Index<MeiliPlacementDocument> {
    return this.client.index<MeiliPlacementDocument>(this.indexUid);
  }

  /** Creates the index if needed and applies the settings when they differ. Idempotent. */
  init(): Promise<void> {
    this.ready ??= this.applySettings().catch((error: unknown) => {
      this.ready = undefined;
      throw translate(error);
    });
    return this.ready;
  }

  async capabilities(): Promise<SearchCapabilities> {
    return { adapter: 'meilisearch', typoTolerance: true, notes: [] };
  }

  async index(documents: readonly SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.init();
    const latest = [...new Map(documents.map((d) => [d.id, d])).values()];
    await this.call(() =>
      this.idx.addDocuments(latest.map(toMeiliDocument), { primaryKey: 'id' }).waitTask(this.wait()),
    );
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.init();
    await this.call(() => this.idx.deleteDocuments([...ids]).waitTask(this.wait()));
  }

  async retainOnly(keep: ReadonlySet<string>): Promise<number> {
    await this.init();
    const stale: string[] = [];
    const limit = 1000;
    for (let offset = 0; ; offset += limit) {
      const page = await guard(() =>
        this.idx.getDocuments<{ id: string }>({ fields: ['id'], limit, offset }),
      );
      for (const doc of page.results) if (!keep.has(doc.id)) stale.push(doc.id);
      if (page.results.length < limit) break;
    }
    if (stale.length > 0) await this.call(() => this.idx.deleteDocuments(stale).waitTask(this.wait()));
    return stale.length;
  }

  async count(): Promise<number> {
    await this.init();
    const stats = await guard(() => this.idx.getStats());
    return stats.numberOfDocuments;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    assertValidQuery(query);
    await this.init();
    // Without a word to look for (empty, or punctuation only) it is a listing, newest first.
    const text = queryWords(query.text).length > 0 ? (query.text ?? '').trim() : '';
    const facets = [...new Set(query.facets ?? [])];
    // Whole pages give an exact total (finite pagination); any other offset only an estimate.
    const onPageBoundary = query.offset % query.first === 0;
    const response = await guard(() =>
      this.idx.search(text, {
        filter: toMeilisearchFilter(query.filters),
        facets: facets.length > 0 ? facets : undefined,
        ...(onPageBoundary
          ? { hitsPerPage: query.first, page: query.offset / query.first + 1 }
          : { limit: query.first, offset: query.offset }),
        ...(text ? {} : { sort: ['publishedAt:desc'] }),
        attributesToRetrieve: ['id', 'title', 'description'],
        attributesToHighlight: ['title', 'description'],
        attributesToCrop: ['description'],
        cropLength: 30,
        cropMarker: ' …',
        highlightPreTag: HIGHLIGHT_START,
        highlightPostTag: HIGHLIGHT_END,
        showRankingScore: true,
      }),
    );
    const r = response as typeof response & { totalHits?: number; estimatedTotalHits?: number };
    const facetCounts: Partial<Record<SearchFacetName, SearchFacetValue[]>> = {};
    for (const f of facets) {
      const distribution = response.facetDistribution?.[f] ?? {};
      facetCounts[f] = Object.entries(distribution)
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || compareFacetValues(f, a.value, b.value));
    }
    return {
      total: r.totalHits ?? r.estimatedTotalHits ?? response.hits.length,
      totalIsExact: r.totalHits !== undefined,
      facets: facetCounts,
      hits: response.hits.map((hit) => {
        const formatted = hit._formatted ?? {};
        const snippet = typeof formatted.description === 'string' ? formatted.description : null;
        return {
          id: hit.id,
          score: text ? (hit._rankingScore ?? null) : null,
          titleHighlighted: renderHighlight(
            typeof formatted.title === 'string' ? formatted.title : hit.title,
          ),
          snippet:
            snippet !== null && snippet.includes(HIGHLIGHT_START)
              ? renderHighlight(snippet)
              : hit.description
                ? escapeHtml(leadingSnippet(hit.description) ?? '')
                : null,
        };
      }),
    };
  }

  async matchingIds(
    text: string,
    filters: SearchFilters = {},
    limit = SEARCH_MAX_MATCHING_IDS,
  ): Promise<string[]> {
    assertValidQuery({ filters, first: 1, offset: 0 });
    await this.init();
    const cap = Math.max(1, Math.min(Math.floor(limit), SEARCH_MAX_MATCHING_IDS, MEILI_MAX_TOTAL_HITS));
    const q = queryWords(text).length > 0 ? text.trim() : '';
    const response = await guard(() =>
      this.idx.search(q, { filter: toMeilisearchFilter(filters), limit: cap, attributesToRetrieve: ['id'] }),
    );
    return response.hits.map((h) => h.id);
  }

  /** Deletes the whole index (contract tests clean up their own index with it). */
  async dropIndex(): Promise<void> {
    this.ready = undefined;
    await guard(() => this.client.deleteIndexIfExists(this.indexUid));
  }

  private wait() {
    return { timeout: this.taskTimeoutMs, interval: 50 };
  }

  /** Runs an enqueue-and-wait; a task that ended in anything but success is an error. */
  private async call(enqueueAndWait: () => Promise<Task>): Promise<void> {
    const task = await guard(enqueueAndWait);
    if (task.status !== 'succeeded') {
      const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
      throw new Error(`Meilisearch task ${task.uid} (${task.type}) did not succeed: ${reason}`);
    }
  }

  private async applySettings(): Promise<void> {
    const created = await this.client.createIndex(this.indexUid, { primaryKey: 'id' }).waitTask(this.wait());
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
      throw new Error(
        `Could not create the Meilisearch index ${this.indexUid}: ${created.error?.message ?? created.status}`,
      );
    }
    const wanted = meilisearchSettings();
    const current = await this.idx.getSettings();
    if (settingsMatch(current, wanted)) return;
    await this.call(() => this.idx.updateSettings(wanted).waitTask(this.wait()));
  }
}

/** True when the server already has our settings (so a restart does not trigger a re-index). */
export function settingsMatch(current: Settings, wanted: Settings): boolean {
  const sameList = (a: unknown, b: unknown, ordered: boolean): boolean => {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    const x = a.map(String);
    const y = b.map(String);
    if (!ordered) {
      x.sort();
      y.sort();
    }
    return x.length === y.length && x.every((v, i) => v === y[i]);
  };
  const synonyms = (s: Settings['synonyms']): string =>
    JSON.stringify(
      Object.entries(s ?? {})
        .map(([k, v]) => [k, [...v].sort()] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  return (
    sameList(current.searchableAttributes, wanted.searchableAttributes, true) &&
    sameList(current.filterableAttributes, wanted.filterableAttributes, false) &&
    sameList(current.sortableAttributes, wanted.sortableAttributes, false) &&
    sameList(current.stopWords, wanted.stopWords, false) &&
    synonyms(current.synonyms) === synonyms(wanted.synonyms) &&
    current.pagination?.maxTotalHits === wanted.pagination?.maxTotalHits &&
    current.faceting?.maxValuesPerFacet === wanted.faceting?.maxValuesPerFacet
  );
}

function compareFacetValues(facet: SearchFacetName, a: string, b: string): number {
  if (facet === 'languageLevel')
    return LANGUAGE_LEVELS.indexOf(a as never) - LANGUAGE_LEVELS.indexOf(b as never);
  return a < b ? -1 : a > b ? 1 : 0;
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translate(error);
  }
}

/** Network trouble → SearchUnavailableError; everything else as it is. */
function translate(error: unknown): unknown {
  if (error instanceof SearchUnavailableError) return error;
  if (
    error instanceof MeilisearchRequestError ||
    error instanceof MeilisearchRequestTimeOutError ||
    error instanceof MeilisearchTaskTimeOutError
  ) {
    return new SearchUnavailableError(`Meilisearch could not be reached: ${error.message}`, { cause: error });
  }
  return error;
}
