import { createTestApp, nodes, type Conn, type TestApp } from '@plekwijzer/test-support';
import { demoSet } from '@plekwijzer/api/modules/demo/demo-data.js';
import { addDays, today } from '@plekwijzer/domain';

const { placements: DEMO_PLACEMENTS, participants: DEMO_PARTICIPANTS } = demoSet();

type Users = Array<{
  id: string;
  role: string;
  email: string;
  organisation_id: string;
  display_name: string;
}>;

describe('the Amersfoort demo set', () => {
  let t: TestApp;
  let users: Users;

  beforeAll(async () => {
    t = await createTestApp({ seedDemo: true });
    users = await t.dataSource.query('SELECT id, role, email, organisation_id, display_name FROM users');
  }, 120_000);
  afterAll(() => t.close());

  const tokenOf = async (role: string) => t.tokenFor(users.find((u) => u.role === role)!);

  it('loads every place and participant through the services’ validation', async () => {
    const [places]: Array<{ n: number }> = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM placements',
    );
    const [people]: Array<{ n: number }> = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM participants',
    );
    expect(places.n).toBe(DEMO_PLACEMENTS.length);
    expect(people.n).toBe(DEMO_PARTICIPANTS.length);
    expect(DEMO_PLACEMENTS.length).toBeGreaterThanOrEqual(40);
    expect(DEMO_PARTICIPANTS.length).toBeGreaterThanOrEqual(30);
  });

  it('covers every type of place', async () => {
    const rows: Array<{ type: string }> = await t.dataSource.query(
      `SELECT DISTINCT type FROM placements WHERE status = 'PUBLISHED'`,
    );
    expect(rows.map((r) => r.type).sort()).toEqual([
      'ACTIVITEIT',
      'PARTICIPATIEPLEK',
      'PROEFPLAATSING',
      'STAGE',
      'TAALSTAGE',
      'VRIJWILLIGERSWERK',
      'WERKERVARINGSPLEK',
    ]);
  });

  it('lets a coach search places near a postcode with the printed kind of token', async () => {
    const res = await t.gql<{ placements: { totalCount: number } }>(
      `{ placements(filter: { near: { postcode: "3811", km: 10 } }) { totalCount } }`,
      {},
      await tokenOf('COACH'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.placements.totalCount).toBeGreaterThan(20);
  });

  it('gives every demo participant matches or near misses, and shows every kind of near miss across the set', async () => {
    const coaches = users.filter((u) => u.role === 'COACH');
    const failed = new Set<string>();
    let withoutAnything = 0;
    for (const coach of coaches) {
      const token = await t.tokenFor(coach);
      const caseload: Array<{ id: string }> = await t.dataSource.query(
        'SELECT id FROM participants WHERE coach_id = $1',
        [coach.id],
      );
      for (const p of caseload) {
        const res = await t.gql<{
          matchesForParticipant: { matches: unknown[]; nearMisses: Array<{ failedCriterion: string }> };
        }>(
          `query($id: ID!) { matchesForParticipant(participantId: $id) { matches { score } nearMisses { failedCriterion } } }`,
          { id: p.id },
          token,
        );
        expect(res.errors).toBeUndefined();
        const r = res.data!.matchesForParticipant;
        if (r.matches.length + r.nearMisses.length === 0) withoutAnything++;
        r.nearMisses.forEach((n) => failed.add(n.failedCriterion));
      }
    }
    expect(withoutAnything).toBe(0);
    for (const criterion of ['LANGUAGE', 'AVAILABILITY', 'CHILDCARE', 'TRAVEL'])
      expect(failed).toContain(criterion);
  });

  it('matches no man to a women’s place and nobody to a group in a language they do not speak, in matches, near misses or candidates', async () => {
    type Place = {
      id: string;
      title: string;
      audience: string;
      groupLanguage: string | null;
      compensation: string;
    };
    type Person = {
      id: string;
      coach_id: string;
      nickname: string;
      gender: string | null;
      other_languages: string[];
    };
    const PLACE = 'placement { id title audience groupLanguage compensation }';
    const people: Person[] = await t.dataSource.query(
      'SELECT id, coach_id, nickname, gender, other_languages FROM participants',
    );
    const personOf = new Map(people.map((p) => [p.id, p]));
    const special: Array<{ id: string; audience: string; group_language: string | null }> =
      await t.dataSource.query(
        `SELECT id, audience, group_language FROM placements
        WHERE status = 'PUBLISHED' AND (audience <> 'EVERYONE' OR group_language IS NOT NULL)`,
      );
    // The demo has women's places and groups in Arabic and Tigrinya (see data/demo/placements.json).
    expect(special.filter((p) => p.audience === 'WOMEN').length).toBeGreaterThanOrEqual(3);
    expect(
      special
        .map((p) => p.group_language)
        .filter(Boolean)
        .sort(),
    ).toEqual(['ar', 'ti']);

    const fits = (person: Person, place: { audience: string; groupLanguage: string | null }): boolean =>
      (place.audience === 'EVERYONE' ||
        (place.audience === 'WOMEN' && person.gender === 'FEMALE') ||
        (place.audience === 'MEN' && person.gender === 'MALE')) &&
      (place.groupLanguage === null || person.other_languages.includes(place.groupLanguage));
    const pairs = { womenMatched: 0, groupMatched: 0 };
    const tokenOfCoach = (id: string) => t.tokenFor(users.find((u) => u.id === id)!);
    for (const person of people) {
      const token = await tokenOfCoach(person.coach_id);
      const res = await t.gql<{
        matchesForParticipant: {
          matches: Array<{ placement: Place }>;
          nearMisses: Array<{ placement: Place; failedCriterion: string }>;
        };
      }>(
        `query($id: ID!) { matchesForParticipant(participantId: $id, options: { maxResults: 100 }) {
             matches { ${PLACE} } nearMisses { failedCriterion ${PLACE} } } }`,
        { id: person.id },
        token,
      );
      expect(res.errors).toBeUndefined();
      const r = res.data!.matchesForParticipant;
      for (const m of r.matches) {
        expect({
          person: person.nickname,
          place: m.placement.title,
          fits: fits(person, m.placement),
        }).toEqual({
          person: person.nickname,
          place: m.placement.title,
          fits: true,
        });
        if (m.placement.audience === 'WOMEN') pairs.womenMatched++;
        if (m.placement.groupLanguage) pairs.groupMatched++;
      }
      for (const n of r.nearMisses) {
        expect(['AUDIENCE', 'GROUP_LANGUAGE', 'COMPENSATION']).not.toContain(n.failedCriterion);
        expect({
          person: person.nickname,
          place: n.placement.title,
          fits: fits(person, n.placement),
        }).toEqual({
          person: person.nickname,
          place: n.placement.title,
          fits: true,
        });
      }
    }
    for (const coach of users.filter((u) => u.role === 'COACH')) {
      const token = await t.tokenFor(coach);
      for (const place of special) {
        const res = await t.gql<{ candidatesForPlacement: Conn<{ participant: { id: string } }> }>(
          `query($pl: ID!) { candidatesForPlacement(placementId: $pl, first: 100) { edges { node { participant { id } } } } }`,
          { pl: place.id },
          token,
        );
        expect(res.errors).toBeUndefined();
        for (const { participant } of nodes(res.data!.candidatesForPlacement)) {
          const person = personOf.get(participant.id)!;
          expect(fits(person, { audience: place.audience, groupLanguage: place.group_language })).toBe(true);
        }
      }
    }
    // Not vacuous: women do get the women's places, speakers the groups in their language.
    expect(pairs.womenMatched).toBeGreaterThan(0);
    expect(pairs.groupMatched).toBeGreaterThan(0);

    // Gender is recorded for everyone who could otherwise match a women's place: a demo client
    // without it fails each women's place on something else as well.
    const unrecorded = people.filter((p) => p.gender === null);
    expect(unrecorded.length).toBeGreaterThan(0);
    for (const person of unrecorded) {
      const token = await tokenOfCoach(person.coach_id);
      for (const place of special.filter((p) => p.audience !== 'EVERYONE')) {
        const res = await t.gql<{ whyNot: Array<{ criterion: string; passed: boolean }> }>(
          `query($p: ID!, $pl: ID!) { whyNot(participantId: $p, placementId: $pl) { criterion passed } }`,
          { p: person.id, pl: place.id },
          token,
        );
        expect(res.errors).toBeUndefined();
        const failed = res.data!.whyNot.filter((c) => !c.passed).map((c) => c.criterion);
        expect(failed).toContain('AUDIENCE');
        expect({
          person: person.nickname,
          otherFailures: failed.filter((c) => c !== 'AUDIENCE').length > 0,
        }).toEqual({
          person: person.nickname,
          otherFailures: true,
        });
      }
    }
  });

  it('ranks a paid place first for the clients whose story says they want paid work', async () => {
    const wantPaid = DEMO_PARTICIPANTS.filter((p) => p.compensationPreference === 'PAID_PREFERRED');
    expect(wantPaid.map((p) => p.nickname).sort()).toEqual(['Aisha', 'Omar', 'Yasmin']);
    // Aisha's story: "paid trial placements rank first".
    const aisha = wantPaid.find((p) => p.nickname === 'Aisha')!;
    const [row]: Array<{ id: string; coach_id: string }> = await t.dataSource.query(
      'SELECT id, coach_id FROM participants WHERE client_reference = $1',
      [aisha.clientReference],
    );
    const res = await t.gql<{
      matchesForParticipant: {
        matches: Array<{ placement: { compensation: string }; scoreBreakdown: Array<{ criterion: string }> }>;
      };
    }>(
      `query($id: ID!) { matchesForParticipant(participantId: $id) { matches { placement { compensation } scoreBreakdown { criterion } } } }`,
      { id: row.id },
      await t.tokenFor(users.find((u) => u.id === row.coach_id)!),
    );
    expect(res.errors).toBeUndefined();
    const matches = res.data!.matchesForParticipant.matches;
    expect(matches.length).toBeGreaterThan(1);
    expect(matches[0].placement.compensation).toBe('PAID');
    expect(matches[0].scoreBreakdown.map((s) => s.criterion)).toContain('PAID_WORK');
  });

  it("writes each client's hours history: Z-route progress shows real hours and a mix of risks", async () => {
    type Row = {
      risk: string;
      participant: { id: string; clientReference: string; route: string };
      participation: { done: number; risk: string } | null;
    };
    type Progress = { caseloadProgress: Conn<Row> };
    const rows: Row[] = [];
    for (const coach of users.filter((u) => u.role === 'COACH')) {
      const res = await t.gql<Progress>(
        `{ caseloadProgress(first: 100) { edges { node { risk participant { id clientReference route } participation { done risk } } } } }`,
        {},
        await t.tokenFor(coach),
      );
      expect(res.errors).toBeUndefined();
      rows.push(...nodes(res.data!.caseloadProgress));
    }
    const zRoute = rows.filter((r) => r.participant.route === 'Z_ROUTE');
    expect(zRoute).toHaveLength(DEMO_PARTICIPANTS.filter((p) => (p.route as string) === 'Z_ROUTE').length);
    // Every Z-route client shows the hours of their story...
    for (const r of zRoute) {
      const story = DEMO_PARTICIPANTS.find((p) => p.clientReference === r.participant.clientReference)!;
      expect(r.participation!.done).toBe(story.participationHoursDone);
    }
    // ...and together they show the spread a real caseload has.
    const risks = new Set(zRoute.map((r) => r.participation!.risk));
    expect([...risks].sort()).toEqual(['AT_RISK', 'OFF_TRACK', 'ON_TRACK']);

    // Lina (term ends in about five months, 190 hours to go) has 610 approved hours.
    const lina = DEMO_PARTICIPANTS.find((p) => p.nickname === 'Lina')!;
    expect(lina.participationHoursDone).toBe(610);
    const [approved]: Array<{ hours: number }> = await t.dataSource.query(
      `SELECT sum(h.hours)::float AS hours FROM hours_entries h JOIN participants p ON p.id = h.participant_id
        WHERE p.client_reference = $1 AND h.status = 'APPROVED' AND h.superseded_at IS NULL`,
      [lina.clientReference],
    );
    expect(approved.hours).toBe(610);

    // The history keeps the rules a logged entry must meet: in the past, within the term and the
    // introduction's dates, at most 24 hours a day, at a Dutch-speaking place, on an introduction
    // that has started (a finished one, or the place a client is at now).
    const [broken]: Array<{ n: number }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM hours_entries h
         JOIN introductions i ON i.id = h.introduction_id
         JOIN participants p ON p.id = h.participant_id
         JOIN placements pl ON pl.id = i.placement_id
        WHERE h.work_date >= current_date OR h.work_date < p.pip_date OR h.work_date < i.start_date
           OR h.work_date > i.end_date OR pl.dutch_speaking_environment IS NOT TRUE
           OR i.status NOT IN ('STARTED', 'COMPLETED', 'ENDED_EARLY') OR i.participant_id <> h.participant_id`,
    );
    expect(broken.n).toBe(0);
    const [overfull]: Array<{ n: number }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM (SELECT participant_id, work_date FROM hours_entries
        GROUP BY participant_id, work_date HAVING sum(hours) > 24) d`,
    );
    expect(overfull.n).toBe(0);
  });

  it('puts a few clients at a place now: started there, the place logs their hours, the latest wait for the coach', async () => {
    const atPlace = DEMO_PARTICIPANTS.filter((p) => p.atPlace);
    // 2-4 people, at places of at least two organisations, one of them Annelies Dekker's care home.
    expect(atPlace.length).toBeGreaterThanOrEqual(2);
    expect(atPlace.length).toBeLessThanOrEqual(4);
    const placeOf = (title: string) => DEMO_PLACEMENTS.find((pl) => pl.title === title)!;
    expect(
      new Set(atPlace.map((p) => placeOf(p.atPlace!.placement).organisationKey)).size,
    ).toBeGreaterThanOrEqual(2);
    // Days as the seeder counts them (Amsterdam's calendar day).
    const day = (offset: number) => addDays(today(), offset);

    // The employer who signs in sees people who started at her places, with their latest hours.
    const annelies = users.find((u) => u.display_name === 'Annelies Dekker')!;
    const started = await t.gql<{
      placeIntroductions: Conn<{
        status: string;
        startDate: string;
        placement: { title: string };
        history: Array<{ fromStatus: string | null; toStatus: string }>;
        recentHours: Array<{ workDate: string; hours: number; status: string; source: string }>;
      }>;
    }>(
      `{ placeIntroductions(filter: { status: [STARTED] }) { edges { node { status startDate placement { title }
           history { fromStatus toStatus } recentHours { workDate hours status source } } } } }`,
      {},
      await t.tokenFor(annelies),
    );
    expect(started.errors).toBeUndefined();
    const hers = nodes(started.data!.placeIntroductions);
    const herPeople = atPlace.filter((p) => placeOf(p.atPlace!.placement).organisationKey === 'emp-lindehof');
    expect(herPeople.length).toBeGreaterThan(0);
    expect(hers).toHaveLength(herPeople.length);
    for (const person of herPeople) {
      const card = hers.find((i) => i.placement.title === person.atPlace!.placement)!;
      expect(card.startDate).toBe(day(person.atPlace!.startOffsetDays));
      expect(card.history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
        [null, 'PROPOSED'],
        ['PROPOSED', 'ACCEPTED'],
        ['ACCEPTED', 'STARTED'],
      ]);
      const pending = card.recentHours.filter((h) => h.status === 'PENDING');
      expect(pending.map((h) => h.hours)).toEqual(person.atPlace!.pendingHours);
      for (const h of card.recentHours) {
        expect(h.source).toBe('ORGANISATION');
        expect(h.workDate >= card.startDate && h.workDate < day(0)).toBe(true);
      }
    }

    // Every demo introduction was proposed before it started, and its history runs in that order:
    // a card that said "proposed on 30 Nov, started on 13 Nov" looked like a fault.
    const outOfOrder: Array<{ id: string }> = await t.dataSource.query(
      `SELECT i.id FROM introductions i
        WHERE i.start_date IS NOT NULL AND i.created_at::date > i.start_date
           OR EXISTS (SELECT 1 FROM introduction_transitions a JOIN introduction_transitions b
                        ON b.introduction_id = a.introduction_id AND b.id > a.id AND b.at < a.at
                       WHERE a.introduction_id = i.id)`,
    );
    expect(outOfOrder).toEqual([]);
    const [{ n: withStart }]: Array<{ n: number }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM introductions WHERE start_date IS NOT NULL`,
    );
    expect(withStart).toBeGreaterThan(atPlace.length);

    // Each coach's hours inbox lists the hours the places logged for their clients, nothing else.
    for (const coach of users.filter((u) => u.role === 'COACH')) {
      const res = await t.gql<{
        pendingHoursForCaseload: Conn<{
          clientReference: string;
          placementTitle: string;
          entry: { hours: number; status: string };
        }>;
      }>(
        `{ pendingHoursForCaseload(first: 100) { edges { node { clientReference placementTitle entry { hours status } } } } }`,
        {},
        await t.tokenFor(coach),
      );
      expect(res.errors).toBeUndefined();
      const coachKey = {
        'Fatima Bouzid': 'coach-fatima',
        'Ruben van Dijk': 'coach-ruben',
        'Marieke Bos': 'coach-marieke',
      }[coach.display_name];
      const expected = atPlace
        .filter((p) => p.coachKey === coachKey)
        .flatMap((p) =>
          p.atPlace!.pendingHours.map(
            (hours) => `${p.clientReference} ${p.atPlace!.placement} ${hours} PENDING`,
          ),
        )
        .sort();
      expect(
        nodes(res.data!.pendingHoursForCaseload)
          .map((n) => `${n.clientReference} ${n.placementTitle} ${n.entry.hours} ${n.entry.status}`)
          .sort(),
      ).toEqual(expected);
    }
    const [inboxes]: Array<{ n: number }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM hours_entries WHERE status = 'PENDING'`,
    );
    expect(inboxes.n).toBeGreaterThan(0);

    // Their figures are the story's: the hours done (the approved ones, some made at the place now),
    // the pending ones apart; and each place keeps a free spot count within its capacity.
    for (const person of atPlace) {
      const [row]: Array<{ id: string; coach_id: string }> = await t.dataSource.query(
        'SELECT id, coach_id FROM participants WHERE client_reference = $1',
        [person.clientReference],
      );
      const res = await t.gql<{
        participantProgress: { pendingHours: number; participation: { done: number } | null };
      }>(
        `query($id: ID!) { participantProgress(participantId: $id) { pendingHours participation { done } } }`,
        { id: row.id },
        await t.tokenFor(users.find((u) => u.id === row.coach_id)!),
      );
      expect(res.errors).toBeUndefined();
      const progress = res.data!.participantProgress;
      expect(progress.pendingHours).toBe(person.atPlace!.pendingHours.reduce((a, b) => a + b, 0));
      if (person.route === 'Z_ROUTE')
        expect(progress.participation!.done).toBe(person.participationHoursDone);
      const [intro]: Array<{ status: string; title: string; approved: number }> = await t.dataSource.query(
        `SELECT i.status, pl.title,
                (SELECT coalesce(sum(h.hours), 0)::float FROM hours_entries h
                  WHERE h.introduction_id = i.id AND h.status = 'APPROVED') AS approved
           FROM introductions i JOIN placements pl ON pl.id = i.placement_id
          WHERE i.participant_id = $1 AND i.status = 'STARTED'`,
        [row.id],
      );
      expect(intro).toMatchObject({ status: 'STARTED', title: person.atPlace!.placement });
      // A Z-route client's recent history is made at the place now, at the pace of the story.
      if (person.participationHoursDone > 0) expect(intro.approved).toBeGreaterThan(0);
    }
    const [overbooked]: Array<{ n: number }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM placements pl
        WHERE (SELECT count(*) FROM introductions i
                WHERE i.placement_id = pl.id AND i.status IN ('ACCEPTED', 'STARTED')) > coalesce(pl.capacity, 0)`,
    );
    expect(overbooked.n).toBe(0);
  });

  it('shows Stap-in hours apart from the 800 and a MAP exemption for paid work, as the stories say', async () => {
    type Progress = {
      participantProgress: {
        mapPhase: string;
        mapExemption: string;
        participation: { done: number } | null;
        hoursByActivity: Array<{ activity: string; approvedHours: number; qualifyingHours: number }>;
      };
    };
    const progressOf = async (clientReference: string) => {
      const [row]: Array<{ id: string; coach_id: string }> = await t.dataSource.query(
        'SELECT id, coach_id FROM participants WHERE client_reference = $1',
        [clientReference],
      );
      const res = await t.gql<Progress>(
        `query($id: ID!) { participantProgress(participantId: $id) { mapPhase mapExemption participation { done } hoursByActivity { activity approvedHours qualifyingHours } } }`,
        { id: row.id },
        await t.tokenFor(users.find((u) => u.id === row.coach_id)!),
      );
      expect(res.errors).toBeUndefined();
      return res.data!.participantProgress;
    };
    const amina = DEMO_PARTICIPANTS.find((p) => p.stapInPvtLessons)!;
    expect(amina.story).toMatch(/Stap In/);
    const aminaProgress = await progressOf(amina.clientReference);
    expect(aminaProgress.hoursByActivity.find((a) => a.activity === 'STAP_IN_PVT')).toEqual({
      activity: 'STAP_IN_PVT',
      approvedHours: amina.stapInPvtLessons! * 2.5,
      qualifyingHours: 0,
    });
    expect(aminaProgress.participation?.done).toBe(amina.participationHoursDone);

    const rami = DEMO_PARTICIPANTS.find((p) => p.paidWorkHoursPerWeek)!;
    expect(rami.story).toMatch(/exempt/);
    expect(await progressOf(rami.clientReference)).toMatchObject({
      mapPhase: 'EXEMPT',
      mapExemption: 'PAID_WORK',
    });
  });

  it('runs the whole workflow on demo data: a coach proposes, the place accepts, hours are logged and approved, progress shows', async () => {
    type MatchData = {
      matchesForParticipant: {
        matches: Array<{
          countsTowardsZRouteHours: boolean | null;
          placement: { id: string; organisationId: string };
        }>;
      };
    };
    const coach = users.find((u) => u.role === 'COACH' && u.display_name === 'Fatima Bouzid')!;
    const coachToken = await t.tokenFor(coach);
    const zRoute: Array<{ id: string }> = await t.dataSource.query(
      `SELECT id FROM participants WHERE coach_id = $1 AND route = 'Z_ROUTE' AND consent_to_be_proposed ORDER BY client_reference`,
      [coach.id],
    );
    // The first Z-route client with a counting match at a place whose organisation has a demo user.
    let chosen: { participantId: string; placementId: string; placeUser: Users[number] } | undefined;
    for (const p of zRoute) {
      const res = await t.gql<MatchData>(
        `query($id: ID!) { matchesForParticipant(participantId: $id) { matches { countsTowardsZRouteHours placement { id organisationId } } } }`,
        { id: p.id },
        coachToken,
      );
      expect(res.errors).toBeUndefined();
      for (const m of res.data!.matchesForParticipant.matches) {
        const placeUser = users.find(
          (u) =>
            u.organisation_id === m.placement.organisationId &&
            (u.role === 'EMPLOYER' || u.role === 'PARTNER'),
        );
        if (m.countsTowardsZRouteHours && placeUser) {
          chosen = { participantId: p.id, placementId: m.placement.id, placeUser };
          break;
        }
      }
      if (chosen) break;
    }
    expect(chosen).toBeDefined();
    const { participantId, placementId, placeUser } = chosen!;
    const placeToken = await t.tokenFor(placeUser);
    const call = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
      const res = await t.gql<T>(query, variables, token);
      expect(res.errors).toBeUndefined();
      return res.data!;
    };

    const { proposeIntroduction } = await call<{
      proposeIntroduction: { introduction: { id: string; status: string } };
    }>(
      `mutation($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { id status } } }`,
      { input: { participantId, placementId, consentConfirmed: true, message: 'Zij wil graag beginnen.' } },
      coachToken,
    );
    expect(proposeIntroduction.introduction.status).toBe('PROPOSED');
    const id = proposeIntroduction.introduction.id;
    const inbox = await call<{ placeIntroduction: { profile: { nickname: string | null } } }>(
      `query($id: ID!) { placeIntroduction(id: $id) { profile { nickname } } }`,
      { id },
      placeToken,
    );
    expect(inbox.placeIntroduction.profile).toBeTruthy();
    expect(
      (
        await call<{ acceptIntroduction: { introduction: { status: string } } }>(
          `mutation($id: ID!) { acceptIntroduction(input: { introductionId: $id }) { introduction { status } } }`,
          { id },
          placeToken,
        )
      ).acceptIntroduction.introduction.status,
    ).toBe('ACCEPTED');

    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    await call(
      `mutation($id: ID!, $d: Date!) { startIntroduction(input: { introductionId: $id, startDate: $d }) { introduction { status } } }`,
      { id, d: day(-10) },
      placeToken,
    );
    const logged = await call<{ logHours: { hoursEntry: { id: string; status: string } } }>(
      `mutation($input: LogHoursInput!) { logHours(input: $input) { hoursEntry { id status } } }`,
      { input: { introductionId: id, date: day(-3), hours: 3.5 } },
      placeToken,
    );
    expect(logged.logHours.hoursEntry.status).toBe('PENDING');
    await call(
      `mutation($e: ID!) { approveHours(input: { entryId: $e }) { hoursEntry { status } } }`,
      { e: logged.logHours.hoursEntry.id },
      coachToken,
    );

    const { caseloadProgress } = await call<{
      caseloadProgress: Conn<{
        risk: string;
        participant: { id: string };
        participation: { done: number; target: number } | null;
        map: { target: number };
      }>;
    }>(
      `{ caseloadProgress { edges { node { risk participant { id } participation { done target } map { target } } } } }`,
      {},
      coachToken,
    );
    const row = nodes(caseloadProgress).find((r) => r.participant.id === participantId)!;
    // The hours history the demo story gives this person, plus the 3.5 h just approved.
    const [{ client_reference }]: Array<{ client_reference: string }> = await t.dataSource.query(
      'SELECT client_reference FROM participants WHERE id = $1',
      [participantId],
    );
    const story = DEMO_PARTICIPANTS.find((p) => p.clientReference === client_reference)!;
    expect(row.participation).toEqual({ done: story.participationHoursDone + 3.5, target: 800 });
    expect(row.map.target).toBe(40);
    expect(['ON_TRACK', 'AT_RISK', 'OFF_TRACK']).toContain(row.risk);
  });
});
