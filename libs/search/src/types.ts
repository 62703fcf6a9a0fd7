/**
 * The search port: one interface, two adapters (PostgreSQL full text, Meilisearch). Everything
 * here is plain data so that the adapters, the indexer and the contract suite agree on it.
 */
import { LANGUAGE_LEVELS, type LanguageLevel } from '@plekwijzer/domain';

/** Facets a search can count. Values are the stored enum strings (district: the PC4 area). */
export const SEARCH_FACETS = [
  'type',
  'sector',
  'languageLevel',
  'childcare',
  'compensation',
  'district',
] as const;
export type SearchFacetName = (typeof SEARCH_FACETS)[number];

/** The most a page may hold (the same limit as every list in the API). */
export const SEARCH_MAX_PAGE_SIZE = 100;

/** The most ids `matchingIds` returns (the matcher narrows its candidates with them). */
export const SEARCH_MAX_MATCHING_IDS = 5000;

/** One published place as the index sees it. Only published places are ever indexed. */
export interface SearchDocument {
  id: string;
  organisationId: string;
  organisationName: string;
  type: string;
  title: string;
  description: string | null;
  sector: string | null;
  /** Highest required level over all skills (NONE … C2). */
  languageLevel: LanguageLevel;
  childcare: string;
  compensation: string;
  /** The district facet: the PC4 area of the place (see the README for why not the wijk). */
  district: string | null;
  city: string | null;
  location: { lat: number; lon: number } | null;
  /** ISO 8601; newest first when there is no text to rank by. */
  publishedAt: string | null;
}

export interface SearchNear {
  lat: number;
  lon: number;
  /** Straight-line radius in km. */
  km: number;
}

/** All given conditions must hold; within one list any value may match. Empty lists are ignored. */
export interface SearchFilters {
  types?: readonly string[];
  sectors?: readonly string[];
  /** Only places whose highest required level is at most this. */
  maxLanguageLevel?: LanguageLevel;
  childcare?: readonly string[];
  compensation?: readonly string[];
  districts?: readonly string[];
  organisationId?: string;
  near?: SearchNear;
}

export interface SearchQuery {
  /** Free text; empty or absent lists the places newest first. */
  text?: string | null;
  filters?: SearchFilters;
  facets?: readonly SearchFacetName[];
  /** 1–100. */
  first: number;
  offset: number;
}

export interface SearchHit {
  id: string;
  /** Adapter-specific relevance (higher is better); null without text. */
  score: number | null;
  /** The title, HTML-escaped, with matched words in `<mark>…</mark>`. */
  titleHighlighted: string;
  /** A short part of the description, HTML-escaped, with matched words in `<mark>…</mark>`. */
  snippet: string | null;
}

export interface SearchFacetValue {
  value: string;
  count: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** All matches over all pages. */
  total: number;
  /** False when the engine only estimated the total (Meilisearch with an offset that is not a page boundary). */
  totalIsExact: boolean;
  /** Per requested facet: values with counts over all matches, most frequent first. */
  facets: Partial<Record<SearchFacetName, SearchFacetValue[]>>;
}

export interface SearchCapabilities {
  adapter: 'postgres' | 'meilisearch';
  typoTolerance: boolean;
  /** Plain-language remarks for operators (e.g. why typo tolerance is off). */
  notes: string[];
}

/**
 * The port. Implementations must be idempotent: indexing the same document twice leaves one
 * document; removing an id that is not indexed is not an error.
 */
export interface SearchIndex {
  readonly adapter: 'postgres' | 'meilisearch';
  /** Prepares the index (settings, capability detection). Idempotent; safe to call at every start. */
  init(): Promise<void>;
  /** Adds or replaces documents. Resolves once they are searchable. */
  index(documents: readonly SearchDocument[]): Promise<void>;
  /** Removes documents by id. Resolves once they are gone from results. */
  remove(ids: readonly string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Ids of the places matching a text (and filters), best first, at most `limit`. */
  matchingIds(text: string, filters?: SearchFilters, limit?: number): Promise<string[]>;
  /** Documents in the index. */
  count(): Promise<number>;
  /** Removes every document whose id is not in `keep` (after a rebuild); returns how many went. */
  retainOnly(keep: ReadonlySet<string>): Promise<number>;
  capabilities(): Promise<SearchCapabilities>;
}

/** The search engine could not be reached (network, timeout): the caller may retry later. */
export class SearchUnavailableError extends Error {
  override readonly name = 'SearchUnavailableError';
}

/** A query the port refuses (page size, negative offset, bad coordinates): a programming error upstream. */
export class SearchQueryError extends RangeError {
  override readonly name = 'SearchQueryError';
}

export function assertValidQuery(query: SearchQuery): void {
  if (!Number.isInteger(query.first) || query.first < 1 || query.first > SEARCH_MAX_PAGE_SIZE) {
    throw new SearchQueryError(`first must be an integer from 1 to ${SEARCH_MAX_PAGE_SIZE}`);
  }
  if (!Number.isInteger(query.offset) || query.offset < 0)
    throw new SearchQueryError('offset must be a non-negative integer');
  const near = query.filters?.near;
  if (near) assertValidNear(near);
  const level = query.filters?.maxLanguageLevel;
  if (level !== undefined && !LANGUAGE_LEVELS.includes(level))
    throw new SearchQueryError(`unknown language level ${String(level)}`);
  for (const facet of query.facets ?? []) {
    if (!SEARCH_FACETS.includes(facet)) throw new SearchQueryError(`unknown facet ${String(facet)}`);
  }
}

export function assertValidNear(near: SearchNear): void {
  const ok =
    Number.isFinite(near.lat) &&
    Number.isFinite(near.lon) &&
    Number.isFinite(near.km) &&
    Math.abs(near.lat) <= 90 &&
    Math.abs(near.lon) <= 180 &&
    near.km > 0 &&
    near.km <= 1000;
  if (!ok)
    throw new SearchQueryError(
      'near needs a latitude, a longitude and a radius of more than 0 and at most 1000 km',
    );
}
