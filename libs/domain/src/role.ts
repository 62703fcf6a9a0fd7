import { enumOf } from './enum-of.js';

/** What a user may do. A user belongs to exactly one organisation. */
export const ROLES = ['ADMIN', 'COACH', 'EMPLOYER', 'PARTNER', 'ANALYST'] as const;
export type Role = (typeof ROLES)[number];
export const Role = enumOf(ROLES);

/** Who is making the request, as established by the auth guard from the token and the users table. */
export interface Actor {
  userId: string;
  role: Role;
  organisationId: string;
  displayName: string;
}
