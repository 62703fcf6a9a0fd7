/**
 * Root fields that each run a whole computation (matching, search, progress): the root-field limit
 * allows only a few per operation and the rate limit counts them apart.
 */
export const COSTLY_FIELDS: ReadonlySet<string> = new Set([
  'matchesForParticipant',
  'candidatesForPlacement',
  'whyNot',
  'searchPlacements',
  'caseloadProgress',
  'participantProgress',
  'placements',
]);
