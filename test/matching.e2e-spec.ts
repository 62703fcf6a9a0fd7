import {
  createTestApp,
  insertStandardActors,
  insertUser,
  participantInput,
  placeInput,
  type TestApp,
  nodes,
  type Conn,
} from '@plekwijzer/test-support';

/** The shared place and participant, as a kitchen help on Tuesday mornings and a Z-route participant who fits it. */
function place(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return placeInput({
    type: 'PARTICIPATIEPLEK',
    title: 'Keukenhulp',
    description: 'Groenten snijden en afwassen.',
    sector: 'HORECA',
    languageRequirements: [{ skill: 'SPEAKING', level: 'A1', required: true }],
    support: { buddy: true, supervisor: false, staffLanguages: [] },
    startDate: '2026-01-05',
    capacity: 3,
    mapPractice: false,
    ...overrides,
  });
}

function participant(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return participantInput({
    nickname: undefined,
    otherLanguages: undefined,
    pipDate: '2026-03-01',
    homePostcode: '3811',
    maxTravelMinutes: 20,
    availability: [
      { day: 'TUE', start: '08:00', end: '17:00' },
      { day: 'WED', start: '08:00', end: '17:00' },
    ],
    commitments: [
      { kind: 'LANGUAGE_CLASS', label: 'Taalles', range: { day: 'WED', start: '09:00', end: '12:00' } },
    ],
    childcare: { needed: false, childrenAges: [], covered: [] },
    interests: ['HORECA'],
    ...overrides,
  });
}

const MATCHES = `query($id: ID!, $options: MatchOptionsInput) {
  matchesForParticipant(participantId: $id, options: $options) {
    totalCandidates
    matches { placement { id title } score travel { minutes mode } weeklyOverlapHours countsTowardsZRouteHours stretched checks { criterion passed detailNl detailEn } scoreBreakdown { criterion points } }
    nearMisses { placement { id title } failedCriterion fixHintNl fixHintEn checks { criterion passed } }
  } }`;

type MatchData = {
  matchesForParticipant: {
    totalCandidates: number;
    matches: Array<{
      placement: { id: string; title: string };
      score: number;
      travel: { minutes: number; mode: string };
      countsTowardsZRouteHours: boolean | null;
      stretched: boolean;
      checks: Array<{ criterion: string; passed: boolean; detailNl: string; detailEn: string }>;
    }>;
    nearMisses: Array<{
      placement: { id: string; title: string };
      failedCriterion: string;
      fixHintNl: string;
      fixHintEn: string;
      checks: Array<{ criterion: string; passed: boolean }>;
    }>;
  };
};

