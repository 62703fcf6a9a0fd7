import type { DataSource } from 'typeorm';

export interface FixtureUser {
  id: string;
  role: string;
  organisationId: string;
}

let counter = 0;
const unique = (): string => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Inserts an organisation directly (admins create them through the API; tests need many quickly). */
export async function insertOrganisation(
  ds: DataSource,
  kind: 'EMPLOYER' | 'PARTNER' | 'COACHING',
  overrides: Partial<{ name: string; postcode: string; pc4: string; city: string }> = {},
): Promise<string> {
  const rows: Array<{ id: string }> = await ds.query(
    `INSERT INTO organisations (kind, name, street, postcode, pc4, city, contact_name, contact_email)
     VALUES ($1, $2, 'Stationsplein 1', $3, $4, $5, 'Contact', $6) RETURNING id`,
    [
      kind,
      overrides.name ?? `${kind.toLowerCase()} ${unique()}`,
      overrides.postcode ?? '3818 LE',
      overrides.pc4 ?? '3818',
      overrides.city ?? 'Amersfoort',
      `contact-${unique()}@example.nl`,
    ],
  );
  return rows[0].id;
}

export async function insertUser(
  ds: DataSource,
  organisationId: string,
  role: string,
  active = true,
): Promise<FixtureUser> {
  const rows: Array<{ id: string }> = await ds.query(
    `INSERT INTO users (organisation_id, role, display_name, email, active) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [organisationId, role, `${role} ${unique()}`, `${role.toLowerCase()}-${unique()}@example.nl`, active],
  );
  return { id: rows[0].id, role, organisationId };
}

/** One organisation and user per role, plus a second employer to test "not your place". */
export async function insertStandardActors(ds: DataSource) {
  const coaching = await insertOrganisation(ds, 'COACHING');
  const employerA = await insertOrganisation(ds, 'EMPLOYER');
  const employerB = await insertOrganisation(ds, 'EMPLOYER');
  const partner = await insertOrganisation(ds, 'PARTNER');
  return {
    organisations: { coaching, employerA, employerB, partner },
    admin: await insertUser(ds, coaching, 'ADMIN'),
    coach: await insertUser(ds, coaching, 'COACH'),
    analyst: await insertUser(ds, coaching, 'ANALYST'),
    employerA: await insertUser(ds, employerA, 'EMPLOYER'),
    employerB: await insertUser(ds, employerB, 'EMPLOYER'),
    partner: await insertUser(ds, partner, 'PARTNER'),
  };
}
