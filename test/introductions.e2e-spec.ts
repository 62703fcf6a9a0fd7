import { randomUUID } from 'node:crypto';
import {
  createTestApp,
  day,
  insertStandardActors,
  placeInput,
  tokensFor,
  type StandardActors,
  type TestApp,
  nodes,
  type Conn,
} from '@plekwijzer/test-support';

const PROPOSE = `mutation($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { id status consentRecordedBy participant { id } } } }`;
const ACCEPT = `mutation($id: ID!) { acceptIntroduction(input: { introductionId: $id }) { introduction { id status } } }`;
const DECLINE = `mutation($input: DeclineIntroductionInput!) { declineIntroduction(input: $input) { introduction { id status } } }`;
const START = `mutation($id: ID!, $d: Date!) { startIntroduction(input: { introductionId: $id, startDate: $d }) { introduction { id status startDate } } }`;
const COMPLETE = `mutation($id: ID!, $d: Date!) { completeIntroduction(input: { introductionId: $id, endDate: $d }) { introduction { id status } } }`;
const END_EARLY = `mutation($input: EndIntroductionEarlyInput!) { endIntroductionEarly(input: $input) { introduction { id status } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawIntroduction(input: { introductionId: $id }) { introduction { id status } } }`;
const LOG = `mutation($input: LogHoursInput!) { logHours(input: $input) { hoursEntry { id status source hours } } }`;
const PLACE_VIEW = `query($id: ID!) { placeIntroduction(id: $id) { id status profile { nickname travelBand fittingAvailability { day start end } supportNeeded coachMessage languageLevels { speaking } } } }`;

