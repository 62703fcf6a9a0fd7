import {
  createTestApp,
  insertStandardActors,
  participantInput,
  tokensFor,
  type TestApp,
} from '@plekwijzer/test-support';

const FIELDS =
  'id clientReference nickname homePostcode integrationTermLastDay languageLevels { speaking } availability { day start end } commitments { label range { day start end } } childcare { needed childrenAges }';
const CREATE = `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { participant { ${FIELDS} } } }`;
const GET = `query($id: ID!) { participant(id: $id) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) { participant { ${FIELDS} } } }`;
const REMOVE = `mutation($id: ID!) { removeParticipant(input: { participantId: $id }) { removedParticipantId } }`;

describe('participants (a coach’s caseload)', () => {
  let t: TestApp;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await tokensFor(await insertStandardActors(t.dataSource), (user) => t.tokenFor(user));
  });
  afterAll(() => t.close());

  async function create(overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await t.gql<{ createParticipant: { participant: { id: string } } }>(
      CREATE,
      { input: participantInput(overrides) },
      tokens.coach,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createParticipant.participant.id;
  }

  // Ownership, the caseload, removal and the stored fields are ParticipantsService rules
  // (apps/api/src/modules/participants/participants.service.spec.ts); here the API's answers.
  it('stores only the 4-digit home postcode and computes the end of the three-year term', async () => {
    const id = await create({ pipDate: '2024-02-29' });
    const res = await t.gql<{ participant: { homePostcode: string; integrationTermLastDay: string } }>(
      GET,
      { id },
      tokens.coach,
    );
    expect(res.data!.participant.homePostcode).toBe('3822');
    // PIP on 29 February 2024: the third anniversary falls on 1 March 2027, so the last day is 28 February.
    expect(res.data!.participant.integrationTermLastDay).toBe('2027-02-28');
    const row = (await t.dataSource.query('SELECT * FROM participants WHERE id = $1', [id]))[0];
    expect(JSON.stringify(row)).not.toContain('3822 AB');
  });

  it('refuses null for a field that cannot be emptied, and clears one that can', async () => {
    const id = await create();
    const refused = await t.gql(
      UPDATE,
      { input: { participantId: id, maxTravelMinutes: null, maxHoursPerWeek: null, availability: null } },
      tokens.coach,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields?.map((f) => f.path).sort()).toEqual([
      'input.availability',
      'input.maxHoursPerWeek',
      'input.maxTravelMinutes',
    ]);
    const cleared = await t.gql<{ updateParticipant: { participant: { nickname: string | null } } }>(
      UPDATE,
      { input: { participantId: id, nickname: null } },
      tokens.coach,
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateParticipant.participant.nickname).toBeNull();
  });

  it('answers another coach exactly as for a participant that does not exist', async () => {
    const id = await create();
    const missing = '7d1f0d3e-4f5a-4b6c-9d8e-0f1a2b3c4d5e';
    const foreign = await t.gql(GET, { id }, tokens.otherCoach);
    const nonexistent = await t.gql(GET, { id: missing }, tokens.otherCoach);
    expect(foreign.errors).toEqual(nonexistent.errors);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const write = await t.gql(UPDATE, { input: { participantId: id, nickname: 'X' } }, tokens.otherCoach);
    expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const remove = await t.gql(REMOVE, { id }, tokens.otherCoach);
    expect(remove.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const row = (await t.dataSource.query('SELECT nickname FROM participants WHERE id = $1', [id]))[0];
    expect(row.nickname).toBe(participantInput().nickname);
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
    const res = await t.gql(CREATE, { input: participantInput(override) }, tokens.coach);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toContain(path);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM participants'))[0].n).toBe(before);
  });

  // The stable code beside each message lets the web say it in Dutch; the English message stays.
  it.each([
    ['an unknown postcode', { homePostcode: '1099 AB' }, 'input.homePostcode', 'UNKNOWN_POSTCODE', undefined],
    ['a malformed postcode', { homePostcode: '38' }, 'input.homePostcode', 'INVALID_POSTCODE', undefined],
    [
      'zero travel minutes',
      { maxTravelMinutes: 0 },
      'input.maxTravelMinutes',
      'OUT_OF_RANGE',
      { min: 1, max: 180 },
    ],
    ['a long nickname', { nickname: 'x'.repeat(41) }, 'input.nickname', 'TOO_LONG', { max: 40 }],
    ['an empty reference', { clientReference: '' }, 'input.clientReference', 'REQUIRED', undefined],
    ['a PIP date not in the calendar', { pipDate: '2025-02-30' }, 'input.pipDate', 'INVALID_DATE', undefined],
    ['no availability', { availability: [] }, 'input.availability', 'REQUIRED', undefined],
    ['no way to travel', { travelModes: [] }, 'input.travelModes', 'TOO_FEW', { min: 1 }],
    [
      'paid work in tenths',
      { paidWorkHoursPerWeek: 8.1 },
      'input.paidWorkHoursPerWeek',
      'NOT_IN_STEPS',
      { step: 0.25 },
    ],
  ])('names %s with a stable code beside the message', async (_name, override, path, code, params) => {
    const res = await t.gql(CREATE, { input: participantInput(override) }, tokens.coach);
    const field = (
      res.errors?.[0]?.extensions?.fields as Array<{
        path: string;
        message: string;
        code?: string;
        params?: unknown;
      }>
    ).find((f) => f.path === path);
    expect(field).toEqual({
      path,
      message: expect.any(String),
      code,
      ...(params ? { params } : {}),
    });
    expect(field!.message.length).toBeGreaterThan(0);
  });
});