describe('matching through GraphQL', () => {
  let t: TestApp;
  let actors: Awaited<ReturnType<typeof insertStandardActors>>;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  async function publish(input: Record<string, unknown>): Promise<string> {
    const created = await t.gql<{ createPlacement: { placement: { id: string } } }>(
      `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`,
      { input },
      tokens.employerA,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createPlacement.placement.id;
    const published = await t.gql(
      `mutation($id: ID!) { publishPlacement(input: { placementId: $id }) { placement { id } } }`,
      { id },
      tokens.employerA,
    );
    expect(published.errors).toBeUndefined();
    return id;
  }

  async function addParticipant(input: Record<string, unknown>, token = tokens.coach): Promise<string> {
    const res = await t.gql<{ createParticipant: { participant: { id: string } } }>(
      `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { participant { id } } }`,
      { input },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createParticipant.participant.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    for (const key of ['admin', 'coach', 'analyst', 'employerA', 'partner'] as const)
      tokens[key] = await t.tokenFor(actors[key]);
    tokens.otherCoach = await t.tokenFor(
      await insertUser(t.dataSource, actors.organisations.coaching, 'COACH'),
    );

    ids.fits = await publish(place({ title: 'Past precies' }));
    // Wednesday 10:00–12:00 clashes with the language class (09:00–12:00).
    ids.clash = await publish(
      place({
        title: 'Botst met taalles',
        schedule: { kind: 'FIXED', shifts: [{ day: 'WED', start: '10:00', end: '12:00' }] },
      }),
    );
    ids.a2 = await publish(
      place({
        title: 'Vraagt A2',
        languageRequirements: [{ skill: 'SPEAKING', level: 'A2', required: true }],
      }),
    );
    ids.far = await publish(
      place({ title: 'In Utrecht', location: { street: 'Domplein 1', postcode: '3512', city: 'Utrecht' } }),
    );
    ids.twoFails = await publish(
      place({
        title: 'Twee problemen',
        location: { street: 'Domplein 1', postcode: '3512', city: 'Utrecht' },
        languageRequirements: [{ skill: 'SPEAKING', level: 'B2', required: true }],
      }),
    );
    ids.notDutch = await publish(place({ title: 'Arabische vrouwengroep', dutchSpeakingEnvironment: false }));
    ids.p = await addParticipant(participant());
    // Boots an app and publishes nine places: more than the default 30 s on a loaded machine.
  }, 120_000);
  afterAll(() => t.close());

  it('returns the places that fit, with a reason for every criterion', async () => {
    const res = await t.gql<MatchData>(MATCHES, { id: ids.p }, tokens.coach);
    expect(res.errors).toBeUndefined();
    const result = res.data!.matchesForParticipant;
    expect(result.totalCandidates).toBe(6);
    const titles = result.matches.map((m) => m.placement.title).sort();
    expect(titles).toEqual(['Arabische vrouwengroep', 'Past precies']);
    const fits = result.matches.find((m) => m.placement.id === ids.fits)!;
    expect(fits.travel.mode).toBe('BIKE');
    expect(fits.countsTowardsZRouteHours).toBe(true);
    expect(fits.checks.every((c) => c.passed)).toBe(true);
    expect(new Set(fits.checks.map((c) => c.criterion)).size).toBe(fits.checks.length);
    expect(fits.checks.find((c) => c.criterion === 'TRAVEL')!.detailEn).toMatch(/bike \d+ min ≤ 20 min/);
    const notDutch = result.matches.find((m) => m.placement.id === ids.notDutch)!;
    expect(notDutch.countsTowardsZRouteHours).toBe(false);
  });

  it('shows near misses that fail exactly one criterion, with a fix', async () => {
    const res = await t.gql<MatchData>(MATCHES, { id: ids.p }, tokens.coach);
    const near = new Map(res.data!.matchesForParticipant.nearMisses.map((n) => [n.placement.id, n]));
    expect(near.get(ids.clash)?.failedCriterion).toBe('AVAILABILITY');
    expect(near.get(ids.a2)?.failedCriterion).toBe('LANGUAGE');
    expect(near.get(ids.far)?.failedCriterion).toBe('TRAVEL');
    expect(near.has(ids.twoFails)).toBe(false);
    for (const n of near.values()) {
      expect(n.checks.filter((c) => !c.passed).map((c) => c.criterion)).toEqual([n.failedCriterion]);
      expect(n.fixHintNl.length).toBeGreaterThan(5);
      expect(n.fixHintEn.length).toBeGreaterThan(5);
    }
  });

  it('writes the texts a query asks for, through aliases and fragments, and the same places without them', async () => {
    type Item = {
      placement: { id: string };
      checks: Array<{ criterion: string; passed: boolean; d?: string }>;
    };
    type Texts = {
      matchesForParticipant: {
        matches: Array<Item & { scoreBreakdown: Array<{ points: number; detailNl?: string }> }>;
        nearMisses: Array<Item & { fixHintEn?: string }>;
      };
    };
    const WITH = `query($id: ID!) { matchesForParticipant(participantId: $id) { ...R } }
      fragment R on MatchResult {
        matches { placement { id } checks { criterion passed d: detailNl } scoreBreakdown { points detailNl } }
        nearMisses { placement { id } ... on NearMiss { fixHintEn checks { criterion passed ...D } } }
      }
      fragment D on Check { d: detailEn }`;
    const WITHOUT = `query($id: ID!) { matchesForParticipant(participantId: $id) {
        matches { placement { id } checks { criterion passed } scoreBreakdown { points } }
        nearMisses { placement { id } checks { criterion passed } } } }`;
    const full = await t.gql<Texts>(WITH, { id: ids.p }, tokens.coach);
    expect(full.errors).toBeUndefined();
    const { matches, nearMisses } = full.data!.matchesForParticipant;
    expect(nearMisses.length).toBeGreaterThan(0);
    for (const m of matches) {
      expect(m.checks.every((c) => (c.d ?? '').length > 0)).toBe(true);
      expect(m.scoreBreakdown.every((s) => (s.detailNl ?? '').length > 0)).toBe(true);
    }
    for (const n of nearMisses) {
      expect(n.checks.every((c) => (c.d ?? '').length > 0)).toBe(true);
      expect(n.fixHintEn?.length).toBeGreaterThan(5);
    }
    // The clash with the language class is explained in words.
    const clash = nearMisses.find((n) => n.placement.id === ids.clash)!;
    expect(clash.checks.find((c) => c.criterion === 'AVAILABILITY')!.d).toMatch(/language class/);

    const bare = await t.gql<Texts>(WITHOUT, { id: ids.p }, tokens.coach);
    const strip = (items: Item[]) =>
      items.map((i) => ({ id: i.placement.id, checks: i.checks.map((c) => [c.criterion, c.passed]) }));
    expect(strip(bare.data!.matchesForParticipant.matches)).toEqual(strip(matches));
    expect(strip(bare.data!.matchesForParticipant.nearMisses)).toEqual(strip(nearMisses));
    expect(
      bare.data!.matchesForParticipant.matches.map((m) => m.scoreBreakdown.map((s) => s.points)),
    ).toEqual(matches.map((m) => m.scoreBreakdown.map((s) => s.points)));
  });

  it('lets a language stretch of one level turn the A2 place into a flagged match', async () => {
    const res = await t.gql<MatchData>(
      MATCHES,
      { id: ids.p, options: { stretchLanguage: true } },
      tokens.coach,
    );
    const a2 = res.data!.matchesForParticipant.matches.find((m) => m.placement.id === ids.a2);
    expect(a2?.stretched).toBe(true);
  });

  it('leaves out places whose hours do not count for the Z-route when asked', async () => {
    const res = await t.gql<MatchData>(
      MATCHES,
      { id: ids.p, options: { excludeNonCountingForZRoute: true } },
      tokens.coach,
    );
    expect(res.data!.matchesForParticipant.matches.map((m) => m.placement.id)).not.toContain(ids.notDutch);
  });

  it('drops a place from the matches as soon as it is paused', async () => {
    const extra = await publish(place({ title: 'Tijdelijk' }));
    const before = await t.gql<MatchData>(MATCHES, { id: ids.p }, tokens.coach);
    expect(before.data!.matchesForParticipant.matches.map((m) => m.placement.id)).toContain(extra);
    await t.gql(
      `mutation($id: ID!) { pausePlacement(input: { placementId: $id }) { placement { id } } }`,
      { id: extra },
      tokens.employerA,
    );
    const after = await t.gql<MatchData>(MATCHES, { id: ids.p }, tokens.coach);
    expect(after.data!.matchesForParticipant.matches.map((m) => m.placement.id)).not.toContain(extra);
  });

  it('shows a place under its new title as soon as the employer renames it (models are kept per compile, not per id forever)', async () => {
    const extra = await publish(place({ title: 'Oude titel' }));
    const titleOf = async () =>
      (await t.gql<MatchData>(MATCHES, { id: ids.p }, tokens.coach)).data!.matchesForParticipant.matches.find(
        (m) => m.placement.id === extra,
      )?.placement.title;
    expect(await titleOf()).toBe('Oude titel');
    const renamed = await t.gql(
      `mutation($input: UpdatePlacementInput!) { updatePlacement(input: $input) { placement { id } } }`,
      { input: { placementId: extra, title: 'Nieuwe titel' } },
      tokens.employerA,
    );
    expect(renamed.errors).toBeUndefined();
    expect(await titleOf()).toBe('Nieuwe titel');
    await t.gql(
      `mutation($id: ID!) { pausePlacement(input: { placementId: $id }) { placement { id } } }`,
      { id: extra },
      tokens.employerA,
    );
  });

  it('explains one pair with whyNot', async () => {
    const res = await t.gql<{ whyNot: Array<{ criterion: string; passed: boolean; detailEn: string }> }>(
      `query($p: ID!, $pl: ID!) { whyNot(participantId: $p, placementId: $pl) { criterion passed detailEn } }`,
      { p: ids.p, pl: ids.twoFails },
      tokens.coach,
    );
    expect(res.errors).toBeUndefined();
    expect(
      res
        .data!.whyNot.filter((c) => !c.passed)
        .map((c) => c.criterion)
        .sort(),
    ).toEqual(['LANGUAGE', 'TRAVEL']);

    // The options that apply to one pair: a stretch of one level lets the A2 place pass on language.
    const WHY = `query($p: ID!, $pl: ID!, $o: PairOptionsInput) { whyNot(participantId: $p, placementId: $pl, options: $o) { criterion passed } }`;
    const strict = await t.gql<{ whyNot: Array<{ criterion: string; passed: boolean }> }>(
      WHY,
      { p: ids.p, pl: ids.a2 },
      tokens.coach,
    );
    expect(strict.data!.whyNot.find((c) => c.criterion === 'LANGUAGE')!.passed).toBe(false);
    const stretched = await t.gql<{ whyNot: Array<{ criterion: string; passed: boolean }> }>(
      WHY,
      { p: ids.p, pl: ids.a2, o: { stretchLanguage: true } },
      tokens.coach,
    );
    expect(stretched.data!.whyNot.find((c) => c.criterion === 'LANGUAGE')!.passed).toBe(true);
    // Options that make no sense for one pair are not part of its input.
    const odd = await t.gql(WHY, { p: ids.p, pl: ids.a2, o: { maxResults: 5 } }, tokens.coach);
    expect(odd.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('ranks by the Z-route hours still needed: approved hours in a Dutch-speaking place lower the need', async () => {
    const HOURS = `query($id: ID!) { matchesForParticipant(participantId: $id) { matches { placement { id } scoreBreakdown { criterion points detailEn } } } }`;
    type H = {
      matchesForParticipant: {
        matches: Array<{
          placement: { id: string };
          scoreBreakdown: Array<{ criterion: string; points: number; detailEn: string }>;
        }>;
      };
    };
    const hoursItem = async (participantId: string) => {
      const res = await t.gql<H>(HOURS, { id: participantId }, tokens.coach);
      expect(res.errors).toBeUndefined();
      const match = res.data!.matchesForParticipant.matches.find((m) => m.placement.id === ids.fits)!;
      return match.scoreBreakdown.find((s) => s.criterion === 'HOURS_NEED')!;
    };
    const id = await addParticipant(participant());
    const before = await hoursItem(id);
    expect(before.points).toBeGreaterThan(0);

    // 34 days of 24 approved hours at a Dutch-speaking place: the 800 are done.
    const proposed = await t.gql<{ proposeIntroduction: { introduction: { id: string } } }>(
      `mutation($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { id } } }`,
      { input: { participantId: id, placementId: ids.fits, consentConfirmed: true } },
      tokens.coach,
    );
    const intro = proposed.data!.proposeIntroduction.introduction.id;
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    expect(
      (
        await t.gql(
          `mutation($id: ID!) { acceptIntroduction(input: { introductionId: $id }) { introduction { id } } }`,
          { id: intro },
          tokens.employerA,
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await t.gql(
          `mutation($id: ID!, $d: Date!) { startIntroduction(input: { introductionId: $id, startDate: $d }) { introduction { id } } }`,
          { id: intro, d: day(-40) },
          tokens.employerA,
        )
      ).errors,
    ).toBeUndefined();
    for (let i = 1; i <= 34; i++) {
      const logged = await t.gql(
        `mutation($input: LogHoursInput!) { logHours(input: $input) { hoursEntry { id } } }`,
        { input: { introductionId: intro, date: day(-i), hours: 24 } },
        tokens.coach,
      );
      expect(logged.errors).toBeUndefined();
    }
    const after = await hoursItem(id);
    expect(after.points).toBe(0);
    expect(after.detailEn).toBe('no hours needed any more');
  });

  it("lists the coach's own participants who fit a place", async () => {
    const other = await addParticipant(participant({ clientReference: 'OTHER-1' }), tokens.otherCoach);
    const mismatch = await addParticipant(
      participant({
        clientReference: 'NO-TUESDAY',
        availability: [{ day: 'FRI', start: '08:00', end: '17:00' }],
      }),
    );
    const res = await t.gql<{
      candidatesForPlacement: Conn<{ participant: { id: string }; checks: Array<{ passed: boolean }> }>;
    }>(
      `query($pl: ID!) { candidatesForPlacement(placementId: $pl) { edges { node { participant { id } score checks { passed } } } } }`,
      { pl: ids.fits },
      tokens.coach,
    );
    expect(res.errors).toBeUndefined();
    const found = nodes(res.data!.candidatesForPlacement).map((c) => c.participant.id);
    expect(found).toContain(ids.p);
    expect(found).not.toContain(other);
    expect(found).not.toContain(mismatch);
  });

  it("hides another coach's participant exactly like a missing one", async () => {
    const foreign = await t.gql(MATCHES, { id: ids.p }, tokens.otherCoach);
    const missing = await t.gql(MATCHES, { id: '6f1d8a52-0c1e-4a53-9b7e-2f1e9c3d4b5a' }, tokens.otherCoach);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors).toEqual(missing.errors);
    const why = await t.gql(
      `query($p: ID!, $pl: ID!) { whyNot(participantId: $p, placementId: $pl) { criterion } }`,
      { p: ids.p, pl: ids.fits },
      tokens.otherCoach,
    );
    expect(why.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each(['admin', 'analyst', 'employerA', 'partner'])('refuses a %s', async (who) => {
    const res = await t.gql(MATCHES, { id: ids.p }, tokens[who]);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cand = await t.gql(
      `query($pl: ID!) { candidatesForPlacement(placementId: $pl) { edges { node { score } } } }`,
      { pl: ids.fits },
      tokens[who],
    );
    expect(cand.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Each refusal is in the audit log: who, with which role, which operation.
    const refusals: Array<{ object_id: string }> = await t.dataSource.query(
      `SELECT object_id FROM audit_log WHERE action = 'ROLE_REFUSED' AND result = 'DENIED' AND actor_user_id = $1 ORDER BY id`,
      [actors[who as 'admin'].id],
    );
    expect(refusals.map((r) => r.object_id).slice(-2)).toEqual([
      'matchesForParticipant',
      'candidatesForPlacement',
    ]);
  });

  it('validates match options', async () => {
    const res = await t.gql(MATCHES, { id: ids.p, options: { maxResults: 1000 } }, tokens.coach);
    expect(res.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('options.maxResults');
  });
});

describe('the compiled places stay current', () => {
  const SIMPLE = `query($id: ID!) { matchesForParticipant(participantId: $id) { matches { placement { id } } } }`;
  type Simple = { matchesForParticipant: { matches: Array<{ placement: { id: string } }> } };
  // A long refresh interval: anything seen at once below comes from the in-process change signal.
  let a: TestApp;
  let tokens: Record<string, string>;
  let placeId: string;
  let participantId: string;

  const matchedIds = async (app: TestApp): Promise<string[]> => {
    const res = await app.gql<Simple>(SIMPLE, { id: participantId }, tokens.coach);
    expect(res.errors).toBeUndefined();
    return res.data!.matchesForParticipant.matches.map((m) => m.placement.id);
  };
  const ok = async (app: TestApp, query: string, variables: Record<string, unknown>, token: string) => {
    const res = await app.gql<Record<string, Record<string, { id: string }>>>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  beforeAll(async () => {
    a = await createTestApp({ env: { MATCHER_REFRESH_MS: '60000' } });
    const actors = await insertStandardActors(a.dataSource);
    tokens = {
      coach: await a.tokenFor(actors.coach),
      employer: await a.tokenFor(actors.employerA),
      otherCoach: await a.tokenFor(await insertUser(a.dataSource, actors.organisations.coaching, 'COACH')),
    };
    placeId = (
      await ok(
        a,
        `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`,
        { input: place({ capacity: 1 }) },
        tokens.employer,
      )
    ).createPlacement.placement.id;
    await ok(
      a,
      `mutation($id: ID!) { publishPlacement(input: { placementId: $id }) { placement { id } } }`,
      { id: placeId },
      tokens.employer,
    );
    participantId = (
      await ok(
        a,
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { participant { id } } }`,
        { input: participant() },
        tokens.coach,
      )
    ).createParticipant.participant.id;
  });
  afterAll(() => a.close());

  it('sees a pause, a new publication and a full place at once after a change through this process', async () => {
    expect(await matchedIds(a)).toEqual([placeId]);
    await ok(
      a,
      `mutation($id: ID!) { pausePlacement(input: { placementId: $id }) { placement { id } } }`,
      { id: placeId },
      tokens.employer,
    );
    expect(await matchedIds(a)).toEqual([]);
    await ok(
      a,
      `mutation($id: ID!) { publishPlacement(input: { placementId: $id }) { placement { id } } }`,
      { id: placeId },
      tokens.employer,
    );
    expect(await matchedIds(a)).toEqual([placeId]);

    // Another client of the same coach takes the only spot: the place is full and drops out.
    const other = (
      await ok(
        a,
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { participant { id } } }`,
        { input: participant() },
        tokens.coach,
      )
    ).createParticipant.participant.id;
    const intro = (
      await ok(
        a,
        `mutation($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { id } } }`,
        { input: { participantId: other, placementId: placeId, consentConfirmed: true } },
        tokens.coach,
      )
    ).proposeIntroduction.introduction.id;
    await ok(
      a,
      `mutation($id: ID!) { acceptIntroduction(input: { introductionId: $id }) { introduction { id } } }`,
      { id: intro },
      tokens.employer,
    );
    expect(await matchedIds(a)).toEqual([]);
    // The spot is freed when the coach withdraws: the place is back.
    await ok(
      a,
      `mutation($id: ID!) { withdrawIntroduction(input: { introductionId: $id }) { introduction { id } } }`,
      { id: intro },
      tokens.coach,
    );
    expect(await matchedIds(a)).toEqual([placeId]);
  });

  const onServer = Boolean(process.env.DATABASE_URL);
  (onServer ? it : it.skip)(
    `sees another replica’s change after MATCHER_REFRESH_MS${onServer ? '' : ' — SKIPPED on PGlite: one process per embedded database, so there is no second replica'}`,
    async () => {
      // Two more replicas on the same database: one refreshes every 200 ms, one changes the place.
      const reader = await createTestApp({
        env: { DATABASE_URL: a.config.DATABASE_URL!, MATCHER_REFRESH_MS: '200' },
      });
      const writer = await createTestApp({ env: { DATABASE_URL: a.config.DATABASE_URL! } });
      try {
        expect(await matchedIds(reader)).toEqual([placeId]);
        await ok(
          writer,
          `mutation($id: ID!) { pausePlacement(input: { placementId: $id }) { placement { id } } }`,
          { id: placeId },
          tokens.employer,
        );
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(await matchedIds(reader)).toEqual([]);
        await ok(
          writer,
          `mutation($id: ID!) { publishPlacement(input: { placementId: $id }) { placement { id } } }`,
          { id: placeId },
          tokens.employer,
        );
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(await matchedIds(reader)).toEqual([placeId]);
      } finally {
        await reader.close();
        await writer.close();
      }
    },
  );
});
