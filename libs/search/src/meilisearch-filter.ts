import { languageLevelRank } from '@plekwijzer/domain';
import { SearchQueryError, type SearchFilters, type SearchNear } from './types.js';

/**
 * Our filters → a Meilisearch filter expression
 * (https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference):
 * conditions joined with AND, a list as `attribute IN ["a", "b"]`, the language threshold as a
 * numeric comparison on `maxRequiredLevel`, the radius as `_geoRadius(lat, lng, metres)`.
 * Returns undefined when nothing filters.
 *
 * Every string value is quoted and escaped, so a value can never close its quotes and add a
 * condition of its own.
 */
export function toMeilisearchFilter(filters: SearchFilters | undefined): string | undefined {
  if (!filters) return undefined;
  const conditions: string[] = [];
  const list = (attribute: string, values: readonly string[] | undefined): void => {
    if (values && values.length > 0)
      conditions.push(`${attribute} IN [${[...new Set(values)].map(quote).join(', ')}]`);
  };
  list('type', filters.types);
  list('sector', filters.sectors);
  if (filters.maxLanguageLevel !== undefined) {
    const rank = languageLevelRank(filters.maxLanguageLevel);
    if (rank < 0) throw new SearchQueryError(`unknown language level ${String(filters.maxLanguageLevel)}`);
    conditions.push(`maxRequiredLevel <= ${rank}`);
  }
  list('childcare', filters.childcare);
  list('compensation', filters.compensation);
  list('district', filters.districts);
  if (filters.organisationId !== undefined)
    conditions.push(`organisationId = ${quote(filters.organisationId)}`);
  if (filters.near) conditions.push(geoRadius(filters.near));
  return conditions.length > 0 ? conditions.join(' AND ') : undefined;
}

/** `_geoRadius(lat, lng, distanceInMeters)`: metres as a whole number, coordinates to ~0.1 m. */
export function geoRadius(near: SearchNear): string {
  if (![near.lat, near.lon, near.km].every(Number.isFinite) || near.km <= 0) {
    throw new SearchQueryError('a radius needs finite coordinates and a positive distance');
  }
  return `_geoRadius(${decimal(near.lat)}, ${decimal(near.lon)}, ${Math.round(near.km * 1000)})`;
}

/** A double-quoted filter value; backslashes and double quotes inside are escaped. */
export function quote(value: string): string {
  return `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function decimal(n: number): string {
  // toFixed never gives exponent notation for |n| < 1e21, which a filter expression would not parse.
  return n.toFixed(6).replace(/\.?0+$/, '');
}
