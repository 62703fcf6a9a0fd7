import { languageLevelRank, LANGUAGE_LEVELS } from '@plekwijzer/domain';
import {
  cleanText,
  DUTCH_STOP_WORDS,
  escapeHtml,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  leadingSnippet,
  queryWords,
  renderHighlight,
  sectorSearchText,
  synonymsOf,
} from './text.js';
import {
  assertValidQuery,
  SEARCH_MAX_MATCHING_IDS,
  type SearchCapabilities,
  type SearchDocument,
  type SearchFacetName,
  type SearchFacetValue,
  type SearchFilters,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from './types.js';

/** What the adapter needs from TypeORM's DataSource (or a pg client): parameterised queries. */
export interface SqlQueryable {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

export interface PostgresSearchOptions {
  /**
   * 'auto' (default): use trigram similarity for typos when the pg_trgm extension is installed.
   * false: never (tests of the degraded mode).
   */
  trigram?: 'auto' | false;
  /** A query word is corrected only to a known word at least this similar (pg_trgm similarity, 0–1). */
  typoSimilarity?: number;
  /** Words shorter than this are not corrected (short words have too many look-alikes). */
  typoMinLength?: number;
  /** Told once when typo tolerance is off. */
  onNotice?: (message: string) => void;
}

/** Same radius as libs/geo's haversine, so both agree on what "within N km" means. */
const EARTH_RADIUS_KM = 6371.0088;

const TITLE_HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`;
const SNIPPET_HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** Column per facet in search_documents. */
const FACET_COLUMNS: Readonly<Record<SearchFacetName, string>> = {
  type: 'type',
  sector: 'sector',
  languageLevel: 'language_level',
  childcare: 'childcare',
  compensation: 'compensation',
  district: 'district',
};

const STOP_WORDS: ReadonlySet<string> = new Set(DUTCH_STOP_WORDS);

export interface Compiled {
  /** tsquery text with synonyms and typo corrections; null without text. */
  full: string | null;
  /** tsquery text of the words as typed (prefix on the last): ranks literal matches first. */
  exact: string | null;
  /** tsquery text of the words as typed, without prefix: whole-word matches rank above prefix matches. */
  whole: string | null;
}

interface PageRow {
  id: string;
  rank: number | null;
  title_marked: string;
  snippet_marked: string | null;
  description: string | null;
}

/**
 * PostgreSQL full-text search over `search_documents` (migration Search1764700000000): a stored
 * generated `tsvector` — title weight A, sector words and organisation name B, description C —
 * with Dutch stemming (`to_tsvector('dutch', …)`), a GIN index, prefix matching on the last word,
 * synonyms, and typo correction through trigram similarity against the known words
 * (`search_terms`) where pg_trgm is installed. Without pg_trgm it works the same minus the typo
 * correction, and says so in `capabilities()`.
 *
 * Matching is strict first (every word must match); when that finds nothing and there are
 * several words, any word may match — as Meilisearch's default matching strategy does.
 */
export class PostgresSearchAdapter implements SearchIndex {
  readonly adapter = 'postgres' as const;
  private ready: Promise<boolean> | undefined;
  private readonly options: Required<Omit<PostgresSearchOptions, 'onNotice'>> &
    Pick<PostgresSearchOptions, 'onNotice'>;

  constructor(
    private readonly db: SqlQueryable,
    options: PostgresSearchOptions = {},
  ) {
    this.options = { trigram: 'auto', typoSimilarity: 0.5, typoMinLength: 5, ...options };
  }

  async init(): Promise<void> {
    await this.trigramAvailable();
  }

  async capabilities(): Promise<SearchCapabilities> {
    const trigram = await this.trigramAvailable();
    return {
      adapter: 'postgres',
      typoTolerance: trigram,
      notes: trigram
        ? []
        : [
            this.options.trigram === false
              ? 'Typo tolerance is switched off for this adapter.'
              : 'The pg_trgm extension is not installed: search works without typo tolerance. Install it (CREATE EXTENSION pg_trgm) and run npm run search:reindex.',
          ],
    };
  }

  async index(documents: readonly SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.trigramAvailable();
    // One row per id (the last version wins): ON CONFLICT cannot touch a row twice in one statement.
    const latest = [...new Map(documents.map((d) => [d.id, d])).values()];
    const rows = latest.map((d) => ({
      id: d.id,
      organisation_id: d.organisationId,
      organisation_name: cleanText(d.organisationName),
      type: d.type,
      title: cleanText(d.title),
      description: cleanText(d.description),
      sector: d.sector,
      sector_text: sectorSearchText(d.sector),
      language_level: d.languageLevel,
      max_required_level: Math.max(0, languageLevelRank(d.languageLevel)),
      childcare: d.childcare,
      compensation: d.compensation,
      district: d.district,
      city: d.city,
      lat: d.location?.lat ?? null,
      lon: d.location?.lon ?? null,
      published_at: d.publishedAt,
    }));
    await this.db.query(
      `INSERT INTO "search_documents" ("id", "organisation_id", "organisation_name", "type", "title", "description", "sector",
              "sector_text", "language_level", "max_required_level", "childcare", "compensation", "district", "city", "lat", "lon",
              "published_at", "indexed_at")
       SELECT r."id", r."organisation_id", r."organisation_name", r."type", r."title", r."description", r."sector",
              r."sector_text", r."language_level", r."max_required_level", r."childcare", r."compensation", r."district", r."city",
              r."lat", r."lon", r."published_at", now()
         FROM jsonb_to_recordset($1::jsonb) AS r("id" uuid, "organisation_id" uuid, "organisation_name" text, "type" text,
              "title" text, "description" text, "sector" text, "sector_text" text, "language_level" text,
              "max_required_level" smallint, "childcare" text, "compensation" text, "district" text, "city" text,
              "lat" double precision, "lon" double precision, "published_at" timestamptz)
       ON CONFLICT ("id") DO UPDATE SET
              "organisation_id" = EXCLUDED."organisation_id", "organisation_name" = EXCLUDED."organisation_name",
              "type" = EXCLUDED."type", "title" = EXCLUDED."title", "description" = EXCLUDED."description",
              "sector" = EXCLUDED."sector", "sector_text" = EXCLUDED."sector_text", "language_level" = EXCLUDED."language_level",
              "max_required_level" = EXCLUDED."max_required_level", "childcare" = EXCLUDED."childcare",
              "compensation" = EXCLUDED."compensation", "district" = EXCLUDED."district", "city" = EXCLUDED."city",
              "lat" = EXCLUDED."lat", "lon" = EXCLUDED."lon", "published_at" = EXCLUDED."published_at", "indexed_at" = now()`,
      [JSON.stringify(rows)],
    );
    // The vocabulary typo correction draws on. Words are never removed (a stale word only adds an
    // alternative that matches nothing); a reindex rebuilds it.
    const texts = rows.map((r) =>
      [r.title, r.description ?? '', r.sector_text, r.organisation_name].join(' '),
    );
    await this.db.query(
      `INSERT INTO "search_terms" ("term")
       SELECT DISTINCT w FROM unnest($1::text[]) AS t(txt), regexp_split_to_table(lower(txt), '[^[:alnum:]]+') AS w
        WHERE char_length(w) BETWEEN 4 AND 40
       ON CONFLICT ("term") DO NOTHING`,
      [texts],
    );
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.trigramAvailable();
    await this.db.query(`DELETE FROM "search_documents" WHERE "id" = ANY ($1::uuid[])`, [[...ids]]);
  }

  async retainOnly(keep: ReadonlySet<string>): Promise<number> {
    await this.trigramAvailable();
    // Wrapped in a SELECT: TypeORM hands back [rows, rowCount] for a bare DELETE.
    const [row] = await this.db.query<Array<{ n: number }>>(
      `WITH gone AS (DELETE FROM "search_documents" WHERE NOT ("id" = ANY ($1::uuid[])) RETURNING "id")
       SELECT count(*)::int AS "n" FROM gone`,
      [[...keep]],
    );
    return row.n;
  }

  /**
   * Before a full rebuild: empties the vocabulary (index() refills it) and, when pg_trgm has been
   * installed since the migration ran, creates the trigram index the migration had to skip.
   */
  async prepareRebuild(): Promise<void> {
    await this.db.query(`DELETE FROM "search_terms"`);
    const [row] = await this.db.query<Array<{ trgm: boolean }>>(
      `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'pg_trgm') AS "trgm"`,
    );
    if (row.trgm) {
      await this.db.query(
        `CREATE INDEX IF NOT EXISTS "IDX_search_terms_trgm" ON "search_terms" USING gin ("term" gin_trgm_ops)`,
      );
    }
    this.ready = undefined;
  }

  async count(): Promise<number> {
    await this.trigramAvailable();
    const [row] = await this.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS "n" FROM "search_documents"`,
    );
    return row.n;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    assertValidQuery(query);
    await this.trigramAvailable();
    const words = searchWords(query.text);
    const facets = [...new Set(query.facets ?? [])];
    if (words.length === 0) return this.run({ full: null, exact: null, whole: null }, query, facets);
    const corrections = await this.corrections(words);
    const strict = await this.run(compile(words, corrections, '&'), query, facets);
    if (strict.total > 0 || words.length === 1) return strict;
    return this.run(compile(words, corrections, '|'), query, facets);
  }

  async matchingIds(
    text: string,
    filters: SearchFilters = {},
    limit = SEARCH_MAX_MATCHING_IDS,
  ): Promise<string[]> {
    assertValidQuery({ filters, first: 1, offset: 0 });
    await this.trigramAvailable();
    const words = searchWords(text);
    const cap = Math.max(1, Math.min(Math.floor(limit), SEARCH_MAX_MATCHING_IDS));
    const corrections = words.length > 0 ? await this.corrections(words) : new Map<string, string[]>();
    const attempt = async (compiled: Compiled): Promise<string[]> => {
      const sql = new Sql();
      const where = this.where(sql, compiled, filters);
      const order = orderBy(compiled);
      const rows = await this.db.query<Array<{ id: string }>>(
        `${withQuery(sql, compiled)} SELECT d."id" FROM "search_documents" d${compiled.full ? ', q' : ''}
          WHERE ${where} ORDER BY ${order} LIMIT ${sql.param(cap)}`,
        sql.params,
      );
      return rows.map((r) => r.id);
    };
    if (words.length === 0) return attempt({ full: null, exact: null, whole: null });
    const strict = await attempt(compile(words, corrections, '&'));
    if (strict.length > 0 || words.length === 1) return strict;
    return attempt(compile(words, corrections, '|'));
  }

  /** Whether typo correction is on; detected once (pg_trgm installed?), retried after a failure. */
  private trigramAvailable(): Promise<boolean> {
    this.ready ??= this.detect().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async detect(): Promise<boolean> {
    const [row] = await this.db.query<Array<{ tables: number; trgm: boolean }>>(
      `SELECT (SELECT count(*)::int FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND c.relname IN ('search_documents', 'search_terms')) AS "tables",
              EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'pg_trgm') AS "trgm"`,
    );
    if (row.tables < 2) {
      throw new Error(
        'The search tables are missing: run the migrations (npm run migration:run) before searching.',
      );
    }
    const on = this.options.trigram !== false && row.trgm;
    if (!on && this.options.trigram !== false) {
      this.options.onNotice?.(
        'pg_trgm is not installed: PostgreSQL search runs without typo tolerance (install the extension and run npm run search:reindex to enable it).',
      );
    }
    return on;
  }

  /** Per query word, known words that look like it (typos), most similar first. */
  private async corrections(words: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    const candidates = [...new Set(words.filter((w) => [...w].length >= this.options.typoMinLength))];
    if (candidates.length === 0 || !(await this.trigramAvailable())) return out;
    // `%` (similarity above pg_trgm.similarity_threshold, 0.3 by default) lets the trigram index
    // find candidates; the explicit threshold then keeps only close ones.
    const rows = await this.db.query<Array<{ word: string; term: string }>>(
      `SELECT w."word", t."term"
         FROM unnest($1::text[]) AS w("word")
         CROSS JOIN LATERAL (
           SELECT s."term" FROM "search_terms" s
            WHERE s."term" % w."word" AND s."term" <> w."word" AND similarity(s."term", w."word") >= $2
            ORDER BY similarity(s."term", w."word") DESC, s."term"
            LIMIT 3) t`,
      [candidates, this.options.typoSimilarity],
    );
    for (const row of rows) out.set(row.word, [...(out.get(row.word) ?? []), row.term]);
    return out;
  }

  private async run(
    compiled: Compiled,
    query: SearchQuery,
    facets: SearchFacetName[],
  ): Promise<SearchResult> {
    const filters = query.filters ?? {};

    const page = new Sql();
    const pageWhere = this.where(page, compiled, filters);
    const hasText = compiled.full !== null;
    const rows = await this.db.query<PageRow[]>(
      `${withQuery(page, compiled)}
       , page AS (
         SELECT d."id", d."title", d."description", d."published_at"${hasText ? ', ts_rank(d."search_vector", q."full") AS "rank", ts_rank(d."search_vector", q."whole") AS "whole_rank", (d."search_vector" @@ q."exact") AS "exact"' : ''}
           FROM "search_documents" d${hasText ? ', q' : ''}
          WHERE ${pageWhere}
          ORDER BY ${orderBy(compiled)}
          LIMIT ${page.param(query.first)} OFFSET ${page.param(query.offset)})
       SELECT page."id", page."description",
              ${hasText ? 'page."rank"' : 'NULL::real'} AS "rank",
              ${hasText ? `ts_headline('dutch', page."title", q."full", ${page.param(TITLE_HEADLINE)})` : 'page."title"'} AS "title_marked",
              ${hasText ? `ts_headline('dutch', page."description", q."full", ${page.param(SNIPPET_HEADLINE)})` : 'NULL::text'} AS "snippet_marked"
         FROM page${hasText ? ', q' : ''}
        ORDER BY ${hasText ? 'page."exact" DESC, page."whole_rank" DESC, page."rank" DESC, ' : ''}page."published_at" DESC NULLS LAST, page."id"`,
      page.params,
    );

    const counts = new Sql();
    const countWhere = this.where(counts, compiled, filters);
    const facetSelects = facets.map(
      (f) =>
        `SELECT ${counts.param(f)}::text AS "facet", m."${FACET_COLUMNS[f]}"::text AS "value", count(*)::int AS "n" FROM matched m
          WHERE m."${FACET_COLUMNS[f]}" IS NOT NULL GROUP BY m."${FACET_COLUMNS[f]}"`,
    );
    const countRows = await this.db.query<Array<{ facet: string | null; value: string | null; n: number }>>(
      `${withQuery(counts, compiled)}
       , matched AS (SELECT d.* FROM "search_documents" d${hasText ? ', q' : ''} WHERE ${countWhere})
       SELECT NULL::text AS "facet", NULL::text AS "value", count(*)::int AS "n" FROM matched
       ${facetSelects.map((s) => `UNION ALL ${s}`).join('\n')}`,
      counts.params,
    );

    let total = 0;
    const facetCounts: Partial<Record<SearchFacetName, SearchFacetValue[]>> = {};
    for (const f of facets) facetCounts[f] = [];
    for (const row of countRows) {
      if (row.facet === null) total = row.n;
      else facetCounts[row.facet as SearchFacetName]!.push({ value: row.value!, count: row.n });
    }
    for (const f of facets) facetCounts[f] = sortFacet(f, facetCounts[f]!);

    return {
      total,
      totalIsExact: true,
      facets: facetCounts,
      hits: rows.map((r) => ({
        id: r.id,
        score: r.rank === null ? null : Number(r.rank),
        titleHighlighted: hasText ? renderHighlight(r.title_marked) : escapeHtml(r.title_marked),
        // ts_headline drops markup-like tags from fragments and leaves their spaces behind.
        snippet:
          hasText && r.snippet_marked !== null && r.snippet_marked.includes(HIGHLIGHT_START)
            ? renderHighlight(r.snippet_marked.replace(/[ \t]{2,}/g, ' ').trim())
            : nullableEscape(leadingSnippet(r.description)),
      })),
    };
  }

  /** The WHERE clause for text and filters over `search_documents d`. */
  private where(sql: Sql, compiled: Compiled, filters: SearchFilters): string {
    const parts: string[] = [];
    if (compiled.full !== null) parts.push(`d."search_vector" @@ q."full"`);
    const list = (column: string, values: readonly string[] | undefined): void => {
      if (values && values.length > 0) parts.push(`d."${column}" = ANY (${sql.param([...values])}::text[])`);
    };
    list('type', filters.types);
    list('sector', filters.sectors);
    if (filters.maxLanguageLevel !== undefined) {
      parts.push(`d."max_required_level" <= ${sql.param(LANGUAGE_LEVELS.indexOf(filters.maxLanguageLevel))}`);
    }
    list('childcare', filters.childcare);
    list('compensation', filters.compensation);
    list('district', filters.districts);
    if (filters.organisationId !== undefined)
      parts.push(`d."organisation_id" = ${sql.param(filters.organisationId)}::uuid`);
    if (filters.near) {
      const { lat, lon, km } = filters.near;
      // A bounding box first (cheap, index-friendly), then the haversine distance.
      const dLat = km / 111.2;
      const dLon = km / (111.2 * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
      const pLat = sql.param(lat);
      const pLon = sql.param(lon);
      parts.push(
        `d."lat" BETWEEN ${sql.param(lat - dLat)} AND ${sql.param(lat + dLat)} AND d."lon" BETWEEN ${sql.param(lon - dLon)} AND ${sql.param(lon + dLon)}`,
        `2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(power(sin(radians(d."lat" - ${pLat}::double precision) / 2), 2) + cos(radians(${pLat}::double precision)) * cos(radians(d."lat")) * power(sin(radians(d."lon" - ${pLon}::double precision) / 2), 2)))) <= ${sql.param(km)}`,
      );
    }
    return parts.length > 0 ? parts.join(' AND ') : 'TRUE';
  }
}

/** Numbered parameters for one statement. */
class Sql {
  readonly params: unknown[] = [];
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

/** `WITH q AS (…)` holding the compiled tsqueries, or a harmless CTE without text. */
function withQuery(sql: Sql, compiled: Compiled): string {
  if (compiled.full === null) return 'WITH q AS (SELECT 1)';
  return `WITH q AS (SELECT to_tsquery('dutch', ${sql.param(compiled.full)}) AS "full", to_tsquery('dutch', ${sql.param(compiled.exact)}) AS "exact",
                   to_tsquery('dutch', ${sql.param(compiled.whole)}) AS "whole")`;
}

function orderBy(compiled: Compiled): string {
  const byDate = 'd."published_at" DESC NULLS LAST, d."id"';
  if (compiled.full === null) return byDate;
  // Literal words first (before synonyms and typo corrections), whole words in the title before
  // prefixes and description matches, then everything the full query adds.
  return `(d."search_vector" @@ q."exact") DESC, ts_rank(d."search_vector", q."whole") DESC, ts_rank(d."search_vector", q."full") DESC, ${byDate}`;
}

/**
 * Words → tsquery text. Each word becomes `(word | synonym … | correction …)`, the last word
 * with a prefix match (`word:*`); words are joined with `op`. Words hold only letters and
 * digits (see queryWords), so nothing in them is a tsquery operator.
 */
export function compile(
  words: string[],
  corrections: ReadonlyMap<string, readonly string[]>,
  op: '&' | '|',
): Compiled {
  const last = words.length - 1;
  const full = words.map((w, i) => {
    const alternatives = [i === last ? `${w}:*` : w, ...synonymsOf(w), ...(corrections.get(w) ?? [])];
    return `(${[...new Set(alternatives)].join(' | ')})`;
  });
  const exact = words.map((w, i) => (i === last ? `${w}:*` : w));
  return { full: full.join(` ${op} `), exact: exact.join(` ${op} `), whole: words.join(` ${op} `) };
}

/** Most frequent first; language levels in their natural order on ties. */
function sortFacet(facet: SearchFacetName, values: SearchFacetValue[]): SearchFacetValue[] {
  return values.sort((a, b) => b.count - a.count || facetOrder(facet, a.value, b.value));
}

function facetOrder(facet: SearchFacetName, a: string, b: string): number {
  if (facet === 'languageLevel')
    return LANGUAGE_LEVELS.indexOf(a as never) - LANGUAGE_LEVELS.indexOf(b as never);
  return a < b ? -1 : a > b ? 1 : 0;
}

function nullableEscape(text: string | null): string | null {
  return text === null ? null : escapeHtml(text);
}

/**
 * Query words without Dutch stop words (the same Snowball list PostgreSQL's `dutch` configuration
 * drops), so that a query of stop words only lists everything instead of nothing.
 */
function searchWords(text: string | null | undefined): string[] {
  return queryWords(text).filter((w) => !STOP_WORDS.has(w));
}
