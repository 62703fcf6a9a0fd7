/**
 * What a screen says when the API refuses something or cannot be reached: a sentence of the
 * catalogues in the interface language, never the API's own English `message` (that is written for
 * developers and integrations). The sentence is chosen by `extensions.reason` where that says more
 * than the code (CONFLICT with reason PLACE_CLOSED), else by the code, else the general
 * `error.OTHER`. Field errors are said beside their fields (graphql/fieldProblems.ts); this is the
 * one sentence for the form or the page.
 */
import type { ErrorReason } from '@plekwijzer/domain';
import type { ErrorSummary } from './errors';

/** A sentence of the catalogues, by its id; it has the shape of a FieldProblem, so ProblemText shows it too. */
export interface ErrorText {
  id: string;
}

/**
 * The words for each code (`extensions.code`, and NETWORK when the API was not reached); any other
 * code (INTERNAL_SERVER_ERROR, a GraphQL validation failure, a code added later) gets `error.OTHER`.
 */
const CODE_TEXT: Readonly<Record<string, string>> = {
  BAD_USER_INPUT: 'error.BAD_USER_INPUT',
  CONFLICT: 'error.CONFLICT',
  FORBIDDEN: 'error.FORBIDDEN',
  NETWORK: 'error.NETWORK',
  NOT_FOUND: 'error.NOT_FOUND',
  SERVICE_UNAVAILABLE: 'error.SERVICE_UNAVAILABLE',
  TOO_MANY_REQUESTS: 'error.TOO_MANY_REQUESTS',
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
};

/**
 * The words for each reason. A reason that only repeats its code (FORBIDDEN, NOT_FOUND, …) has
 * none of its own: the code's words say it. Typed by the domain's ErrorReason, so a reason the API
 * adds does not compile until it has words here.
 */
const REASON_TEXT: Readonly<Record<ErrorReason, string | null>> = {
  ALREADY_DECIDED: 'error.reason.ALREADY_DECIDED',
  ALREADY_EXISTS: 'error.reason.ALREADY_EXISTS',
  ALREADY_PROPOSED: 'error.reason.ALREADY_PROPOSED',
  CONSENT_MISSING: 'error.reason.CONSENT_MISSING',
  FORBIDDEN: null,
  HOME_POSTCODE_UNKNOWN: 'error.reason.HOME_POSTCODE_UNKNOWN',
  IDEMPOTENCY_KEY_REUSED: 'error.reason.IDEMPOTENCY_KEY_REUSED',
  ILLEGAL_TRANSITION: 'error.reason.ILLEGAL_TRANSITION',
  INSIGHTS_NOT_READY: 'error.reason.INSIGHTS_NOT_READY',
  INVALID_INPUT: null,
  LIMIT_REACHED: 'error.reason.LIMIT_REACHED',
  NOT_FOUND: null,
  NOT_STARTED: 'error.reason.NOT_STARTED',
  PARTICIPANT_PROPOSAL_LIMIT: 'error.reason.PARTICIPANT_PROPOSAL_LIMIT',
  PLACEMENT_PROPOSAL_LIMIT: 'error.reason.PLACEMENT_PROPOSAL_LIMIT',
  PLACE_CLOSED: 'error.reason.PLACE_CLOSED',
  PLACE_FULL: 'error.reason.PLACE_FULL',
  PLACE_INCOMPLETE: 'error.reason.PLACE_INCOMPLETE',
  PLACE_NOT_PUBLISHED: 'error.reason.PLACE_NOT_PUBLISHED',
  RATE_LIMITED: null,
  SEARCH_UNAVAILABLE: 'error.reason.SEARCH_UNAVAILABLE',
  UNAUTHENTICATED: null,
};

/**
 * A screen's own words for some reasons or codes (`LIMIT_REACHED`, `CONFLICT`): a message id of
 * the catalogues. A reason's words come before a code's.
 */
export type ErrorWords = Readonly<Record<string, string>>;

/** A table's entry for a key, never one every object inherits (`constructor`). */
function entry(table: Readonly<Record<string, string | null>>, key: string | undefined): string | null {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : null;
}

/** The sentence for a failed request: the screen's own words, else the reason's, the code's, or the general one. */
export function errorText(error: Pick<ErrorSummary, 'code' | 'reason'>, own: ErrorWords = {}): ErrorText {
  const { code, reason } = error;
  const id =
    entry(own, reason) ??
    entry(own, code) ??
    entry(REASON_TEXT, reason) ??
    entry(CODE_TEXT, code) ??
    'error.OTHER';
  return { id };
}
