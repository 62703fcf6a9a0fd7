import { randomUUID } from 'node:crypto';
import { createTestApp, insertStandardActors, insertUser, type TestApp } from '@plekwijzer/test-support';

/** Dates relative to today in Amsterdam, as the service sees them. */
function day(offset: number): string {
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

const place = (overrides: Record<string, unknown> = {}) => ({
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
});

const participant = (overrides: Record<string, unknown> = {}) => ({
  clientReference: `IW-${Math.random().toString(36).slice(2, 10)}`,
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
});

const PROPOSE = `mutation($input: ProposeInput!) { proposeIntroduction(input: $input) { id status consentRecordedBy participant { id } } }`;
const ACCEPT = `mutation($id: ID!) { acceptIntroduction(id: $id) { id status } }`;
const DECLINE = `mutation($id: ID!, $input: DeclineInput!) { declineIntroduction(id: $id, input: $input) { id status } }`;
const START = `mutation($id: ID!, $d: String!) { startIntroduction(id: $id, startDate: $d) { id status startDate } }`;
const COMPLETE = `mutation($id: ID!, $d: String!) { completeIntroduction(id: $id, endDate: $d) { id status } }`;
const END_EARLY = `mutation($id: ID!, $input: EndEarlyInput!) { endIntroductionEarly(id: $id, input: $input) { id status } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawIntroduction(id: $id) { id status } }`;
const LOG = `mutation($input: LogHoursInput!) { logHours(input: $input) { id status source hours } }`;
const PLACE_VIEW = `query($id: ID!) { placeIntroduction(id: $id) { id status profile { nickname travelBand fittingAvailability { day start end } supportNeeded coachMessage languageLevels { speaking } } } }`;

describe('introductions, consent and hours', () => {
  let t: TestApp;
  let actors: Awaited<ReturnType<typeof insertStandardActors>>;
  const tokens: Record<string, string> = {};

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await t.gql<T>(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }

  async function newPlace(overrides: Record<string, unknown> = {}): Promise<string> {
    const { createPlacement } = await ok<{ createPlacement: { id: string } }>(
      `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { id } }`,
      { input: place(overrides) },
      tokens.employerA,
    );
    await ok(
      `mutation($id: ID!) { publishPlacement(id: $id) { id } }`,
      { id: createPlacement.id },
      tokens.employerA,
    );
    return createPlacement.id;
  }

  async function newParticipant(
    overrides: Record<string, unknown> = {},
    token = tokens.coach,
  ): Promise<string> {
    const { createParticipant } = await ok<{ createParticipant: { id: string } }>(
      `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
      { input: participant(overrides) },
      token,
    );
    return createParticipant.id;
  }

  async function propose(
    participantId: string,
    placementId: string,
    extra: Record<string, unknown> = {},
  ): Promise<string> {
    const { proposeIntroduction } = await ok<{ proposeIntroduction: { id: string } }>(
      PROPOSE,
      {
        input: {
          participantId,
          placementId,
          consentConfirmed: true,
          message: 'Samira is gemotiveerd.',
          supportNeeded: ['uitleg voordoen'],
          ...extra,
        },
      },
      tokens.coach,
    );
    return proposeIntroduction.id;
  }

  async function status(id: string): Promise<string> {
    const rows: Array<{ status: string }> = await t.dataSource.query(
      'SELECT status FROM introductions WHERE id = $1',
      [id],
    );
    return rows[0].status;
  }

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    for (const key of ['admin', 'coach', 'analyst', 'employerA', 'employerB', 'partner'] as const)
      tokens[key] = await t.tokenFor(actors[key]);
    tokens.otherCoach = await t.tokenFor(
      await insertUser(t.dataSource, actors.organisations.coaching, 'COACH'),
    );
  });
  afterAll(() => t.close());

  describe('the workflow', () => {
    it('goes from a proposal to approved hours and progress', async () => {
      const placementId = await newPlace();
      const participantId = await newParticipant();
      const id = await propose(participantId, placementId);
      expect(await status(id)).toBe('PROPOSED');

      expect(
        (await ok<{ acceptIntroduction: { status: string } }>(ACCEPT, { id }, tokens.employerA))
          .acceptIntroduction.status,
      ).toBe('ACCEPTED');
      expect(
        (await ok<{ startIntroduction: { status: string } }>(START, { id, d: day(-21) }, tokens.employerA))
          .startIntroduction.status,
      ).toBe('STARTED');

      // The place logs 4 h; it waits for the coach. The coach logs 3 h on another day: approved at once.
      const placeEntry = (
        await ok<{ logHours: { id: string; status: string; source: string } }>(
          LOG,
          { input: { introductionId: id, date: day(-14), hours: 4 } },
          tokens.employerA,
        )
      ).logHours;
      expect(placeEntry).toMatchObject({ status: 'PENDING', source: 'ORGANISATION' });
      const coachEntry = (
        await ok<{ logHours: { status: string } }>(
          LOG,
          { input: { introductionId: id, date: day(-7), hours: 3 } },
          tokens.coach,
        )
      ).logHours;
      expect(coachEntry.status).toBe('APPROVED');

      const before = await ok<{
        participantProgress: { participation: { done: number }; pendingHours: number };
      }>(
        `query($id: ID!) { participantProgress(participantId: $id) { pendingHours participation { done } } }`,
        { id: participantId },
        tokens.coach,
      );
      expect(before.participantProgress).toEqual({ pendingHours: 4, participation: { done: 3 } });

      await ok(
        `mutation($e: ID!) { approveHours(entryId: $e) { status } }`,
        { e: placeEntry.id },
        tokens.coach,
      );
      const after = await ok<{
        participantProgress: {
          participation: { done: number; remaining: number; target: number };
          map: { done: number; target: number };
          risk: string;
        };
      }>(
        `query($id: ID!) { participantProgress(participantId: $id) { risk participation { done remaining target } map { done target } } }`,
        { id: participantId },
        tokens.coach,
      );
      expect(after.participantProgress.participation).toEqual({ done: 7, remaining: 793, target: 800 });
      expect(after.participantProgress.map).toEqual({ done: 7, target: 40 });

      const caseload = await ok<{ caseloadProgress: Array<{ participant: { id: string }; risk: string }> }>(
        `{ caseloadProgress { risk participant { id } } }`,
        {},
        tokens.coach,
      );
      const risks = caseload.caseloadProgress.map((p) => p.risk);
      const order = { OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2 } as Record<string, number>;
      expect(risks).toEqual([...risks].sort((a, b) => order[a] - order[b]));
      expect(caseload.caseloadProgress.map((p) => p.participant.id)).toContain(participantId);

      expect(
        (await ok<{ completeIntroduction: { status: string } }>(COMPLETE, { id, d: day(-1) }, tokens.coach))
          .completeIntroduction.status,
      ).toBe('COMPLETED');

      const history: Array<{ from_status: string | null; to_status: string; actor_user_id: string }> =
        await t.dataSource.query(
          'SELECT from_status, to_status, actor_user_id FROM introduction_transitions WHERE introduction_id = $1 ORDER BY id',
          [id],
        );
      expect(history.map((h) => `${h.from_status ?? '-'}>${h.to_status}`)).toEqual([
        '->PROPOSED',
        'PROPOSED>ACCEPTED',
        'ACCEPTED>STARTED',
        'STARTED>COMPLETED',
      ]);
      expect(history.map((h) => h.actor_user_id)).toEqual([
        actors.coach.id,
        actors.employerA.id,
        actors.employerA.id,
        actors.coach.id,
      ]);
    });

    it('counts hours at a place without a Dutch-speaking environment apart, with the reason', async () => {
      const placementId = await newPlace({ dutchSpeakingEnvironment: false, mapPractice: false });
      const participantId = await newParticipant();
      const id = await propose(participantId, placementId);
      await ok(ACCEPT, { id }, tokens.employerA);
      await ok(START, { id, d: day(-10) }, tokens.employerA);
      await ok(LOG, { input: { introductionId: id, date: day(-3), hours: 5 } }, tokens.coach);
      const res = await ok<{
        participantProgress: {
          participation: { done: number };
          nonCountingParticipationHours: number;
          map: { done: number };
        };
      }>(
        `query($id: ID!) { participantProgress(participantId: $id) { participation { done } nonCountingParticipationHours map { done } } }`,
        { id: participantId },
        tokens.coach,
      );
      expect(res.participantProgress).toEqual({
        participation: { done: 0 },
        nonCountingParticipationHours: 5,
        map: { done: 0 },
      });
    });
  });

  describe('illegal moves change nothing', () => {
    let placementId: string;
    beforeAll(async () => {
      placementId = await newPlace({ capacity: 50 });
    });

    async function introductionIn(state: string): Promise<string> {
      const id = await propose(await newParticipant(), placementId);
      if (state === 'PROPOSED') return id;
      if (state === 'DECLINED')
        return (await ok(DECLINE, { id, input: { reason: 'LANGUAGE' } }, tokens.employerA), id);
      if (state === 'WITHDRAWN') return (await ok(WITHDRAW, { id }, tokens.coach), id);
      await ok(ACCEPT, { id }, tokens.employerA);
      if (state === 'ACCEPTED') return id;
      await ok(START, { id, d: day(-5) }, tokens.employerA);
      if (state === 'STARTED') return id;
      if (state === 'COMPLETED') return (await ok(COMPLETE, { id, d: day(-1) }, tokens.employerA), id);
      return (
        await ok(END_EARLY, { id, input: { reason: 'HEALTH', endDate: day(-1) } }, tokens.employerA),
        id
      );
    }

    const moves: Record<string, [string, (id: string) => Record<string, unknown>, string]> = {
      accept: [ACCEPT, (id) => ({ id }), 'employerA'],
      decline: [DECLINE, (id) => ({ id, input: { reason: 'OTHER' } }), 'employerA'],
      start: [START, (id) => ({ id, d: day(-2) }), 'employerA'],
      complete: [COMPLETE, (id) => ({ id, d: day(-1) }), 'employerA'],
      endEarly: [END_EARLY, (id) => ({ id, input: { reason: 'OTHER', endDate: day(-1) } }), 'employerA'],
      withdraw: [WITHDRAW, (id) => ({ id }), 'coach'],
    };
    const illegal: Array<[string, string]> = [
      ['PROPOSED', 'start'],
      ['PROPOSED', 'complete'],
      ['PROPOSED', 'endEarly'],
      ['ACCEPTED', 'accept'],
      ['ACCEPTED', 'decline'],
      ['ACCEPTED', 'complete'],
      ['ACCEPTED', 'endEarly'],
      ['STARTED', 'accept'],
      ['STARTED', 'decline'],
      ['STARTED', 'start'],
      ['DECLINED', 'accept'],
      ['DECLINED', 'start'],
      ['DECLINED', 'withdraw'],
      ['COMPLETED', 'start'],
      ['COMPLETED', 'withdraw'],
      ['COMPLETED', 'endEarly'],
      ['ENDED_EARLY', 'complete'],
      ['ENDED_EARLY', 'withdraw'],
      ['WITHDRAWN', 'accept'],
      ['WITHDRAWN', 'withdraw'],
      ['WITHDRAWN', 'start'],
    ];

    it.each(illegal)('refuses from %s: %s', async (state, move) => {
      const id = await introductionIn(state);
      const [query, vars, who] = moves[move];
      const res = await t.gql(query, vars(id), tokens[who]);
      expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(res.errors?.[0]?.message).toMatch(/cannot become/);
      expect(await status(id)).toBe(state);
    });

    it('lets only the place accept, and only the coach withdraw', async () => {
      const id = await introductionIn('PROPOSED');
      expect((await t.gql(ACCEPT, { id }, tokens.coach)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(WITHDRAW, { id }, tokens.employerA)).errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
      // Another employer and another coach do not see it at all.
      expect((await t.gql(ACCEPT, { id }, tokens.employerB)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql(WITHDRAW, { id }, tokens.otherCoach)).errors?.[0]?.extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect(await status(id)).toBe('PROPOSED');
    });

    it('needs a reason code to decline', async () => {
      const id = await introductionIn('PROPOSED');
      const res = await t.gql(DECLINE, { id, input: { reason: 'BECAUSE' } }, tokens.employerA);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await status(id)).toBe('PROPOSED');
    });
  });

  describe('capacity under concurrency', () => {
    async function insertProposals(placementId: string, n: number): Promise<string[]> {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        const p: Array<{ id: string }> = await t.dataSource.query(
          `INSERT INTO participants (coach_id, client_reference, route, target_group, pip_date, level_speaking, level_listening, level_reading, level_writing,
             home_pc4, travel_modes, max_travel_minutes, availability, max_hours_per_week, physical_capacity, consent_to_be_proposed, version)
           VALUES ($1, $2, 'Z_ROUTE', 'STATUSHOUDER', $3, 'A1', 'A1', 'A1', 'A1', '3811', '{BIKE}', 30, '[{"day":"TUE","start":"08:00","end":"17:00"}]', 20, 'MEDIUM', true, 1) RETURNING id`,
          [actors.coach.id, `RACE-${placementId.slice(0, 8)}-${i}`, day(-100)],
        );
        const intro: Array<{ id: string }> = await t.dataSource.query(
          `INSERT INTO introductions (participant_id, placement_id, coach_id, organisation_id, status, consent_recorded_by, consent_recorded_at, version)
           VALUES ($1, $2, $3, $4, 'PROPOSED', $3, now(), 1) RETURNING id`,
          [p[0].id, placementId, actors.coach.id, actors.organisations.employerA],
        );
        ids.push(intro[0].id);
      }
      return ids;
    }

    it('lets exactly one of 50 concurrent accepts take the last spot, round after round', async () => {
      for (let round = 0; round < 4; round++) {
        const placementId = await newPlace({ capacity: 1, title: `Eén plek ${round}` });
        const ids = await insertProposals(placementId, 50);
        const results = await Promise.all(ids.map((id) => t.gql(ACCEPT, { id }, tokens.employerA)));
        const codes = results.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK'));
        expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
        expect(codes.filter((c) => c === 'PLACE_FULL')).toHaveLength(49);
        const taken: Array<{ n: number }> = await t.dataSource.query(
          `SELECT count(*)::int AS n FROM introductions WHERE placement_id = $1 AND status IN ('ACCEPTED','STARTED')`,
          [placementId],
        );
        expect(taken[0].n).toBe(1);
      }
    });

    it('makes one introduction out of two concurrent proposals of the same participant for the same place', async () => {
      const placementId = await newPlace();
      const participantId = await newParticipant();
      const input = { participantId, placementId, consentConfirmed: true };
      const results = await Promise.all([
        t.gql(PROPOSE, { input }, tokens.coach),
        t.gql(PROPOSE, { input }, tokens.coach),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)?.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const rows: Array<{ n: number }> = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM introductions WHERE participant_id = $1',
        [participantId],
      );
      expect(rows[0].n).toBe(1);
    });

    it('drops a full place out of the matches', async () => {
      const placementId = await newPlace({ capacity: 1, title: 'Wordt vol' });
      const participantId = await newParticipant();
      const MATCH = `query($id: ID!) { matchesForParticipant(participantId: $id) { matches { placement { id } } nearMisses { placement { id } } } }`;
      type M = {
        matchesForParticipant: {
          matches: Array<{ placement: { id: string } }>;
          nearMisses: Array<{ placement: { id: string } }>;
        };
      };
      const before = await ok<M>(MATCH, { id: participantId }, tokens.coach);
      expect(before.matchesForParticipant.matches.map((m) => m.placement.id)).toContain(placementId);
      const other = await newParticipant();
      const id = await propose(other, placementId);
      await ok(ACCEPT, { id }, tokens.employerA);
      const after = await ok<M>(MATCH, { id: participantId }, tokens.coach);
      expect(after.matchesForParticipant.matches.map((m) => m.placement.id)).not.toContain(placementId);
      expect(after.matchesForParticipant.nearMisses.map((m) => m.placement.id)).not.toContain(placementId);
    });
  });

  describe('consent and the shared profile', () => {
    it('refuses a proposal without consent', async () => {
      const placementId = await newPlace();
      const unconfirmed = await t.gql(
        PROPOSE,
        { input: { participantId: await newParticipant(), placementId, consentConfirmed: false } },
        tokens.coach,
      );
      expect(unconfirmed.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('input.consentConfirmed');
      const noConsent = await newParticipant({ consentToBeProposed: false });
      const res = await t.gql(
        PROPOSE,
        { input: { participantId: noConsent, placementId, consentConfirmed: true } },
        tokens.coach,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONSENT_MISSING' });
    });

    it("refuses proposing another coach's participant as if it did not exist", async () => {
      const placementId = await newPlace();
      const theirs = await newParticipant({}, tokens.otherCoach);
      const res = await t.gql(
        PROPOSE,
        { input: { participantId: theirs, placementId, consentConfirmed: true } },
        tokens.coach,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('keeps the coach’s reasons and notes from the place: an early end for health shows only as a state', async () => {
      const id = await propose(await newParticipant(), await newPlace());
      await ok(ACCEPT, { id }, tokens.employerA);
      await ok(START, { id, d: day(-10) }, tokens.employerA);
      await ok(
        END_EARLY,
        {
          id,
          input: { reason: 'HEALTH', note: 'Opname, niet doorgeven aan de werkgever', endDate: day(-1) },
        },
        tokens.coach,
      );

      const coach = await ok<{
        introduction: {
          endReason: string;
          history: Array<{ toStatus: string; reason: string | null; note: string | null }>;
        };
      }>(
        `query($id: ID!) { introduction(id: $id) { endReason history { toStatus reason note } } }`,
        { id },
        tokens.coach,
      );
      expect(coach.introduction.endReason).toBe('HEALTH');
      expect(coach.introduction.history.at(-1)).toEqual({
        toStatus: 'ENDED_EARLY',
        reason: 'HEALTH',
        note: 'Opname, niet doorgeven aan de werkgever',
      });

      const place = await ok<{
        placeIntroduction: {
          status: string;
          endReason: string | null;
          history: Array<{ toStatus: string }>;
          profile: unknown;
        };
      }>(
        `query($id: ID!) { placeIntroduction(id: $id) { status endReason history { toStatus } profile { nickname } } }`,
        { id },
        tokens.employerA,
      );
      expect(place.placeIntroduction).toMatchObject({
        status: 'ENDED_EARLY',
        endReason: null,
        profile: null,
      });
      expect(place.placeIntroduction.history.map((h) => h.toStatus)).toEqual([
        'PROPOSED',
        'ACCEPTED',
        'STARTED',
        'ENDED_EARLY',
      ]);
      for (const field of ['note', 'reason', 'actorUserId']) {
        const probe = await t.gql(
          `query($id: ID!) { placeIntroduction(id: $id) { history { ${field} } } }`,
          { id },
          tokens.employerA,
        );
        expect(probe.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      }
      // Nor does the event carry it.
      const events: Array<{ payload: Record<string, unknown> }> = await t.dataSource.query(
        `SELECT payload FROM outbox_events WHERE payload->>'introductionId' = $1 AND payload->>'status' = 'ENDED_EARLY'`,
        [id],
      );
      expect(events).toHaveLength(1);
      expect(events[0].payload.reason).toBeNull();
      expect(JSON.stringify(events[0].payload)).not.toMatch(/HEALTH|Opname/);
    });

    it('shows the place its own reason when it ended the introduction itself', async () => {
      const id = await propose(await newParticipant(), await newPlace());
      await ok(ACCEPT, { id }, tokens.employerA);
      await ok(START, { id, d: day(-10) }, tokens.employerA);
      await ok(END_EARLY, { id, input: { reason: 'PLACE_ENDED', endDate: day(-1) } }, tokens.employerA);
      const place = await ok<{ placeIntroduction: { endReason: string | null } }>(
        `query($id: ID!) { placeIntroduction(id: $id) { endReason } }`,
        { id },
        tokens.employerA,
      );
      expect(place.placeIntroduction.endReason).toBe('PLACE_ENDED');
    });

    it('shares the profile only while the introduction is open', async () => {
      const withdrawn = await propose(await newParticipant(), await newPlace());
      expect(
        (
          await ok<{ placeIntroduction: { profile: unknown } }>(
            PLACE_VIEW,
            { id: withdrawn },
            tokens.employerA,
          )
        ).placeIntroduction.profile,
      ).not.toBeNull();
      await ok(WITHDRAW, { id: withdrawn }, tokens.coach);
      expect(
        (
          await ok<{ placeIntroduction: { profile: unknown } }>(
            PLACE_VIEW,
            { id: withdrawn },
            tokens.employerA,
          )
        ).placeIntroduction.profile,
      ).toBeNull();

      const declined = await propose(await newParticipant(), await newPlace());
      await ok(DECLINE, { id: declined, input: { reason: 'AVAILABILITY' } }, tokens.employerA);
      expect(
        (
          await ok<{ placeIntroduction: { profile: unknown } }>(
            PLACE_VIEW,
            { id: declined },
            tokens.employerA,
          )
        ).placeIntroduction.profile,
      ).toBeNull();
    });

    it('never leaves a proposal standing when consent is revoked at the same moment', async () => {
      const participantId = await newParticipant();
      const UPDATE = `mutation($id: ID!, $input: UpdateParticipantInput!) { updateParticipant(id: $id, input: $input) { id } }`;
      for (let round = 0; round < 10; round++) {
        await ok(UPDATE, { id: participantId, input: { consentToBeProposed: true } }, tokens.coach);
        const placementId = await newPlace();
        await Promise.all([
          t.gql(PROPOSE, { input: { participantId, placementId, consentConfirmed: true } }, tokens.coach),
          t.gql(`mutation($p: ID!) { revokeConsent(participantId: $p) }`, { p: participantId }, tokens.coach),
        ]);
        const open: Array<{ n: number }> = await t.dataSource.query(
          `SELECT count(*)::int AS n FROM introductions WHERE participant_id = $1 AND status IN ('PROPOSED', 'ACCEPTED', 'STARTED')`,
          [participantId],
        );
        expect(open[0].n).toBe(0);
      }
    });

    it('shows the place a minimal profile and nothing else about the person', async () => {
      const placementId = await newPlace();
      const participantId = await newParticipant();
      const id = await propose(participantId, placementId);
      const view = await ok<{ placeIntroduction: { profile: Record<string, unknown> } }>(
        PLACE_VIEW,
        { id },
        tokens.employerA,
      );
      expect(view.placeIntroduction.profile).toEqual({
        nickname: 'Samira',
        travelBand: expect.stringMatching(/min/),
        // Free Tuesday 08:00–17:00, shift 09:00–13:00: the overlap is the shift.
        fittingAvailability: [{ day: 'TUE', start: '09:00', end: '13:00' }],
        supportNeeded: ['uitleg voordoen'],
        coachMessage: 'Samira is gemotiveerd.',
        languageLevels: { speaking: 'A1' },
      });
      // Fields outside the profile do not exist in the schema for the place (not merely null).
      for (const field of [
        'clientReference',
        'homePostcode',
        'route',
        'targetGroup',
        'childcare',
        'physicalCapacity',
        'participant',
      ]) {
        const probe = await t.gql(
          `query($id: ID!) { placeIntroduction(id: $id) { profile { ${field} } } }`,
          { id },
          tokens.employerA,
        );
        expect(probe.status).toBe(400);
        expect(probe.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      }
      const other = await t.gql(PLACE_VIEW, { id }, tokens.employerB);
      expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const coachAsPlace = await t.gql(PLACE_VIEW, { id }, tokens.coach);
      expect(coachAsPlace.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('withdraws open introductions and hides the profile at once when consent is revoked', async () => {
      const participantId = await newParticipant();
      const open = await propose(participantId, await newPlace());
      const started = await propose(participantId, await newPlace());
      await ok(ACCEPT, { id: started }, tokens.employerA);
      await ok(START, { id: started, d: day(-3) }, tokens.employerA);
      expect(
        (await ok<{ placeIntroduction: { profile: unknown } }>(PLACE_VIEW, { id: open }, tokens.employerA))
          .placeIntroduction.profile,
      ).not.toBeNull();

      const revoked = await ok<{ revokeConsent: number }>(
        `mutation($p: ID!) { revokeConsent(participantId: $p) }`,
        { p: participantId },
        tokens.coach,
      );
      expect(revoked.revokeConsent).toBe(2);
      for (const id of [open, started]) {
        const view = await ok<{ placeIntroduction: { status: string; profile: unknown } }>(
          PLACE_VIEW,
          { id },
          tokens.employerA,
        );
        expect(view.placeIntroduction).toMatchObject({ status: 'WITHDRAWN', profile: null });
      }
      const list = await ok<{ placeIntroductions: { items: Array<{ id: string; profile: unknown }> } }>(
        `{ placeIntroductions(status: [WITHDRAWN], page: { first: 100 }) { items { id profile { nickname } } } }`,
        {},
        tokens.employerA,
      );
      const listed = list.placeIntroductions.items.filter((i) => [open, started].includes(i.id));
      expect(listed).toHaveLength(2);
      expect(listed.every((i) => i.profile === null)).toBe(true);
      const again = await t.gql(
        PROPOSE,
        { input: { participantId, placementId: await newPlace(), consentConfirmed: true } },
        tokens.coach,
      );
      expect(again.errors?.[0]?.extensions?.reason).toBe('CONSENT_MISSING');
    });
  });

  describe('hours', () => {
    let id: string;
    beforeAll(async () => {
      id = await propose(await newParticipant(), await newPlace());
      await ok(ACCEPT, { id }, tokens.employerA);
      await ok(START, { id, d: day(-20) }, tokens.employerA);
    });

    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['a day before the start', { date: day(-21), hours: 2 }, 'date'],
      ['a day in the future', { date: day(1), hours: 2 }, 'date'],
      ['negative hours', { date: day(-2), hours: -1 }, 'input.hours'],
      ['zero hours', { date: day(-2), hours: 0 }, 'input.hours'],
      ['more than 24 hours', { date: day(-2), hours: 25 }, 'input.hours'],
      ['a date that is not a date', { date: '2026-02-30', hours: 2 }, 'date'],
    ];

    it.each(cases)('refuses %s', async (_name, input, path) => {
      const before: Array<{ n: number }> = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM hours_entries',
      );
      const res = await t.gql(LOG, { input: { introductionId: id, ...input } }, tokens.employerA);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toContain(path);
      const after: Array<{ n: number }> = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM hours_entries',
      );
      expect(after[0].n).toBe(before[0].n);
    });

    it('keeps a person’s day at 24 hours over all their places, refuses an end before logged hours, and counts only the term', async () => {
      // Two places for one participant whose PIP date was 5 days ago.
      const participantId = await newParticipant({ pipDate: day(-5) });
      const startAt = async (placementId: string) => {
        const intro = await propose(participantId, placementId);
        await ok(ACCEPT, { id: intro }, tokens.employerA);
        await ok(START, { id: intro, d: day(-20) }, tokens.employerA);
        return intro;
      };
      const a = await startAt(await newPlace());
      const b = await startAt(await newPlace());
      await ok(LOG, { input: { introductionId: a, date: day(-2), hours: 20 } }, tokens.coach);
      const tooMuch = await t.gql(
        LOG,
        { input: { introductionId: b, date: day(-2), hours: 5 } },
        tokens.coach,
      );
      expect(tooMuch.errors?.[0]?.extensions?.fields).toEqual([
        {
          path: 'hours',
          message: `with the 20 hours already logged at other places on ${day(-2)}, this would be more than 24 hours in that day`,
        },
      ]);
      await ok(LOG, { input: { introductionId: b, date: day(-2), hours: 4 } }, tokens.coach);

      // Before the PIP date: logged, but not counted towards the term's targets.
      await ok(LOG, { input: { introductionId: a, date: day(-10), hours: 6 } }, tokens.coach);
      const progress = await ok<{
        participantProgress: { participation: { done: number }; map: { done: number } };
      }>(
        `query($id: ID!) { participantProgress(participantId: $id) { participation { done } map { done } } }`,
        { id: participantId },
        tokens.coach,
      );
      expect(progress.participantProgress.participation.done).toBe(24);

      const early = await t.gql(COMPLETE, { id: a, d: day(-3) }, tokens.coach);
      expect(early.errors?.[0]?.extensions?.fields).toEqual([
        { path: 'endDate', message: `hours are logged up to ${day(-2)}; the end date cannot be earlier` },
      ]);
      expect(await status(a)).toBe('STARTED');
      expect(
        (
          await ok<{ completeIntroduction: { status: string } }>(
            COMPLETE,
            { id: a, d: day(-2) },
            tokens.coach,
          )
        ).completeIntroduction.status,
      ).toBe('COMPLETED');
    });

    it('refuses a second entry for the same day, and hours after the end', async () => {
      await ok(LOG, { input: { introductionId: id, date: day(-15), hours: 2 } }, tokens.employerA);
      const dup = await t.gql(LOG, { input: { introductionId: id, date: day(-15), hours: 3 } }, tokens.coach);
      expect(dup.errors?.[0]?.extensions?.fields?.[0]?.message).toMatch(/already logged/);
    });

    it('refuses hours for an introduction that has not started, and for someone else’s', async () => {
      const proposed = await propose(await newParticipant(), await newPlace());
      const res = await t.gql(
        LOG,
        { input: { introductionId: proposed, date: day(-1), hours: 2 } },
        tokens.employerA,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_STARTED' });
      const foreign = await t.gql(
        LOG,
        { input: { introductionId: id, date: day(-1), hours: 2 } },
        tokens.employerB,
      );
      expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('keeps the history when hours are corrected, and lets only the coach approve', async () => {
      const entry = (
        await ok<{ logHours: { id: string } }>(
          LOG,
          { input: { introductionId: id, date: day(-12), hours: 5 } },
          tokens.employerA,
        )
      ).logHours;
      expect(
        (
          await t.gql(
            `mutation($e: ID!) { approveHours(entryId: $e) { status } }`,
            { e: entry.id },
            tokens.employerA,
          )
        ).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (
          await t.gql(
            `mutation($e: ID!) { approveHours(entryId: $e) { status } }`,
            { e: entry.id },
            tokens.otherCoach,
          )
        ).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
      const corrected = await ok<{ correctHours: { id: string; hours: number; status: string } }>(
        `mutation($e: ID!) { correctHours(entryId: $e, hours: 4.5) { id hours status } }`,
        { e: entry.id },
        tokens.employerA,
      );
      expect(corrected.correctHours).toMatchObject({ hours: 4.5, status: 'PENDING' });
      const history = await ok<{
        hoursForIntroduction: Array<{
          id: string;
          workDate: string;
          hours: number;
          supersededAt: string | null;
          replacesId: string | null;
        }>;
      }>(
        `query($i: ID!) { hoursForIntroduction(introductionId: $i) { id workDate hours supersededAt replacesId } }`,
        { i: id },
        tokens.coach,
      );
      const thatDay = history.hoursForIntroduction.filter((h) => h.workDate === day(-12));
      expect(thatDay).toHaveLength(2);
      expect(thatDay.find((h) => h.id === entry.id)?.supersededAt).not.toBeNull();
      expect(thatDay.find((h) => h.id === corrected.correctHours.id)?.replacesId).toBe(entry.id);
      const rejected = await ok<{ rejectHours: { status: string } }>(
        `mutation($e: ID!) { rejectHours(entryId: $e, input: { reason: "Niet aanwezig geweest" }) { status } }`,
        { e: corrected.correctHours.id },
        tokens.coach,
      );
      expect(rejected.rejectHours.status).toBe('REJECTED');
      const twice = await t.gql(
        `mutation($e: ID!) { approveHours(entryId: $e) { status } }`,
        { e: corrected.correctHours.id },
        tokens.coach,
      );
      expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });
  });

  describe('idempotency', () => {
    it('returns the first result for a retry with the same key and payload, and creates nothing new', async () => {
      const placementId = await newPlace();
      const participantId = await newParticipant();
      const input = {
        participantId,
        placementId,
        consentConfirmed: true,
        idempotencyKey: 'propose-key-0001',
      };
      const first = await ok<{ proposeIntroduction: { id: string } }>(PROPOSE, { input }, tokens.coach);
      const retry = await ok<{ proposeIntroduction: { id: string } }>(PROPOSE, { input }, tokens.coach);
      expect(retry.proposeIntroduction.id).toBe(first.proposeIntroduction.id);
      const rows: Array<{ n: number }> = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM introductions WHERE participant_id = $1',
        [participantId],
      );
      expect(rows[0].n).toBe(1);
      const different = await t.gql(PROPOSE, { input: { ...input, message: 'anders' } }, tokens.coach);
      expect(different.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'IDEMPOTENCY_KEY_REUSED',
      });
    });

    it('scopes keys to the user and replays hours under concurrent retries', async () => {
      const id = await propose(await newParticipant(), await newPlace());
      await ok(ACCEPT, { id }, tokens.employerA);
      await ok(START, { id, d: day(-9) }, tokens.employerA);
      const input = { introductionId: id, date: day(-8), hours: 3, idempotencyKey: 'hours-key-0001' };
      const results = await Promise.all(
        [1, 2, 3].map(() => t.gql<{ logHours: { id: string } }>(LOG, { input }, tokens.employerA)),
      );
      const ids = new Set(results.map((r) => r.data?.logHours.id));
      expect(results.every((r) => !r.errors)).toBe(true);
      expect(ids.size).toBe(1);
      // The same key from another user is that user's own key: here it logs another day.
      const coach = await ok<{ logHours: { id: string } }>(
        LOG,
        { input: { ...input, date: day(-7) } },
        tokens.coach,
      );
      expect(ids.has(coach.logHours.id)).toBe(false);
    });
  });

  it('pages both introduction lists with a total, and refuses pages over 100', async () => {
    const placementId = await newPlace();
    const made: string[] = [];
    for (let i = 0; i < 3; i++) made.push(await propose(await newParticipant(), placementId));
    type Page = { items: Array<{ id: string }>; totalCount: number; hasNextPage: boolean };
    const place = async (page: Record<string, number>) =>
      (
        await ok<{ placeIntroductions: Page }>(
          `query($p: ID, $page: PageInput) { placeIntroductions(placementId: $p, page: $page) { items { id } totalCount hasNextPage } }`,
          { p: placementId, page },
          tokens.employerA,
        )
      ).placeIntroductions;
    const first = await place({ first: 2 });
    expect(first).toMatchObject({ totalCount: 3, hasNextPage: true });
    expect(first.items).toHaveLength(2);
    const rest = await place({ first: 2, offset: 2 });
    expect(rest).toMatchObject({ totalCount: 3, hasNextPage: false });
    expect([...first.items, ...rest.items].map((i) => i.id).sort()).toEqual([...made].sort());

    const mine = (
      await ok<{ myIntroductions: Page }>(
        `{ myIntroductions(status: [PROPOSED], page: { first: 1 }) { items { id } totalCount hasNextPage } }`,
        {},
        tokens.coach,
      )
    ).myIntroductions;
    expect(mine.items).toHaveLength(1);
    expect(mine.totalCount).toBeGreaterThanOrEqual(3);
    expect(mine.hasNextPage).toBe(true);
    const tooBig = await t.gql(`{ myIntroductions(page: { first: 101 }) { totalCount } }`, {}, tokens.coach);
    expect(tooBig.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses blank support items, a blank rejection reason and an out-of-range audit page; a made-up hours entry looks like someone else’s', async () => {
    const participantId = await newParticipant();
    const blank = await t.gql(
      PROPOSE,
      {
        input: {
          participantId,
          placementId: await newPlace(),
          consentConfirmed: true,
          supportNeeded: ['   '],
        },
      },
      tokens.coach,
    );
    expect(blank.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'input.supportNeeded', message: 'each supportNeeded item needs some text' },
    ]);
    const reject = await t.gql(
      `mutation($e: ID!) { rejectHours(entryId: $e, input: { reason: "  " }) { status } }`,
      { e: randomUUID() },
      tokens.coach,
    );
    expect(reject.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('input.reason');
    for (const first of [0, -5, 1001]) {
      const trail = await t.gql(
        `query($id: ID!, $f: Int!) { auditTrail(participantId: $id, first: $f) { action } }`,
        { id: participantId, f: first },
        tokens.coach,
      );
      expect(trail.errors?.[0]?.extensions?.fields).toEqual([
        { path: 'first', message: 'first must be a whole number from 1 to 1000' },
      ]);
    }
    const madeUp = await t.gql(
      `mutation($e: ID!) { correctHours(entryId: $e, hours: 2) { id } }`,
      { e: randomUUID() },
      tokens.otherCoach,
    );
    expect(madeUp.errors?.[0]?.message).toBe('Introduction was not found');
  });

  it('refuses a malformed place id in placeIntroductions as bad input', async () => {
    const res = await t.gql(
      `{ placeIntroductions(placementId: "not-an-id") { totalCount } }`,
      {},
      tokens.employerA,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'placementId', message: 'placementId must be an id (a UUID)' },
    ]);
    expect(JSON.stringify(res.errors)).not.toMatch(/syntax|SQL|relation|"introductions"/i);
  });

  describe('audit trail', () => {
    it('records reads, changes and refusals, for the coach to see', async () => {
      const participantId = await newParticipant();
      await ok(`query($id: ID!) { participant(id: $id) { id } }`, { id: participantId }, tokens.coach);
      await t.gql(
        `query($id: ID!) { participant(id: $id) { id } }`,
        { id: participantId },
        tokens.otherCoach,
      );
      const id = await propose(participantId, await newPlace());
      await ok(PLACE_VIEW, { id }, tokens.employerA);
      const trail = await ok<{
        auditTrail: Array<{
          action: string;
          result: string;
          actorRole: string;
          requestId: string | null;
          purpose: string | null;
        }>;
      }>(
        `query($id: ID!) { auditTrail(participantId: $id) { action result actorRole requestId purpose } }`,
        { id: participantId },
        tokens.coach,
      );
      const lines = trail.auditTrail.map((e) => `${e.actorRole}:${e.action}:${e.result}`);
      expect(lines).toEqual(
        expect.arrayContaining([
          'COACH:PARTICIPANT_CREATED:ALLOWED',
          'COACH:PARTICIPANT_READ:ALLOWED',
          'COACH:PARTICIPANT_PROPOSE:ALLOWED',
          'COACH:INTRODUCTION_PROPOSED:ALLOWED',
          'EMPLOYER:PROFILE_READ:ALLOWED',
          // The other coach's attempt shows in this participant's trail.
          'COACH:PARTICIPANT_READ:DENIED',
        ]),
      );
      expect(trail.auditTrail.every((e) => e.requestId)).toBe(true);
      // The purpose is the operation that read the data.
      expect(trail.auditTrail.filter((e) => e.action === 'PARTICIPANT_READ').map((e) => e.purpose)).toEqual(
        expect.arrayContaining(['participant', 'proposeIntroduction']),
      );
      const denied: Array<{ n: number }> = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE object_id = $1 AND result = 'DENIED' AND action = 'PARTICIPANT_READ'`,
        [participantId],
      );
      expect(denied[0].n).toBe(1);
      const foreign = await t.gql(
        `query($id: ID!) { auditTrail(participantId: $id) { action } }`,
        { id: participantId },
        tokens.otherCoach,
      );
      expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('cannot be changed or deleted by the application’s database role', async () => {
      const rows: Array<{ id: string }> = await t.dataSource.query(
        'SELECT id FROM audit_log ORDER BY id LIMIT 1',
      );
      await expect(
        t.dataSource.query(`UPDATE audit_log SET result = 'ALLOWED' WHERE id = $1`, [rows[0].id]),
      ).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`DELETE FROM audit_log WHERE id = $1`, [rows[0].id])).rejects.toThrow(
        /append-only/,
      );
      await expect(t.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
      const still: Array<{ n: number }> = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM audit_log WHERE id = $1',
        [rows[0].id],
      );
      expect(still[0].n).toBe(1);
    });
  });

  describe('outbox', () => {
    it('writes an event per change, with ids and states only', async () => {
      const id = await propose(await newParticipant(), await newPlace());
      await ok(ACCEPT, { id }, tokens.employerA);
      const events: Array<{ type: string; payload: Record<string, unknown>; organisation_ids: string[] }> =
        await t.dataSource.query(
          `SELECT type, payload, organisation_ids FROM outbox_events WHERE payload->>'introductionId' = $1 ORDER BY id`,
          [id],
        );
      expect(events.map((e) => e.type)).toEqual(['introduction.proposed', 'introduction.accepted']);
      expect(Object.keys(events[1].payload).sort()).toEqual([
        'introductionId',
        'occurredAt',
        'placementId',
        'previousStatus',
        'reason',
        'status',
      ]);
      expect(events[1].organisation_ids.sort()).toEqual(
        [actors.organisations.coaching, actors.organisations.employerA].sort(),
      );
    });
  });
});
