import {
  createTestApp,
  day,
  insertStandardActors,
  participantInput,
  placeInput,
  tokensFor,
  type Conn,
  type StandardActorName,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';

/**
 * Issue 10, parts 4 and 5 through GraphQL on the real database: a coach logs hours outside places
 * (Stap-in/PVT, taalcafé), only for their own participant, with field errors that change nothing,
 * an audit row for each, and progress by activity that moves only for Dutch-speaking hours; the
 * MAP is judged only from its start month and not for the exempt; and while it runs, a place with
 * MAP practice ranks higher with its own breakdown line.
 */
const LOG = `mutation($input: LogParticipationHoursInput!) {
  logParticipationHours(input: $input) {
    hoursEntry { id introductionId participantId activity dutchSpeakingEnvironment note workDate hours source status decidedBy }
  }
}`;
const PROGRESS = `query($id: ID!) {
  participantProgress(participantId: $id) {
    risk mapPhase mapStartDate mapExemption
    participation { done }
    nonCountingParticipationHours
    map { target done remaining risk }
    hoursByActivity { activity approvedHours qualifyingHours }
  }
}`;
const MATCHES = `query($id: ID!) {
  matchesForParticipant(participantId: $id, options: { maxResults: 50 }) {
    matches { placement { id } score scoreBreakdown { criterion points detailNl detailEn } }
  }
}`;

interface Progress {
  risk: string;
  mapPhase: string;
  mapStartDate: string;
  mapExemption: string;
  participation: { done: number } | null;
  nonCountingParticipationHours: number;
  map: { target: number; done: number; remaining: number; risk: string };
  hoursByActivity: Array<{ activity: string; approvedHours: number; qualifyingHours: number }>;
}
interface Matches {
  matchesForParticipant: {
    matches: Array<{
      placement: { id: string };
      score: number;
      scoreBreakdown: Array<{ criterion: string; points: number; detailNl: string; detailEn: string }>;
    }>;
  };
}

describe('hours outside places and the MAP in time (GraphQL)', () => {
  let t: TestApp;
  let actors: StandardActors;
  let tokens: Record<StandardActorName, string>;

  const newParticipant = (overrides: Record<string, unknown> = {}): Promise<string> =>
    t.createParticipant(tokens.coach, overrides);

  const progressOf = async (id: string) =>
    (await t.ok<{ participantProgress: Progress }>(PROGRESS, { id }, tokens.coach)).participantProgress;
  const rows = async (participantId: string) =>
    (
      await t.dataSource.query<Array<{ n: number }>>(
        'SELECT count(*)::int AS n FROM hours_entries WHERE participant_id = $1',
        [participantId],
      )
    )[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    tokens = await tokensFor(actors, (user) => t.tokenFor(user));
  }, 120_000); // booting the app may take a while on a loaded machine
  afterAll(() => t.close());

  describe('logging PVT and taalcafé hours', () => {
    let samira: string;
    beforeAll(async () => {
      samira = await newParticipant();
    });

    it('lets the coach log Stap-in/PVT hours: approved at once, audited, not counted towards the 800', async () => {
      const { logParticipationHours } = await t.ok<{
        logParticipationHours: { hoursEntry: Record<string, unknown> };
      }>(
        LOG,
        {
          input: {
            participantId: samira,
            activity: 'STAP_IN_PVT',
            dutchSpeakingEnvironment: false,
            date: day(-7),
            hours: 2.5,
            note: 'Stap In, les 4 (in het Arabisch)',
          },
        },
        tokens.coach,
      );
      const entry = logParticipationHours.hoursEntry;
      expect(entry).toMatchObject({
        introductionId: null,
        participantId: samira,
        activity: 'STAP_IN_PVT',
        dutchSpeakingEnvironment: false,
        note: 'Stap In, les 4 (in het Arabisch)',
        workDate: day(-7),
        hours: 2.5,
        source: 'COACH',
        status: 'APPROVED',
        decidedBy: actors.coach.id,
      });
      const audit = await t.dataSource.query<Array<{ actor_user_id: string; result: string }>>(
        `SELECT actor_user_id, result FROM audit_log WHERE action = 'HOURS_LOGGED' AND object_id = $1`,
        [entry.id],
      );
      expect(audit).toEqual([{ actor_user_id: actors.coach.id, result: 'ALLOWED' }]);

      const progress = await progressOf(samira);
      expect(progress.hoursByActivity).toEqual([
        { activity: 'PLACEMENT', approvedHours: 0, qualifyingHours: 0 },
        { activity: 'STAP_IN_PVT', approvedHours: 2.5, qualifyingHours: 0 },
        { activity: 'TAALCAFE', approvedHours: 0, qualifyingHours: 0 },
        { activity: 'OTHER_ACTIVITY', approvedHours: 0, qualifyingHours: 0 },
      ]);
      expect(progress.participation?.done).toBe(0);
      expect(progress.nonCountingParticipationHours).toBe(2.5);
    });

    it('counts a Dutch-speaking taalcafé towards the 800', async () => {
      await t.ok(
        LOG,
        {
          input: {
            participantId: samira,
            activity: 'TAALCAFE',
            dutchSpeakingEnvironment: true,
            date: day(-6),
            hours: 1.5,
          },
        },
        tokens.coach,
      );
      const progress = await progressOf(samira);
      expect(progress.hoursByActivity.find((a) => a.activity === 'TAALCAFE')).toEqual({
        activity: 'TAALCAFE',
        approvedHours: 1.5,
        qualifyingHours: 1.5,
      });
      expect(progress.participation?.done).toBe(1.5);
    });

    it('answers another coach NOT_FOUND and an employer FORBIDDEN; nothing is written, the refusal is audited', async () => {
      const before = await rows(samira);
      const input = {
        participantId: samira,
        activity: 'TAALCAFE',
        dutchSpeakingEnvironment: true,
        date: day(-2),
        hours: 2,
      };
      const other = await t.gql(LOG, { input }, tokens.otherCoach);
      expect(other.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
      const employer = await t.gql(LOG, { input }, tokens.employerA);
      expect(employer.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(await rows(samira)).toBe(before);
      const denied = await t.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM audit_log WHERE participant_id = $1 AND actor_user_id = $2 AND result = 'DENIED'`,
        [samira, actors.otherCoach.id],
      );
      expect(denied[0].n).toBe(1);
      // The other coach cannot read the hours either.
      const read = await t.gql(
        `query($id: ID!) { hoursForParticipant(participantId: $id) { totalCount } }`,
        { id: samira },
        tokens.otherCoach,
      );
      expect(read.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    });

    it.each([
      ['a day that has not come', { date: day(2) }, 'date', /not come yet/],
      ['a day before the PIP date', { date: day(-400) }, 'date', /integration term started/],
      ['more than 24 hours', { hours: 25 }, 'input.hours', /more than 24/],
      ['0 hours', { hours: 0 }, 'input.hours', /more than 0/],
      ['an activity at a place', { activity: 'PLACEMENT' }, null, /OtherParticipationActivity/],
    ])('refuses %s with a field error and changes nothing', async (_what, overrides, path, message) => {
      const before = await rows(samira);
      const progressBefore = await progressOf(samira);
      const res = await t.gql(
        LOG,
        {
          input: {
            participantId: samira,
            activity: 'OTHER_ACTIVITY',
            dutchSpeakingEnvironment: true,
            date: day(-1),
            hours: 3,
            ...overrides,
          },
        },
        tokens.coach,
      );
      const error = res.errors?.[0];
      expect(error).toBeDefined();
      if (path) {
        expect(error?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [{ path, message: expect.stringMatching(message) }],
        });
      } else {
        expect(error?.message).toMatch(message); // an enum value the schema does not have
      }
      expect(await rows(samira)).toBe(before);
      expect(await progressOf(samira)).toEqual(progressBefore);
    });

    it('lists the participant’s hours for the coach, and a correction supersedes', async () => {
      const list = async () =>
        (
          await t.ok<{
            hoursForParticipant: Conn<{
              id: string;
              activity: string;
              hours: number;
              supersededAt: string | null;
            }>;
          }>(
            `query($id: ID!) { hoursForParticipant(participantId: $id, first: 10) { totalCount edges { node { id activity hours supersededAt } } } }`,
            { id: samira },
            tokens.coach,
          )
        ).hoursForParticipant;
      const taalcafe = (await list()).edges.find((e) => e.node.activity === 'TAALCAFE')!.node;
      await t.ok(
        `mutation($id: ID!) { correctHours(input: { entryId: $id, hours: 2 }) { hoursEntry { id } } }`,
        { id: taalcafe.id },
        tokens.coach,
      );
      const after = await list();
      expect(after.totalCount).toBe(3);
      expect(
        after.edges
          .filter((e) => e.node.activity === 'TAALCAFE')
          .map((e) => [e.node.hours, e.node.supersededAt === null]),
      ).toEqual(
        expect.arrayContaining([
          [2, true],
          [1.5, false],
        ]),
      );
      expect((await progressOf(samira)).participation?.done).toBe(2);
    });
  });

  describe('the MAP in time (MAP_START_MONTH 13)', () => {
    it('is not judged in year one, is judged from month 13, and not at all for the exempt', async () => {
      const b1 = { route: 'B1_ROUTE' };
      const yearOne = await progressOf(await newParticipant({ ...b1, pipDate: day(-100) }));
      expect(yearOne).toMatchObject({ mapPhase: 'NOT_STARTED', mapExemption: 'NONE', risk: 'ON_TRACK' });
      expect(yearOne.map).toMatchObject({ target: 40, remaining: 40, risk: 'ON_TRACK' });

      const yearTwo = await progressOf(await newParticipant({ ...b1, pipDate: day(-400) }));
      expect(yearTwo).toMatchObject({ mapPhase: 'RUNNING', risk: 'OFF_TRACK' });
      expect(yearTwo.map).toMatchObject({ target: 40, remaining: 40, risk: 'OFF_TRACK' });

      const working = await progressOf(
        await newParticipant({ ...b1, pipDate: day(-400), paidWorkHoursPerWeek: 20 }),
      );
      expect(working).toMatchObject({ mapPhase: 'EXEMPT', mapExemption: 'PAID_WORK', risk: 'ON_TRACK' });
      expect(working.map).toMatchObject({ target: 0, remaining: 0, risk: 'ON_TRACK' });
    });

    it('takes the exemption the coach records through updateParticipant', async () => {
      const id = await newParticipant({ route: 'B1_ROUTE', pipDate: day(-400) });
      const { updateParticipant } = await t.ok<{
        updateParticipant: {
          participant: { mapExemptionRecorded: boolean; paidWorkHoursPerWeek: number | null };
        };
      }>(
        `mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) { participant { mapExemptionRecorded paidWorkHoursPerWeek } } }`,
        { input: { participantId: id, mapExemptionRecorded: true } },
        tokens.coach,
      );
      expect(updateParticipant.participant).toEqual({
        mapExemptionRecorded: true,
        paidWorkHoursPerWeek: null,
      });
      expect(await progressOf(id)).toMatchObject({ mapPhase: 'EXEMPT', mapExemption: 'RECORDED_BY_COACH' });
      const bad = await t.gql(
        `mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) { participant { id } } }`,
        { input: { participantId: id, paidWorkHoursPerWeek: 70 } },
        tokens.coach,
      );
      expect(bad.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'input.paidWorkHoursPerWeek' }],
      });
    });

    it('ranks a MAP practice place higher while the MAP runs, with its line; in year one it does not', async () => {
      // Two places alike but for MAP practice; the one without it is closer to home (3822).
      const place = async (mapPractice: boolean, postcode: string) => {
        const { createPlacement } = await t.ok<{ createPlacement: { placement: { id: string } } }>(
          `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`,
          { input: placeInput({ mapPractice, location: { street: 'Hof 1', postcode, city: 'Amersfoort' } }) },
          tokens.employerA,
        );
        await t.ok(
          `mutation($id: ID!) { publishPlacement(input: { placementId: $id }) { placement { id } } }`,
          { id: createPlacement.placement.id },
          tokens.employerA,
        );
        return createPlacement.placement.id;
      };
      const withMap = await place(true, '3811');
      const without = await place(false, '3822');
      const ranked = async (id: string) => {
        const { matches } = (await t.ok<Matches>(MATCHES, { id }, tokens.coach)).matchesForParticipant;
        return matches.filter((m) => m.placement.id === withMap || m.placement.id === without);
      };
      const line = (m: Matches['matchesForParticipant']['matches'][number]) =>
        m.scoreBreakdown.find((s) => s.criterion === 'MAP_PRACTICE')!;

      const inMap = await ranked(await newParticipant({ route: 'B1_ROUTE', pipDate: day(-400) }));
      expect(inMap.map((m) => m.placement.id)).toEqual([withMap, without]);
      expect(line(inMap[0])).toEqual({
        criterion: 'MAP_PRACTICE',
        points: 15,
        detailNl: 'MAP-praktijkplek; MAP loopt (nog 40 u)',
        detailEn: 'MAP practice place; MAP running (40 h to go)',
      });
      expect(line(inMap[1])).toMatchObject({
        points: 0,
        detailEn: 'no MAP practice; MAP running (40 h to go)',
      });

      const yearOne = await ranked(await newParticipant({ route: 'B1_ROUTE', pipDate: day(-100) }));
      expect(yearOne.map((m) => m.placement.id)).toEqual([without, withMap]);
      expect(line(yearOne[1])).toMatchObject({
        points: 0,
        detailEn: 'MAP practice place; MAP not running now',
      });
      expect(inMap[0].score - yearOne[1].score).toBe(15);
    });
  });
});

describe('a municipality that plans the MAP earlier (MAP_START_MONTH 3)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp({ env: { MAP_START_MONTH: '3', MAP_EXEMPT_PAID_WORK_HOURS: '8' } });
    const actors = await insertStandardActors(t.dataSource);
    token = (await tokensFor(actors, (user) => t.tokenFor(user))).coach;
  }, 120_000);
  afterAll(() => t.close());

  it('judges the MAP from month 3, and exempts 8 hours of paid work', async () => {
    const create = async (overrides: Record<string, unknown>) => {
      const res = await t.gql<{ createParticipant: { participant: { id: string } } }>(
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { participant { id } } }`,
        { input: participantInput({ route: 'B1_ROUTE', ...overrides }) },
        token,
      );
      return res.data!.createParticipant.participant.id;
    };
    const progress = async (id: string) =>
      (await t.gql<{ participantProgress: Progress }>(PROGRESS, { id }, token)).data!.participantProgress;
    expect(await progress(await create({ pipDate: day(-100) }))).toMatchObject({ mapPhase: 'RUNNING' });
    expect(await progress(await create({ pipDate: day(-30) }))).toMatchObject({ mapPhase: 'NOT_STARTED' });
    expect(await progress(await create({ pipDate: day(-100), paidWorkHoursPerWeek: 8 }))).toMatchObject({
      mapPhase: 'EXEMPT',
      mapExemption: 'PAID_WORK',
    });
  });
});
