import {
  actorOf,
  createTestApp,
  insertStandardActors,
  type StandardActorName,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import type { Actor, Role } from '@plekwijzer/api/modules/auth/role.js';
import type { CreateOrganisationInput } from './dto/create-organisation.input.js';
import { OrganisationsService } from './organisations.service.js';

/** Who sees which organisation, and the rules for creating one (admins only, postcode, KvK unique). */
describe('OrganisationsService', () => {
  let t: TestApp;
  let actors: StandardActors;
  let organisations: OrganisationsService;
  const as = (name: StandardActorName): Actor => actorOf<Role>(actors[name]);
  let kvk = 10_000_000 + Math.floor(Math.random() * 1_000_000);

  const input = (overrides: Partial<CreateOrganisationInput> = {}): CreateOrganisationInput => ({
    kind: 'EMPLOYER',
    name: '  Bakkerij de Korf  ',
    kvkNumber: String(kvk++),
    street: ' Langestraat 1 ',
    postcode: '3811ab',
    city: ' Amersfoort ',
    contactName: ' Els ',
    contactEmail: ' Els@Korf.NL ',
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    organisations = t.app.get(OrganisationsService);
  });
  afterAll(() => t.close());

  describe('create', () => {
    it('an admin creates one: trimmed text, lower-case e-mail, normalised postcode and its PC4', async () => {
      const created = await organisations.create(as('admin'), input());
      expect(created).toMatchObject({
        kind: 'EMPLOYER',
        name: 'Bakkerij de Korf',
        street: 'Langestraat 1',
        postcode: '3811 AB',
        pc4: '3811',
        city: 'Amersfoort',
        contactName: 'Els',
        contactEmail: 'els@korf.nl',
      });
      expect(await organisations.findById(created.id)).toMatchObject({ name: 'Bakkerij de Korf' });
    });

    it.each<StandardActorName>(['coach', 'analyst', 'employerA', 'partner'])('%s may not', async (who) => {
      await expect(organisations.create(as(who), input())).rejects.toMatchObject({
        code: 'FORBIDDEN',
        reason: 'FORBIDDEN',
      });
    });

    it('an unknown postcode is a field error and nothing is written', async () => {
      const before = (await organisations.listVisible(as('admin'))).totalCount;
      await expect(organisations.create(as('admin'), input({ postcode: '1000 AA' }))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        extensions: { fields: [{ path: 'input.postcode', message: expect.any(String) }] },
      });
      expect((await organisations.listVisible(as('admin'))).totalCount).toBe(before);
    });

    it('a second organisation with the same KvK number is refused on kvkNumber', async () => {
      await organisations.create(as('admin'), input({ kvkNumber: '77777777' }));
      await expect(
        organisations.create(as('admin'), input({ kvkNumber: '77777777', name: 'Ander' })),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: {
          fields: [
            { path: 'input.kvkNumber', message: expect.stringContaining('KvK'), code: 'ALREADY_EXISTS' },
          ],
        },
      });
    });

    it('without a KvK number twice is fine', async () => {
      await organisations.create(as('admin'), input({ kvkNumber: undefined, name: 'Zonder KvK 1' }));
      const second = await organisations.create(
        as('admin'),
        input({ kvkNumber: undefined, name: 'Zonder KvK 2' }),
      );
      expect(second.kvkNumber).toBeNull();
    });
  });

  describe('visibility', () => {
    it('a member sees only their own organisation', async () => {
      const own = actors.organisations.employerA;
      expect((await organisations.listVisible(as('employerA'))).items.map((o) => o.id)).toEqual([own]);
      expect((await organisations.getVisible(as('employerA'), own)).id).toBe(own);
    });

    it('another organisation is NOT_FOUND for a member, as if it did not exist', async () => {
      await expect(
        organisations.getVisible(as('employerA'), actors.organisations.employerB),
      ).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
      await expect(organisations.getVisible(as('coach'), actors.organisations.partner)).rejects.toMatchObject(
        { code: 'NOT_FOUND' },
      );
    });

    it('an admin sees every organisation, sorted by name, and NOT_FOUND for an unknown id', async () => {
      const all = (await organisations.listVisible(as('admin'))).items;
      const ids = all.map((o) => o.id);
      for (const id of Object.values(actors.organisations)) expect(ids).toContain(id);
      const names = all.map((o) => o.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect((await organisations.getVisible(as('admin'), actors.organisations.partner)).kind).toBe(
        'PARTNER',
      );
      await expect(
        organisations.getVisible(as('admin'), '00000000-0000-4000-8000-000000000000'),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
});
