import {
  actorOf,
  createTestApp,
  insertOrganisation,
  insertStandardActors,
  insertUser,
  type StandardActorName,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import type { Actor } from '@plekwijzer/api/modules/auth/role.js';
import { Role } from '@plekwijzer/api/modules/auth/role.js';
import type { CreateUserInput } from './dto/create-user.input.js';
import { UsersService } from './users.service.js';

/** Who a token's subject is (active users only), whose organisation a user is in, and creating users. */
describe('UsersService', () => {
  let t: TestApp;
  let actors: StandardActors;
  let users: UsersService;
  const as = (name: StandardActorName): Actor => actorOf<Role>(actors[name]);
  let n = 0;
  const input = (overrides: Partial<CreateUserInput> = {}): CreateUserInput => ({
    organisationId: actors.organisations.employerA,
    role: Role.EMPLOYER,
    displayName: '  Jan de Vries ',
    email: ` Jan.${n++}@Example.NL `,
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    users = t.app.get(UsersService);
  });
  afterAll(() => t.close());

  describe('activeActorBySubject', () => {
    it('finds an active user by id (local tokens) as an actor', async () => {
      expect(await users.activeActorBySubject(actors.coach.id)).toEqual({
        userId: actors.coach.id,
        role: 'COACH',
        organisationId: actors.organisations.coaching,
        displayName: expect.stringMatching(/^COACH /),
      });
    });

    it('finds a user by external subject', async () => {
      const created = await users.create(as('admin'), input({ externalSubject: 'oidc|abc-123' }));
      expect(await users.activeActorBySubject('oidc|abc-123')).toMatchObject({
        userId: created.id,
        role: 'EMPLOYER',
      });
    });

    it('a deactivated user is no actor, by id or by external subject', async () => {
      const inactive = await insertUser(t.dataSource, actors.organisations.coaching, 'COACH', false);
      expect(await users.activeActorBySubject(inactive.id)).toBeNull();
      const created = await users.create(as('admin'), input({ externalSubject: 'oidc|gone' }));
      await t.dataSource.query('UPDATE users SET active = false WHERE id = $1', [created.id]);
      expect(await users.activeActorBySubject('oidc|gone')).toBeNull();
      expect(await users.activeActorBySubject(created.id)).toBeNull();
    });

    it('an unknown subject, or one that is not an id, is nobody (no database error)', async () => {
      expect(await users.activeActorBySubject('00000000-0000-4000-8000-000000000000')).toBeNull();
      expect(await users.activeActorBySubject('not-a-uuid')).toBeNull();
    });
  });

  describe('organisationOf', () => {
    it("gives the user's organisation, also inside a transaction, and nothing for an unknown id", async () => {
      expect(await users.organisationOf(actors.employerB.id)).toBe(actors.organisations.employerB);
      const inTx = await t.dataSource.transaction((manager) =>
        users.organisationOf(actors.partner.id, manager),
      );
      expect(inTx).toBe(actors.organisations.partner);
      expect(await users.organisationOf('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    });

    it('sees a user created in the same, not yet committed transaction only with its manager', async () => {
      await t.dataSource
        .transaction(async (manager) => {
          const rows: Array<{ id: string }> = await manager.query(
            `INSERT INTO users (organisation_id, role, display_name, email) VALUES ($1, 'EMPLOYER', 'Tx', 'tx-${Date.now()}@example.nl') RETURNING id`,
            [actors.organisations.employerB],
          );
          expect(await users.organisationOf(rows[0].id, manager)).toBe(actors.organisations.employerB);
          throw new Error('roll back');
        })
        .catch((e: Error) => expect(e.message).toBe('roll back'));
    });

    it('organisationsOf maps each id; unknown ids are left out; none asked, none given', async () => {
      const map = await users.organisationsOf([
        actors.coach.id,
        actors.employerA.id,
        '00000000-0000-4000-8000-000000000000',
      ]);
      expect(Object.fromEntries(map)).toEqual({
        [actors.coach.id]: actors.organisations.coaching,
        [actors.employerA.id]: actors.organisations.employerA,
      });
      expect((await users.organisationsOf([])).size).toBe(0);
    });
  });

  describe('create', () => {
    it('an admin creates an active user with trimmed name and lower-case e-mail', async () => {
      const created = await users.create(as('admin'), input({ email: ' Piet@Bakker.NL ' }));
      expect(created).toMatchObject({
        displayName: 'Jan de Vries',
        email: 'piet@bakker.nl',
        active: true,
        externalSubject: null,
      });
    });

    it.each<StandardActorName>(['coach', 'analyst', 'employerA', 'partner'])('%s may not', async (who) => {
      await expect(users.create(as(who), input())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('the role must fit the organisation: an employer is never a coach, a coaching organisation has no employers', async () => {
      await expect(users.create(as('admin'), input({ role: Role.COACH }))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: {
          fields: [
            {
              path: 'role',
              message: 'a employer organisation cannot have coach users',
              code: 'INVALID_CHOICE',
              params: { kind: 'EMPLOYER' },
            },
          ],
        },
      });
      await expect(
        users.create(
          as('admin'),
          input({ organisationId: actors.organisations.coaching, role: Role.EMPLOYER }),
        ),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ path: 'role' }] } });
      await expect(
        users.create(as('admin'), input({ organisationId: actors.organisations.partner, role: Role.ADMIN })),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      const analyst = await users.create(
        as('admin'),
        input({ organisationId: actors.organisations.coaching, role: Role.ANALYST }),
      );
      expect(analyst.role).toBe('ANALYST');
    });

    it('an unknown organisation is a field error', async () => {
      await expect(
        users.create(as('admin'), input({ organisationId: '00000000-0000-4000-8000-000000000000' })),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: { fields: [{ path: 'organisationId', code: 'NOT_FOUND' }] },
      });
    });

    it('a duplicate e-mail (in any case) or external subject is a CONFLICT ALREADY_EXISTS', async () => {
      await users.create(as('admin'), input({ email: 'dubbel@example.nl', externalSubject: 'oidc|dubbel' }));
      await expect(users.create(as('admin'), input({ email: 'DUBBEL@example.nl' }))).rejects.toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_EXISTS',
      });
      await expect(
        users.create(as('admin'), input({ externalSubject: 'oidc|dubbel' })),
      ).rejects.toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_EXISTS',
      });
    });
  });

  describe('me and listForOrganisation', () => {
    it('me is the actor’s own user; a user that is gone is NOT_FOUND', async () => {
      expect((await users.me(as('partner'))).id).toBe(actors.partner.id);
      await expect(
        users.me({ ...as('partner'), userId: '00000000-0000-4000-8000-000000000000' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('members list their own organisation by name; another organisation is NOT_FOUND; admins list any', async () => {
      const org = await insertOrganisation(t.dataSource, 'EMPLOYER');
      await insertUser(t.dataSource, org, 'EMPLOYER');
      await insertUser(t.dataSource, org, 'EMPLOYER', false);
      const listed = await users.listForOrganisation(as('admin'), org);
      expect(listed).toHaveLength(2);
      const names = listed.map((u) => u.displayName);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      await expect(users.listForOrganisation(as('employerA'), org)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      const own = await users.listForOrganisation(as('employerB'), actors.organisations.employerB);
      expect(own.map((u) => u.id)).toEqual([actors.employerB.id]);
    });
  });
});
