import { createTestApp, insertOrganisation, type TestApp } from '@plekwijzer/test-support';
import { createUserFromArgs, UserCreateError } from '../scripts/user-create-core.js';

/** `npm run user:create`'s core against a fresh database: the first administrator and the rules. */
describe('user:create', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const count = async (table: 'users' | 'organisations'): Promise<number> =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  async function refusal(args: Parameters<typeof createUserFromArgs>[1]): Promise<string> {
    const error = await createUserFromArgs(t.app, args).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserCreateError);
    return (error as Error).message;
  }

  const admin = { role: 'ADMIN', name: 'Anna de Vries', email: 'Anna@Gemeente.nl', subject: 'oidc|anna' };

  it('on an empty database asks for the organisation of the first administrator', async () => {
    expect(await count('organisations')).toBe(0);
    expect(await refusal(admin)).toMatch(/^--organisation: the database has no coaching organisation yet/);
    expect(await refusal({ ...admin, organisation: 'Gemeente Eemdorp' })).toMatch(
      /no organisation with the id or name "Gemeente Eemdorp".*add --street, --postcode and --city/,
    );
    expect(
      await refusal({
        ...admin,
        organisation: 'Gemeente Eemdorp',
        street: 'Hof 1',
        postcode: '0000',
        city: 'Eemdorp',
      }),
    ).toMatch(/--postcode \(postcode\)/);
    expect(await count('users')).toBe(0);
    expect(await count('organisations')).toBe(0);
  });

  it('creates the first administrator with their coaching organisation, and a user who can sign in', async () => {
    const result = await createUserFromArgs(t.app, {
      ...admin,
      organisation: 'Gemeente Eemdorp',
      street: 'Hof 1',
      postcode: '3811 CJ',
      city: 'Amersfoort',
    });
    expect(result).toMatchObject({
      created: true,
      organisationCreated: true,
      user: {
        role: 'ADMIN',
        displayName: 'Anna de Vries',
        email: 'anna@gemeente.nl',
        externalSubject: 'oidc|anna',
        organisationName: 'Gemeente Eemdorp',
      },
    });
    const [org] = await t.dataSource.query(`SELECT kind, name FROM organisations`);
    expect(org).toEqual({ kind: 'COACHING', name: 'Gemeente Eemdorp' });

    // The new administrator can use the API (admin-only queries answer).
    const token = await t.tokenFor({ id: result.user.id, role: 'ADMIN' });
    const res = await t.gql<{ me: { id: string; role: string } }>(`{ me { id role } }`, {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.me).toEqual({ id: result.user.id, role: 'ADMIN' });
  });

  it('is idempotent: the same user again changes nothing', async () => {
    const before = await t.dataSource.query(`SELECT * FROM users ORDER BY id`);
    // The only coaching organisation is used when none is named.
    const again = await createUserFromArgs(t.app, admin);
    expect(again.created).toBe(false);
    expect(again.organisationCreated).toBe(false);
    expect(again.user.email).toBe('anna@gemeente.nl');
    const bySubjectOnly = await createUserFromArgs(t.app, {
      ...admin,
      email: 'anna@gemeente.nl',
      organisation: 'gemeente eemdorp',
    });
    expect(bySubjectOnly.user.id).toBe(again.user.id);
    expect(await t.dataSource.query(`SELECT * FROM users ORDER BY id`)).toEqual(before);
  });

  it('refuses other data for an existing e-mail address or subject, naming what differs', async () => {
    expect(await refusal({ ...admin, name: 'Anna Jansen' })).toMatch(
      /already exists.*\n.*--name: it is "Anna de Vries"/,
    );
    expect(await refusal({ ...admin, role: 'ANALYST' })).toMatch(/--role: it is ADMIN, not ANALYST/);
    expect(await refusal({ ...admin, email: 'other@gemeente.nl' })).toMatch(
      /--email: it is anna@gemeente.nl/,
    );
    expect(await count('users')).toBe(1);
  });

  it('refuses bad input with the field named, as createUser does', async () => {
    expect(await refusal({ role: 'ADMIN', name: 'Bo', email: 'not-an-address' })).toMatch(
      /--email \(email\): email must be an e-mail address/,
    );
    expect(await refusal({ role: 'BOSS', name: 'Bo', email: 'bo@gemeente.nl' })).toMatch(/--role \(role\)/);
    expect(await refusal({ role: 'ADMIN', name: '', email: 'bo@gemeente.nl' })).toMatch(
      /--name \(displayName\)/,
    );
    expect(await count('users')).toBe(1);
  });

  it('creates other roles in a named organisation, and refuses an unknown one or one of the wrong kind', async () => {
    const employer = await insertOrganisation(t.dataSource, 'EMPLOYER', { name: 'Bakkerij Bol' });
    expect(
      await refusal({
        role: 'EMPLOYER',
        name: 'Piet',
        email: 'piet@bol.nl',
        organisation: 'Bakkerij Nergens',
      }),
    ).toMatch(/^--organisation: there is no organisation with the id or name "Bakkerij Nergens"\.$/);
    expect(
      await refusal({
        role: 'EMPLOYER',
        name: 'Piet',
        email: 'piet@bol.nl',
        organisation: '6f1d8a52-0c1e-4a53-9b7e-2f1e9c3d4b5a',
      }),
    ).toMatch(/no organisation with the id/);
    expect(await refusal({ role: 'EMPLOYER', name: 'Piet', email: 'piet@bol.nl' })).toMatch(
      /--organisation: a EMPLOYER user needs an organisation/,
    );
    expect(
      await refusal({ role: 'COACH', name: 'Piet', email: 'piet@bol.nl', organisation: 'Bakkerij Bol' }),
    ).toMatch(/--role \(role\): a employer organisation cannot have coach users/);
    const created = await createUserFromArgs(t.app, {
      role: 'employer',
      name: 'Piet',
      email: 'piet@bol.nl',
      organisation: employer,
    });
    expect(created).toMatchObject({ created: true, user: { role: 'EMPLOYER', organisationId: employer } });
  });

  it('leaves creating users through GraphQL to administrators', async () => {
    const [coaching] = await t.dataSource.query(`SELECT id FROM organisations WHERE kind = 'COACHING'`);
    const coach = await createUserFromArgs(t.app, {
      role: 'COACH',
      name: 'Carla',
      email: 'carla@gemeente.nl',
      organisation: coaching.id,
    });
    const token = await t.tokenFor({ id: coach.user.id, role: 'COACH' });
    const res = await t.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
      { input: { organisationId: coaching.id, role: 'ADMIN', displayName: 'Ik', email: 'ik@gemeente.nl' } },
      token,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
