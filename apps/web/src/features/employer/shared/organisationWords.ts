import type { Role } from '../../../auth/session';

/**
 * Employers offer places, partner organisations offer activities: the same pages, their own words.
 * The catalogues choose with `{kind, select, activity {…} other {…}}`.
 */
export type OfferKind = 'activity' | 'place';

export function offerKindOf(role: Role): OfferKind {
  return role === 'PARTNER' ? 'activity' : 'place';
}
