import {
  createTestApp,
  insertStandardActors,
  participantInput,
  placeInput,
  tokensFor,
  type Conn,
  type GqlError,
  type StandardActorName,
  type TestApp,
} from '@plekwijzer/test-support';

/**
 * Who a place is for, the language a group is held in, and a participant's wish for paid work,
 * through GraphQL on a real database: stored and validated field by field, judged the same by the
 * ranked list, whyNot and candidatesForPlacement, and the participant's gender seen by the coach
 * only. Every place here fits `participantInput()` on everything else (Tuesday 09:00–13:00,
 * logistics), so each one is kept out by exactly the criterion under test, or not at all.
 */
const PLACE_FIELDS = 'id audience groupLanguage dutchSpeakingEnvironment compensation';
const CREATE_PLACE = `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { ${PLACE_FIELDS} } } }`;
const UPDATE_PLACE = `mutation($input: UpdatePlacementInput!) { updatePlacement(input: $input) { placement { ${PLACE_FIELDS} } } }`;
const PUBLISH = `mutation($id: ID!) { publishPlacement(input: { placementId: $id }) { placement { id } } }`;
const CREATE_PARTICIPANT = `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { participant { id gender compensationPreference } } }`;
const MATCHES = `query($id: ID!, $options: MatchOptionsInput) {
  matchesForParticipant(participantId: $id, options: $options) {
    totalCandidates
    matches { placement { id } score countsTowardsZRouteHours scoreBreakdown { criterion points detailNl detailEn } checks { criterion passed } }
    nearMisses { placement { id } failedCriterion }
  }
}`;
const WHY = `query($p: ID!, $pl: ID!) { whyNot(participantId: $p, placementId: $pl) { criterion passed flagged detailNl detailEn } }`;
const CANDIDATES = `query($pl: ID!) { candidatesForPlacement(placementId: $pl) { edges { node { participant { id } } } } }`;

type Check = { criterion: string; passed: boolean; flagged: boolean; detailNl: string; detailEn: string };
type MatchResult = {
  totalCandidates: number;
  matches: Array<{
    placement: { id: string };
    score: number;
    countsTowardsZRouteHours: boolean | null;
    scoreBreakdown: Array<{ criterion: string; points: number; detailNl: string; detailEn: string }>;
    checks: Array<{ criterion: string; passed: boolean }>;
  }>;
  nearMisses: Array<{ placement: { id: string }; failedCriterion: string }>;
};

