import { enumOf } from './enum-of.js';

/**
 * Why a request failed, one level finer than `extensions.code`: every DomainError carries one in
 * `extensions.reason`, and the schema lists them as the `ErrorReason` enum. A client may branch on
 * the reason; the message is for people and may change.
 */
export const ERROR_REASON_DESCRIPTIONS = {
  INVALID_INPUT: 'One or more input fields are not valid; `extensions.fields` names each with its problem.',
  UNAUTHENTICATED: 'No valid bearer token came with the request.',
  FORBIDDEN: 'The signed-in user may not do this (role, organisation or caseload).',
  NOT_FOUND: 'The thing asked for does not exist, or is not visible to the signed-in user.',
  ALREADY_EXISTS: 'Something with the same unique key (such as an e-mail address) already exists.',
  ILLEGAL_TRANSITION: 'The change of status is not allowed from the current status.',
  CONSENT_MISSING: 'The participant has not consented to being proposed.',
  ALREADY_PROPOSED: 'The participant already has an open introduction at this place.',
  PLACE_INCOMPLETE: 'The place misses details it needs for this (such as a schedule or a location).',
  PLACE_CLOSED: 'The place is closed and can no longer be changed.',
  PLACE_NOT_PUBLISHED: 'The place is not published, so it cannot take introductions.',
  PLACE_FULL: 'The place has no free spot left.',
  NOT_STARTED: 'Hours can only be logged once the participant has started at the place.',
  ALREADY_DECIDED: 'The hours entry was already approved or rejected.',
  IDEMPOTENCY_KEY_REUSED: 'The idempotency key was already used for a different request.',
  PARTICIPANT_PROPOSAL_LIMIT:
    'The participant already has the maximum number of proposals waiting for an answer.',
  PLACEMENT_PROPOSAL_LIMIT: 'The place already has the maximum number of proposals waiting for an answer.',
  RATE_LIMITED: 'Too many requests in the rate-limit window; see the Retry-After header.',
  HOME_POSTCODE_UNKNOWN: "The participant's home postcode area is no longer in the postcode table.",
  LIMIT_REACHED: 'A limit on how many of something an organisation may have is reached.',
  SEARCH_UNAVAILABLE: 'The search engine cannot be reached right now; try again later.',
  INSIGHTS_NOT_READY: 'No insights snapshot has been computed yet; an administrator can run refreshInsights.',
} as const;

export type ErrorReason = keyof typeof ERROR_REASON_DESCRIPTIONS;
export const ERROR_REASONS = Object.keys(ERROR_REASON_DESCRIPTIONS) as ErrorReason[];
export const ErrorReason = enumOf(ERROR_REASONS as readonly ErrorReason[]);
