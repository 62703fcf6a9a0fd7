/**
 * The core of `npm run user:create`: creates one user (the first administrator on an empty
 * database, or any user later) through the same services and input classes as the GraphQL
 * `createUser` / `createOrganisation`, so the same rules hold (a role must fit its organisation's
 * kind, a postcode must exist). Idempotent: the same user again changes nothing.
 * GraphQL itself stays admin-only; this runs with the rights of whoever can reach the database.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { DATABASE_HANDLE, type DatabaseHandle } from '@plekwijzer/database';
import { DomainError, validateInput, type FieldError } from '@plekwijzer/graphql';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { CreateOrganisationInput } from '@plekwijzer/api/modules/organisations/dto/create-organisation.input.js';
import { OrganisationKind } from '@plekwijzer/api/modules/organisations/organisation-kind.js';
import { OrganisationsService } from '@plekwijzer/api/modules/organisations/organisations.service.js';
import { CreateUserInput } from '@plekwijzer/api/modules/users/dto/create-user.input.js';
import { UsersService } from '@plekwijzer/api/modules/users/users.service.js';

/** The command-line flags, as given (strings, not yet checked). */
export interface UserCreateArgs {
  role?: string;
  name?: string;
  email?: string;
  subject?: string;
  /** An organisation's id or its exact name (case-insensitive). */
  organisation?: string;
  /** With --organisation naming no organisation yet: creates it as a coaching organisation (ADMIN only). */
  street?: string;
  postcode?: string;
  city?: string;
}

export interface UserCreateResult {
  created: boolean;
  organisationCreated: boolean;
  user: {
    id: string;
    role: string;
    displayName: string;
    email: string;
    externalSubject: string | null;
    organisationId: string;
    organisationName: string;
  };
}

/** A refusal, written for the person at the terminal; the command exits with code 1. */
export class UserCreateError extends Error {}

/** Input field → the flag that sets it, so an error names what to change on the command line. */
const FLAG_OF: Record<string, string> = {
  role: '--role',
  displayName: '--name',
  email: '--email',
  externalSubject: '--subject',
  organisationId: '--organisation',
  name: '--organisation',
  street: '--street',
  postcode: '--postcode',
  city: '--city',
  contactName: '--name',
  contactEmail: '--email',
};

function fieldText(fields: FieldError[]): string {
  return fields
    .map((f) => {
      const field = f.path.replace(/^input\./, '');
      return `  ${FLAG_OF[field] ?? field} (${field}): ${f.message}`;
    })
    .join('\n');
}

function refuse(fields: FieldError[]): never {
  throw new UserCreateError(`The input is not valid:\n${fieldText(fields)}`);
}

/** The rights the command acts with: an administrator's, for the services' own checks. */
const COMMAND_LINE: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  role: Role.ADMIN,
  organisationId: '00000000-0000-0000-0000-000000000000',
  displayName: 'npm run user:create',
};
const NIL_UUID = COMMAND_LINE.userId;
const ADMIN: string = Role.ADMIN;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface UserRow {
  id: string;
  role: string;
  display_name: string;
  email: string;
  external_subject: string | null;
  organisation_id: string;
  organisation_name: string;
}

interface OrganisationRow {
  id: string;
  name: string;
  kind: string;
}

