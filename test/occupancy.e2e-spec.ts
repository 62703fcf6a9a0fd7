import {
  createTestApp,
  day,
  insertStandardActors,
  placeInput,
  tokensFor,
  type StandardActorName,
  type Conn,
  type TestApp,
} from '@plekwijzer/test-support';

/**
 * Spots taken count the same in every query that judges a place for a participant: the ranked
 * list, whyNot and candidatesForPlacement. A place is set up per row, the spots taken by real
 * introductions through the API.
 */
const MATCHES = `query($id: ID!) { matchesForParticipant(participantId: $id) { matches { placement { id } } } }`;
const WHY = `query($p: ID!, $pl: ID!) { whyNot(participantId: $p, placementId: $pl) { criterion passed detailEn } }`;
const CANDIDATES = `query($pl: ID!) { candidatesForPlacement(placementId: $pl) { edges { node { participant { id } } } } }`;

type Matches = {
  matchesForParticipant: { matches: Array<{ placement: { id: string } }> };
};

describe('spots taken, through all three matching queries', () => {
  let t: TestApp;
  let tokens: Record<StandardActorName, string>;

  async function newPlace(capacity: number): Promise<string> {
    const { createPlacement } = await t.ok<{ createPlacement: { placement: { id: string } } }>(
      `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`,
      { input: placeInput({ capacity, title: `Plek met ${capacity}` }) },
      tokens.employerA,
    );
    await t.ok(
      `mutation($id: ID!) { publishPlacement(input: { placementId: $id }) { placement { id } } }`,
      { id: createPlacement.placement.id },
      tokens.employerA,
    );
    return createPlacement.placement.id;
  }

  const newParticipant = (): Promise<string> => t.createParticipant(tokens.coach);

  /** Proposes a participant and moves the introduction on to `to`. */
  async function introduce(
    participantId: string,
    placementId: string,
    to: 'PROPOSED' | 'ACCEPTED' | 'STARTED',
  ): Promise<void> {
    const { proposeIntroduction } = await t.ok<{ proposeIntroduction: { introduction: { id: string } } }>(
      `mutation($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { id } } }`,
      { input: { participantId, placementId, consentConfirmed: true, message: 'Gemotiveerd.' } },
      tokens.coach,
    );
    const id = proposeIntroduction.introduction.id;
    if (to === 'PROPOSED') return;
    await t.ok(
      `mutation($id: ID!) { acceptIntroduction(input: { introductionId: $id }) { introduction { id } } }`,
      { id },
      tokens.employerA,
    );
    if (to === 'ACCEPTED') return;
    await t.ok(
      `mutation($id: ID!, $d: Date!) { startIntroduction(input: { introductionId: $id, startDate: $d }) { introduction { id } } }`,
      { id, d: day(-7) },
      tokens.employerA,
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    const actors = await insertStandardActors(t.dataSource);
    tokens = await tokensFor(actors, (user) => t.tokenFor(user));
  });
  afterAll(() => t.close());

  it.each([
    { name: 'one spot, accepted', capacity: 1, holder: 'ACCEPTED' as const, full: true, taken: '1 of 1' },
    { name: 'one spot, started', capacity: 1, holder: 'STARTED' as const, full: true, taken: '1 of 1' },
    {
      name: 'one of two spots taken',
      capacity: 2,
      holder: 'ACCEPTED' as const,
      full: false,
      taken: '1 of 2',
    },
  ])('$name: every query sees the same spots taken', async ({ capacity, holder, full, taken }) => {
    const placementId = await newPlace(capacity);
    const holderId = await newParticipant();
    const proposedId = await newParticipant();
    const otherId = await newParticipant();
    await introduce(holderId, placementId, holder);
    await introduce(proposedId, placementId, 'PROPOSED');

    // The ranked list: a full place is no match; with a spot free it is.
    const ranked = (await t.ok<Matches>(MATCHES, { id: otherId }, tokens.coach)).matchesForParticipant;
    expect(ranked.matches.some((m) => m.placement.id === placementId)).toBe(!full);

    // whyNot counts the same spots.
    const why = await t.ok<{ whyNot: Array<{ criterion: string; passed: boolean; detailEn: string }> }>(
      WHY,
      { p: otherId, pl: placementId },
      tokens.coach,
    );
    const capacityCheck = why.whyNot.find((c) => c.criterion === 'CAPACITY')!;
    expect(capacityCheck.passed).toBe(!full);
    expect(capacityCheck.detailEn).toBe(full ? `full: ${taken} places taken` : `${taken} places taken`);
    expect(why.whyNot.every((c) => c.passed)).toBe(!full);

    // Candidates: nobody for a full place; otherwise the free participant, never those already
    // introduced there (the holder of the spot, the open proposal).
    const candidates = (
      await t.ok<{ candidatesForPlacement: Conn<{ participant: { id: string } }> }>(
        CANDIDATES,
        { pl: placementId },
        tokens.coach,
      )
    ).candidatesForPlacement.edges.map((e) => e.node.participant.id);
    expect(candidates).not.toContain(holderId);
    expect(candidates).not.toContain(proposedId);
    if (full) expect(candidates).toEqual([]);
    else expect(candidates).toContain(otherId);
  });

  it('a place with only a proposal is still free, and the proposed participant is no candidate', async () => {
    const placementId = await newPlace(1);
    const proposedId = await newParticipant();
    const otherId = await newParticipant();
    await introduce(proposedId, placementId, 'PROPOSED');
    const why = await t.ok<{ whyNot: Array<{ criterion: string; passed: boolean; detailEn: string }> }>(
      WHY,
      { p: otherId, pl: placementId },
      tokens.coach,
    );
    expect(why.whyNot.find((c) => c.criterion === 'CAPACITY')).toMatchObject({
      passed: true,
      detailEn: '0 of 1 places taken',
    });
    const candidates = (
      await t.ok<{ candidatesForPlacement: Conn<{ participant: { id: string } }> }>(
        CANDIDATES,
        { pl: placementId },
        tokens.coach,
      )
    ).candidatesForPlacement.edges.map((e) => e.node.participant.id);
    expect(candidates).toContain(otherId);
    expect(candidates).not.toContain(proposedId);
  });
});
