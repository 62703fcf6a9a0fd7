import {
  createTestApp,
  day,
  insertStandardActors,
  nodes,
  participantInput,
  placeInput,
  tokensFor,
  type Conn,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';

/**
 * The coach's hours inbox (`pendingHoursForCaseload`): every entry a place logged for the coach's own
 * clients that waits for a decision, a page at a time — and never another coach's clients' hours.
 */
const INBOX = `query($first: Int, $after: String) {
  pendingHoursForCaseload(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node {
      id introductionId participantId participantNickname clientReference placementId placementTitle
      entry { id workDate hours status source supersededAt }
    } }
  }
}`;
const LOG = `mutation($input: LogHoursInput!) { logHours(input: $input) { hoursEntry { id } } }`;

interface InboxNode {
  id: string;
  introductionId: string;
  participantId: string;
  participantNickname: string | null;
  clientReference: string;
  placementId: string;
  placementTitle: string;
  entry: {
    id: string;
    workDate: string;
    hours: number;
    status: string;
    source: string;
    supersededAt: string | null;
  };
}

describe('the coach’s hours inbox (pendingHoursForCaseload)', () => {
  let t: TestApp;
  let actors: StandardActors;
  let tokens: Awaited<ReturnType<typeof tokensFor>>;
  let placementId: string;
  /** The entries each coach should see waiting, as logged here: entry id → participant id. */
  const expected = { coach: new Map<string, string>(), otherCoach: new Map<string, string>() };
  const clients: Record<string, { id: string; reference: string }> = {};

  async function startedIntroduction(coach: 'coach' | 'otherCoach', nickname: string) {
    const input = participantInput({ nickname });
    const { createParticipant } = await t.ok<{ createParticipant: { participant: { id: string } } }>(
      `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { participant { id } } }`,
      { input },
      tokens[coach],
    );
    const participantId = createParticipant.participant.id;
    clients[nickname] = {
      id: participantId,
      reference: (input as { clientReference: string }).clientReference,
    };
    const { proposeIntroduction } = await t.ok<{ proposeIntroduction: { introduction: { id: string } } }>(
      `mutation($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { id } } }`,
      { input: { participantId, placementId, consentConfirmed: true, message: 'Welkom', supportNeeded: [] } },
      tokens[coach],
    );
    const id = proposeIntroduction.introduction.id;
    await t.ok(
      `mutation($id: ID!) { acceptIntroduction(input: { introductionId: $id }) { introduction { id } } }`,
      { id },
      tokens.employerA,
    );
    await t.ok(
      `mutation($id: ID!, $d: Date!) { startIntroduction(input: { introductionId: $id, startDate: $d }) { introduction { id } } }`,
      { id, d: day(-30) },
      tokens.employerA,
    );
    return { introductionId: id, participantId };
  }

  async function placeLogs(introductionId: string, offset: number, hours = 4): Promise<string> {
    const { logHours } = await t.ok<{ logHours: { hoursEntry: { id: string } } }>(
      LOG,
      { input: { introductionId, date: day(offset), hours } },
      tokens.employerA,
    );
    return logHours.hoursEntry.id;
  }

  async function inbox(token: string, first?: number, after?: string) {
    return (await t.ok<{ pendingHoursForCaseload: Conn<InboxNode> }>(INBOX, { first, after }, token))
      .pendingHoursForCaseload;
  }

  async function wholeInbox(token: string, first: number): Promise<InboxNode[]> {
    const all: InboxNode[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const page = await inbox(token, first, after);
      all.push(...nodes(page));
      if (!page.pageInfo!.hasNextPage) return all;
      after = page.pageInfo!.endCursor!;
    }
    throw new Error('the inbox never ended');
  }

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    tokens = await tokensFor(actors, (user) => t.tokenFor(user));
    const { createPlacement } = await t.ok<{ createPlacement: { placement: { id: string } } }>(
      `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`,
      { input: placeInput({ title: 'Magazijnmedewerker inbox', capacity: 5 }) },
      tokens.employerA,
    );
    placementId = createPlacement.placement.id;
    await t.ok(
      `mutation($id: ID!) { publishPlacement(input: { placementId: $id }) { placement { id } } }`,
      { id: placementId },
      tokens.employerA,
    );

    // The coach's two clients: Amal with three waiting days, Bilal with two — and one decided,
    // one corrected, one the coach logged (approved at once): none of those three waits.
    const amal = await startedIntroduction('coach', 'Amal');
    for (const offset of [-10, -12, -14])
      expected.coach.set(await placeLogs(amal.introductionId, offset), amal.participantId);
    const bilal = await startedIntroduction('coach', 'Bilal');
    for (const offset of [-11, -13])
      expected.coach.set(await placeLogs(bilal.introductionId, offset), bilal.participantId);
    const approved = await placeLogs(bilal.introductionId, -15);
    await t.ok(
      `mutation($id: ID!) { approveHours(input: { entryId: $id }) { hoursEntry { id } } }`,
      { id: approved },
      tokens.coach,
    );
    const corrected = await placeLogs(amal.introductionId, -16, 3);
    const { correctHours } = await t.ok<{ correctHours: { hoursEntry: { id: string } } }>(
      `mutation($id: ID!) { correctHours(input: { entryId: $id, hours: 3.5 }) { hoursEntry { id } } }`,
      { id: corrected },
      tokens.employerA,
    );
    expected.coach.set(correctHours.hoursEntry.id, amal.participantId); // the correction waits, not the original
    await t.ok(
      LOG,
      { input: { introductionId: amal.introductionId, date: day(-17), hours: 2 } },
      tokens.coach,
    );

    // Another coach's client at the same place, with waiting hours of its own.
    const chris = await startedIntroduction('otherCoach', 'Chris');
    for (const offset of [-10, -11])
      expected.otherCoach.set(await placeLogs(chris.introductionId, offset), chris.participantId);
  }, 180_000);
  afterAll(() => t.close());

  it('lists exactly the coach’s own clients’ waiting entries, oldest day first, with whose and where', async () => {
    const all = await wholeInbox(tokens.coach, 100);
    expect(new Map(all.map((n) => [n.entry.id, n.participantId]))).toEqual(expected.coach);
    const days = all.map((n) => n.entry.workDate);
    expect(days).toEqual([...days].sort());
    for (const n of all) {
      expect(n.id).toBe(n.entry.id);
      expect(n.entry).toMatchObject({ status: 'PENDING', source: 'ORGANISATION', supersededAt: null });
      expect(n.placementId).toBe(placementId);
      expect(n.placementTitle).toBe('Magazijnmedewerker inbox');
    }
    const amal = all.find((n) => n.participantId === clients.Amal.id)!;
    expect(amal).toMatchObject({ participantNickname: 'Amal', clientReference: clients.Amal.reference });
  });

  it('never shows another coach’s clients: each coach sees only their own', async () => {
    const mine = await wholeInbox(tokens.coach, 100);
    const theirs = await wholeInbox(tokens.otherCoach, 100);
    expect(mine.some((n) => n.participantId === clients.Chris.id)).toBe(false);
    expect(new Map(theirs.map((n) => [n.entry.id, n.participantId]))).toEqual(expected.otherCoach);
    expect(theirs.every((n) => n.participantId === clients.Chris.id)).toBe(true);
  });

  it('pages through the inbox: every entry once, in order, with a right count and page info', async () => {
    const whole = await wholeInbox(tokens.coach, 100);
    const first = await inbox(tokens.coach, 2);
    expect(first.totalCount).toBe(expected.coach.size);
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const paged = await wholeInbox(tokens.coach, 2);
    expect(paged.map((n) => n.entry.id)).toEqual(whole.map((n) => n.entry.id));
    // The last page says there is no more; one more page after it is empty but keeps the count.
    const sizes: number[] = [];
    let after: string | undefined;
    let page = await inbox(tokens.coach, 4);
    sizes.push(page.edges.length);
    while (page.pageInfo!.hasNextPage) {
      after = page.pageInfo!.endCursor!;
      page = await inbox(tokens.coach, 4, after);
      sizes.push(page.edges.length);
      expect(page.pageInfo!.hasPreviousPage).toBe(true);
    }
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(expected.coach.size);
    const beyond = await inbox(tokens.coach, 4, page.edges.at(-1)!.cursor);
    expect(beyond.edges).toEqual([]);
    expect(beyond.totalCount).toBe(expected.coach.size);
  });

  it('drops an entry once the coach decides on it', async () => {
    const [oldest] = nodes(await inbox(tokens.coach, 1));
    await t.ok(
      `mutation($id: ID!) { rejectHours(input: { entryId: $id, reason: "Niet gewerkt" }) { hoursEntry { id } } }`,
      { id: oldest.entry.id },
      tokens.coach,
    );
    expected.coach.delete(oldest.entry.id);
    const after = await wholeInbox(tokens.coach, 100);
    expect(after.map((n) => n.entry.id)).not.toContain(oldest.entry.id);
    expect(after).toHaveLength(expected.coach.size);
  });

  it('is a coach’s own: other roles are refused, a made-up cursor is a field error', async () => {
    for (const token of [tokens.employerA, tokens.admin, tokens.analyst]) {
      const res = await t.gql(INBOX, { first: 5 }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.pendingHoursForCaseload ?? null).toBeNull();
    }
    const bad = await t.gql(INBOX, { first: 5, after: 'bm90LWEtY3Vyc29y' }, tokens.coach);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
