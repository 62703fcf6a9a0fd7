import type { DataSource } from 'typeorm';

/**
 * Shared test fixtures: rows inserted directly (organisations, users) and named input builders that
 * take overrides (a place, a participant), for the e2e files and the service specs alike. Nothing
 * here imports the app: inputs are plain objects in the shape of the GraphQL inputs.
 */

export type FixtureRole = 'ADMIN' | 'COACH' | 'EMPLOYER' | 'PARTNER' | 'ANALYST';

export interface FixtureUser {
  id: string;
  role: FixtureRole;
  organisationId: string;
}

let counter = 0;
const unique = (): string => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A client reference no other fixture uses (a coach may not have two participants with one). */
export const uniqueReference = (prefix = 'IW'): string => `${prefix}-${unique()}`;

/** Today in Amsterdam (as the services see it) moved by `offset` days, as YYYY-MM-DD. */
export function day(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

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
  role: FixtureRole,
  active = true,
): Promise<FixtureUser> {
  const rows: Array<{ id: string }> = await ds.query(
    `INSERT INTO users (organisation_id, role, display_name, email, active) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [organisationId, role, `${role} ${unique()}`, `${role.toLowerCase()}-${unique()}@example.nl`, active],
  );
  return { id: rows[0].id, role, organisationId };
}

/**
 * One organisation and user per role, a second employer to test "not your place" and a second
 * coach in the same coaching organisation to test "not your participant".
 */
export async function insertStandardActors(ds: DataSource) {
  const coaching = await insertOrganisation(ds, 'COACHING');
  const employerA = await insertOrganisation(ds, 'EMPLOYER');
  const employerB = await insertOrganisation(ds, 'EMPLOYER');
  const partner = await insertOrganisation(ds, 'PARTNER');
  return {
    organisations: { coaching, employerA, employerB, partner },
    admin: await insertUser(ds, coaching, 'ADMIN'),
    coach: await insertUser(ds, coaching, 'COACH'),
    otherCoach: await insertUser(ds, coaching, 'COACH'),
    analyst: await insertUser(ds, coaching, 'ANALYST'),
    employerA: await insertUser(ds, employerA, 'EMPLOYER'),
    employerB: await insertUser(ds, employerB, 'EMPLOYER'),
    partner: await insertUser(ds, partner, 'PARTNER'),
  };
}

export type StandardActors = Awaited<ReturnType<typeof insertStandardActors>>;
export type StandardActorName = Exclude<keyof StandardActors, 'organisations'>;
export const STANDARD_ACTOR_NAMES: readonly StandardActorName[] = [
  'admin',
  'coach',
  'otherCoach',
  'analyst',
  'employerA',
  'employerB',
  'partner',
];

/** A bearer token per standard actor, signed by the given function (e.g. `TestApp.tokenFor`). */
export async function tokensFor(
  actors: StandardActors,
  sign: (user: FixtureUser) => Promise<string>,
): Promise<Record<StandardActorName, string>> {
  const tokens = {} as Record<StandardActorName, string>;
  for (const name of STANDARD_ACTOR_NAMES) tokens[name] = await sign(actors[name]);
  return tokens;
}

/**
 * The actor a service method expects, for calling services directly in a spec. `R` is the app's
 * Role enum (its values are these role names): `actorOf<Role>(actors.coach)`.
 */
export function actorOf<R extends string = FixtureRole>(
  user: FixtureUser,
): { userId: string; role: R; organisationId: string; displayName: string } {
  return {
    userId: user.id,
    role: user.role as R,
    organisationId: user.organisationId,
    displayName: `${user.role} fixture`,
  };
}

/**
 * A complete place (CreatePlacementInput) that can be published as it is: Tuesday 09:00–13:00 in
 * Amersfoort, light work, two spots, open to the Z- and B1-route, started 60 days ago. It fits
 * `participantInput()`. A spec calling the service names the input type: `placeInput<CreatePlacementInput>()`
 * (the enums are the same strings; the type is not checked here).
 */
export function placeInput<T = Record<string, unknown>>(overrides: Record<string, unknown> = {}): T {
  return {
    type: 'WERKERVARINGSPLEK',
    title: 'Magazijnmedewerker',
    description: 'Orders verzamelen met een buddy.',
    sector: 'LOGISTIEK',
    location: { street: 'Hof 1', postcode: '3811', city: 'Amersfoort' },
    languageRequirements: [],
    support: { buddy: true, supervisor: true, staffLanguages: [] },
    dutchSpeakingEnvironment: true,
    schedule: { kind: 'FIXED', shifts: [{ day: 'TUE', start: '09:00', end: '13:00' }] },
    startDate: day(-60),
    childcare: { kind: 'NONE' },
    physicalLoad: 'LIGHT',
    capacity: 2,
    openToRoutes: ['Z_ROUTE', 'B1_ROUTE'],
    openToTargetGroups: ['STATUSHOUDER', 'GEZINSMIGRANT'],
    mapPractice: true,
    compensation: 'NONE',
    ...overrides,
  } as T;
}

/**
 * A participant (CreateParticipantInput) who consents to being proposed: Samira, Z-route, PIP date a
 * year ago, free on Tuesdays 08:00–17:00 with childcare until 15:00, by bike from 3822. A fresh
 * client reference each time.
 */
export function participantInput<T = Record<string, unknown>>(overrides: Record<string, unknown> = {}): T {
  return {
    clientReference: uniqueReference(),
    nickname: 'Samira',
    route: 'Z_ROUTE',
    targetGroup: 'STATUSHOUDER',
    pipDate: day(-365),
    languageLevels: { speaking: 'A1', listening: 'A1', reading: 'NONE', writing: 'NONE' },
    otherLanguages: ['ar'],
    homePostcode: '3822 AB',
    travelModes: ['BIKE'],
    maxTravelMinutes: 25,
    availability: [{ day: 'TUE', start: '08:00', end: '17:00' }],
    commitments: [],
    childcare: { needed: true, childrenAges: [4], covered: [{ day: 'TUE', start: '08:00', end: '15:00' }] },
    maxHoursPerWeek: 16,
    physicalCapacity: 'MEDIUM',
    interests: ['LOGISTIEK'],
    consentToBeProposed: true,
    ...overrides,
  } as T;
}

/**
 * Inserts `count` copies of the first row of `table` that `where` selects, in one statement: the
 * columns in `set` get an SQL expression over `n` (1 … count), every other column but the id is
 * copied. A bulk fixture that follows the schema instead of listing its columns.
 */
export async function copyRows(
  dataSource: DataSource,
  table: 'participants' | 'placements',
  where: { sql: string; params: unknown[] },
  set: Record<string, string>,
  count: number,
): Promise<void> {
  const copied = (
    await dataSource.query<Array<{ column_name: string }>>(
      `SELECT column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = $1
         AND column_name <> 'id' AND NOT (column_name = ANY($2))`,
      [table, Object.keys(set)],
    )
  ).map((c) => `"${c.column_name}"`);
  await dataSource.query(
    `INSERT INTO ${table} (${[...Object.keys(set), ...copied].join(', ')})
     SELECT ${[...Object.values(set), ...copied.map((c) => `p.${c}`)].join(', ')}
     FROM (SELECT * FROM ${table} WHERE ${where.sql} LIMIT 1) p, generate_series(1, ${count}) AS n`,
    where.params,
  );
}
