/**
 * The caseload screen's filter as the page's address keeps it (`?zoek=…&route=…&risico=…`), so that
 * a reload or Back shows the same clients; apart from React so that it is tested on its own. The
 * API does the filtering (caseloadProgress's `filter`).
 */
import type { CaseloadProgressFilterInput, LearningRoute, RiskLevel } from '../../../gql/graphql';

export const ROUTES = [
  'Z_ROUTE',
  'B1_ROUTE',
  'ONDERWIJSROUTE',
  'JONGERENROUTE',
] as const satisfies readonly LearningRoute[];
export const RISKS = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK'] as const satisfies readonly RiskLevel[];

/** The API's limit on the search text (app/FindField.tsx's MAX_FIND_LENGTH). */
const MAX_SEARCH_LENGTH = 100;
// The API refuses control characters in a search; from an address they become spaces.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

export interface CaseloadFilter {
  /** Part of a nickname or client reference, trimmed; '' for none. */
  search: string;
  route: LearningRoute | '';
  risk: RiskLevel | '';
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  values.includes(value as T) ? (value as T) : '';

/** The filter in an address; a value that is not a route or a risk is left out, not an error. */
export function readCaseloadFilter(params: URLSearchParams): CaseloadFilter {
  return {
    search: (params.get('zoek') ?? '').replace(CONTROL, ' ').trim().slice(0, MAX_SEARCH_LENGTH).trim(),
    route: oneOf(ROUTES, params.get('route')),
    risk: oneOf(RISKS, params.get('risico')),
  };
}

/** The address's search part for a filter: only what narrows the list. */
export function writeCaseloadFilter(filter: CaseloadFilter): URLSearchParams {
  const params = new URLSearchParams();
  const search = filter.search.trim();
  if (search) params.set('zoek', search);
  if (filter.route) params.set('route', filter.route);
  if (filter.risk) params.set('risico', filter.risk);
  return params;
}

export function isFiltering(filter: CaseloadFilter): boolean {
  return Boolean(filter.search || filter.route || filter.risk);
}

/** caseloadProgress's `filter`: null for the whole caseload. */
export function filterInput(filter: CaseloadFilter): CaseloadProgressFilterInput | null {
  if (!isFiltering(filter)) return null;
  return { search: filter.search || null, route: filter.route || null, risk: filter.risk || null };
}
