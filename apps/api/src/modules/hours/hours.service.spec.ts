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
import type { Role, Actor } from '@plekwijzer/api/modules/auth/role.js';
import type { ProposeInput } from '@plekwijzer/api/modules/introductions/dto/introduction.inputs.js';
import { EndReason } from '@plekwijzer/api/modules/introductions/introduction.enums.js';
import { IntroductionsService } from '@plekwijzer/api/modules/introductions/introductions.service.js';
import type { CreateParticipantInput } from '@plekwijzer/api/modules/participants/dto/participant-fields.input.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import type { CreatePlacementInput } from '@plekwijzer/api/modules/placements/dto/placement-fields.input.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import type { LogHoursInput } from './dto/hours.inputs.js';
import { HoursService } from './hours.service.js';

/**
 * The hours rules on the service itself, on the real database: who logs and who decides, the day
 * and the 24-hour cap over all of a person's places, the end date against logged hours, which hours
 * count (approved, within the term, in a Dutch-speaking environment), corrections and idempotency.
 */
describe('HoursService', () => {
  let t: TestApp;
  let actors: StandardActors;
  let hours: HoursService;
  let introductions: IntroductionsService;
  let placements: PlacementsService;
  let participants: ParticipantsService;
  const as = (name: StandardActorName): Actor => actorOf<Role>(actors[name]);

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    hours = t.app.get(HoursService);
    introductions = t.app.get(IntroductionsService);
    placements = t.app.get(PlacementsService);
    participants = t.app.get(ParticipantsService);
  });
  afterAll(() => t.close());

  async function newParticipant(overrides: Record<string, unknown> = {}): Promise<string> {
    return (await participants.create(as('coach'), participantInput<CreateParticipantInput>(overrides))).id;
  }

  async function proposed(participantId: string, placeOverrides: Record<string, unknown> = {}) {
    const place = await placements.create(as('employerA'), placeInput<CreatePlacementInput>(placeOverrides));
    await placements.publish(as('employerA'), place.id);
    const input = { participantId, placementId: place.id, consentConfirmed: true } as ProposeInput;
    return (await introductions.propose(as('coach'), input)).id;
  }

  /** An introduction the participant started at `startDate` (20 days ago unless told). */
  async function started(
    participantId?: string,
    placeOverrides: Record<string, unknown> = {},
    startDate = day(-20),
  ): Promise<string> {
    const id = await proposed(participantId ?? (await newParticipant()), placeOverrides);
    await introductions.accept(as('employerA'), id);
    await introductions.start(as('employerA'), id, startDate);
    return id;
  }

  const entry = (introductionId: string, date: string, h: number, key?: string): LogHoursInput => ({
    introductionId,
    date,
    hours: h,
    ...(key ? { idempotencyKey: key } : {}),
  });

  async function entriesOf(introductionId: string): Promise<number> {
    const rows: Array<{ n: number }> = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM hours_entries WHERE introduction_id = $1',
      [introductionId],
    );
    return rows[0].n;
  }

  describe('logging', () => {
    it('approves the coach’s own hours at once and lets the organisation’s wait, with an event for the coach', async () => {
      const id = await started();
      const byPlace = await hours.log(as('employerA'), entry(id, day(-14), 4));
      expect(byPlace).toMatchObject({ status: 'PENDING', source: 'ORGANISATION', decidedBy: null });
      const byCoach = await hours.log(as('coach'), entry(id, day(-7), 3));
      expect(byCoach).toMatchObject({ status: 'APPROVED', source: 'COACH', decidedBy: actors.coach.id });
      const events: Array<{ type: string; organisation_ids: string[] }> = await t.dataSource.query(
        `SELECT type, organisation_ids FROM outbox_events WHERE payload->>'introductionId' = $1 AND type LIKE 'hours.%'`,
        [id],
      );
      // Only the place's entry needs the coach's look.
      expect(events).toEqual([
        { type: 'hours.awaiting_approval', organisation_ids: [actors.organisations.coaching] },
      ]);
    });

    it('refuses hours for an introduction that has not started', async () => {
      const participantId = await newParticipant();
      const justProposed = await proposed(participantId);
      const accepted = await proposed(participantId);
      await introductions.accept(as('employerA'), accepted);
      for (const id of [justProposed, accepted]) {
        await expect(hours.log(as('employerA'), entry(id, day(-1), 2))).rejects.toMatchObject({
          code: 'CONFLICT',
          extensions: { reason: 'NOT_STARTED' },
        });
        expect(await entriesOf(id)).toBe(0);
      }
    });

    it('answers NOT_FOUND, audited, to anyone who cannot see the introduction', async () => {
      const id = await started();
      for (const who of ['employerB', 'otherCoach', 'partner', 'analyst'] as const) {
        await expect(hours.log(as(who), entry(id, day(-1), 2))).rejects.toMatchObject({
          code: 'NOT_FOUND',
          message: 'Introduction was not found',
        });
      }
      expect(await entriesOf(id)).toBe(0);
      const denied: Array<{ n: number }> = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE object_id = $1 AND action = 'HOURS_LOG' AND result = 'DENIED'`,
        [id],
      );
      expect(denied[0].n).toBe(4);
    });

    const refused: Array<[string, (start: string) => { date: string; hours: number }, string, RegExp]> = [
      ['a day before the start', () => ({ date: day(-21), hours: 2 }), 'date', /started on/],
      ['a day that has not come yet', () => ({ date: day(1), hours: 2 }), 'date', /not come yet/],
      ['a date that is not in the calendar', () => ({ date: '2026-02-30', hours: 2 }), 'date', /not a date/],
      ['zero hours', () => ({ date: day(-2), hours: 0 }), 'hours', /more than 0/],
      ['negative hours', () => ({ date: day(-2), hours: -1 }), 'hours', /more than 0/],
      ['more than 24 hours', () => ({ date: day(-2), hours: 25 }), 'hours', /more than 24/],
      ['hours not in quarters', () => ({ date: day(-2), hours: 1.1 }), 'hours', /quarter/],
    ];

    it.each(refused)('refuses %s and stores nothing', async (_name, make, path, message) => {
      const id = await started();
      const { date, hours: h } = make(day(-20));
      await expect(hours.log(as('employerA'), entry(id, date, h))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: { fields: [{ path, message: expect.stringMatching(message) }] },
      });
      expect(await entriesOf(id)).toBe(0);
    });

    it('refuses a second entry for the same day at the same place: that one is corrected instead', async () => {
      const id = await started();
      await hours.log(as('employerA'), entry(id, day(-15), 2));
      await expect(hours.log(as('coach'), entry(id, day(-15), 3))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: {
          fields: [
            { path: 'date', message: 'hours for this day are already logged; correct that entry instead' },
          ],
        },
      });
      expect(await entriesOf(id)).toBe(1);
    });

    it('keeps a person’s day at 24 hours over all their places; rejected hours do not count', async () => {
      const participantId = await newParticipant();
      const a = await started(participantId);
      const b = await started(participantId);
      const c = await started(participantId);
      await hours.log(as('coach'), entry(a, day(-2), 20));
      await expect(hours.log(as('coach'), entry(b, day(-2), 5))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: {
          fields: [
            {
              path: 'hours',
              message: `with the 20 hours already logged elsewhere on ${day(-2)}, this would be more than 24 hours in that day`,
            },
          ],
        },
      });
      await hours.log(as('coach'), entry(b, day(-2), 4));
      // Full: not even a quarter more at a third place.
      await expect(hours.log(as('employerA'), entry(c, day(-2), 0.25))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      // Another day is another 24 hours.
      await hours.log(as('coach'), entry(b, day(-3), 24));

      // A pending entry counts; once rejected it does not.
      const pending = await hours.log(as('employerA'), entry(a, day(-4), 20));
      await expect(hours.log(as('employerA'), entry(c, day(-4), 5))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      await hours.reject(as('coach'), pending.id, 'Niet aanwezig');
      expect((await hours.log(as('employerA'), entry(c, day(-4), 5))).hours).toBe(5);
    });

    it('applies the cap to a correction too, counting the other places only', async () => {
      const participantId = await newParticipant();
      const a = await started(participantId);
      const b = await started(participantId);
      const first = await hours.log(as('coach'), entry(a, day(-6), 12));
      await hours.log(as('coach'), entry(b, day(-6), 10));
      // 12 → 14 fits beside the other place's 10; 12 → 15 does not.
      await expect(hours.correct(as('coach'), first.id, 15)).rejects.toMatchObject({
        extensions: { fields: [{ path: 'hours', message: expect.stringMatching(/more than 24 hours/) }] },
      });
      expect((await hours.correct(as('coach'), first.id, 14)).hours).toBe(14);
    });
  });

  describe('the end date and logged hours', () => {
    it('refuses an end before the last logged day, accepts the last day itself, and then no hours after it', async () => {
      const a = await started();
      await hours.log(as('coach'), entry(a, day(-2), 3));
      await expect(introductions.complete(as('coach'), a, day(-3))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: {
          fields: [
            { path: 'endDate', message: `hours are logged up to ${day(-2)}; the end date cannot be earlier` },
          ],
        },
      });
      const [{ status }]: Array<{ status: string }> = await t.dataSource.query(
        'SELECT status FROM introductions WHERE id = $1',
        [a],
      );
      expect(status).toBe('STARTED');
      const b = await started();
      await hours.log(as('employerA'), entry(b, day(-2), 3));
      await expect(
        introductions.endEarly(as('coach'), b, { reason: EndReason.OTHER, endDate: day(-3) }),
      ).rejects.toMatchObject({ extensions: { fields: [{ path: 'input.endDate' }] } });

      expect((await introductions.complete(as('coach'), a, day(-2))).status).toBe('COMPLETED');
      // Finished: hours may still be logged up to the end, not after it.
      await hours.log(as('employerA'), entry(a, day(-4), 2));
      await expect(hours.log(as('employerA'), entry(a, day(-1), 2))).rejects.toMatchObject({
        extensions: { fields: [{ path: 'date', message: `the introduction ended on ${day(-2)}` }] },
      });
    });

    it('lets rejected hours not hold the end back', async () => {
      const id = await started();
      const late = await hours.log(as('employerA'), entry(id, day(-1), 3));
      await hours.reject(as('coach'), late.id, 'Die dag was ze ziek');
      expect((await introductions.complete(as('coach'), id, day(-3))).status).toBe('COMPLETED');
    });
  });

  describe('approval and corrections', () => {
    it('lets only the participant’s coach (or an admin) decide, once', async () => {
      const id = await started();
      const first = await hours.log(as('employerA'), entry(id, day(-12), 5));
      for (const who of ['employerA', 'employerB', 'otherCoach', 'partner', 'analyst'] as const) {
        await expect(hours.approve(as(who), first.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
        await expect(hours.reject(as(who), first.id, 'nee')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
      const approved = await hours.approve(as('coach'), first.id);
      expect(approved).toMatchObject({ status: 'APPROVED', decidedBy: actors.coach.id, rejectReason: null });
      await expect(hours.reject(as('coach'), first.id, 'toch niet')).rejects.toMatchObject({
        code: 'CONFLICT',
        message: 'These hours are already approved',
        extensions: { reason: 'ALREADY_DECIDED' },
      });

      const second = await hours.log(as('employerA'), entry(id, day(-11), 5));
      const rejected = await hours.reject(as('admin'), second.id, '  Niet aanwezig geweest  ');
      expect(rejected).toMatchObject({
        status: 'REJECTED',
        decidedBy: actors.admin.id,
        rejectReason: 'Niet aanwezig geweest',
      });
      await expect(hours.approve(as('coach'), second.id)).rejects.toMatchObject({
        extensions: { reason: 'ALREADY_DECIDED' },
      });
      // The coach's own hours are approved already.
      const own = await hours.log(as('coach'), entry(id, day(-10), 2));
      await expect(hours.approve(as('coach'), own.id)).rejects.toMatchObject({
        extensions: { reason: 'ALREADY_DECIDED' },
      });
    });

    it('keeps the history when hours are corrected; a superseded entry can be neither corrected nor decided', async () => {
      const id = await started();
      const original = await hours.log(as('employerA'), entry(id, day(-12), 5));
      const corrected = await hours.correct(as('employerA'), original.id, 4.5);
      expect(corrected).toMatchObject({ hours: 4.5, status: 'PENDING', replacesId: original.id });
      const history = await hours.history(as('coach'), id);
      expect(history.map((h) => [h.id, h.hours, h.supersededAt === null])).toEqual([
        [original.id, 5, false],
        [corrected.id, 4.5, true],
      ]);
      await expect(hours.correct(as('employerA'), original.id, 3)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'Hours entry was not found',
      });
      await expect(hours.approve(as('coach'), original.id)).rejects.toMatchObject({
        message: 'These hours are already corrected',
        extensions: { reason: 'ALREADY_DECIDED' },
      });
      // A coach's correction is approved at once, like the coach's own entries.
      expect(await hours.correct(as('coach'), corrected.id, 4)).toMatchObject({
        status: 'APPROVED',
        source: 'COACH',
      });
    });

    it('answers a made-up entry as if it were someone else’s introduction', async () => {
      await expect(
        hours.correct(as('otherCoach'), '7d1f0d3e-4f5a-4b6c-9d8e-0f1a2b3c4d5e', 2),
      ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Introduction was not found' });
      await expect(hours.approve(as('coach'), '7d1f0d3e-4f5a-4b6c-9d8e-0f1a2b3c4d5e')).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'Hours entry was not found',
      });
    });
  });

  describe('what counts', () => {
    it('counts approved hours only, and shows pending ones apart', async () => {
      const participantId = await newParticipant();
      const id = await started(participantId);
      const pending = await hours.log(as('employerA'), entry(id, day(-14), 4));
      await hours.log(as('coach'), entry(id, day(-7), 3));
      const rejected = await hours.log(as('employerA'), entry(id, day(-6), 8));
      await hours.reject(as('coach'), rejected.id, 'Niet gewerkt');
      const before = await hours.progress(as('coach'), participantId);
      expect(before.pendingHours).toBe(4);
      expect(before.participation).toMatchObject({ done: 3, target: 800, remaining: 797 });
      expect(before.map).toMatchObject({ done: 3, target: 40 });
      await hours.approve(as('coach'), pending.id);
      const after = await hours.progress(as('coach'), participantId);
      expect(after.pendingHours).toBe(0);
      expect(after.participation).toMatchObject({ done: 7, remaining: 793 });
      expect(after.map).toMatchObject({ done: 7 });
      expect((await hours.countingParticipationHours([participantId])).get(participantId)).toBe(7);
    });

    it('counts hours at a place without a Dutch-speaking environment apart, and MAP only where it is practised', async () => {
      const participantId = await newParticipant();
      const id = await started(participantId, { dutchSpeakingEnvironment: false, mapPractice: false });
      await hours.log(as('coach'), entry(id, day(-3), 5));
      const progress = await hours.progress(as('coach'), participantId);
      expect(progress.participation).toMatchObject({ done: 0 });
      expect(progress.nonCountingParticipationHours).toBe(5);
      expect(progress.map).toMatchObject({ done: 0 });
      expect((await hours.countingParticipationHours([participantId])).get(participantId)).toBeUndefined();
    });

    it('counts only hours within the integration term: not before the PIP date, not after its last day', async () => {
      // PIP date 5 days ago: hours 10 days ago are logged but do not count.
      const fresh = await newParticipant({ pipDate: day(-5) });
      const a = await started(fresh);
      await hours.log(as('coach'), entry(a, day(-10), 6));
      await hours.log(as('coach'), entry(a, day(-2), 4));
      expect((await hours.progress(as('coach'), fresh)).participation).toMatchObject({ done: 4 });
      expect((await hours.countingParticipationHours([fresh])).get(fresh)).toBe(4);

      // A term that ended: the last day is the day before the third anniversary of the PIP date.
      const late = await newParticipant({ pipDate: '2023-11-01' });
      const b = await started(late);
      await hours.log(as('coach'), entry(b, day(-3), 5));
      const progress = await hours.progress(as('coach'), late);
      expect(progress.integrationTermLastDay).toBe('2026-10-31');
      expect(progress.participation).toMatchObject({ done: 0 });
    });

    it('shows progress to the participant’s coach only, and the caseload worst risk first', async () => {
      const participantId = await newParticipant();
      await expect(hours.progress(as('otherCoach'), participantId)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(hours.caseloadProgress(as('employerA'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const caseload = await hours.caseloadProgress(as('coach'));
      expect(caseload.map((p) => p.participant.id)).toContain(participantId);
      const order = { OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2 };
      const risks = caseload.map((p) => order[p.risk]);
      expect(risks).toEqual([...risks].sort((x, y) => x - y));
      expect(await hours.caseloadProgress(as('otherCoach'))).toEqual([]);
    });
  });

  describe('idempotency', () => {
    it('returns the first entry for the same key and input, and refuses the key for a different input', async () => {
      const id = await started();
      const first = await hours.log(as('employerA'), entry(id, day(-8), 3, 'hours-key-0001'));
      const retry = await hours.log(as('employerA'), entry(id, day(-8), 3, 'hours-key-0001'));
      expect(retry.id).toBe(first.id);
      expect(await entriesOf(id)).toBe(1);
      await expect(hours.log(as('employerA'), entry(id, day(-8), 4, 'hours-key-0001'))).rejects.toMatchObject(
        { code: 'CONFLICT', extensions: { reason: 'IDEMPOTENCY_KEY_REUSED' } },
      );
      expect(await entriesOf(id)).toBe(1);
    });

    it('replays concurrent retries as one entry, and scopes keys to the user', async () => {
      const id = await started();
      const input = entry(id, day(-8), 3, 'hours-key-0002');
      const results = await Promise.all([1, 2, 3].map(() => hours.log(as('employerA'), input)));
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      // The same key from the coach is the coach's own key: it logs another day.
      const coach = await hours.log(as('coach'), { ...input, date: day(-7) });
      expect(coach.id).not.toBe(results[0].id);
      expect(await entriesOf(id)).toBe(2);
    });

    it('refuses a key already used for another operation', async () => {
      const participantId = await newParticipant();
      const id = await started(participantId);
      const place = await placements.create(as('employerA'), placeInput<CreatePlacementInput>());
      await placements.publish(as('employerA'), place.id);
      await introductions.propose(as('coach'), {
        participantId,
        placementId: place.id,
        consentConfirmed: true,
        idempotencyKey: 'used-for-a-proposal',
      });
      await expect(
        hours.log(as('coach'), entry(id, day(-5), 2, 'used-for-a-proposal')),
      ).rejects.toMatchObject({ extensions: { reason: 'IDEMPOTENCY_KEY_REUSED' } });
    });
  });
});