export async function createUserFromArgs(
  app: INestApplicationContext,
  args: UserCreateArgs,
): Promise<UserCreateResult> {
  const db = app.get<DatabaseHandle>(DATABASE_HANDLE).dataSource;
  const role = args.role?.trim().toUpperCase() ?? '';
  const plain = {
    role,
    displayName: args.name ?? '',
    email: args.email ?? '',
    ...(args.subject !== undefined ? { externalSubject: args.subject } : {}),
  };
  // The organisation is resolved below; every other field is checked first, with the same class.
  const early = validateInput(CreateUserInput, { ...plain, organisationId: NIL_UUID });
  if (early.errors.length > 0) refuse(early.errors);
  const email = early.value.email.trim().toLowerCase();
  const displayName = early.value.displayName.trim();

  // Idempotency: the same e-mail address or subject again is the same user.
  const existing = await db.query<UserRow[]>(
    `SELECT u.id, u.role, u.display_name, u.email, u.external_subject, u.organisation_id,
            o.name AS organisation_name
       FROM users u JOIN organisations o ON o.id = u.organisation_id
      WHERE lower(u.email) = $1 OR ($2::text IS NOT NULL AND u.external_subject = $2)`,
    [email, args.subject ?? null],
  );
  if (existing.length > 1) {
    throw new UserCreateError(
      `The e-mail address and the subject belong to two different users (${existing.map((u) => u.id).join(', ')}); nothing was changed.`,
    );
  }
  if (existing.length === 1) {
    const user = existing[0];
    const differences: string[] = [];
    if (user.role !== role) differences.push(`--role: it is ${user.role}, not ${role}`);
    if (user.display_name !== displayName)
      differences.push(`--name: it is "${user.display_name}", not "${displayName}"`);
    if (user.email !== email) differences.push(`--email: it is ${user.email}, not ${email}`);
    if (args.subject !== undefined && user.external_subject !== args.subject)
      differences.push(`--subject: it is ${user.external_subject ?? '(none)'}, not ${args.subject}`);
    if (args.organisation !== undefined) {
      const wanted = args.organisation.trim().toLowerCase();
      if (user.organisation_id !== wanted && user.organisation_name.toLowerCase() !== wanted)
        differences.push(`--organisation: it is "${user.organisation_name}" (${user.organisation_id})`);
    }
    if (differences.length > 0) {
      throw new UserCreateError(
        `A user with this e-mail address or subject already exists (${user.id}) with other data; nothing was changed:\n  ${differences.join('\n  ')}`,
      );
    }
    return { created: false, organisationCreated: false, user: toResult(user) };
  }

  const organisations = app.get(OrganisationsService);
  const users = app.get(UsersService);
  let organisation = await resolveOrganisation(db, role, args.organisation);
  let organisationCreated = false;
  if (!organisation) {
    // Only the first administrator may bring their (coaching) organisation along.
    const name = args.organisation?.trim() ?? '';
    if (role !== ADMIN || !(args.street || args.postcode || args.city)) {
      throw new UserCreateError(
        `--organisation: there is no organisation with the id or name "${name}".` +
          (role === ADMIN
            ? ' To create it as a coaching organisation with this administrator, add --street, --postcode and --city.'
            : ''),
      );
    }
    const input = validateInput(CreateOrganisationInput, {
      kind: OrganisationKind.COACHING,
      name,
      street: args.street ?? '',
      postcode: args.postcode ?? '',
      city: args.city ?? '',
      contactName: displayName,
      contactEmail: email,
    });
    if (input.errors.length > 0) refuse(input.errors);
    const created = await servicesCall(() => organisations.create(COMMAND_LINE, input.value));
    organisation = { id: created.id, name: created.name, kind: created.kind };
    organisationCreated = true;
  }

  const { value, errors } = validateInput(CreateUserInput, { ...plain, organisationId: organisation.id });
  if (errors.length > 0) refuse(errors);
  const user = await servicesCall(() => users.create(COMMAND_LINE, value));
  return {
    created: true,
    organisationCreated,
    user: {
      id: user.id,
      role: user.role,
      displayName: user.displayName,
      email: user.email,
      externalSubject: user.externalSubject,
      organisationId: organisation.id,
      organisationName: organisation.name,
    },
  };
}

/**
 * The organisation by id or exact name. An administrator may leave it out when the database
 * holds exactly one coaching organisation; undefined when a name was given that does not exist.
 */
async function resolveOrganisation(
  db: DatabaseHandle['dataSource'],
  role: string,
  given: string | undefined,
): Promise<OrganisationRow | undefined> {
  const wanted = given?.trim();
  if (!wanted) {
    if (role !== ADMIN)
      throw new UserCreateError(`--organisation: a ${role} user needs an organisation (its id or name).`);
    const coaching = await db.query<OrganisationRow[]>(
      `SELECT id, name, kind FROM organisations WHERE kind = $1 ORDER BY name LIMIT 2`,
      [OrganisationKind.COACHING],
    );
    if (coaching.length === 1) return coaching[0];
    throw new UserCreateError(
      coaching.length === 0
        ? '--organisation: the database has no coaching organisation yet. Name one for the first administrator: --organisation "Gemeente …" --street "…" --postcode "1234 AB" --city "…".'
        : '--organisation: there are several coaching organisations; give the id or name of the one this administrator belongs to.',
    );
  }
  const rows = await db.query<OrganisationRow[]>(
    UUID.test(wanted)
      ? `SELECT id, name, kind FROM organisations WHERE id = $1`
      : `SELECT id, name, kind FROM organisations WHERE lower(name) = lower($1) ORDER BY id LIMIT 2`,
    [wanted],
  );
  if (rows.length > 1)
    throw new UserCreateError(`--organisation: several organisations are called "${wanted}"; give its id.`);
  if (rows.length === 0 && UUID.test(wanted))
    throw new UserCreateError(`--organisation: there is no organisation with the id ${wanted}.`);
  return rows[0];
}

/** A service's refusal (a field error, a conflict) as a command-line error. */
async function servicesCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof DomainError) {
      const fields = error.extensions.fields as FieldError[] | undefined;
      if (fields?.length) refuse(fields);
      throw new UserCreateError(error.message);
    }
    throw error;
  }
}

function toResult(row: UserRow): UserCreateResult['user'] {
  return {
    id: row.id,
    role: row.role,
    displayName: row.display_name,
    email: row.email,
    externalSubject: row.external_subject,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
  };
}
