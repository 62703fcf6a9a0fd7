import {
  actorOf,
  createTestApp,
  day,
  insertStandardActors,
  participantInput,
  placeInput,
  type StandardActorName,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import type { Actor, Role } from '@plekwijzer/api/modules/auth/role.js';
import type { CreateParticipantInput } from '@plekwijzer/api/modules/participants/dto/participant-fields.input.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import type { CreatePlacementInput } from '@plekwijzer/api/modules/placements/dto/placement-fields.input.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { IntroductionEntity } from './introduction.entity.js';
import { DeclineReason, EndReason } from './introduction.enums.js';
import { IntroductionViews, travelBand } from './introduction-views.service.js';
import { IntroductionsService } from './introductions.service.js';

/**
 * What each side sees of an introduction. The place: only the consented minimal profile, only while
 * the introduction is open and consent stands, never the coach's notes or the participant's
 * identity; the end reason only when it ended the introduction itself. The coach: everything.
 */
describe('IntroductionViews', () => {
  let t: TestApp;
  let actors: StandardActors;
  let views: IntroductionViews;
  let introductions: IntroductionsService;
  let participants: ParticipantsService;
  let placementId: string;
  const as = (name: StandardActorName): Actor => actorOf<Role>(actors[name]);

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    views = t.app.get(IntroductionViews);
    introductions = t.app.get(IntroductionsService);
    participants = t.app.get(ParticipantsService);
    const placements = t.app.get(PlacementsService);
    const place = await placements.create(
      as('employerA'),
      placeInput<CreatePlacementInput>({ capacity: 10 }),
    );
    await placements.publish(as('employerA'), place.id);
    placementId = place.id;
  });
  afterAll(() => t.close());

  async function introduction(): Promise<{ id: string; participantId: string }> {
    const participant = await participants.create(as('coach'), participantInput<CreateParticipantInput>());
    const created = await introductions.propose(as('coach'), {
      participantId: participant.id,
      placementId,
      consentConfirmed: true,
      message: 'Samira werkt graag met haar handen.',
      supportNeeded: ['Uitleg in eenvoudig Nederlands'],
    });
    return { id: created.id, participantId: participant.id };
  }

  const load = (id: string) => t.dataSource.getRepository(IntroductionEntity).findOneByOrFail({ id });
  const placeView = async (id: string) => (await views.forPlace(as('employerA'), [await load(id)]))[0];
  const auditCount = async (action: string, participantId: string) =>
    (
      await t.dataSource.query<Array<{ n: number }>>(
        'SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND participant_id = $2',
        [action, participantId],
      )
    )[0].n;

  it('the place sees the minimal profile of an open introduction, and nothing that identifies the participant', async () => {
    const { id, participantId } = await introduction();
    const view = await placeView(id);
    expect(view.profile).toEqual({
      nickname: 'Samira',
      languageLevels: { speaking: 'A1', listening: 'A1', reading: 'NONE', writing: 'NONE' },
      fittingAvailability: [{ day: 'TUE', start: '09:00', end: '13:00' }],
      travelBand: expect.stringMatching(/min$/),
      supportNeeded: ['Uitleg in eenvoudig Nederlands'],
      coachMessage: 'Samira werkt graag met haar handen.',
    });
    const text = JSON.stringify(view);
    for (const secret of [
      'clientReference',
      'homePostcode',
      '3822',
      'pipDate',
      participantId,
      actors.coach.id,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(view.placement.id).toBe(placementId);
    expect(view.history).toEqual([{ fromStatus: null, toStatus: 'PROPOSED', at: expect.any(Date) }]);
    expect(await auditCount('PROFILE_READ', participantId)).toBe(1);
  });

  it('the coach sees the participant, the message, the consent record and the full history', async () => {
    const { id, participantId } = await introduction();
    const before = await auditCount('PARTICIPANT_READ', participantId);
    const [view] = await views.forCoach(as('coach'), [await load(id)]);
    expect(view.participant).toMatchObject({ id: participantId, nickname: 'Samira' });
    expect(view).toMatchObject({
      message: 'Samira werkt graag met haar handen.',
      consentRecordedBy: actors.coach.id,
      consentRevokedAt: null,
    });
    expect(view.history[0]).toMatchObject({ toStatus: 'PROPOSED', actorUserId: actors.coach.id });
    expect(await auditCount('PARTICIPANT_READ', participantId)).toBe(before + 1);
  });

  it('after the place declined, the place sees no profile any more (and no read is audited)', async () => {
    const { id, participantId } = await introduction();
    await introductions.decline(as('employerA'), id, {
      reason: DeclineReason.OTHER,
      note: 'Geen plek op dinsdag',
    });
    const view = await placeView(id);
    expect(view.profile).toBeNull();
    expect(view.declineReason).toBe('OTHER');
    expect(await auditCount('PROFILE_READ', participantId)).toBe(0);
  });

  it('revoked consent hides the profile at once, also of an introduction that was not open', async () => {
    const open = await introduction();
    expect((await placeView(open.id)).profile).not.toBeNull();
    await introductions.revokeConsent(as('coach'), open.participantId);
    const after = await placeView(open.id);
    expect(after.status).toBe('WITHDRAWN');
    expect(after.profile).toBeNull();
  });

  it('a started introduction still shows the profile; ended early, the place sees the reason only if it ended it, never the note', async () => {
    const byPlace = await introduction();
    await introductions.accept(as('employerA'), byPlace.id);
    await introductions.start(as('employerA'), byPlace.id, day(-10));
    expect((await placeView(byPlace.id)).profile).not.toBeNull();
    await introductions.endEarly(as('employerA'), byPlace.id, {
      reason: EndReason.SCHEDULE_CONFLICT,
      endDate: day(-1),
      note: 'Interne notitie van de plek',
    });
    const endedByPlace = await placeView(byPlace.id);
    expect(endedByPlace).toMatchObject({
      status: 'ENDED_EARLY',
      endReason: 'SCHEDULE_CONFLICT',
      profile: null,
    });

    const byCoach = await introduction();
    await introductions.accept(as('employerA'), byCoach.id);
    await introductions.start(as('employerA'), byCoach.id, day(-10));
    await introductions.endEarly(as('coach'), byCoach.id, {
      reason: EndReason.HEALTH,
      endDate: day(-1),
      note: 'Coachnotitie: medische reden',
    });
    const endedByCoach = await placeView(byCoach.id);
    expect(endedByCoach).toMatchObject({ status: 'ENDED_EARLY', endReason: null, profile: null });
    expect(JSON.stringify(endedByCoach)).not.toContain('Coachnotitie');
    expect(JSON.stringify(endedByCoach)).not.toContain('HEALTH');

    const [coachView] = await views.forCoach(as('coach'), [await load(byCoach.id)]);
    expect(coachView.endReason).toBe('HEALTH');
    expect(coachView.history.at(-1)).toMatchObject({
      toStatus: 'ENDED_EARLY',
      note: 'Coachnotitie: medische reden',
    });
  });

  it('no introductions, no queries and no rows', async () => {
    expect(await views.forPlace(as('employerA'), [])).toEqual([]);
    expect(await views.forCoach(as('coach'), [])).toEqual([]);
  });

  it('travel time is shown as a coarse band', () => {
    expect([0, 15, 16, 30, 45, 60, 61].map(travelBand)).toEqual([
      '0–15 min',
      '0–15 min',
      '15–30 min',
      '15–30 min',
      '30–45 min',
      '45–60 min',
      'more than 60 min',
    ]);
  });
});