describe('introductions, consent and hours', () => {
  let t: TestApp;
  let actors: StandardActors;
  let tokens: Awaited<ReturnType<typeof tokensFor>>;

  async function newPlace(overrides: Record<string, unknown> = {}): Promise<string> {
    const { createPlacement } = await t.ok<{ createPlacement: { placement: { id: string } } }>(
      `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`,
      { input: placeInput(overrides) },
      tokens.employerA,
    );
    await t.ok(
      `mutation($id: ID!) { publishPlacement(input: { placementId: $id }) { placement { id } } }`,
      { id: createPlacement.placement.id },
      tokens.employerA,
    );
    return createPlacement.placement.id;
  }

  const newParticipant = (overrides: Record<string, unknown> = {}, token = tokens.coach): Promise<string> =>
    t.createParticipant(token, overrides);

  async function propose(
    participantId: string,
    placementId: string,
    extra: Record<string, unknown> = {},
  ): Promise<string> {
    const { proposeIntroduction } = await t.ok<{ proposeIntroduction: { introduction: { id: string } } }>(
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
    return proposeIntroduction.introduction.id;
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
    tokens = await tokensFor(actors, (user) => t.tokenFor(user));
  });
  afterAll(() => t.close());

  describe('the workflow', () => {
    it('goes from a proposal to approved hours and progress', async () => {
      const placementId = await newPlace();
      const participantId = await newParticipant();
      const id = await propose(participantId, placementId);
      expect(await status(id)).toBe('PROPOSED');

      expect(
        (
          await t.ok<{ acceptIntroduction: { introduction: { status: string } } }>(
            ACCEPT,
            { id },
            tokens.employerA,
          )
        ).acceptIntroduction.introduction.status,
      ).toBe('ACCEPTED');
      expect(
        (
          await t.ok<{ startIntroduction: { introduction: { status: string } } }>(
            START,
            { id, d: day(-21) },
            tokens.employerA,
          )
        ).startIntroduction.introduction.status,
      ).toBe('STARTED');

      // The place logs 4 h; it waits for the coach. The coach logs 3 h on another day: approved at once.
      const placeEntry = (
        await t.ok<{ logHours: { hoursEntry: { id: string; status: string; source: string } } }>(
          LOG,
          { input: { introductionId: id, date: day(-14), hours: 4 } },
          tokens.employerA,
        )
      ).logHours.hoursEntry;
      expect(placeEntry).toMatchObject({ status: 'PENDING', source: 'ORGANISATION' });
      const coachEntry = (
        await t.ok<{ logHours: { hoursEntry: { status: string } } }>(
          LOG,
          { input: { introductionId: id, date: day(-7), hours: 3 } },
          tokens.coach,
        )
      ).logHours;
      expect(coachEntry.hoursEntry.status).toBe('APPROVED');

      const before = await t.ok<{
        participantProgress: { participation: { done: number }; pendingHours: number };
      }>(
        `query($id: ID!) { participantProgress(participantId: $id) { pendingHours participation { done } } }`,
        { id: participantId },
        tokens.coach,
      );
      expect(before.participantProgress).toEqual({ pendingHours: 4, participation: { done: 3 } });

      await t.ok(
        `mutation($e: ID!) { approveHours(input: { entryId: $e }) { hoursEntry { status } } }`,
        { e: placeEntry.id },
        tokens.coach,
      );
      const after = await t.ok<{
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

      const caseload = await t.ok<{ caseloadProgress: Conn<{ participant: { id: string }; risk: string }> }>(
        `{ caseloadProgress { edges { node { risk participant { id } } } } }`,
        {},
        tokens.coach,
      );
      const risks = nodes(caseload.caseloadProgress).map((p) => p.risk);
      const order = { OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2 } as Record<string, number>;
      expect(risks).toEqual([...risks].sort((a, b) => order[a] - order[b]));
      expect(nodes(caseload.caseloadProgress).map((p) => p.participant.id)).toContain(participantId);

      expect(
        (
          await t.ok<{ completeIntroduction: { introduction: { status: string } } }>(
            COMPLETE,
            { id, d: day(-1) },
            tokens.coach,
          )
        ).completeIntroduction.introduction.status,
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
  });

  // The full lifecycle (every move from every state, and who may make it) is in
  // apps/api/src/modules/introductions/introductions.service.spec.ts; here the GraphQL answers.
  describe('refusals through the API', () => {
    let placementId: string;
    beforeAll(async () => {
      placementId = await newPlace({ capacity: 50 });
    });

    it('answers an illegal move with CONFLICT and changes nothing', async () => {
      const id = await propose(await newParticipant(), placementId);
      await t.ok(WITHDRAW, { id }, tokens.coach);
      const res = await t.gql(ACCEPT, { id }, tokens.employerA);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
      expect(res.errors?.[0]?.message).toMatch(/cannot become/);
      expect(await status(id)).toBe('WITHDRAWN');
    });

    it('lets only the place accept, and only the coach withdraw', async () => {
      const id = await propose(await newParticipant(), placementId);
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
      const id = await propose(await newParticipant(), placementId);
      const res = await t.gql(
        DECLINE,
        { input: { introductionId: id, reason: 'BECAUSE' } },
        tokens.employerA,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await status(id)).toBe('PROPOSED');
    });
  });

  describe('capacity', () => {
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
      const before = await t.ok<M>(MATCH, { id: participantId }, tokens.coach);
      expect(before.matchesForParticipant.matches.map((m) => m.placement.id)).toContain(placementId);
      const other = await newParticipant();
      const id = await propose(other, placementId);
      await t.ok(ACCEPT, { id }, tokens.employerA);
      const after = await t.ok<M>(MATCH, { id: participantId }, tokens.coach);
      expect(after.matchesForParticipant.matches.map((m) => m.placement.id)).not.toContain(placementId);
      expect(after.matchesForParticipant.nearMisses.map((m) => m.placement.id)).not.toContain(placementId);
    });
  });

  describe('consent and the shared profile', () => {
    it('keeps the coach’s reasons and notes from the place: an early end for health shows only as a state', async () => {
      const id = await propose(await newParticipant(), await newPlace());
      await t.ok(ACCEPT, { id }, tokens.employerA);
      await t.ok(START, { id, d: day(-10) }, tokens.employerA);
      await t.ok(
        END_EARLY,
        {
          input: {
            introductionId: id,
            reason: 'HEALTH',
            note: 'Opname, niet doorgeven aan de werkgever',
            endDate: day(-1),
          },
        },
        tokens.coach,
      );

      const coach = await t.ok<{
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

      const place = await t.ok<{
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
      await t.ok(ACCEPT, { id }, tokens.employerA);
      await t.ok(START, { id, d: day(-10) }, tokens.employerA);
      await t.ok(
        END_EARLY,
        { input: { introductionId: id, reason: 'PLACE_ENDED', endDate: day(-1) } },
        tokens.employerA,
      );
      const place = await t.ok<{ placeIntroduction: { endReason: string | null } }>(
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
          await t.ok<{ placeIntroduction: { profile: unknown } }>(
            PLACE_VIEW,
            { id: withdrawn },
            tokens.employerA,
          )
        ).placeIntroduction.profile,
      ).not.toBeNull();
      await t.ok(WITHDRAW, { id: withdrawn }, tokens.coach);
      expect(
        (
          await t.ok<{ placeIntroduction: { profile: unknown } }>(
            PLACE_VIEW,
            { id: withdrawn },
            tokens.employerA,
          )
        ).placeIntroduction.profile,
      ).toBeNull();

      const declined = await propose(await newParticipant(), await newPlace());
      await t.ok(DECLINE, { input: { introductionId: declined, reason: 'AVAILABILITY' } }, tokens.employerA);
      expect(
        (
          await t.ok<{ placeIntroduction: { profile: unknown } }>(
            PLACE_VIEW,
            { id: declined },
            tokens.employerA,
          )
        ).placeIntroduction.profile,
      ).toBeNull();
    });

    it('shows the place a minimal profile and nothing else about the person', async () => {
      const placementId = await newPlace();
      const participantId = await newParticipant();
      const id = await propose(participantId, placementId);
      const view = await t.ok<{ placeIntroduction: { profile: Record<string, unknown> } }>(
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
      await t.ok(ACCEPT, { id: started }, tokens.employerA);
      await t.ok(START, { id: started, d: day(-3) }, tokens.employerA);
      expect(
        (await t.ok<{ placeIntroduction: { profile: unknown } }>(PLACE_VIEW, { id: open }, tokens.employerA))
          .placeIntroduction.profile,
      ).not.toBeNull();

      const revoked = await t.ok<{
        revokeConsent: { participantId: string; withdrawnIntroductions: number };
      }>(
        `mutation($p: ID!) { revokeConsent(input: { participantId: $p }) { participantId withdrawnIntroductions } }`,
        { p: participantId },
        tokens.coach,
      );
      expect(revoked.revokeConsent.withdrawnIntroductions).toBe(2);
      for (const id of [open, started]) {
        const view = await t.ok<{ placeIntroduction: { status: string; profile: unknown } }>(
          PLACE_VIEW,
          { id },
          tokens.employerA,
        );
        expect(view.placeIntroduction).toMatchObject({ status: 'WITHDRAWN', profile: null });
      }
      const list = await t.ok<{ placeIntroductions: Conn<{ id: string; profile: unknown }> }>(
        `{ placeIntroductions(filter: { status: [WITHDRAWN] }, first: 100) { edges { node { id profile { nickname } } } } }`,
        {},
        tokens.employerA,
      );
      const listed = nodes(list.placeIntroductions).filter((i) => [open, started].includes(i.id));
      expect(listed).toHaveLength(2);
      expect(listed.every((i) => i.profile === null)).toBe(true);
    });
  });

  describe('hours', () => {
    let id: string;
    beforeAll(async () => {
      id = await propose(await newParticipant(), await newPlace());
      await t.ok(ACCEPT, { id }, tokens.employerA);
      await t.ok(START, { id, d: day(-20) }, tokens.employerA);
    });

    // The input checks before the service; the service's own rules (the day, the 24-hour cap over all
    // places, the end date) are in apps/api/src/modules/hours/hours.service.spec.ts.
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['negative hours', { date: day(-2), hours: -1 }, 'input.hours'],
      ['zero hours', { date: day(-2), hours: 0 }, 'input.hours'],
      ['more than 24 hours', { date: day(-2), hours: 25 }, 'input.hours'],
    ];

    it.each(cases)('refuses %s before the service', async (_name, input, path) => {
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

    it('keeps the history when hours are corrected, and lets only the coach approve', async () => {
      const entry = (
        await t.ok<{ logHours: { hoursEntry: { id: string } } }>(
          LOG,
          { input: { introductionId: id, date: day(-12), hours: 5 } },
          tokens.employerA,
        )
      ).logHours;
      expect(
        (
          await t.gql(
            `mutation($e: ID!) { approveHours(input: { entryId: $e }) { hoursEntry { status } } }`,
            { e: entry.hoursEntry.id },
            tokens.employerA,
          )
        ).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (
          await t.gql(
            `mutation($e: ID!) { approveHours(input: { entryId: $e }) { hoursEntry { status } } }`,
            { e: entry.hoursEntry.id },
            tokens.otherCoach,
          )
        ).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
      const corrected = await t.ok<{
        correctHours: { hoursEntry: { id: string; hours: number; status: string } };
      }>(
        `mutation($e: ID!) { correctHours(input: { entryId: $e, hours: 4.5 }) { hoursEntry { id hours status } } }`,
        { e: entry.hoursEntry.id },
        tokens.employerA,
      );
      expect(corrected.correctHours.hoursEntry).toMatchObject({ hours: 4.5, status: 'PENDING' });
      const history = await t.ok<{
        hoursForIntroduction: Conn<{
          id: string;
          workDate: string;
          hours: number;
          supersededAt: string | null;
          replacesId: string | null;
        }>;
      }>(
        `query($i: ID!) { hoursForIntroduction(introductionId: $i) { edges { node { id workDate hours supersededAt replacesId } } } }`,
        { i: id },
        tokens.coach,
      );
      const thatDay = nodes(history.hoursForIntroduction).filter((h) => h.workDate === day(-12));
      expect(thatDay).toHaveLength(2);
      expect(thatDay.find((h) => h.id === entry.hoursEntry.id)?.supersededAt).not.toBeNull();
      expect(thatDay.find((h) => h.id === corrected.correctHours.hoursEntry.id)?.replacesId).toBe(
        entry.hoursEntry.id,
      );
      const rejected = await t.ok<{ rejectHours: { hoursEntry: { status: string } } }>(
        `mutation($e: ID!) { rejectHours(input: { entryId: $e, reason: "Niet aanwezig geweest" }) { hoursEntry { status } } }`,
        { e: corrected.correctHours.hoursEntry.id },
        tokens.coach,
      );
      expect(rejected.rejectHours.hoursEntry.status).toBe('REJECTED');
      const twice = await t.gql(
        `mutation($e: ID!) { approveHours(input: { entryId: $e }) { hoursEntry { status } } }`,
        { e: corrected.correctHours.hoursEntry.id },
        tokens.coach,
      );
      expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });
  });

  // Same key, same input, different input, concurrent retries and user scope: IntroductionsService
  // and HoursService specs. Here: the key travels through the API.
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
      const first = await t.ok<{ proposeIntroduction: { introduction: { id: string } } }>(
        PROPOSE,
        { input },
        tokens.coach,
      );
      const retry = await t.ok<{ proposeIntroduction: { introduction: { id: string } } }>(
        PROPOSE,
        { input },
        tokens.coach,
      );
      expect(retry.proposeIntroduction.introduction.id).toBe(first.proposeIntroduction.introduction.id);
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
  });

  it('pages both introduction lists with a total, and refuses pages over 100', async () => {
    const placementId = await newPlace();
    const made: string[] = [];
    for (let i = 0; i < 3; i++) made.push(await propose(await newParticipant(), placementId));
    type Page = Conn<{ id: string }> & {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    const place = async (page: { first: number; after?: string | null }) =>
      (
        await t.ok<{ placeIntroductions: Page }>(
          `query($p: ID, $first: Int, $after: String) { placeIntroductions(filter: { placementId: $p }, first: $first, after: $after) { edges { node { id } } totalCount pageInfo { hasNextPage endCursor } } }`,
          { p: placementId, ...page },
          tokens.employerA,
        )
      ).placeIntroductions;
    const first = await place({ first: 2 });
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.edges).toHaveLength(2);
    const rest = await place({ first: 2, after: first.pageInfo.endCursor });
    expect(rest).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect([...nodes(first), ...nodes(rest)].map((i) => i.id).sort()).toEqual([...made].sort());

    const mine = (
      await t.ok<{ myIntroductions: Page }>(
        `{ myIntroductions(filter: { status: [PROPOSED] }, first: 1) { edges { node { id } } totalCount pageInfo { hasNextPage } } }`,
        {},
        tokens.coach,
      )
    ).myIntroductions;
    expect(mine.edges).toHaveLength(1);
    expect(mine.totalCount).toBeGreaterThanOrEqual(3);
    expect(mine.pageInfo.hasNextPage).toBe(true);
    const tooBig = await t.gql(`{ myIntroductions(first: 101) { totalCount } }`, {}, tokens.coach);
    expect(tooBig.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  describe('one participant’s introductions in myIntroductions', () => {
    type Page = Conn<{ id: string; status: string; participant: { id: string } }> & {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    const MINE = `query($filter: IntroductionFilterInput, $first: Int, $after: String) { myIntroductions(filter: $filter, first: $first, after: $after) { edges { node { id status participant { id } } } totalCount pageInfo { hasNextPage endCursor } } }`;
    const mine = async (
      filter: Record<string, unknown>,
      page: { first?: number; after?: string | null } = { first: 100 },
      token = tokens.coach,
    ) => (await t.ok<{ myIntroductions: Page }>(MINE, { filter, ...page }, token)).myIntroductions;

    let client: string;
    let clientProposed: string[];
    let clientWithdrawn: string;
    let neighbour: string;
    let othersClient: string;
    let othersIntroduction: string;
    beforeAll(async () => {
      const places = [await newPlace(), await newPlace(), await newPlace()];
      client = await newParticipant();
      neighbour = await newParticipant();
      clientProposed = [await propose(client, places[0]), await propose(client, places[1])];
      clientWithdrawn = await propose(client, places[2]);
      await t.ok(WITHDRAW, { id: clientWithdrawn }, tokens.coach);
      await propose(neighbour, places[0]);
      othersClient = await newParticipant({}, tokens.otherCoach);
      const { proposeIntroduction } = await t.ok<{ proposeIntroduction: { introduction: { id: string } } }>(
        PROPOSE,
        { input: { participantId: othersClient, placementId: places[0], consentConfirmed: true } },
        tokens.otherCoach,
      );
      othersIntroduction = proposeIntroduction.introduction.id;
    });

    it('lists only that client’s introductions, with their total', async () => {
      const page = await mine({ participantId: client });
      expect(page.totalCount).toBe(3);
      expect(page.pageInfo.hasNextPage).toBe(false);
      expect(
        nodes(page)
          .map((i) => i.id)
          .sort(),
      ).toEqual([...clientProposed, clientWithdrawn].sort());
      expect(new Set(nodes(page).map((i) => i.participant.id))).toEqual(new Set([client]));
    });

    it('combines the participant with a status filter', async () => {
      const proposed = await mine({ participantId: client, status: ['PROPOSED'] });
      expect(proposed.totalCount).toBe(2);
      expect(
        nodes(proposed)
          .map((i) => i.id)
          .sort(),
      ).toEqual([...clientProposed].sort());
      const withdrawn = await mine({ participantId: client, status: ['WITHDRAWN', 'DECLINED'] });
      expect(withdrawn).toMatchObject({ totalCount: 1, edges: [{ node: { id: clientWithdrawn } }] });
    });

    it('gives an empty list, not an error, for another coach’s client, and for a made-up id', async () => {
      const others = await t.gql<{ myIntroductions: Page }>(
        MINE,
        { filter: { participantId: othersClient } },
        tokens.coach,
      );
      expect(others.errors).toBeUndefined();
      expect(others.data?.myIntroductions).toMatchObject({
        totalCount: 0,
        edges: [],
        pageInfo: { hasNextPage: false },
      });
      expect(await mine({ participantId: client }, { first: 100 }, tokens.otherCoach)).toMatchObject({
        totalCount: 0,
        edges: [],
      });
      expect(await mine({ participantId: randomUUID() })).toMatchObject({ totalCount: 0, edges: [] });
      // The admin still sees every caseload, narrowed to the one participant.
      const admin = await mine({ participantId: othersClient }, { first: 100 }, tokens.admin);
      expect(admin).toMatchObject({ totalCount: 1, edges: [{ node: { id: othersIntroduction } }] });
    });

    it('refuses a malformed participant id as bad input, naming the field', async () => {
      const res = await t.gql(
        `{ myIntroductions(filter: { participantId: "not-an-id" }) { totalCount } }`,
        {},
        tokens.coach,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual([
        { path: 'filter.participantId', message: 'participantId must be an id', code: 'INVALID' },
      ]);
      expect(JSON.stringify(res.errors)).not.toMatch(/syntax|SQL|relation|"introductions"/i);
    });

    it('pages with first and after under the filter', async () => {
      const first = await mine({ participantId: client }, { first: 2 });
      expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      expect(first.edges).toHaveLength(2);
      const rest = await mine({ participantId: client }, { first: 2, after: first.pageInfo.endCursor });
      expect(rest).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
      expect(rest.edges).toHaveLength(1);
      expect([...nodes(first), ...nodes(rest)].map((i) => i.id).sort()).toEqual(
        [...clientProposed, clientWithdrawn].sort(),
      );
    });
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
      {
        path: 'input.supportNeeded',
        message: 'each supportNeeded item needs some text',
        code: 'INVALID_FORMAT',
      },
    ]);
    const reject = await t.gql(
      `mutation($e: ID!) { rejectHours(input: { entryId: $e, reason: "  " }) { hoursEntry { status } } }`,
      { e: randomUUID() },
      tokens.coach,
    );
    expect(reject.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('input.reason');
    for (const first of [0, -5, 101]) {
      const trail = await t.gql(
        `query($id: ID!, $f: Int!) { auditTrail(participantId: $id, first: $f) { edges { node { action } } } }`,
        { id: participantId, f: first },
        tokens.coach,
      );
      expect(trail.errors?.[0]?.extensions?.fields).toEqual([
        {
          path: 'first',
          message: 'first must be a whole number from 1 to 100',
          code: 'OUT_OF_RANGE',
          params: { min: 1, max: 100 },
        },
      ]);
    }
    const madeUp = await t.gql(
      `mutation($e: ID!) { correctHours(input: { entryId: $e, hours: 2 }) { hoursEntry { id } } }`,
      { e: randomUUID() },
      tokens.otherCoach,
    );
    expect(madeUp.errors?.[0]?.message).toBe('Introduction was not found');
  });

  it('refuses a malformed place id in placeIntroductions as bad input', async () => {
    const res = await t.gql(
      `{ placeIntroductions(filter: { placementId: "not-an-id" }) { totalCount } }`,
      {},
      tokens.employerA,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'filter.placementId', message: 'placementId must be an id', code: 'INVALID' },
    ]);
    expect(JSON.stringify(res.errors)).not.toMatch(/syntax|SQL|relation|"introductions"/i);
  });

  describe('audit trail', () => {
    it('records reads, changes and refusals, for the coach to see', async () => {
      const participantId = await newParticipant();
      await t.ok(`query($id: ID!) { participant(id: $id) { id } }`, { id: participantId }, tokens.coach);
      await t.gql(
        `query($id: ID!) { participant(id: $id) { id } }`,
        { id: participantId },
        tokens.otherCoach,
      );
      const id = await propose(participantId, await newPlace());
      await t.ok(PLACE_VIEW, { id }, tokens.employerA);
      const trail = await t.ok<{
        auditTrail: Conn<{
          action: string;
          result: string;
          actorRole: string;
          requestId: string | null;
          purpose: string | null;
        }>;
      }>(
        `query($id: ID!) { auditTrail(participantId: $id) { edges { node { action result actorRole requestId purpose } } } }`,
        { id: participantId },
        tokens.coach,
      );
      const lines = nodes(trail.auditTrail).map((e) => `${e.actorRole}:${e.action}:${e.result}`);
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
      expect(nodes(trail.auditTrail).every((e) => e.requestId)).toBe(true);
      // The purpose is the operation that read the data.
      expect(
        nodes(trail.auditTrail)
          .filter((e) => e.action === 'PARTICIPANT_READ')
          .map((e) => e.purpose),
      ).toEqual(expect.arrayContaining(['participant', 'proposeIntroduction']));
      const denied: Array<{ n: number }> = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE object_id = $1 AND result = 'DENIED' AND action = 'PARTICIPANT_READ'`,
        [participantId],
      );
      expect(denied[0].n).toBe(1);
      const foreign = await t.gql(
        `query($id: ID!) { auditTrail(participantId: $id) { edges { node { action } } } }`,
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
      await t.ok(ACCEPT, { id }, tokens.employerA);
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
