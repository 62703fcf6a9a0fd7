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
import { IntroductionsService } from '@plekwijzer/api/modules/introductions/introductions.service.js';
import type { CreateParticipantInput } from '@plekwijzer/api/modules/participants/dto/participant-fields.input.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import type { CreatePlacementInput } from '@plekwijzer/api/modules/placements/dto/placement-fields.input.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import type { LogParticipationHoursInput } from './dto/hours.inputs.js';
import { HoursService } from './hours.service.js';

/**
 * Hours outside places and the MAP in time, on the service and the real database: only the
 * participant's own coach logs them, field errors change nothing, every write is audited, only
 * Dutch-speaking hours count towards the 800, the database refuses a half-placement half-activity
 * row, and the MAP phase follows the term month, the exemption and the hours done.
 */
describe('HoursService: hours outside places and the MAP', () => {
  let t: TestApp;
  let actors: StandardActors;
  let hours: HoursService;
  let participants: ParticipantsService;
  let placements: PlacementsService;
  let introductions: IntroductionsService;
  const as = (name: StandardActorName): Actor => actorOf<Role>(actors[name]);

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    hours = t.app.get(HoursService);
    participants = t.app.get(ParticipantsService);
    placements = t.app.get(PlacementsService);
    introductions = t.app.get(IntroductionsService);
  });
  afterAll(() => t.close());

  async function newParticipant(overrides: Record<string, unknown> = {}): Promise<string> {
    return (await participants.create(as('coach'), participantInput<CreateParticipantInput>(overrides))).id;
  }

  const input = (
    participantId: string,
    overrides: Partial<LogParticipationHoursInput> = {},
  ): LogParticipationHoursInput => ({
    participantId,
    activity: 'TAALCAFE',
    dutchSpeakingEnvironment: true,
    date: day(-3),
    hours: 2,
    note: 'Taalcafé bibliotheek',
    ...overrides,
  });

  const rowsOf = async (participantId: string): Promise<number> =>
    (
      await t.dataSource.query<Array<{ n: number }>>(
        'SELECT count(*)::int AS n FROM hours_entries WHERE participant_id = $1',
        [participantId],
      )
    )[0].n;

  const auditOf = (participantId: string, action: string) =>
    t.dataSource.query<Array<{ result: string; object_id: string; actor_user_id: string }>>(
      'SELECT result, object_id, actor_user_id FROM audit_log WHERE participant_id = $1 AND action = $2 ORDER BY id',
      [participantId, action],
    );

  const activityHours = async (participantId: string, activity: string) =>
    (await hours.progress(as('coach'), participantId)).hoursByActivity.find((a) => a.activity === activity);

  describe('logging', () => {
    it('is approved by the coach who logs it, audited, and counts towards the 800 when Dutch-speaking', async () => {
      const id = await newParticipant();
      const entry = await hours.logParticipation(as('coach'), input(id, { hours: 2.5 }));
      expect(entry).toMatchObject({
        introductionId: null,
        participantId: id,
        activity: 'TAALCAFE',
        dutchSpeakingEnvironment: true,
        note: 'Taalcafé bibliotheek',
        source: 'COACH',
        status: 'APPROVED',
        decidedBy: actors.coach.id,
      });
      expect(await auditOf(id, 'HOURS_LOGGED')).toEqual([
        { result: 'ALLOWED', object_id: entry.id, actor_user_id: actors.coach.id },
      ]);
      const progress = await hours.progress(as('coach'), id);
      expect(progress.participation?.done).toBe(2.5);
      expect(progress.hoursByActivity).toContainEqual({
        activity: 'TAALCAFE',
        approvedHours: 2.5,
        qualifyingHours: 2.5,
      });
      expect(await hours.countingParticipationHours([id])).toEqual(new Map([[id, 2.5]]));
    });

    it('keeps Stap-in/PVT in the own language apart: approved, shown by activity, not counted towards the 800', async () => {
      const id = await newParticipant();
      await hours.logParticipation(
        as('coach'),
        input(id, { activity: 'STAP_IN_PVT', dutchSpeakingEnvironment: false, hours: 5, note: null }),
      );
      const progress = await hours.progress(as('coach'), id);
      expect(progress.hoursByActivity).toContainEqual({
        activity: 'STAP_IN_PVT',
        approvedHours: 5,
        qualifyingHours: 0,
      });
      expect(progress.participation?.done).toBe(0);
      expect(progress.nonCountingParticipationHours).toBe(5);
      expect(await hours.countingParticipationHours([id])).toEqual(new Map());
    });

    it('answers another coach NOT_FOUND, audits the refusal and writes nothing; an admin may not log them', async () => {
      const id = await newParticipant();
      await expect(hours.logParticipation(as('otherCoach'), input(id))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await auditOf(id, 'PARTICIPANT_HOURS_LOG')).toEqual([
        expect.objectContaining({ result: 'DENIED', actor_user_id: actors.otherCoach.id }),
      ]);
      await expect(hours.logParticipation(as('admin'), input(id))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await rowsOf(id)).toBe(0);
    });

    it.each([
      ['a day that has not come', { date: day(1) }, 'date', /not come yet/],
      ['a day before the PIP date', { date: day(-366) }, 'date', /integration term started on/],
      ['a day that does not exist', { date: '2026-02-30' }, 'date', /not a date in the calendar/],
      ['0 hours', { hours: 0 }, 'hours', /more than 0/],
      ['more than 24 hours', { hours: 24.5 }, 'hours', /more than 24/],
      ['a step other than a quarter', { hours: 1.3 }, 'hours', /quarter/],
    ])('refuses %s with a field error and changes nothing', async (_what, overrides, path, message) => {
      const id = await newParticipant(); // PIP date a year ago
      await expect(hours.logParticipation(as('coach'), input(id, overrides))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: { fields: [{ path, message: expect.stringMatching(message) }] },
      });
      expect(await rowsOf(id)).toBe(0);
      expect(await auditOf(id, 'HOURS_LOGGED')).toEqual([]);
    });

    it('keeps a day at 24 hours over places and activities together', async () => {
      const id = await newParticipant();
      const place = await placements.create(as('employerA'), placeInput<CreatePlacementInput>());
      await placements.publish(as('employerA'), place.id);
      const intro = await introductions.propose(as('coach'), {
        participantId: id,
        placementId: place.id,
        consentConfirmed: true,
      });
      await introductions.accept(as('employerA'), intro.id);
      await introductions.start(as('employerA'), intro.id, day(-10));
      await hours.log(as('coach'), { introductionId: intro.id, date: day(-3), hours: 20 });
      await expect(
        hours.logParticipation(as('coach'), input(id, { activity: 'OTHER_ACTIVITY', hours: 4.25 })),
      ).rejects.toMatchObject({
        extensions: {
          fields: [{ path: 'hours', message: expect.stringMatching(/already logged elsewhere/) }],
        },
      });
      await hours.logParticipation(as('coach'), input(id, { activity: 'OTHER_ACTIVITY', hours: 4 }));
      // …and the place cannot add to that day either.
      await expect(
        hours.correct(
          as('coach'),
          (await hours.ofParticipant(as('coach'), id)).find((e) => e.introductionId)!.id,
          21,
        ),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    });

    it('takes one entry per activity and day; the same key again is the same entry', async () => {
      const id = await newParticipant();
      const first = await hours.logParticipation(as('coach'), input(id, { idempotencyKey: 'taalcafe-001' }));
      const again = await hours.logParticipation(as('coach'), input(id, { idempotencyKey: 'taalcafe-001' }));
      expect(again.id).toBe(first.id);
      await expect(hours.logParticipation(as('coach'), input(id))).rejects.toMatchObject({
        extensions: { fields: [{ path: 'date', message: expect.stringMatching(/already logged/) }] },
      });
      await hours.logParticipation(as('coach'), input(id, { activity: 'OTHER_ACTIVITY' })); // another activity, same day
      expect(await rowsOf(id)).toBe(2);
    });
  });

  describe('corrections and decisions', () => {
    it('lets the coach correct them (the old entry stays superseded), and nobody approve them again', async () => {
      const id = await newParticipant();
      const first = await hours.logParticipation(as('coach'), input(id, { hours: 3 }));
      await expect(hours.correct(as('otherCoach'), first.id, 2)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(hours.correct(as('employerA'), first.id, 2)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const fixed = await hours.correct(as('coach'), first.id, 1.5);
      expect(fixed).toMatchObject({
        replacesId: first.id,
        activity: 'TAALCAFE',
        dutchSpeakingEnvironment: true,
        note: 'Taalcafé bibliotheek',
        status: 'APPROVED',
        hours: 1.5,
      });
      expect(await activityHours(id, 'TAALCAFE')).toEqual({
        activity: 'TAALCAFE',
        approvedHours: 1.5,
        qualifyingHours: 1.5,
      });
      await expect(hours.approve(as('coach'), fixed.id)).rejects.toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_DECIDED',
      });
      await expect(hours.reject(as('otherCoach'), fixed.id, 'no')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      const history = await hours.ofParticipant(as('coach'), id);
      expect(history.map((e) => [e.hours, e.supersededAt === null])).toEqual([
        [1.5, true],
        [3, false],
      ]);
      await expect(hours.ofParticipant(as('otherCoach'), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('the database keeps both kinds of entry whole', () => {
    it.each([
      ['an activity without its Dutch-speaking flag', `NULL, 'TAALCAFE', NULL`],
      ['a PLACEMENT entry without an introduction', `NULL, 'PLACEMENT', true`],
      ['an unknown activity', `NULL, 'SPORTS_DAY', true`],
    ])('refuses %s', async (_what, values) => {
      const id = await newParticipant();
      await expect(
        t.dataSource.query(
          `INSERT INTO hours_entries (introduction_id, activity, dutch_speaking_environment, participant_id, work_date, hours, source, status, created_by)
           VALUES (${values}, $1, $2, 2, 'COACH', 'APPROVED', $3)`,
          [id, day(-2), actors.coach.id],
        ),
      ).rejects.toThrow(/check constraint/);
    });
  });

  describe('the MAP in time', () => {
    // MAP_START_MONTH 13 (default): a PIP date 400 days ago is in month 14, 100 days ago in month 4.
    it('is not judged in year one, runs in year two, and asks nothing of the exempt', async () => {
      const yearOne = await newParticipant({ pipDate: day(-100), route: 'B1_ROUTE' });
      const yearTwo = await newParticipant({ pipDate: day(-400), route: 'B1_ROUTE' });
      const paidWork = await newParticipant({
        pipDate: day(-400),
        route: 'B1_ROUTE',
        paidWorkHoursPerWeek: 16,
      });
      const littleWork = await newParticipant({
        pipDate: day(-400),
        route: 'B1_ROUTE',
        paidWorkHoursPerWeek: 8,
      });
      const recorded = await newParticipant({
        pipDate: day(-400),
        route: 'B1_ROUTE',
        mapExemptionRecorded: true,
      });

      const one = await hours.progress(as('coach'), yearOne);
      expect(one).toMatchObject({ mapPhase: 'NOT_STARTED', mapExemption: 'NONE', risk: 'ON_TRACK' });
      expect(one.map).toMatchObject({ target: 40, done: 0, risk: 'ON_TRACK' });
      const two = await hours.progress(as('coach'), yearTwo);
      expect(two).toMatchObject({ mapPhase: 'RUNNING', mapExemption: 'NONE', risk: 'OFF_TRACK' });
      expect(two.mapStartDate).toBe(
        (await participants.getOwned(as('coach'), yearTwo)).pipDate.replace(/^(\d{4})/, (y) =>
          String(Number(y) + 1),
        ),
      );
      expect(await hours.progress(as('coach'), paidWork)).toMatchObject({
        mapPhase: 'EXEMPT',
        mapExemption: 'PAID_WORK',
        risk: 'ON_TRACK',
        map: { target: 0, remaining: 0 },
      });
      expect(await hours.progress(as('coach'), littleWork)).toMatchObject({
        mapPhase: 'RUNNING',
        mapExemption: 'NONE',
      });
      expect(await hours.progress(as('coach'), recorded)).toMatchObject({
        mapPhase: 'EXEMPT',
        mapExemption: 'RECORDED_BY_COACH',
      });

      // The matcher is told how many MAP practice hours are still needed only while the MAP runs.
      const all = await participants.byIds([yearOne, yearTwo, paidWork, recorded]);
      const needed = await hours.mapPracticeHoursNeeded(all);
      expect(
        Object.fromEntries([yearOne, yearTwo, paidWork, recorded].map((id) => [id, needed.get(id)])),
      ).toEqual({
        [yearOne]: 0,
        [yearTwo]: 40,
        [paidWork]: 0,
        [recorded]: 0,
      });
    });

    it('counts approved hours at MAP practice places, and only those, against the 40 still needed', async () => {
      const id = await newParticipant({ pipDate: day(-400), route: 'B1_ROUTE' });
      const introduce = async (mapPractice: boolean) => {
        const place = await placements.create(
          as('employerA'),
          placeInput<CreatePlacementInput>({ mapPractice }),
        );
        await placements.publish(as('employerA'), place.id);
        const intro = await introductions.propose(as('coach'), {
          participantId: id,
          placementId: place.id,
          consentConfirmed: true,
        });
        await introductions.accept(as('employerA'), intro.id);
        await introductions.start(as('employerA'), intro.id, day(-10));
        return intro.id;
      };
      const practice = await introduce(true);
      const other = await introduce(false);
      await hours.log(as('coach'), { introductionId: practice, date: day(-3), hours: 6 });
      await hours.log(as('coach'), { introductionId: other, date: day(-4), hours: 5 });
      // A place's entry waiting for approval does not count yet.
      await hours.log(as('employerA'), { introductionId: practice, date: day(-2), hours: 4 });
      await hours.logParticipation(as('coach'), input(id, { hours: 3 })); // a taalcafé is no MAP practice
      const [participant] = await participants.byIds([id]);
      expect((await hours.mapPracticeHoursNeeded([participant])).get(id)).toBe(34);
      expect((await hours.progress(as('coach'), id)).map).toMatchObject({ done: 6, remaining: 34 });
    });

    it('refuses paid work outside 0–60 hours or off the quarter hour as a field error', async () => {
      for (const paidWorkHoursPerWeek of [-1, 61, 10.1]) {
        await expect(
          participants.create(
            as('coach'),
            participantInput<CreateParticipantInput>({ paidWorkHoursPerWeek }),
          ),
        ).rejects.toMatchObject({
          code: 'BAD_USER_INPUT',
          extensions: { fields: [{ path: 'input.paidWorkHoursPerWeek' }] },
        });
      }
    });
  });
});
