import {
  actorOf,
  createTestApp,
  insertStandardActors,
  participantInput,
  placeInput,
  type StandardActorName,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import { MatchingInputsSignal } from '@plekwijzer/api/common/matching-inputs.js';
import type { Role, Actor } from '@plekwijzer/api/modules/auth/role.js';
import { IntroductionsService } from '@plekwijzer/api/modules/introductions/introductions.service.js';
import type { CreatePlacementInput } from '@plekwijzer/api/modules/placements/dto/placement-fields.input.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import type { CreateParticipantInput, UpdateParticipantInput } from './dto/participant-fields.input.js';
import { ParticipantsService } from './participants.service.js';

const MISSING = '7d1f0d3e-4f5a-4b6c-9d8e-0f1a2b3c4d5e';

/**
 * The caseload rules on the service itself, on the real database: a participant belongs to the coach
 * who created them (admins see all); anyone else gets the same NOT_FOUND as for an id that does not
 * exist, and every attempt is audited. Field-by-field input refusals stay in the e2e file.
 */
describe('ParticipantsService', () => {
  let t: TestApp;
  let actors: StandardActors;
  let participants: ParticipantsService;
  const as = (name: StandardActorName): Actor => actorOf<Role>(actors[name]);
  const input = (o: Record<string, unknown> = {}) => participantInput<CreateParticipantInput>(o);
  const update = (o: Record<string, unknown>) => o as unknown as UpdateParticipantInput;

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    participants = t.app.get(ParticipantsService);
  });
  afterAll(() => t.close());

  async function rowOf(id: string): Promise<Record<string, unknown> | undefined> {
    const rows: Array<Record<string, unknown>> = await t.dataSource.query(
      'SELECT * FROM participants WHERE id = $1',
      [id],
    );
    return rows[0];
  }

  async function audited(objectId: string, actorName: StandardActorName) {
    const rows: Array<{ action: string; result: string; participant_id: string | null }> =
      await t.dataSource.query(
        'SELECT action, result, participant_id FROM audit_log WHERE object_id = $1 AND actor_user_id = $2 ORDER BY id',
        [objectId, actors[actorName].id],
      );
    return rows;
  }

  describe('ownership by the coach', () => {
    it('lets only a coach create a participant, who is then theirs', async () => {
      for (const who of ['admin', 'employerA', 'partner', 'analyst'] as const) {
        await expect(participants.create(as(who), input())).rejects.toMatchObject({
          code: 'FORBIDDEN',
          message: 'Only a coach keeps a caseload',
        });
      }
      const created = await participants.create(as('coach'), input());
      expect(created.coachId).toBe(actors.coach.id);
      expect(await audited(created.id, 'coach')).toEqual([
        { action: 'PARTICIPANT_CREATED', result: 'ALLOWED', participant_id: created.id },
      ]);
    });

    it('gives the coach and admins the participant, audited with the purpose', async () => {
      const { id } = await participants.create(as('coach'), input());
      expect((await participants.getOwned(as('coach'), id, 'PROGRESS')).id).toBe(id);
      expect((await participants.getOwned(as('admin'), id)).id).toBe(id);
      expect((await audited(id, 'coach')).at(-1)).toEqual({
        action: 'PARTICIPANT_PROGRESS',
        result: 'ALLOWED',
        participant_id: id,
      });
      expect(await audited(id, 'admin')).toEqual([
        { action: 'PARTICIPANT_READ', result: 'ALLOWED', participant_id: id },
      ]);
    });

    it.each(['otherCoach', 'employerA', 'partner', 'analyst'] as const)(
      'answers %s exactly as for a participant that does not exist, and puts the attempt in the trail',
      async (who) => {
        const { id } = await participants.create(as('coach'), input());
        const foreign = await participants.getOwned(as(who), id).catch((e: unknown) => e);
        const missing = await participants.getOwned(as(who), MISSING).catch((e: unknown) => e);
        expect(foreign).toMatchObject({ code: 'NOT_FOUND', message: 'Participant was not found' });
        expect(JSON.stringify(foreign)).toBe(JSON.stringify(missing));
        // The attempt on an existing participant shows in their trail; the missing id has no trail.
        expect(await audited(id, who)).toEqual([
          { action: 'PARTICIPANT_READ', result: 'DENIED', participant_id: id },
        ]);
        expect(await audited(MISSING, who)).toContainEqual({
          action: 'PARTICIPANT_READ',
          result: 'DENIED',
          participant_id: null,
        });
      },
    );

    it('lets only the coach and admins change a participant; for anyone else the row stays as it was', async () => {
      const { id } = await participants.create(as('coach'), input());
      for (const who of ['otherCoach', 'employerA', 'analyst'] as const) {
        const before = await rowOf(id);
        await expect(participants.update(as(who), id, update({ nickname: 'X' }))).rejects.toMatchObject({
          code: 'NOT_FOUND',
        });
        expect(await rowOf(id)).toEqual(before);
      }
      expect((await participants.update(as('coach'), id, update({ nickname: '  Amal B. ' }))).nickname).toBe(
        'Amal B.',
      );
      expect((await participants.update(as('admin'), id, update({ nickname: null }))).nickname).toBeNull();
    });

    it('lets only the coach and admins remove a participant, with their introductions and hours', async () => {
      const placements = t.app.get(PlacementsService);
      const introductions = t.app.get(IntroductionsService);
      const signal = t.app.get(MatchingInputsSignal);
      const { id } = await participants.create(as('coach'), input());
      const place = await placements.create(as('employerA'), placeInput<CreatePlacementInput>());
      await placements.publish(as('employerA'), place.id);
      const intro = await introductions.propose(as('coach'), {
        participantId: id,
        placementId: place.id,
        consentConfirmed: true,
      });
      await introductions.accept(as('employerA'), intro.id);

      for (const who of ['otherCoach', 'employerA', 'analyst'] as const) {
        await expect(participants.remove(as(who), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
        expect(await rowOf(id)).toBeDefined();
        expect(await audited(id, who)).toContainEqual({
          action: 'PARTICIPANT_REMOVED',
          result: 'DENIED',
          participant_id: null,
        });
      }
      const before = signal.version;
      expect(await participants.remove(as('coach'), id)).toBe(true);
      expect(await rowOf(id)).toBeUndefined();
      const left: Array<{ n: number }> = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM introductions WHERE id = $1',
        [intro.id],
      );
      expect(left[0].n).toBe(0);
      // Its spot is free again: the matcher of this process hears of it.
      expect(signal.version).toBe(before + 1);
      await expect(participants.getOwned(as('coach'), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const other = await participants.create(as('coach'), input());
      expect(await participants.remove(as('admin'), other.id)).toBe(true);
    });

    it('lists the coach’s own caseload only (admins: everyone’s), a page at a time', async () => {
      const mine = [];
      for (let i = 0; i < 3; i++) mine.push((await participants.create(as('coach'), input())).id);
      const theirs = (await participants.create(as('otherCoach'), input())).id;
      const all = await participants.caseload(as('coach'), { first: 100, offset: 0 });
      expect(all.items.map((p) => p.id)).toEqual(expect.arrayContaining(mine));
      expect(all.items.map((p) => p.id)).not.toContain(theirs);
      expect(all.items.every((p) => p.coachId === actors.coach.id)).toBe(true);
      const page = await participants.caseload(as('coach'), { first: 2, offset: 0 });
      expect(page).toMatchObject({ totalCount: all.totalCount, hasNextPage: true });
      expect(page.items).toHaveLength(2);
      expect(
        (await participants.caseload(as('otherCoach'), { first: 100, offset: 0 })).items.map((p) => p.id),
      ).toEqual([theirs]);
      const admin = await participants.caseload(as('admin'), { first: 100, offset: 0 });
      expect(admin.items.map((p) => p.id)).toEqual(expect.arrayContaining([...mine, theirs]));
      // Someone without a caseload has none.
      expect((await participants.caseload(as('employerA'), { first: 100, offset: 0 })).totalCount).toBe(0);
      expect((await participants.listForCoach(as('otherCoach'), 'MATCH')).map((p) => p.id)).toEqual([theirs]);
    });
  });

  describe('what is stored', () => {
    it('stores only the 4-digit home postcode', async () => {
      const { id } = await participants.create(as('coach'), input({ homePostcode: '3822 AB' }));
      const row = await rowOf(id);
      expect(row?.home_pc4).toBe('3822');
      expect(JSON.stringify(row)).not.toContain('3822 AB');
    });

    it('refuses a second participant with the same reference for the same coach only', async () => {
      await participants.create(as('coach'), input({ clientReference: 'IW-DUP-1' }));
      await expect(
        participants.create(as('coach'), input({ clientReference: 'IW-DUP-1' })),
      ).rejects.toMatchObject({
        extensions: {
          fields: [
            { path: 'input.clientReference', message: 'you already have a participant with this reference' },
          ],
        },
      });
      expect(
        (await participants.create(as('otherCoach'), input({ clientReference: 'IW-DUP-1' }))).clientReference,
      ).toBe('IW-DUP-1');
    });

    it('needs at least one free time range, on create and on update', async () => {
      await expect(participants.create(as('coach'), input({ availability: [] }))).rejects.toMatchObject({
        extensions: {
          fields: [
            {
              path: 'input.availability',
              message: 'say when the participant is free (at least one time range)',
            },
          ],
        },
      });
      const { id } = await participants.create(as('coach'), input());
      const before = await rowOf(id);
      await expect(
        participants.update(as('coach'), id, update({ availability: [], nickname: 'Y' })),
      ).rejects.toMatchObject({ extensions: { fields: [{ path: 'input.availability' }] } });
      expect(await rowOf(id)).toEqual(before);
    });

    it('needs the children’s ages when childcare is needed', async () => {
      await expect(
        participants.create(
          as('coach'),
          input({ childcare: { needed: true, childrenAges: [], covered: [] } }),
        ),
      ).rejects.toMatchObject({
        extensions: {
          fields: [
            {
              path: 'input.childcare.childrenAges',
              message: "childcare is needed, so give the children's ages",
            },
          ],
        },
      });
    });

    it('changes nothing when one field of an update is invalid', async () => {
      const { id } = await participants.create(as('coach'), input());
      const before = await rowOf(id);
      await expect(
        participants.update(
          as('coach'),
          id,
          update({ nickname: 'Nieuw', maxHoursPerWeek: 20, homePostcode: '1099', pipDate: '2025-02-30' }),
        ),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await rowOf(id)).toEqual(before);
    });
  });
});
