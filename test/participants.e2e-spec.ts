import { createTestApp, insertStandardActors, insertUser, type TestApp } from '@plekwijzer/test-support';

const FIELDS =
  'id clientReference nickname homePostcode termEndDate languageLevels { speaking } availability { day start end } commitments { label range { day start end } } childcare { needed childrenAges }';
const CREATE = `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { participant(id: $id) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateParticipantInput!) { updateParticipant(id: $id, input: $input) { ${FIELDS} } }`;
const REMOVE = `mutation($id: ID!) { removeParticipant(id: $id) }`;

function input(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    clientReference: `IW-2026-${Math.floor(Math.random() * 1e6)}`,
    nickname: 'Amal',
    route: 'Z_ROUTE',
    targetGroup: 'STATUSHOUDER',
    pipDate: '2024-02-29',
    languageLevels: { speaking: 'A1', listening: 'A1', reading: 'NONE', writing: 'NONE' },
    otherLanguages: ['ar'],
    homePostcode: '3822 AB',
    travelModes: ['WALK', 'BIKE'],
    maxTravelMinutes: 20,
    availability: [
      { day: 'MON', start: '08:30', end: '15:00' },
      { day: 'WED', start: '08:30', end: '12:00' },
    ],
    commitments: [
      { kind: 'LANGUAGE_CLASS', label: 'Taalles', range: { day: 'MON', start: '09:00', end: '12:00' } },
    ],
    childcare: {
      needed: true,
      childrenAges: [3, 6],
      covered: [{ day: 'MON', start: '08:30', end: '14:30' }],
    },
    maxHoursPerWeek: 12,
    physicalCapacity: 'LIGHT',
    interests: ['ZORG'],
    consentToBeProposed: true,
    ...overrides,
  };
}

