import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print } from 'graphql';
import { formatDocument } from '@urql/core';
import { projectRoot } from '@plekwijzer/config';
import {
  actorOf,
  createTestApp,
  day,
  insertStandardActors,
  nodes,
  participantInput,
  placeInput,
  statementsOf,
  tokensFor,
  type Conn,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import type { Role } from '@plekwijzer/api/modules/auth/role.js';
import { HoursService } from '@plekwijzer/api/modules/hours/hours.service.js';

/**
 * `recentHours` on a place's introduction: each card of the employer's "Uren" page shows the newest
 * entries of its introduction, and the page asks for them with its own query — for the whole page in
 * one statement, whatever its size — instead of one request per card. Who may read them and what they
 * see is what hoursForIntroduction gives.
 */
const onServer = Boolean(process.env.DATABASE_URL);

const ENTRY = `id introductionId participantId activity dutchSpeakingEnvironment note workDate hours source
  status createdBy createdAt decidedBy decidedAt rejectReason replacesId supersededAt`;
const PAGE = `query ($first: Int!, $recent: Int! = 7) {
  placeIntroductions(first: $first, filter: { status: [STARTED] }) {
    totalCount
    edges { node { id recentHours(first: $recent) { ${ENTRY} } } }
  } }`;
/** The same page without the hours: what the page costs in statements before recentHours. */
const PAGE_WITHOUT_HOURS = `query ($first: Int!) {
  placeIntroductions(first: $first, filter: { status: [STARTED] }) { totalCount edges { node { id } } } }`;
const HISTORY = `query ($id: ID!) { hoursForIntroduction(introductionId: $id, first: 100) { edges { node { ${ENTRY} } } } }`;
const LOG = `mutation($input: LogHoursInput!) { logHours(input: $input) { hoursEntry { id } } }`;

interface Entry {
  id: string;
  participantId: string;
  workDate: string;
  hours: number;
  status: string;
  rejectReason: string | null;
  supersededAt: string | null;
}
interface Card {
  id: string;
  recentHours: Entry[];
}

describe('the newest hours of every introduction on a place’s page (recentHours)', () => {
  let t: TestApp;
  let actors: StandardActors;
  let tokens: Awaited<ReturnType<typeof tokensFor>>;
  /** Introductions by nickname: Amal, Bilal and the twenty "Teller"s at employer A, Chris at employer B. */
  const intro = new Map<string, { id: string; participantId: string }>();

  async function place(token: string, title: string): Promise<string> {
    const { createPlacement } = await t.ok<{ createPlacement: { placement: { id: string } } }>(
      `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`,
      { input: placeInput({ title, capacity: 40 }) },
      token,
    );
    const id = createPlacement.placement.id;
    await t.ok(
      `mutation($id: ID!) { publishPlacement(input: { placementId: $id }) { placement { id } } }`,
      { id },
      token,
    );
    return id;
  }

  async function started(coachToken: string, employerToken: string, placementId: string, nickname: string) {
    const { createParticipant } = await t.ok<{ createParticipant: { participant: { id: string } } }>(
      `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { participant { id } } }`,
      { input: participantInput({ nickname }) },
      coachToken,
    );
    const participantId = createParticipant.participant.id;
    const { proposeIntroduction } = await t.ok<{ proposeIntroduction: { introduction: { id: string } } }>(
      `mutation($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { id } } }`,
      { input: { participantId, placementId, consentConfirmed: true, message: 'Welkom', supportNeeded: [] } },
      coachToken,
    );
    const id = proposeIntroduction.introduction.id;
    await t.ok(
      `mutation($id: ID!) { acceptIntroduction(input: { introductionId: $id }) { introduction { id } } }`,
      { id },
      employerToken,
    );
    await t.ok(
      `mutation($id: ID!, $d: Date!) { startIntroduction(input: { introductionId: $id, startDate: $d }) { introduction { id } } }`,
      { id, d: day(-30) },
      employerToken,
    );
    intro.set(nickname, { id, participantId });
  }

  async function log(nickname: string, offset: number, hours: number, token: string): Promise<string> {
    const { logHours } = await t.ok<{ logHours: { hoursEntry: { id: string } } }>(
      LOG,
      { input: { introductionId: intro.get(nickname)!.id, date: day(offset), hours } },
      token,
    );
    return logHours.hoursEntry.id;
  }

  async function page(token: string, first = 100, recent?: number): Promise<Card[]> {
    const data = await t.ok<{ placeIntroductions: Conn<Card> }>(PAGE, { first, recent }, token);
    return nodes(data.placeIntroductions);
  }

  const card = (cards: Card[], nickname: string) => cards.find((c) => c.id === intro.get(nickname)!.id)!;

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    tokens = await tokensFor(actors, (user) => t.tokenFor(user));
    const placeA = await place(tokens.employerA, 'Magazijn recente uren');
    const placeB = await place(tokens.employerB, 'Kantine recente uren');

    // Amal: nine days logged out of order; day -3 corrected (3 → 3.5), day -2 rejected by the coach.
    await started(tokens.coach, tokens.employerA, placeA, 'Amal');
    for (const offset of [-5, -1, -9, -3, -7, -2, -8, -4, -6]) await log('Amal', offset, 4, tokens.employerA);
    const [minusThree] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM hours_entries WHERE introduction_id = $1 AND work_date = $2`,
      [intro.get('Amal')!.id, day(-3)],
    );
    await t.ok(
      `mutation($id: ID!) { correctHours(input: { entryId: $id, hours: 3.5 }) { hoursEntry { id } } }`,
      { id: minusThree.id },
      tokens.employerA,
    );
    const [minusTwo] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM hours_entries WHERE introduction_id = $1 AND work_date = $2`,
      [intro.get('Amal')!.id, day(-2)],
    );
    await t.ok(
      `mutation($id: ID!) { rejectHours(input: { entryId: $id, reason: "Niet gewerkt" }) { hoursEntry { id } } }`,
      { id: minusTwo.id },
      tokens.coach,
    );
    // Bilal: two days. Twenty more started participants with one day each, for a page of many.
    await started(tokens.coach, tokens.employerA, placeA, 'Bilal');
    await log('Bilal', -4, 2, tokens.employerA);
    await log('Bilal', -1, 3, tokens.employerA);
    for (let n = 1; n <= 20; n++) {
      await started(tokens.coach, tokens.employerA, placeA, `Teller ${n}`);
      await log(`Teller ${n}`, -n, 1, tokens.employerA);
    }
    // Chris, another coach's participant at another organisation's place, with two days.
    await started(tokens.otherCoach, tokens.employerB, placeB, 'Chris');
    await log('Chris', -1, 5, tokens.employerB);
    await log('Chris', -2, 6, tokens.employerB);
  }, 240_000);
  afterAll(() => t?.close());

  it('gives each card its newest entries that stand, newest day first, at most `first` (7 when omitted)', async () => {
    const cards = await page(tokens.employerA);
    expect(cards).toHaveLength(22);
    const amal = card(cards, 'Amal').recentHours;
    expect(amal.map((e) => e.workDate)).toEqual([-1, -2, -3, -4, -5, -6, -7].map(day));
    // The correction stands in for the corrected entry; the rejected day shows with its reason.
    expect(amal.find((e) => e.workDate === day(-3))).toMatchObject({ hours: 3.5, supersededAt: null });
    expect(amal.find((e) => e.workDate === day(-2))).toMatchObject({
      status: 'REJECTED',
      rejectReason: 'Niet gewerkt',
    });
    expect(
      amal.every((e) => e.supersededAt === null && e.participantId === intro.get('Amal')!.participantId),
    ).toBe(true);
    expect(card(cards, 'Bilal').recentHours.map((e) => [e.workDate, e.hours])).toEqual([
      [day(-1), 3],
      [day(-4), 2],
    ]);
    expect(card(cards, 'Teller 20').recentHours.map((e) => e.workDate)).toEqual([day(-20)]);

    const two = await page(tokens.employerA, 100, 2);
    expect(card(two, 'Amal').recentHours.map((e) => e.workDate)).toEqual([day(-1), day(-2)]);
    // The same page a card at a time gives the same entries.
    const oneByOne: Card[] = [];
    let after: string | null = null;
    do {
      const res: { placeIntroductions: Conn<Card> } = await t.ok<{ placeIntroductions: Conn<Card> }>(
        `query ($after: String) { placeIntroductions(first: 1, after: $after, filter: { status: [STARTED] }) {
          pageInfo { hasNextPage endCursor } edges { node { id recentHours { ${ENTRY} } } } } }`,
        { after },
        tokens.employerA,
      );
      oneByOne.push(...nodes(res.placeIntroductions));
      after = res.placeIntroductions.pageInfo!.hasNextPage
        ? res.placeIntroductions.pageInfo!.endCursor!
        : null;
    } while (after);
    expect(oneByOne).toEqual(cards);
  });

  it('shows every field as hoursForIntroduction shows it to the place', async () => {
    const cards = await page(tokens.employerA, 100, 20);
    for (const nickname of ['Amal', 'Bilal', 'Teller 3']) {
      const history = await t.ok<{ hoursForIntroduction: Conn<Entry> }>(
        HISTORY,
        { id: intro.get(nickname)!.id },
        tokens.employerA,
      );
      const byId = new Map(nodes(history.hoursForIntroduction).map((e) => [e.id, e]));
      const recent = card(cards, nickname).recentHours;
      expect(recent.length).toBeGreaterThan(0);
      for (const entry of recent) expect(entry).toEqual(byId.get(entry.id));
      // Every entry that stands is there when `first` allows it.
      expect(recent.map((e) => e.id).sort()).toEqual(
        [...byId.values()]
          .filter((e) => !e.supersededAt)
          .map((e) => e.id)
          .sort(),
      );
    }
  });

  it('refuses a `first` outside 1–20 as a wrong input', async () => {
    for (const recent of [0, 21]) {
      const res = await t.gql(PAGE, { first: 5, recent }, tokens.employerA);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('never shows an employer another organisation’s hours', async () => {
    const mine = await page(tokens.employerA);
    const theirs = await page(tokens.employerB);
    const chris = intro.get('Chris')!;
    expect(mine.map((c) => c.id)).not.toContain(chris.id);
    expect(mine.flatMap((c) => c.recentHours).some((e) => e.participantId === chris.participantId)).toBe(
      false,
    );
    expect(theirs.map((c) => c.id)).toEqual([chris.id]);
    expect(theirs[0].recentHours.map((e) => [e.workDate, e.hours])).toEqual([
      [day(-1), 5],
      [day(-2), 6],
    ]);

    // The service's own rule, whoever calls it: only the introductions the actor may see answer.
    const service = t.app.get(HoursService);
    const ids = [intro.get('Amal')!.id, chris.id];
    const count = async (who: keyof typeof tokens) =>
      [...(await service.recentOfIntroductions(actorOf<Role>(actors[who]), ids, 7)).values()].map(
        (entries) => entries.length,
      );
    expect(await count('employerA')).toEqual([7, 0]);
    expect(await count('employerB')).toEqual([0, 2]);
    expect(await count('coach')).toEqual([7, 0]);
    expect(await count('otherCoach')).toEqual([0, 2]);
    expect(await count('partner')).toEqual([0, 0]);
    expect(await count('analyst')).toEqual([0, 0]);
  });

  it('audits the read of each card’s hours, as hoursForIntroduction does', async () => {
    const [{ last }] = await t.dataSource.query<Array<{ last: string }>>(
      `SELECT coalesce(max(id), 0) AS last FROM audit_log`,
    );
    await page(tokens.employerB);
    const rows = await t.dataSource.query<Array<{ object_id: string; participant_id: string }>>(
      `SELECT object_id, participant_id FROM audit_log
       WHERE action = 'HOURS_READ' AND actor_user_id = $1 AND result = 'ALLOWED' AND id > $2`,
      [actors.employerB.id, last],
    );
    expect(rows).toEqual([
      { object_id: intro.get('Chris')!.id, participant_id: intro.get('Chris')!.participantId },
    ]);
  });

  it('accepts the web app’s own "Uren" query for a page of 100 cards (the cost limit)', async () => {
    const source = readFileSync(
      join(projectRoot(), 'apps/web/src/features/employer/introductions/documents.ts'),
      'utf8',
    );
    const text = [...source.matchAll(/graphql\(\s*`([^`]*)`\s*\)/g)]
      .map((m) => m[1])
      .find((d) => /query PlaceStartedIntroductions\b/.test(d))!;
    expect(text).toMatch(/recentHours/);
    // As urql sends it: with __typename in every selection.
    const res = await t.gql<{ placeIntroductions: Conn<Card> }>(
      print(formatDocument(parse(text))),
      { first: 100 },
      tokens.employerA,
    );
    expect(res.errors).toBeUndefined();
    expect(card(nodes(res.data!.placeIntroductions), 'Amal').recentHours).toHaveLength(7);
  });

  (onServer ? it : it.skip)(
    `reads the hours of a page of 22 cards in as many statements as of a page of one${onServer ? '' : ' — SKIPPED on PGlite'}`,
    async () => {
      const run = (query: string, first: number) =>
        statementsOf(async () => {
          const res = await t.gql(query, { first }, tokens.employerA);
          expect(res.errors).toBeUndefined();
        });
      // Once before counting: the first request of a user also reads the user.
      await run(PAGE, 1);
      const one = await run(PAGE, 1);
      const many = await run(PAGE, 100);
      const hoursOf = (sent: string[]) => sent.filter((sql) => /hours_entries/.test(sql));
      expect(hoursOf(one)).toHaveLength(1);
      expect(hoursOf(many)).toHaveLength(1);
      // What the hours add to the page (their read and its audit entry) does not grow with the page.
      const addedByHours = async (first: number) =>
        (await run(PAGE, first)).length - (await run(PAGE_WITHOUT_HOURS, first)).length;
      expect(await addedByHours(100)).toBe(await addedByHours(1));
      expect(await addedByHours(100)).toBeLessThanOrEqual(2);
    },
  );
});
