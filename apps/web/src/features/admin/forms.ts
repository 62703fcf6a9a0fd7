import type { OrganisationKind, Role } from '../../gql/graphql';
import type { FieldWords } from '../../graphql/fieldProblems';

/**
 * The admin forms' own checks, before anything is sent: what is missing or plainly malformed,
 * as message ids per field. What only the API knows (an unknown postcode, a KvK number or e-mail
 * address already in use, a role that does not fit the organisation) comes back as its field errors.
 */
export type Problems<F extends string> = Partial<Record<F, string>>;

/**
 * The admin forms' own words for some of the API's field codes (`field/CODE`, see
 * graphql/fieldProblems.ts); the other codes get the general words, a code without words the API's text.
 */
export const ORGANISATION_WORDS: FieldWords = { 'kvkNumber/ALREADY_EXISTS': 'admin.error.kvkExists' };
export const USER_WORDS: FieldWords = {
  'role/INVALID_CHOICE': 'admin.error.roleKind',
  'organisationId/NOT_FOUND': 'admin.error.organisationGone',
};

export interface OrganisationValues {
  kind: OrganisationKind | '';
  name: string;
  kvkNumber: string;
  street: string;
  postcode: string;
  city: string;
  contactName: string;
  contactEmail: string;
}

export type OrganisationField = keyof OrganisationValues;

export const EMPTY_ORGANISATION: OrganisationValues = {
  kind: '',
  name: '',
  kvkNumber: '',
  street: '',
  postcode: '',
  city: '',
  contactName: '',
  contactEmail: '',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const POSTCODE = /^\d{4}\s?[A-Za-z]{2}$|^\d{4}$/;
const KVK = /^\d{8}$/;

export function checkOrganisation(v: OrganisationValues): Problems<OrganisationField> {
  const p: Problems<OrganisationField> = {};
  if (!v.kind) p.kind = 'admin.error.kind';
  if (!v.name.trim()) p.name = 'admin.error.name';
  if (v.kvkNumber.trim() && !KVK.test(v.kvkNumber.trim())) p.kvkNumber = 'admin.error.kvk';
  if (!v.street.trim()) p.street = 'admin.error.street';
  if (!POSTCODE.test(v.postcode.trim())) p.postcode = 'admin.error.postcode';
  if (!v.city.trim()) p.city = 'admin.error.city';
  if (!v.contactName.trim()) p.contactName = 'admin.error.contactName';
  if (!EMAIL.test(v.contactEmail.trim())) p.contactEmail = 'admin.error.email';
  return p;
}

/** The API's input: trimmed, and an empty KvK number left out. */
export function organisationInput(v: OrganisationValues, idempotencyKey: string) {
  return {
    kind: v.kind as OrganisationKind,
    name: v.name.trim(),
    kvkNumber: v.kvkNumber.trim() || undefined,
    street: v.street.trim(),
    postcode: v.postcode.trim(),
    city: v.city.trim(),
    contactName: v.contactName.trim(),
    contactEmail: v.contactEmail.trim(),
    idempotencyKey,
  };
}

/** The roles an organisation of each kind can have (the API refuses any other). */
export const ROLES_FOR_KIND: Record<OrganisationKind, readonly Role[]> = {
  COACHING: ['COACH', 'ADMIN', 'ANALYST'],
  EMPLOYER: ['EMPLOYER'],
  PARTNER: ['PARTNER'],
};

export interface UserValues {
  role: Role | '';
  displayName: string;
  email: string;
  externalSubject: string;
}

export type UserField = keyof UserValues | 'organisationId';

export const EMPTY_USER: UserValues = { role: '', displayName: '', email: '', externalSubject: '' };

export function checkUser(v: UserValues, kind: OrganisationKind): Problems<UserField> {
  const p: Problems<UserField> = {};
  if (!v.role) p.role = 'admin.error.role';
  else if (!ROLES_FOR_KIND[kind].includes(v.role)) p.role = 'admin.error.roleKind';
  if (!v.displayName.trim()) p.displayName = 'admin.error.displayName';
  if (!EMAIL.test(v.email.trim())) p.email = 'admin.error.email';
  return p;
}

export function userInput(v: UserValues, organisationId: string, idempotencyKey: string) {
  return {
    organisationId,
    role: v.role as Role,
    displayName: v.displayName.trim(),
    email: v.email.trim(),
    externalSubject: v.externalSubject.trim() || undefined,
    idempotencyKey,
  };
}

/** The fields in the order the form shows them: the first with a problem gets the focus. */
export function firstProblem<F extends string>(
  order: readonly F[],
  problems: Partial<Record<F, unknown>>,
): F | undefined {
  return order.find((f) => problems[f]);
}
