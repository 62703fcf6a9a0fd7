/**
 * The caseload screen's filter as the page keeps it, apart from React so that it is tested on its
 * own. The route and the progress are in the address (`?route=…&risico=…`), so a reload or Back
 * shows the same clients. The search text is part of a client's nickname or reference: personal
 * data, which stays out of the address (shared/UX.md: no personal data in URLs; the server logs a
 * request's URL on a reload), so it is kept in the history entry's state instead — Back and Forward
 * bring it back, a new visit or a reload (which signs in again) starts without it. The API does the
 * filtering (caseloadProgress's `filter`).
 */
import { MAX_FIND_LENGTH } from '../../../app/find';
import type { CaseloadProgressFilterInput, LearningRoute, RiskLevel } from '../../../gql/graphql';

export const ROUTES = [
  'Z_ROUTE',
  'B1_ROUTE',
  'ONDERWIJSROUTE',
  'JONGERENROUTE',
] as const satisfies readonly LearningRoute[];
export const RISKS = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK'] as const satisfies readonly RiskLevel[];

// The API refuses control characters in a search; from a history entry they become spaces.
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

/**
 * What the history entry's state holds of the filter: the search text, and whose it is. The browser
 * keeps an entry's state after signing out; another user who signs in on the same computer and goes
 * Back into the entry must not see what the coach before them typed.
 */
export interface CaseloadState {
  caseloadSearch: string;
  caseloadSearchBy: string;
}

/**
 * The filter of a history entry for the signed-in user `userId`: the route and the progress from its
 * address, the search from its state when that user wrote it. A value that is not a route or a
 * risk is left out, not an error.
 */
export function readCaseloadFilter(params: URLSearchParams, state: unknown, userId: string): CaseloadFilter {
  const search =
    typeof state === 'object' &&
    state !== null &&
    'caseloadSearch' in state &&
    typeof state.caseloadSearch === 'string' &&
    'caseloadSearchBy' in state &&
    state.caseloadSearchBy === userId
      ? state.caseloadSearch
      : '';
  return {
    search: search.replace(CONTROL, ' ').trim().slice(0, MAX_FIND_LENGTH).trim(),
    route: oneOf(ROUTES, params.get('route')),
    risk: oneOf(RISKS, params.get('risico')),
  };
}

/** The address's search part for a filter (only what narrows the list) and the entry's state. */
export function writeCaseloadFilter(
  filter: CaseloadFilter,
  userId: string,
): {
  params: URLSearchParams;
  state: CaseloadState | null;
} {
  const params = new URLSearchParams();
  if (filter.route) params.set('route', filter.route);
  if (filter.risk) params.set('risico', filter.risk);
  const search = filter.search.trim();
  return { params, state: search ? { caseloadSearch: search, caseloadSearchBy: userId } : null };
}

export function isFiltering(filter: CaseloadFilter): boolean {
  return Boolean(filter.search || filter.route || filter.risk);
}

/** caseloadProgress's `filter`: null for the whole caseload. */
export function filterInput(filter: CaseloadFilter): CaseloadProgressFilterInput | null {
  if (!isFiltering(filter)) return null;
  return { search: filter.search || null, route: filter.route || null, risk: filter.risk || null };
}
