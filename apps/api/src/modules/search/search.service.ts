import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, FieldErrors, MAX_PAGE_SIZE } from '@plekwijzer/graphql';
import {
  SEARCH_FACETS,
  SEARCH_MAX_MATCHING_IDS,
  SearchUnavailableError,
  type SearchFilters,
  type SearchIndex,
  type SearchResult,
} from '@plekwijzer/search';
import { PostcodeLookup } from '@plekwijzer/api/modules/geo/postcode-lookup.service.js';
import type { PlacementEntity } from '@plekwijzer/api/modules/placements/placement.entity.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { countPublished } from './search-documents.js';
import { SearchIndexer } from './search-indexer.service.js';
import { SearchOutboxService } from './search-outbox.service.js';
import { SEARCH_INDEX } from './search.constants.js';
import { FACET_NAMES, SearchFacet, type SearchPlacementsArgs } from './search.models.js';

export interface PlacementSearchPage {
  hits: Array<{
    placement: PlacementEntity;
    score: number | null;
    titleHighlighted: string;
    snippet: string | null;
  }>;
  total: number;
  totalIsExact: boolean;
  hasNextPage: boolean;
  facets: Array<{ facet: SearchFacet; values: Array<{ value: string; count: number }> }>;
}

const FACET_BY_NAME = new Map(
  Object.entries(FACET_NAMES).map(([facet, name]) => [name, facet as SearchFacet]),
);

/**
 * Searching published places through the active SearchIndex. Every signed-in role may search:
 * the index only ever holds published places, and each hit is checked against PostgreSQL once
 * more, so a place paused a moment ago (its change still in the outbox) is not shown.
 */
@Injectable()
export class SearchService {
  private readonly logger = new Logger('Search');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_INDEX) private readonly index: SearchIndex,
    @Inject(PostcodeLookup) private readonly postcodes: PostcodeLookup,
    @Inject(SearchOutboxService) private readonly outbox: SearchOutboxService,
    @Inject(SearchIndexer) private readonly indexer: SearchIndexer,
    @Inject(PlacementsService) private readonly placements: PlacementsService,
  ) {}

  async search(args: SearchPlacementsArgs): Promise<PlacementSearchPage> {
    const filters = this.filtersOf(args);
    const first = Math.min(args.page?.first ?? 20, MAX_PAGE_SIZE);
    const offset = args.page?.offset ?? 0;
    const facets = args.facets ?? Object.values(SearchFacet);
    const result = await this.guard(() =>
      this.index.search({
        text: args.text,
        filters,
        facets: facets.map((f) => FACET_NAMES[f]),
        first,
        offset,
      }),
    );
    const placements = await this.placements.publishedByIds(result.hits.map((h) => h.id));
    const hits = result.hits.flatMap((h) => {
      const placement = placements.get(h.id);
      return placement
        ? [{ placement, score: h.score, titleHighlighted: h.titleHighlighted, snippet: h.snippet }]
        : [];
    });
    // Hits whose place stopped being published since the index last heard of it are left out.
    const stale = result.hits.length - hits.length;
    const total = Math.max(0, result.total - stale);
    return {
      hits,
      total,
      totalIsExact: result.totalIsExact && stale === 0,
      hasNextPage: offset + result.hits.length < result.total,
      facets: this.facetsOf(result, facets),
    };
  }

  /**
   * The ids of published places matching a text, for narrowing the matcher's candidates
   * (`MatchOptions.candidateIds`). At most 5,000; an empty text matches nothing.
   */
  async candidateIds(text: string): Promise<Set<string>> {
    if (!text.trim()) return new Set();
    const ids = await this.guard(() => this.index.matchingIds(text, {}, SEARCH_MAX_MATCHING_IDS));
    return new Set(ids);
  }

  async status() {
    const [lag, publishedPlaces, capabilities] = await Promise.all([
      this.outbox.lag(this.dataSource),
      countPublished(this.dataSource),
      this.index.capabilities(),
    ]);
    let documentsIndexed: number | null = null;
    let reachError: string | null = null;
    try {
      documentsIndexed = await this.index.count();
    } catch (error) {
      reachError = error instanceof Error ? error.message.slice(0, 300) : String(error);
    }
    const indexer = this.indexer.state();
    return {
      adapter: this.index.adapter,
      reachable: reachError === null,
      documentsIndexed,
      publishedPlaces,
      outboxPending: lag.pending,
      outboxFailing: lag.failing,
      oldestPendingSeconds: lag.oldestPendingSeconds,
      lastError: reachError ?? lag.lastError,
      lastIndexerRunAt: indexer.lastRunAt,
      typoTolerance: capabilities.typoTolerance,
      notes: capabilities.notes,
    };
  }

  private filtersOf(args: SearchPlacementsArgs): SearchFilters {
    const f = args.filters ?? {};
    const filters: SearchFilters = {
      types: f.types,
      sectors: f.sectors,
      maxLanguageLevel: f.maxLanguageLevel,
      childcare: f.childcare,
      compensation: f.compensation,
      districts: f.districts,
    };
    if (args.near) {
      const errors = new FieldErrors();
      const centre = this.postcodes.resolve('near.postcode', args.near.postcode, errors);
      errors.throwIfAny();
      filters.near = { lat: centre!.location.lat, lon: centre!.location.lon, km: args.near.km };
    }
    return filters;
  }

  private facetsOf(result: SearchResult, asked: SearchFacet[]): PlacementSearchPage['facets'] {
    return SEARCH_FACETS.filter((name) => asked.includes(FACET_BY_NAME.get(name)!)).map((name) => ({
      facet: FACET_BY_NAME.get(name)!,
      values: result.facets[name] ?? [],
    }));
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof SearchUnavailableError) {
        this.logger.warn(`Search is unavailable: ${error.message}`);
        throw new DomainError(
          'SERVICE_UNAVAILABLE',
          'Search is not available right now; try again in a moment',
          { reason: 'SEARCH_UNAVAILABLE' },
        );
      }
      throw error;
    }
  }
}
