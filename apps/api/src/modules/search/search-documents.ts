import { LANGUAGE_LEVELS, type LanguageLevel } from '@plekwijzer/domain';
import { type SearchDocument, type SqlQueryable } from '@plekwijzer/search';

interface DocumentRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  type: string;
  title: string;
  description: string | null;
  sector: string | null;
  max_required_level: number;
  childcare_kind: string;
  compensation: string;
  pc4: string | null;
  city: string | null;
  lat: number | null;
  lon: number | null;
  published_at: Date | string | null;
}

const SELECT_DOCUMENTS = `
  SELECT p."id", p."organisation_id", o."name" AS "organisation_name", p."type", p."title", p."description", p."sector",
         p."max_required_level", p."childcare_kind", p."compensation", p."pc4", p."city", p."lat", p."lon", p."published_at"
    FROM "placements" p
    JOIN "organisations" o ON o."id" = p."organisation_id"
   WHERE p."status" = 'PUBLISHED'`;

/**
 * The search documents of those of `ids` that are published now — read fresh from PostgreSQL,
 * so whatever order outbox rows are handled in, the index gets the place's current state. An id
 * without a document (draft, paused, closed, gone) is to be removed from the index.
 */
export async function loadSearchDocuments(
  db: SqlQueryable,
  ids: readonly string[],
): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<DocumentRow[]>(`${SELECT_DOCUMENTS} AND p."id" = ANY ($1::uuid[])`, [[...ids]]);
  return rows.map(toDocument);
}

/** One batch of published places after `afterId` (keyset order by id), for a full rebuild. */
export async function publishedDocumentsAfter(
  db: SqlQueryable,
  afterId: string | null,
  limit: number,
): Promise<SearchDocument[]> {
  const rows = await db.query<DocumentRow[]>(
    `${SELECT_DOCUMENTS} AND ($1::uuid IS NULL OR p."id" > $1::uuid) ORDER BY p."id" LIMIT $2`,
    [afterId, limit],
  );
  return rows.map(toDocument);
}

export async function countPublished(db: SqlQueryable): Promise<number> {
  const [row] = await db.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS "n" FROM "placements" WHERE "status" = 'PUBLISHED'`,
  );
  return row.n;
}

function toDocument(r: DocumentRow): SearchDocument {
  const level: LanguageLevel = LANGUAGE_LEVELS[r.max_required_level] ?? 'NONE';
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    type: r.type,
    title: r.title,
    description: r.description,
    sector: r.sector,
    languageLevel: level,
    childcare: r.childcare_kind,
    compensation: r.compensation,
    // The district facet is the PC4 area: the bundled wijk data does not link postcodes to wijken.
    district: r.pc4?.trim() ?? null,
    city: r.city,
    location: r.lat !== null && r.lon !== null ? { lat: Number(r.lat), lon: Number(r.lon) } : null,
    publishedAt: r.published_at === null ? null : new Date(r.published_at).toISOString(),
  };
}
