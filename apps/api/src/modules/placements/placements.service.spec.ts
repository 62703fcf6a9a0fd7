import {
  actorOf,
  createTestApp,
  day,
  insertStandardActors,
  placeInput,
  type StandardActorName,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import { MatchingInputsSignal } from '@plekwijzer/api/common/matching-inputs.js';
import type { Role, Actor } from '@plekwijzer/api/modules/auth/role.js';
import type { CreatePlacementInput } from './dto/placement-fields.input.js';
import type { PlacementsArgs } from './dto/placements.args.js';
import { PlacementsService } from './placements.service.js';

/**
 * The place rules on the service itself, on the real database: who may post and change a place,
 * the complete-before-publish rule, every status move, and closing. The field-by-field input
 * refusals and the listing filters stay in test/placements.e2e-spec.ts.
 */
describe('PlacementsService', () => {
  let t: TestApp;
  let actors: StandardActors;
  let placements: PlacementsService;
  const as = (name: StandardActorName): Actor => actorOf<Role>(actors[name]);
  const create = (o: Record<string, unknown> = {}) => placeInput<CreatePlacementInput>(o);

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    placements = t.app.get(PlacementsService);
  });
  afterAll(() => t.close());

  async function rowOf(id: string): Promise<Record<string, unknown>> {
    const rows: Array<Record<string, unknown>> = await t.dataSource.query(
      'SELECT * FROM placements WHERE id = $1',
      [id],
    );
    return rows[0];
  }

  async function placementCount(): Promise<number> {
    const rows: Array<{ n: number }> = await t.dataSource.query('SELECT count(*)::int AS n FROM placements');
    return rows[0].n;
  }

  /** A place of employer A in `status`, moved there by employer A. */
  async function placeIn(status: 'DRAFT' | 'PUBLISHED' | 'PAUSED' | 'CLOSED'): Promise<string> {
    const { id } = await placements.create(as('employerA'), create());
    if (status === 'DRAFT') return id;
    if (status === 'CLOSED') return (await placements.close(as('employerA'), id), id);
    await placements.publish(as('employerA'), id);
    if (status === 'PAUSED') await placements.pause(as('employerA'), id);
    return id;
  }

  describe('creating', () => {
    it('creates a draft at the organisation’s address when no location is given', async () => {
      const draft = await placements.create(as('partner'), {
        type: 'VRIJWILLIGERSWERK',
        title: '  Gastvrouw taalcafé ',
      } as unknown as CreatePlacementInput);
      expect(draft).toMatchObject({
        status: 'DRAFT',
        title: 'Gastvrouw taalcafé',
        organisationId: actors.organisations.partner,
        postcode: '3818 LE',
        pc4: '3818',
        publishedAt: null,
      });
      expect(draft.lat).not.toBeNull();
    });

    it('lets employers, partners and admins (naming the organisation) post, and refuses everyone else', async () => {
      for (const who of ['coach', 'otherCoach', 'analyst'] as const) {
        await expect(placements.create(as(who), create())).rejects.toMatchObject({ code: 'FORBIDDEN' });
      }
      await expect(
        placements.create(as('employerA'), create({ organisationId: actors.organisations.employerB })),
      ).rejects.toMatchObject({
        code: 'FORBIDDEN',
        message: 'You can only post places for your own organisation',
      });
      await expect(placements.create(as('admin'), create())).rejects.toMatchObject({
        extensions: {
          fields: [
            {
              path: 'input.organisationId',
              message: 'an admin must say which organisation offers the place',
            },
          ],
        },
      });
      await expect(
        placements.create(as('admin'), create({ organisationId: actors.organisations.coaching })),
      ).rejects.toMatchObject({
        extensions: {
          fields: [
            { path: 'input.organisationId', message: 'a coaching organisation does not offer places' },
          ],
        },
      });
      await expect(
        placements.create(as('admin'), create({ organisationId: '7d1f0d3e-4f5a-4b6c-9d8e-0f1a2b3c4d5e' })),
      ).rejects.toMatchObject({
        extensions: { fields: [{ path: 'input.organisationId', message: 'there is no such organisation' }] },
      });
      const before = await placementCount();
      const byAdmin = await placements.create(
        as('admin'),
        create({ organisationId: actors.organisations.employerB }),
      );
      expect(byAdmin.organisationId).toBe(actors.organisations.employerB);
      expect((await placements.create(as('partner'), create())).organisationId).toBe(
        actors.organisations.partner,
      );
      expect(await placementCount()).toBe(before + 2);
    });

    it('computes the hours of fixed shifts (touching shifts are fine), overnight ones included', async () => {
      const touching = await placements.create(
        as('employerA'),
        create({
          schedule: {
            kind: 'FIXED',
            shifts: [
              { day: 'MON', start: '09:00', end: '12:30' },
              { day: 'MON', start: '12:30', end: '16:00' },
            ],
          },
        }),
      );
      expect(touching.schedule).toMatchObject({ kind: 'FIXED', minHoursPerWeek: 7, maxHoursPerWeek: 7 });
      const night = await placements.create(
        as('employerA'),
        create({
          schedule: {
            kind: 'FIXED',
            shifts: [{ day: 'SUN', start: '22:00', end: '02:00', overnight: true }],
          },
        }),
      );
      expect(night.schedule).toEqual({
        kind: 'FIXED',
        shifts: [{ day: 'SUN', start: '22:00', end: '02:00' }],
        windows: [],
        minHoursPerWeek: 4,
        maxHoursPerWeek: 4,
      });
    });

    it('keeps the highest required language level for filtering', async () => {
      const place = await placements.create(
        as('employerA'),
        create({
          languageRequirements: [
            { skill: 'SPEAKING', level: 'A2', required: true },
            { skill: 'WRITING', level: 'B2', required: false },
            { skill: 'READING', level: 'A1', required: true },
          ],
        }),
      );
      // A2 is the highest required one (the B2 is only nice to have): NONE=0, A1=1, A2=2.
      expect(place.maxRequiredLevel).toBe(2);
    });
  });

  describe('complete before publish', () => {
    it('refuses to publish a draft while anything is missing, naming every field, and publishes it once complete', async () => {
      const draft = await placements.create(as('partner'), {
        type: 'VRIJWILLIGERSWERK',
        title: 'Gastvrouw taalcafé',
      } as unknown as CreatePlacementInput);
      const error = await placements.publish(as('partner'), draft.id).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
      const fields = (error as { extensions: { fields: Array<{ path: string }> } }).extensions.fields;
      expect(fields.map((f) => f.path).sort()).toEqual([
        'capacity',
        'description',
        'dutchSpeakingEnvironment',
        'openToRoutes',
        'openToTargetGroups',
        'physicalLoad',
        'schedule',
        'sector',
        'startDate',
      ]);
      expect((await rowOf(draft.id)).status).toBe('DRAFT');

      const { type: _type, title: _title, ...rest } = placeInput();
      await placements.update(as('partner'), draft.id, rest);
      const published = await placements.publish(as('partner'), draft.id);
      expect(published.status).toBe('PUBLISHED');
      expect(published.publishedAt).toBeInstanceOf(Date);
    });

    it.each([
      ['description', { description: null }, 'a description is needed'],
      ['capacity', { capacity: null }, 'the capacity is needed'],
      [
        'dutchSpeakingEnvironment',
        { dutchSpeakingEnvironment: null },
        'say whether the place is a Dutch-speaking environment',
      ],
      ['openToRoutes', { openToRoutes: [] }, 'name at least one learning route'],
    ])('misses only %s: refused with that field alone', async (path, override, message) => {
      const { id } = await placements.create(as('employerA'), create(override));
      await expect(placements.publish(as('employerA'), id)).rejects.toMatchObject({
        extensions: { fields: [{ path, message }] },
      });
    });

    it('keeps a published or paused place complete on update, and leaves the row as it was', async () => {
      for (const status of ['PUBLISHED', 'PAUSED'] as const) {
        const id = await placeIn(status);
        const before = await rowOf(id);
        await expect(placements.update(as('employerA'), id, { description: null })).rejects.toMatchObject({
          code: 'BAD_USER_INPUT',
          extensions: { fields: [{ path: 'description', message: 'a description is needed' }] },
        });
        expect(await rowOf(id)).toEqual(before);
      }
      // A draft may be incomplete.
      const draft = await placeIn('DRAFT');
      expect(
        (
          await placements.update(as('employerA'), draft, {
            description: null,
          })
        ).description,
      ).toBeNull();
    });

    it('refuses to publish a place whose end date has passed', async () => {
      const { id } = await placements.create(
        as('employerA'),
        create({ startDate: day(-30), endDate: day(-1) }),
      );
      await expect(placements.publish(as('employerA'), id)).rejects.toMatchObject({
        extensions: {
          fields: [{ path: 'endDate', message: 'the place has already ended; change the end date first' }],
        },
      });
      await placements.update(as('employerA'), id, { endDate: day(30) });
      expect((await placements.publish(as('employerA'), id)).status).toBe('PUBLISHED');
    });
  });

  describe('status moves', () => {
    type Status = 'DRAFT' | 'PUBLISHED' | 'PAUSED' | 'CLOSED';
    type Op = 'publish' | 'pause' | 'close';
    const TO: Record<Op, Status> = { publish: 'PUBLISHED', pause: 'PAUSED', close: 'CLOSED' };
    const cases: Array<[Status, Op, boolean]> = [
      ['DRAFT', 'publish', true],
      ['DRAFT', 'pause', false],
      ['DRAFT', 'close', true],
      ['PUBLISHED', 'publish', false],
      ['PUBLISHED', 'pause', true],
      ['PUBLISHED', 'close', true],
      ['PAUSED', 'publish', true],
      ['PAUSED', 'pause', false],
      ['PAUSED', 'close', true],
      ['CLOSED', 'publish', false],
      ['CLOSED', 'pause', false],
      ['CLOSED', 'close', false],
    ];

    it.each(cases)('from %s, %s: allowed %s', async (from, op, allowed) => {
      const id = await placeIn(from);
      const before = await rowOf(id);
      const result = await placements[op](as('employerA'), id).then(
        (p) => p.status as string,
        (e: { code?: string; message: string }) => `${e.code}: ${e.message}`,
      );
      if (allowed) {
        expect(result).toBe(TO[op]);
        expect((await rowOf(id)).status).toBe(TO[op]);
      } else {
        const verb = op === 'publish' ? 'published' : TO[op].toLowerCase();
        expect(result).toBe(`CONFLICT: A place that is ${from.toLowerCase()} cannot be ${verb}`);
        expect(await rowOf(id)).toEqual(before);
      }
    });

    it('keeps the first publication time when a paused place is published again', async () => {
      const id = await placeIn('PUBLISHED');
      const first = (await rowOf(id)).published_at as Date;
      await placements.pause(as('employerA'), id);
      await placements.publish(as('employerA'), id);
      expect((await rowOf(id)).published_at).toEqual(first);
    });

    it('tells the matcher of this process about every change', async () => {
      const signal = t.app.get(MatchingInputsSignal);
      const id = await placeIn('DRAFT');
      const before = signal.version;
      await placements.publish(as('employerA'), id);
      await placements.update(as('employerA'), id, { title: 'Nieuwe titel' });
      await placements.pause(as('employerA'), id);
      expect(signal.version).toBe(before + 3);
      // A refused move is no change.
      await expect(placements.pause(as('employerA'), id)).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(signal.version).toBe(before + 3);
    });
  });

  describe('closing', () => {
    it('freezes a closed place: no move and no edit, and the row stays as it was', async () => {
      const id = await placeIn('PUBLISHED');
      await placements.close(as('employerA'), id);
      const before = await rowOf(id);
      await expect(placements.update(as('employerA'), id, { title: 'Nieuwe titel' })).rejects.toMatchObject({
        code: 'CONFLICT',
        message: 'This place is closed and can no longer be changed',
      });
      await expect(placements.update(as('admin'), id, { capacity: 5 })).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      expect(await rowOf(id)).toEqual(before);
    });

    it('hides a closed place from other organisations and coaches, as if it did not exist', async () => {
      const id = await placeIn('PUBLISHED');
      expect((await placements.get(as('coach'), id)).id).toBe(id);
      await placements.close(as('employerA'), id);
      for (const who of ['coach', 'employerB', 'partner', 'analyst'] as const) {
        await expect(placements.get(as(who), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
      expect((await placements.get(as('employerA'), id)).status).toBe('CLOSED');
      expect((await placements.get(as('admin'), id)).status).toBe('CLOSED');
      const listed = await placements.list(as('coach'), {
        filter: { organisationId: actors.organisations.employerA },
        page: { first: 100 },
      } as PlacementsArgs);
      expect(listed.items.map((p) => p.id)).not.toContain(id);
    });
  });

  describe('who may change a place', () => {
    const ops: Array<[string, (actor: Actor, id: string) => Promise<unknown>]> = [
      ['update', (a, id) => placements.update(a, id, { title: 'Overgenomen' })],
      ['pause', (a, id) => placements.pause(a, id)],
      ['close', (a, id) => placements.close(a, id)],
    ];

    it.each(ops)(
      '%s: employer A and admins only; others see a published place (FORBIDDEN) but not a draft (NOT_FOUND)',
      async (_name, op) => {
        for (const who of ['employerB', 'partner', 'coach', 'analyst'] as const) {
          const published = await placeIn('PUBLISHED');
          const before = await rowOf(published);
          await expect(op(as(who), published)).rejects.toMatchObject({ code: 'FORBIDDEN' });
          expect(await rowOf(published)).toEqual(before);
          const draft = await placeIn('DRAFT');
          await expect(op(as(who), draft)).rejects.toMatchObject({ code: 'NOT_FOUND' });
        }
        for (const who of ['employerA', 'admin'] as const) await op(as(who), await placeIn('PUBLISHED'));
      },
    );
  });
});
