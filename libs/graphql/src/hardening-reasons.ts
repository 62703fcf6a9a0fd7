import type { ErrorReason } from '@plekwijzer/domain';
/**
 * Reasons (`extensions.reason`) added by the hardening work: quotas and rate limits. Kept in one
 * place; each is a value of the ErrorReason enum (libs/domain), which the schema lists.
 */
export const HardeningReason = {
  /** The participant already has the maximum number of open proposals. */
  PARTICIPANT_PROPOSAL_LIMIT: 'PARTICIPANT_PROPOSAL_LIMIT',
  /** The place already has the maximum number of proposals waiting for an answer. */
  PLACEMENT_PROPOSAL_LIMIT: 'PLACEMENT_PROPOSAL_LIMIT',
  /** Too many requests in the rate-limit window; see the Retry-After header. */
  RATE_LIMITED: 'RATE_LIMITED',
} as const satisfies Record<string, ErrorReason>;
export type HardeningReason = (typeof HardeningReason)[keyof typeof HardeningReason];