describe('who a place is for, the language it is held in, and paid work', () => {
  let t: TestApp;
  let tokens: Record<StandardActorName, string>;

  async function publishedPlace(overrides: Record<string, unknown>): Promise<string> {
    const { createPlacement } = await t.ok<{ createPlacement: { placement: { id: string } } }>(
      CREATE_PLACE,
      { input: placeInput(overrides) },
      tokens.employerA,
    );
    await t.ok(PUBLISH, { id: createPlacement.placement.id }, tokens.employerA);
    return createPlacement.placement.id;
  }

  async function participant(overrides: Record<string, unknown>): Promise<string> {
    const { createParticipant } = await t.ok<{ createParticipant: { participant: { id: string } } }>(
      CREATE_PARTICIPANT,
      { input: participantInput(overrides) },
      tokens.coach,
    );
    return createParticipant.participant.id;
  }

  async function matches(id: string, options: Record<string, unknown> = {}): Promise<MatchResult> {
    return (await t.ok<{ matchesForParticipant: MatchResult }>(MATCHES, { id, options }, tokens.coach))
      .matchesForParticipant;
  }

  async function why(p: string, pl: string): Promise<Check[]> {
    return (await t.ok<{ whyNot: Check[] }>(WHY, { p, pl }, tokens.coach)).whyNot;
  }

  async function candidates(pl: string): Promise<string[]> {
    const res = await t.ok<{ candidatesForPlacement: Conn<{ participant: { id: string } }> }>(
      CANDIDATES,
      { pl },
      tokens.coach,
    );
    return res.candidatesForPlacement.edges.map((e) => e.node.participant.id);
  }

  const count = async (table: string): Promise<number> =>
    (await t.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  const fieldError = (errors: GqlError[] | undefined, path: string) => {
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const field = errors?.[0]?.extensions?.fields?.find((f) => f.path === path);
    expect(field).toBeDefined();
    expect(JSON.stringify(errors)).not.toMatch(/SELECT |INSERT |QueryFailedError|CHK_|stacktrace/i);
    return field!.message;
  };

  const places = {} as Record<'everyone' | 'women' | 'men' | 'arabic' | 'tigrinya' | 'paid', string>;
  const people = {} as Record<
    'woman' | 'man' | 'unrecorded' | 'tigrinyaMan' | 'paidOnly' | 'paidPreferred',
    string
  >;

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await tokensFor(await insertStandardActors(t.dataSource), (user) => t.tokenFor(user));
    places.everyone = await publishedPlace({ title: 'Voor iedereen' });
    places.women = await publishedPlace({ title: 'Naaiatelier voor vrouwen', audience: 'WOMEN' });
    places.men = await publishedPlace({ title: 'Mannengroep fietsen', audience: 'MEN' });
    places.arabic = await publishedPlace({
      title: 'Arabischtalige oudergroep',
      groupLanguage: 'ar',
      dutchSpeakingEnvironment: false,
    });
    places.tigrinya = await publishedPlace({
      title: 'Spreekuur in het Tigrinya',
      groupLanguage: 'ti',
      dutchSpeakingEnvironment: false,
    });
    places.paid = await publishedPlace({ title: 'Proefplaatsing met loon', compensation: 'PAID' });
    people.woman = await participant({ nickname: 'Hawa', gender: 'FEMALE' });
    people.man = await participant({ nickname: 'Abdul', gender: 'MALE' });
    people.unrecorded = await participant({ nickname: 'Niet vastgelegd' });
    people.tigrinyaMan = await participant({ nickname: 'Dawit', gender: 'MALE', otherLanguages: ['ti'] });
    people.paidOnly = await participant({ nickname: 'Omar', compensationPreference: 'PAID_ONLY' });
    people.paidPreferred = await participant({ nickname: 'Aisha', compensationPreference: 'PAID_PREFERRED' });
  }, 60_000);
  afterAll(() => t.close());

  describe('storing who a place is for and its language', () => {
    it('stores the audience and the group language, and defaults to everyone in Dutch', async () => {
      const { createPlacement } = await t.ok<{
        createPlacement: { placement: Record<string, unknown> };
      }>(
        CREATE_PLACE,
        {
          input: placeInput({ audience: 'WOMEN', groupLanguage: 'ar', dutchSpeakingEnvironment: false }),
        },
        tokens.employerA,
      );
      expect(createPlacement.placement).toMatchObject({
        audience: 'WOMEN',
        groupLanguage: 'ar',
        dutchSpeakingEnvironment: false,
      });
      const plain = await t.ok<{ createPlacement: { placement: Record<string, unknown> } }>(
        CREATE_PLACE,
        { input: placeInput() },
        tokens.employerA,
      );
      expect(plain.createPlacement.placement).toMatchObject({ audience: 'EVERYONE', groupLanguage: null });
    });

    it('refuses a place held in another language that claims a Dutch-speaking environment, as a field error, storing nothing', async () => {
      const before = await count('placements');
      const res = await t.gql(
        CREATE_PLACE,
        { input: placeInput({ groupLanguage: 'ar', dutchSpeakingEnvironment: true }) },
        tokens.employerA,
      );
      expect(fieldError(res.errors, 'input.dutchSpeakingEnvironment')).toBe(
        'a place held in another language (ar) is not a Dutch-speaking environment',
      );
      expect(await count('placements')).toBe(before);
    });

    it('refuses to put a Dutch-speaking place into another language without saying it is no longer Dutch-speaking', async () => {
      const id = places.everyone;
      const res = await t.gql(
        UPDATE_PLACE,
        { input: { placementId: id, groupLanguage: 'ar' } },
        tokens.employerA,
      );
      expect(fieldError(res.errors, 'input.groupLanguage')).toMatch(/set dutchSpeakingEnvironment to false/);
      const [row] = await t.dataSource.query<Array<{ group_language: string | null }>>(
        'SELECT group_language FROM placements WHERE id = $1',
        [id],
      );
      expect(row.group_language).toBeNull();
      // Saying both at once is fine; and back again.
      const both = await t.ok<{ updatePlacement: { placement: Record<string, unknown> } }>(
        UPDATE_PLACE,
        { input: { placementId: id, groupLanguage: 'ar', dutchSpeakingEnvironment: false } },
        tokens.employerA,
      );
      expect(both.updatePlacement.placement).toMatchObject({
        groupLanguage: 'ar',
        dutchSpeakingEnvironment: false,
      });
      // A Dutch-speaking environment again while the group language stays: refused on that field.
      const back = await t.gql(
        UPDATE_PLACE,
        { input: { placementId: id, dutchSpeakingEnvironment: true } },
        tokens.employerA,
      );
      fieldError(back.errors, 'input.dutchSpeakingEnvironment');
      await t.ok(
        UPDATE_PLACE,
        { input: { placementId: id, groupLanguage: null, dutchSpeakingEnvironment: true } },
        tokens.employerA,
      );
    });

    it('the database refuses the same combination, whatever the code does', async () => {
      await expect(
        t.dataSource.query(
          `UPDATE placements SET group_language = 'ar', dutch_speaking_environment = true WHERE id = $1`,
          [places.paid],
        ),
      ).rejects.toThrow(/CHK_placements_group_language_not_dutch/);
      await expect(
        t.dataSource.query(`UPDATE participants SET gender = 'X' WHERE id = $1`, [people.woman]),
      ).rejects.toThrow(/CHK_participants_gender/);
    });

    it('refuses "nl" (Dutch is empty) and anything that is not a two-letter code', async () => {
      const nl = await t.gql(CREATE_PLACE, { input: placeInput({ groupLanguage: 'nl' }) }, tokens.employerA);
      expect(fieldError(nl.errors, 'input.groupLanguage')).toBe(
        'leave groupLanguage empty for a place held in Dutch',
      );
      const word = await t.gql(
        CREATE_PLACE,
        { input: placeInput({ groupLanguage: 'Arabisch' }) },
        tokens.employerA,
      );
      expect(word.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(word.errors)).toMatch(/groupLanguage must be a two-letter language code/);
    });
  });

  describe('a participant’s gender and wish for paid work', () => {
    it('are stored and shown to the coach, and can be cleared', async () => {
      const id = await participant({ gender: 'FEMALE', compensationPreference: 'PAID_PREFERRED' });
      const q = `query($id: ID!) { participant(id: $id) { gender compensationPreference } }`;
      expect((await t.ok<{ participant: unknown }>(q, { id }, tokens.coach)).participant).toEqual({
        gender: 'FEMALE',
        compensationPreference: 'PAID_PREFERRED',
      });
      await t.ok(
        `mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) { participant { id } } }`,
        { input: { participantId: id, gender: null } },
        tokens.coach,
      );
      expect((await t.ok<{ participant: unknown }>(q, { id }, tokens.coach)).participant).toEqual({
        gender: null,
        compensationPreference: 'PAID_PREFERRED',
      });
      const plain = (await t.ok<{ participant: unknown }>(q, { id: people.unrecorded }, tokens.coach))
        .participant;
      expect(plain).toEqual({ gender: null, compensationPreference: 'NO_PREFERENCE' });
    });

    it('are invisible to the place: not in the shared profile, not in webhook events, not in the audit log', async () => {
      const { proposeIntroduction } = await t.ok<{ proposeIntroduction: { introduction: { id: string } } }>(
        `mutation($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { id } } }`,
        {
          input: {
            participantId: people.woman,
            placementId: places.women,
            consentConfirmed: true,
            message: 'Hawa naait graag.',
          },
        },
        tokens.coach,
      );
      const id = proposeIntroduction.introduction.id;
      const view = await t.ok<{ placeIntroduction: unknown }>(
        `query($id: ID!) { placeIntroduction(id: $id) { id status profile { nickname travelBand supportNeeded coachMessage languageLevels { speaking listening reading writing } fittingAvailability { day start end } } } }`,
        { id },
        tokens.employerA,
      );
      expect(JSON.stringify(view)).not.toMatch(/FEMALE|gender/i);
      // The shared profile has no such field at all.
      const probe = await t.gql(
        `query($id: ID!) { placeIntroduction(id: $id) { profile { gender } } }`,
        { id },
        tokens.employerA,
      );
      expect(probe.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      // Nor can the place read the participant (the coach's type) at all.
      const asParticipant = await t.gql(
        `query($id: ID!) { participant(id: $id) { gender } }`,
        { id: people.woman },
        tokens.employerA,
      );
      expect(asParticipant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const events = await t.dataSource.query<Array<{ payload: unknown }>>(
        'SELECT payload FROM outbox_events',
      );
      expect(events.length).toBeGreaterThan(0);
      expect(JSON.stringify(events)).not.toMatch(/FEMALE|MALE|gender/i);
      const audit = await t.dataSource.query<Array<Record<string, unknown>>>('SELECT * FROM audit_log');
      expect(JSON.stringify(audit)).not.toMatch(/FEMALE|gender/i);
      await t.ok(
        `mutation($input: WithdrawIntroductionInput!) { withdrawIntroduction(input: $input) { introduction { id } } }`,
        { input: { introductionId: id } },
        tokens.coach,
      );
    });

    it('is read by the participant’s own coach only: an admin sees the participant without it', async () => {
      const q = `query($id: ID!) { participant(id: $id) { id nickname gender compensationPreference } }`;
      expect(
        (await t.ok<{ participant: { gender: string | null } }>(q, { id: people.woman }, tokens.coach))
          .participant.gender,
      ).toBe('FEMALE');
      const asAdmin = await t.ok<{ participant: Record<string, unknown> }>(
        q,
        { id: people.woman },
        tokens.admin,
      );
      expect(asAdmin.participant).toMatchObject({ id: people.woman, nickname: 'Hawa', gender: null });
      const caseload = await t.ok<{ caseload: Conn<{ id: string; gender: string | null }> }>(
        `{ caseload(first: 100) { edges { node { id gender } } } }`,
        {},
        tokens.admin,
      );
      expect(caseload.caseload.edges.map((e) => e.node.gender).filter(Boolean)).toEqual([]);
      // Nested under another query too: the coach's candidates carry it, for the coach.
      const nested = await t.ok<{
        candidatesForPlacement: Conn<{ participant: { id: string; gender: string | null } }>;
      }>(
        `query($pl: ID!) { candidatesForPlacement(placementId: $pl) { edges { node { participant { id gender } } } } }`,
        { pl: places.women },
        tokens.coach,
      );
      expect(
        nested.candidatesForPlacement.edges.find((e) => e.node.participant.id === people.woman)?.node
          .participant.gender,
      ).toBe('FEMALE');
    });

    it('refuses an unknown gender value as input', async () => {
      const res = await t.gql(CREATE_PARTICIPANT, { input: participantInput({ gender: 'X' }) }, tokens.coach);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('matching keeps to who a place is for', () => {
    it('offers a women’s place to a woman, and never to a man, not even as a near miss', async () => {
      const woman = await matches(people.woman);
      expect(woman.matches.map((m) => m.placement.id)).toContain(places.women);
      expect(woman.matches.map((m) => m.placement.id)).not.toContain(places.men);
      const man = await matches(people.man);
      expect(man.matches.map((m) => m.placement.id)).toContain(places.men);
      expect(man.matches.map((m) => m.placement.id)).not.toContain(places.women);
      expect(man.nearMisses.map((n) => n.placement.id)).not.toContain(places.women);
      expect(woman.nearMisses.map((n) => n.placement.id)).not.toContain(places.men);
    });

    it('whyNot names the audience, and asks the coach to record a gender that is not recorded', async () => {
      expect((await why(people.man, places.women)).find((c) => c.criterion === 'AUDIENCE')).toMatchObject({
        passed: false,
        detailNl: 'alleen voor vrouwen; deelnemer is een man',
        detailEn: 'women only; the participant is a man',
      });
      expect((await why(people.woman, places.women)).every((c) => c.passed)).toBe(true);
      expect(
        (await why(people.unrecorded, places.women)).find((c) => c.criterion === 'AUDIENCE'),
      ).toMatchObject({
        passed: false,
        detailEn:
          "women only; the participant's gender is not recorded (record it if this place is an option)",
      });
      const unrecorded = await matches(people.unrecorded);
      expect(unrecorded.matches.map((m) => m.placement.id)).toContain(places.everyone);
      expect(unrecorded.matches.map((m) => m.placement.id)).not.toContain(places.women);
      expect(unrecorded.nearMisses.map((n) => n.placement.id)).not.toContain(places.women);
    });

    it('candidatesForPlacement lists only the women for the women’s place', async () => {
      const list = await candidates(places.women);
      expect(list).toContain(people.woman);
      for (const other of [people.man, people.unrecorded, people.tigrinyaMan])
        expect(list).not.toContain(other);
    });
  });

  describe('matching keeps to the language a group is held in', () => {
    it('offers the Arabic group to Arabic speakers only, and it does not count for the Z-route', async () => {
      const speaker = await matches(people.woman);
      const arabic = speaker.matches.find((m) => m.placement.id === places.arabic);
      expect(arabic?.countsTowardsZRouteHours).toBe(false);
      expect(speaker.matches.map((m) => m.placement.id)).not.toContain(places.tigrinya);
      const tigrinya = await matches(people.tigrinyaMan);
      expect(tigrinya.matches.map((m) => m.placement.id)).toContain(places.tigrinya);
      expect(tigrinya.matches.map((m) => m.placement.id)).not.toContain(places.arabic);
      // Not a near miss either: the participant would have to learn Arabic.
      expect(tigrinya.nearMisses.map((n) => n.placement.id)).not.toContain(places.arabic);
      expect(speaker.nearMisses.map((n) => n.placement.id)).not.toContain(places.tigrinya);
    });

    it('whyNot says which language the group is held in', async () => {
      const checks = await why(people.woman, places.tigrinya);
      expect(checks.find((c) => c.criterion === 'GROUP_LANGUAGE')).toMatchObject({
        passed: false,
        detailNl: 'in het Tigrinya; deelnemer spreekt het niet',
        detailEn: 'held in Tigrinya; the participant does not speak it',
      });
      expect(checks.find((c) => c.criterion === 'Z_ROUTE_COUNTING')).toMatchObject({
        passed: true,
        flagged: true,
        detailEn: 'held in Tigrinya, not a Dutch-speaking environment: does not count towards the 800 hours',
      });
    });

    it('candidatesForPlacement lists only the speakers of the group’s language', async () => {
      const list = await candidates(places.tigrinya);
      expect(list).toEqual([people.tigrinyaMan]);
      const arabic = await candidates(places.arabic);
      expect(arabic).not.toContain(people.tigrinyaMan);
      expect(arabic).toContain(people.woman);
    });
  });

  describe('paid work', () => {
    it('"paid only" leaves only the paid place, and whyNot says why the others are out', async () => {
      const r = await matches(people.paidOnly);
      expect(r.matches.map((m) => m.placement.id)).toEqual([places.paid]);
      expect(r.nearMisses.map((n) => n.failedCriterion)).not.toContain('COMPENSATION');
      expect(
        (await why(people.paidOnly, places.everyone)).find((c) => c.criterion === 'COMPENSATION'),
      ).toMatchObject({
        passed: false,
        detailNl: 'onbetaald; deelnemer wil alleen betaald werk',
        detailEn: 'unpaid; participant wants paid work only',
      });
      expect(await candidates(places.everyone)).not.toContain(people.paidOnly);
      expect(await candidates(places.paid)).toContain(people.paidOnly);
    });

    it('"paid preferred" ranks the paid place first, with its own breakdown line, and removes nothing', async () => {
      const preferred = await matches(people.paidPreferred);
      const plain = await matches(people.unrecorded);
      expect(preferred.matches[0].placement.id).toBe(places.paid);
      expect(preferred.matches.map((m) => m.placement.id).sort()).toEqual(
        plain.matches.map((m) => m.placement.id).sort(),
      );
      const unpaid = preferred.matches.find((m) => m.placement.id === places.everyone)!;
      expect(unpaid.scoreBreakdown.find((s) => s.criterion === 'PAID_WORK')).toEqual({
        criterion: 'PAID_WORK',
        points: -35,
        detailNl: 'onbetaald; deelnemer heeft liefst betaald werk',
        detailEn: 'unpaid; participant prefers paid work',
      });
      const paid = preferred.matches[0];
      expect(paid.scoreBreakdown.find((s) => s.criterion === 'PAID_WORK')?.points).toBe(0);
    });

    it('matchesForParticipant filters on compensation', async () => {
      const all = await matches(people.unrecorded);
      const paid = await matches(people.unrecorded, { compensation: ['PAID'] });
      expect(paid.matches.map((m) => m.placement.id)).toEqual([places.paid]);
      expect(paid.totalCandidates).toBe(1);
      expect(all.totalCandidates).toBeGreaterThan(paid.totalCandidates);
      const unpaid = await matches(people.unrecorded, { compensation: ['NONE', 'VOLUNTEER_ALLOWANCE'] });
      expect(unpaid.matches.map((m) => m.placement.id)).not.toContain(places.paid);
      expect(unpaid.matches.map((m) => m.placement.id)).toContain(places.everyone);
      const bad = await t.gql(
        MATCHES,
        { id: people.unrecorded, options: { compensation: ['SALARY'] } },
        tokens.coach,
      );
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