describe('participants (a coach’s caseload)', () => {
  let t: TestApp;
  let actors: Awaited<ReturnType<typeof insertStandardActors>>;
  let otherCoach: { id: string; role: string };
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    otherCoach = await insertUser(t.dataSource, actors.organisations.coaching, 'COACH');
    for (const key of ['admin', 'coach', 'analyst', 'employerA', 'partner'] as const)
      tokens[key] = await t.tokenFor(actors[key]);
    tokens.otherCoach = await t.tokenFor(otherCoach);
  });
  afterAll(() => t.close());

  async function create(overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await t.gql<{ createParticipant: { id: string } }>(
      CREATE,
      { input: input(overrides) },
      tokens.coach,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createParticipant.id;
  }

  it('stores only the 4-digit home postcode and computes the end of the three-year term', async () => {
    const id = await create();
    const res = await t.gql<{ participant: { homePostcode: string; termEndDate: string } }>(
      GET,
      { id },
      tokens.coach,
    );
    expect(res.data!.participant.homePostcode).toBe('3822');
    // PIP on 29 February 2024: the third anniversary falls on 1 March 2027, so the last day is 28 February.
    expect(res.data!.participant.termEndDate).toBe('2027-02-28');
    const row = (await t.dataSource.query('SELECT * FROM participants WHERE id = $1', [id]))[0];
    expect(JSON.stringify(row)).not.toContain('3822 AB');
  });

  it('lets the coach and admins read and change a participant', async () => {
    const id = await create();
    const updated = await t.gql<{ updateParticipant: { nickname: string } }>(
      UPDATE,
      { id, input: { nickname: 'Amal B.' } },
      tokens.coach,
    );
    expect(updated.data!.updateParticipant.nickname).toBe('Amal B.');
    const byAdmin = await t.gql<{ participant: { id: string } }>(GET, { id }, tokens.admin);
    expect(byAdmin.data!.participant.id).toBe(id);
  });

  it('refuses null for a field that cannot be emptied, and clears one that can', async () => {
    const id = await create();
    const refused = await t.gql(
      UPDATE,
      { id, input: { maxTravelMinutes: null, maxHoursPerWeek: null, availability: null } },
      tokens.coach,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields?.map((f) => f.path).sort()).toEqual([
      'input.availability',
      'input.maxHoursPerWeek',
      'input.maxTravelMinutes',
    ]);
    const cleared = await t.gql<{ updateParticipant: { nickname: string | null } }>(
      UPDATE,
      { id, input: { nickname: null } },
      tokens.coach,
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateParticipant.nickname).toBeNull();
  });

  it('answers another coach exactly as for a participant that does not exist', async () => {
    const id = await create();
    const missing = '7d1f0d3e-4f5a-4b6c-9d8e-0f1a2b3c4d5e';
    const foreign = await t.gql(GET, { id }, tokens.otherCoach);
    const nonexistent = await t.gql(GET, { id: missing }, tokens.otherCoach);
    expect(foreign.errors).toEqual(nonexistent.errors);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const write = await t.gql(UPDATE, { id, input: { nickname: 'X' } }, tokens.otherCoach);
    expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const remove = await t.gql(REMOVE, { id }, tokens.otherCoach);
    expect(remove.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const row = (await t.dataSource.query('SELECT nickname FROM participants WHERE id = $1', [id]))[0];
    expect(row.nickname).toBe('Amal');
  });

  it.each(['analyst', 'employerA', 'partner'])(
    'refuses a %s, for existing and missing participants alike',
    async (who) => {
      const id = await create();
      const existing = await t.gql(GET, { id }, tokens[who]);
      const missing = await t.gql(GET, { id: '7d1f0d3e-4f5a-4b6c-9d8e-0f1a2b3c4d5e' }, tokens[who]);
      expect(existing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(existing.errors).toEqual(missing.errors);
      const list = await t.gql(`{ caseload { totalCount } }`, {}, tokens[who]);
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    },
  );

  it("lists only the coach's own caseload", async () => {
    await create();
    const mine = await t.gql<{ caseload: { totalCount: number } }>(
      `{ caseload(page: { first: 100 }) { totalCount } }`,
      {},
      tokens.coach,
    );
    const theirs = await t.gql<{ caseload: { totalCount: number } }>(
      `{ caseload { totalCount } }`,
      {},
      tokens.otherCoach,
    );
    expect(mine.data!.caseload.totalCount).toBeGreaterThan(0);
    expect(theirs.data!.caseload.totalCount).toBe(0);
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['an unknown postcode', { homePostcode: '1099' }, 'input.homePostcode'],
    ['a malformed postcode', { homePostcode: 'ABCD' }, 'input.homePostcode'],
    [
      'a time like 24:30',
      { availability: [{ day: 'MON', start: '09:00', end: '24:30' }] },
      'input.availability.0.end',
    ],
    [
      'overlapping availability',
      {
        availability: [
          { day: 'MON', start: '09:00', end: '12:00' },
          { day: 'MON', start: '11:00', end: '13:00' },
        ],
      },
      'input.availability.1',
    ],
    [
      'a class that ends before it starts',
      {
        commitments: [
          { kind: 'LANGUAGE_CLASS', label: 'Les', range: { day: 'TUE', start: '12:00', end: '09:00' } },
        ],
      },
      'input.commitments.0.range.0',
    ],
    [
      'childcare needed without children',
      { childcare: { needed: true, childrenAges: [], covered: [] } },
      'input.childcare.childrenAges',
    ],
    [
      'a child aged 18',
      { childcare: { needed: true, childrenAges: [18], covered: [] } },
      'input.childcare.childrenAges',
    ],
    ['no way to travel', { travelModes: [] }, 'input.travelModes'],
    ['zero travel minutes', { maxTravelMinutes: 0 }, 'input.maxTravelMinutes'],
    ['more than 60 hours', { maxHoursPerWeek: 61 }, 'input.maxHoursPerWeek'],
    ['a PIP date not in the calendar', { pipDate: '2025-13-01' }, 'input.pipDate'],
    ['a name-like reference with odd characters', { clientReference: '<script>' }, 'input.clientReference'],
    ['no availability', { availability: [] }, 'input.availability'],
  ];

  it.each(bad)('refuses %s and stores nothing', async (_name, override, path) => {
    const before = (await t.dataSource.query('SELECT count(*)::int AS n FROM participants'))[0].n;
    const res = await t.gql(CREATE, { input: input(override) }, tokens.coach);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toContain(path);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM participants'))[0].n).toBe(before);
  });

  it('refuses a second participant with the same reference for the same coach', async () => {
    await create({ clientReference: 'IW-DUP-1' });
    const res = await t.gql(CREATE, { input: input({ clientReference: 'IW-DUP-1' }) }, tokens.coach);
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'input.clientReference', message: 'you already have a participant with this reference' },
    ]);
  });

  it('removes a participant for good', async () => {
    const id = await create();
    expect((await t.gql(REMOVE, { id }, tokens.coach)).data).toEqual({ removeParticipant: true });
    expect((await t.gql(GET, { id }, tokens.coach)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await t.dataSource.query('SELECT count(*)::int AS n FROM participants WHERE id = $1', [id]))[0].n,
    ).toBe(0);
  });
});
