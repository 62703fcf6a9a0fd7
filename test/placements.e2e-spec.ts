import {
  createTestApp,
  insertOrganisation,
  insertStandardActors,
  insertUser,
  placeInput,
  tokensFor,
  type GqlError,
  type StandardActors,
  type TestApp,
  type Conn,
} from '@plekwijzer/test-support';

const FIELDS =
  'id status title organisationId capacity location { postcode pc4 city } schedule { kind minHoursPerWeek maxHoursPerWeek shifts { day start end } } childcare { kind minAgeYears maxAgeYears }';

const CREATE = `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdatePlacementInput!) { updatePlacement(input: $input) { placement { ${FIELDS} } } }`;
const PUBLISH = `mutation($id: ID!) { publishPlacement(input: { placementId: $id }) { placement { id status } } }`;
const PAUSE = `mutation($id: ID!) { pausePlacement(input: { placementId: $id }) { placement { id status } } }`;
const CLOSE = `mutation($id: ID!) { closePlacement(input: { placementId: $id }) { placement { id status } } }`;
const GET = `query($id: ID!) { placement(id: $id) { ${FIELDS} } }`;

function expectNoInternals(errors: GqlError[] | undefined): void {
  const text = JSON.stringify(errors ?? []);
  expect(text).not.toMatch(
    /stacktrace|at \w+ \(|SELECT |INSERT |UPDATE "|placements"|QueryFailedError|TypeORM/i,
  );
}

describe('placements', () => {
  let t: TestApp;
  let actors: StandardActors;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    Object.assign(tokens, await tokensFor(actors, (user) => t.tokenFor(user)));
  });
  afterAll(() => t.close());

  async function createAs(who: string, input = placeInput()): Promise<string> {
    const res = await t.gql<{ createPlacement: { placement: { id: string } } }>(
      CREATE,
      { input },
      tokens[who],
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createPlacement.placement.id;
  }

  async function placementCount(): Promise<number> {
    const rows: Array<{ n: number }> = await t.dataSource.query('SELECT count(*)::int AS n FROM placements');
    return rows[0].n;
  }

  async function rowOf(id: string): Promise<Record<string, unknown>> {
    const rows: Array<Record<string, unknown>> = await t.dataSource.query(
      'SELECT * FROM placements WHERE id = $1',
      [id],
    );
    return rows[0];
  }

  // The lifecycle rules (complete before publish, every status move, closing) are in
  // apps/api/src/modules/placements/placements.service.spec.ts; here the API's answers per role.
  describe('authorisation matrix', () => {
    const roles = ['admin', 'coach', 'analyst', 'employerA', 'employerB', 'partner'] as const;

    it('lets employers, partners and admins create places, and refuses coaches and analysts', async () => {
      for (const who of roles) {
        const input =
          who === 'admin' ? placeInput({ organisationId: actors.organisations.employerA }) : placeInput();
        const before = await placementCount();
        const res = await t.gql(CREATE, { input }, tokens[who]);
        if (['coach', 'analyst'].includes(who)) {
          expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
          expect(await placementCount()).toBe(before);
        } else {
          expect(res.errors).toBeUndefined();
          expect(await placementCount()).toBe(before + 1);
        }
      }
    });

    it('refuses an employer posting for another organisation', async () => {
      const before = await placementCount();
      const res = await t.gql(
        CREATE,
        { input: placeInput({ organisationId: actors.organisations.employerB }) },
        tokens.employerA,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await placementCount()).toBe(before);
    });

    const mutations: Array<[string, string, (id: string) => Record<string, unknown>]> = [
      ['update', UPDATE, (id) => ({ input: { placementId: id, title: 'Overgenomen titel' } })],
      ['publish', PUBLISH, (id) => ({ id })],
      ['pause', PAUSE, (id) => ({ id })],
      ['close', CLOSE, (id) => ({ id })],
    ];

    for (const [name, op, vars] of mutations) {
      it(`allows only employer A and admins to ${name} employer A's place; the row stays unchanged otherwise`, async () => {
        for (const who of roles) {
          const id = await createAs('employerA');
          // Published (except to test publishing), so that others can see it.
          if (name !== 'publish') await t.gql(PUBLISH, { id }, tokens.employerA);
          const before = await rowOf(id);
          const res = await t.gql(op, vars(id), tokens[who]);
          if (who === 'admin' || who === 'employerA') {
            expect(res.errors).toBeUndefined();
          } else {
            // Coaches and analysts never manage places (FORBIDDEN by role). Other organisations can see a
            // published place (FORBIDDEN to change it); a draft does not exist for them (NOT_FOUND).
            const expected =
              who === 'coach' || who === 'analyst' || name !== 'publish' ? 'FORBIDDEN' : 'NOT_FOUND';
            expect(res.errors?.[0]?.extensions?.code).toBe(expected);
            expect(await rowOf(id)).toEqual(before);
          }
        }
      });
    }

    it("hides another organisation's draft as not found", async () => {
      const id = await createAs('employerA');
      for (const who of ['employerB', 'partner', 'coach', 'analyst']) {
        const read = await t.gql(GET, { id }, tokens[who]);
        expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
      const write = await t.gql(
        UPDATE,
        { input: { placementId: id, title: 'Overgenomen' } },
        tokens.employerB,
      );
      expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await rowOf(id)).title).toBe(placeInput().title);
      expect((await t.gql(GET, { id }, tokens.employerA)).errors).toBeUndefined();
    });
  });

  describe('bad input is refused field by field and stores nothing', () => {
    const schedule = (shifts: unknown[]) => ({ kind: 'FIXED', shifts });
    const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
      [
        'an unknown postcode',
        { location: { street: 'x 1', postcode: '1099', city: 'Nergens' } },
        'input.location.postcode',
        /1099/,
      ],
      [
        'a malformed postcode',
        { location: { street: 'x 1', postcode: '38111', city: 'Amersfoort' } },
        'input.location.postcode',
        /postcode/i,
      ],
      [
        'an end date before the start date',
        { startDate: '2026-12-10', endDate: '2026-12-01' },
        'input.endDate',
        /before the start/,
      ],
      ['a date that is not in the calendar', { startDate: '2026-02-30' }, 'input.startDate', /not a date/],
      [
        'a time like 25:00',
        { schedule: schedule([{ day: 'MON', start: '09:00', end: '25:00' }]) },
        'input.schedule.shifts.0.end',
        /HH:MM/,
      ],
      [
        'a time like 9:00',
        { schedule: schedule([{ day: 'MON', start: '9:00', end: '12:00' }]) },
        'input.schedule.shifts.0.start',
        /HH:MM/,
      ],
      [
        'a shift that ends before it starts',
        { schedule: schedule([{ day: 'TUE', start: '14:00', end: '10:00' }]) },
        'input.schedule.shifts.0',
        /ends before it starts/,
      ],
      [
        'a shift that ends when it starts',
        { schedule: schedule([{ day: 'TUE', start: '14:00', end: '14:00' }]) },
        'input.schedule.shifts.0',
        /ends when it starts/,
      ],
      [
        'overlapping shifts',
        {
          schedule: schedule([
            { day: 'WED', start: '09:00', end: '13:00' },
            { day: 'WED', start: '12:00', end: '15:00' },
          ]),
        },
        'input.schedule.shifts.1',
        /overlaps/,
      ],
      [
        'an overnight shift overlapping the next morning',
        {
          schedule: schedule([
            { day: 'SUN', start: '22:00', end: '02:00', overnight: true },
            { day: 'MON', start: '01:00', end: '05:00' },
          ]),
        },
        'input.schedule.shifts.1',
        /overlaps/,
      ],
      [
        'minimum hours above maximum',
        {
          schedule: {
            kind: 'FLEXIBLE',
            windows: [{ day: 'MON', start: '08:00', end: '17:00' }],
            minHoursPerWeek: 8,
            maxHoursPerWeek: 4,
          },
        },
        'input.schedule.minHoursPerWeek',
        /above the maximum/,
      ],
      [
        'minimum hours above what the window allows',
        {
          schedule: {
            kind: 'FLEXIBLE',
            windows: [{ day: 'MON', start: '08:00', end: '12:00' }],
            minHoursPerWeek: 6,
            maxHoursPerWeek: 8,
          },
        },
        'input.schedule.minHoursPerWeek',
        /windows allow \(4 h/,
      ],
      ['a negative capacity', { capacity: -1 }, 'input.capacity', /at least 1/],
      ['a title over its limit', { title: 'x'.repeat(151) }, 'input.title', /150/],
      ['a description over its limit', { description: 'x'.repeat(5001) }, 'input.description', /5000/],
      ['childcare on site without ages', { childcare: { kind: 'ON_SITE' } }, 'input.childcare', /age range/],
      [
        'a skill listed twice',
        {
          languageRequirements: [
            { skill: 'SPEAKING', level: 'A1', required: true },
            { skill: 'SPEAKING', level: 'A2', required: false },
          ],
        },
        'input.languageRequirements.1.skill',
        /twice/,
      ],
      [
        'a staff language that is not a code',
        { support: { buddy: false, supervisor: false, staffLanguages: ['Arabic'] } },
        'input.support.staffLanguages',
        /two-letter/,
      ],
    ];

    it.each(cases)('refuses %s', async (_name, override, path, message) => {
      const before = await placementCount();
      const res = await t.gql(CREATE, { input: placeInput(override) }, tokens.employerA);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const field = res.errors?.[0]?.extensions?.fields?.find((f) => f.path === path);
      expect(field?.message).toMatch(message);
      expectNoInternals(res.errors);
      expect(await placementCount()).toBe(before);
    });

    const flexible = (over: Record<string, unknown>) => ({
      schedule: {
        kind: 'FLEXIBLE',
        windows: [{ day: 'MON', start: '08:00', end: '12:00' }],
        minHoursPerWeek: 2,
        maxHoursPerWeek: 8,
        ...over,
      },
    });
    // Every row names its params (null: none), so that jest does not read a short row's last argument as `done`.
    const coded: Array<[string, Record<string, unknown>, string, string, Record<string, unknown> | null]> = [
      [
        'a fixed schedule without shifts',
        { schedule: { kind: 'FIXED', shifts: [] } },
        'input.schedule.shifts',
        'TOO_FEW',
        { min: 1 },
      ],
      [
        'a fixed schedule with windows',
        {
          schedule: {
            kind: 'FIXED',
            shifts: [{ day: 'TUE', start: '09:00', end: '13:00' }],
            windows: [{ day: 'MON', start: '08:00', end: '12:00' }],
          },
        },
        'input.schedule.windows',
        'MUST_BE_EMPTY',
        null,
      ],
      [
        'fixed shifts over 60 hours a week',
        {
          schedule: {
            kind: 'FIXED',
            shifts: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'].map((day) => ({
              day,
              start: '07:00',
              end: '18:00',
            })),
          },
        },
        'input.schedule.shifts',
        'OUT_OF_RANGE',
        { max: 60, total: 66 },
      ],
      [
        'a flexible schedule without windows',
        flexible({ windows: [] }),
        'input.schedule.windows',
        'TOO_FEW',
        { min: 1 },
      ],
      [
        'a flexible schedule with shifts',
        flexible({ shifts: [{ day: 'TUE', start: '09:00', end: '13:00' }] }),
        'input.schedule.shifts',
        'MUST_BE_EMPTY',
        null,
      ],
      [
        'a flexible schedule without a minimum',
        flexible({ minHoursPerWeek: undefined }),
        'input.schedule.minHoursPerWeek',
        'REQUIRED',
        null,
      ],
      [
        'a flexible schedule without a maximum',
        flexible({ maxHoursPerWeek: undefined }),
        'input.schedule.maxHoursPerWeek',
        'REQUIRED',
        null,
      ],
      [
        'a maximum of 0 hours',
        flexible({ minHoursPerWeek: 0, maxHoursPerWeek: 0 }),
        'input.schedule.maxHoursPerWeek',
        'NOT_POSITIVE',
        null,
      ],
      [
        'minimum hours above maximum',
        flexible({ minHoursPerWeek: 3, maxHoursPerWeek: 2.5 }),
        'input.schedule.minHoursPerWeek',
        'MIN_ABOVE_MAX',
        { min: 3, max: 2.5 },
      ],
      [
        'minimum hours above what the windows allow',
        flexible({ minHoursPerWeek: 6, maxHoursPerWeek: 8 }),
        'input.schedule.minHoursPerWeek',
        'MIN_ABOVE_WINDOWS',
        { min: 6, hours: 4 },
      ],
      [
        'a date that is not in the calendar',
        { endDate: '2026-02-30' },
        'input.endDate',
        'INVALID_DATE',
        null,
      ],
      [
        'an end date before the start date',
        { startDate: '2026-12-10', endDate: '2026-12-01' },
        'input.endDate',
        'END_BEFORE_START',
        { start: '2026-12-10' },
      ],
      [
        'a skill listed twice',
        {
          languageRequirements: [
            { skill: 'SPEAKING', level: 'A1', required: true },
            { skill: 'SPEAKING', level: 'A2', required: false },
          ],
        },
        'input.languageRequirements.1.skill',
        'DUPLICATES',
        { value: 'SPEAKING' },
      ],
      [
        'Dutch named as the group language',
        { groupLanguage: 'nl' },
        'input.groupLanguage',
        'MUST_BE_EMPTY',
        null,
      ],
      [
        'a Dutch-speaking environment held in another language',
        { groupLanguage: 'ar', dutchSpeakingEnvironment: true },
        'input.dutchSpeakingEnvironment',
        'CONTRADICTS',
        { field: 'groupLanguage' },
      ],
      [
        'childcare on site without ages',
        { childcare: { kind: 'ON_SITE' } },
        'input.childcare',
        'REQUIRED',
        null,
      ],
      [
        'a youngest age above the oldest',
        { childcare: { kind: 'ON_SITE', minAgeYears: 10, maxAgeYears: 4 } },
        'input.childcare.minAgeYears',
        'MIN_ABOVE_MAX',
        { min: 10, max: 4 },
      ],
      [
        'ages without childcare on site',
        { childcare: { kind: 'NONE', minAgeYears: 2 } },
        'input.childcare',
        'MUST_BE_EMPTY',
        null,
      ],
      [
        'a coaching organisation',
        { organisationId: 'COACHING' },
        'input.organisationId',
        'INVALID_CHOICE',
        null,
      ],
    ];

    it.each(coded)(
      'names %s with a stable code and its params',
      async (_name, override, path, code, params) => {
        const input =
          override.organisationId === 'COACHING'
            ? placeInput({ organisationId: actors.organisations.coaching })
            : placeInput(override);
        const res = await t.gql(CREATE, { input }, tokens[override.organisationId ? 'admin' : 'employerA']);
        expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        const field = res.errors?.[0]?.extensions?.fields?.find((f) => f.path === path);
        expect(field).toEqual({
          path,
          message: expect.any(String),
          code,
          ...(params ? { params } : {}),
        });
      },
    );

    it('names what an admin leaves out or gets wrong about the organisation', async () => {
      const none = await t.gql(CREATE, { input: placeInput() }, tokens.admin);
      expect(none.errors?.[0]?.extensions?.fields).toEqual([
        { path: 'input.organisationId', message: expect.any(String), code: 'REQUIRED' },
      ]);
      const unknown = await t.gql(
        CREATE,
        { input: placeInput({ organisationId: '00000000-0000-4000-8000-000000000000' }) },
        tokens.admin,
      );
      expect(unknown.errors?.[0]?.extensions?.fields).toEqual([
        { path: 'input.organisationId', message: expect.any(String), code: 'NOT_FOUND' },
      ]);
    });

    it('names what a place still needs before publishing, and an end date in the past', async () => {
      const id = await createAs(
        'employerA',
        placeInput({ description: undefined, openToRoutes: [], dutchSpeakingEnvironment: undefined }),
      );
      const res = await t.gql(PUBLISH, { id }, tokens.employerA);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual([
        { path: 'description', message: 'a description is needed', code: 'REQUIRED' },
        {
          path: 'dutchSpeakingEnvironment',
          message: expect.any(String),
          code: 'REQUIRED',
        },
        { path: 'openToRoutes', message: expect.any(String), code: 'TOO_FEW', params: { min: 1 } },
      ]);
      const ended = await createAs(
        'employerA',
        placeInput({ startDate: '2020-01-01', endDate: '2020-06-30' }),
      );
      const late = await t.gql(PUBLISH, { id: ended }, tokens.employerA);
      expect(late.errors?.[0]?.extensions?.fields).toEqual([
        {
          path: 'endDate',
          message: expect.any(String),
          code: 'DATE_IN_THE_PAST',
          params: { date: '2020-06-30' },
        },
      ]);
    });

    it('refuses an unknown enum value before any resolver runs', async () => {
      const before = await placementCount();
      const res = await t.gql(CREATE, { input: placeInput({ type: 'BAANGARANTIE' }) }, tokens.employerA);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/BAANGARANTIE/);
      expectNoInternals(res.errors);
      expect(await placementCount()).toBe(before);
    });

    it('refuses an unknown input field', async () => {
      const before = await placementCount();
      const res = await t.gql(CREATE, { input: placeInput({ salary: 100 }) }, tokens.employerA);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/salary/);
      expect(await placementCount()).toBe(before);
    });

    it('refuses a malformed id as a field error', async () => {
      const res = await t.gql(GET, { id: "1' OR 1=1 --" }, tokens.employerA);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual([
        { path: 'id', message: 'id must be an id (a UUID)' },
      ]);
      expectNoInternals(res.errors);
    });

    it('leaves a place unchanged when an update is invalid', async () => {
      const id = await createAs('employerA');
      const before = await rowOf(id);
      const res = await t.gql(
        UPDATE,
        { input: { placementId: id, title: 'Nieuwe titel', capacity: 0 } },
        tokens.employerA,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await rowOf(id)).toEqual(before);
    });

    it('refuses null for a field that cannot be emptied, field by field, and changes nothing', async () => {
      const id = await createAs('employerA');
      const before = await rowOf(id);
      const res = await t.gql(
        UPDATE,
        { input: { placementId: id, title: null, type: null, compensation: null, mapPractice: null } },
        tokens.employerA,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual(
        expect.arrayContaining([
          {
            path: 'input.title',
            message: 'title cannot be null; leave it out to keep the current value',
            code: 'REQUIRED',
          },
          {
            path: 'input.type',
            message: 'type cannot be null; leave it out to keep the current value',
            code: 'REQUIRED',
          },
          {
            path: 'input.compensation',
            message: 'compensation cannot be null; leave it out to keep the current value',
            code: 'REQUIRED',
          },
          {
            path: 'input.mapPractice',
            message: 'mapPractice cannot be null; leave it out to keep the current value',
            code: 'REQUIRED',
          },
        ]),
      );
      expect(await rowOf(id)).toEqual(before);
    });
  });

  describe('listing', () => {
    let ownIds: string[];
    let listerOrg: string;
    beforeAll(async () => {
      // A separate partner's set, so counts do not depend on the other tests.
      ownIds = [];
      listerOrg = await insertOrganisation(t.dataSource, 'PARTNER', { postcode: '3818 LE', pc4: '3818' });
      tokens.lister = await t.tokenFor(await insertUser(t.dataSource, listerOrg, 'PARTNER'));
      const variants = [
        {
          title: 'Taalcafé bibliotheek',
          type: 'ACTIVITEIT',
          sector: 'ONTMOETING_TAAL',
          location: { street: 'Smallepad 1', postcode: '3811 MG', city: 'Amersfoort' },
          childcare: { kind: 'CHILDREN_WELCOME' },
        },
        {
          title: 'Tuinieren in Leusden',
          type: 'VRIJWILLIGERSWERK',
          sector: 'GROEN',
          location: { street: 'Hamersveldseweg 1', postcode: '3831', city: 'Leusden' },
        },
        {
          title: 'Kantoorstage Utrecht',
          type: 'STAGE',
          sector: 'ADMINISTRATIE',
          location: { street: 'Domplein 1', postcode: '3512', city: 'Utrecht' },
          languageRequirements: [{ skill: 'WRITING', level: 'B1', required: true }],
        },
        {
          title: 'Opvang Vrouwencentrum',
          type: 'ACTIVITEIT',
          sector: 'WELZIJN',
          childcare: { kind: 'ON_SITE', minAgeYears: 0, maxAgeYears: 4 },
        },
      ];
      for (const v of variants) {
        const id = await createAs('lister', placeInput(v));
        await t.gql(PUBLISH, { id }, tokens.lister);
        ownIds.push(id);
      }
    });

    const LIST = `query($filter: PlacementFilterInput, $first: Int, $after: String) { placements(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id title } } } }`;
    type ListResult = {
      placements: Conn<{ id: string; title: string }> & {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      };
    };
    const mine = (filter: Record<string, unknown> = {}) => ({ ...filter, organisationId: listerOrg });

    it('filters within N km of a postcode', async () => {
      const res = await t.gql<ListResult>(
        LIST,
        { filter: mine({ near: { postcode: '3811', km: 5 } }) },
        tokens.coach,
      );
      const titles = res
        .data!.placements.edges.map((e) => e.node)
        .map((i) => i.title)
        .sort();
      // Two places in Amersfoort centre (3811) are within 5 km; Leusden (3831, ≈ 6 km) and Utrecht are not.
      expect(titles).toEqual(['Opvang Vrouwencentrum', 'Taalcafé bibliotheek']);
      const wider = await t.gql<ListResult>(
        LIST,
        { filter: mine({ near: { postcode: '3811', km: 30 } }) },
        tokens.coach,
      );
      expect(wider.data!.placements.totalCount).toBe(4);
    });

    it('filters on maximum language level, childcare and type', async () => {
      const a1 = await t.gql<ListResult>(LIST, { filter: mine({ maxLanguageLevel: 'A2' }) }, tokens.coach);
      expect(a1.data!.placements.edges.map((e) => e.node).map((i) => i.title)).not.toContain(
        'Kantoorstage Utrecht',
      );
      expect(a1.data!.placements.totalCount).toBe(3);
      const care = await t.gql<ListResult>(
        LIST,
        { filter: mine({ childcare: ['ON_SITE', 'CHILDREN_WELCOME'] }) },
        tokens.coach,
      );
      expect(
        care
          .data!.placements.edges.map((e) => e.node)
          .map((i) => i.title)
          .sort(),
      ).toEqual(['Opvang Vrouwencentrum', 'Taalcafé bibliotheek']);
      const act = await t.gql<ListResult>(LIST, { filter: mine({ types: ['ACTIVITEIT'] }) }, tokens.coach);
      expect(act.data!.placements.totalCount).toBe(2);
    });

    it('refuses an unknown postcode in the near filter', async () => {
      const res = await t.gql<ListResult>(
        LIST,
        { filter: { near: { postcode: '0000', km: 5 } } },
        tokens.coach,
      );
      expect(res.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('filter.near.postcode');
    });

    it('pages through results with a total count', async () => {
      const p1 = await t.gql<ListResult>(LIST, { filter: mine(), first: 3 }, tokens.coach);
      const p2 = await t.gql<ListResult>(
        LIST,
        { filter: mine(), first: 3, after: p1.data!.placements.pageInfo.endCursor },
        tokens.coach,
      );
      expect(p1.data!.placements).toMatchObject({
        totalCount: 4,
        pageInfo: { hasNextPage: true, hasPreviousPage: false },
      });
      expect(p1.data!.placements.edges.map((e) => e.node)).toHaveLength(3);
      expect(p1.data!.placements.pageInfo.endCursor).toBe(p1.data!.placements.edges[2].cursor);
      expect(p2.data!.placements).toMatchObject({
        totalCount: 4,
        pageInfo: { hasNextPage: false, hasPreviousPage: true },
      });
      expect(p2.data!.placements.edges.map((e) => e.node)).toHaveLength(1);
      const all = [
        ...p1.data!.placements.edges.map((e) => e.node),
        ...p2.data!.placements.edges.map((e) => e.node),
      ]
        .map((i) => i.id)
        .sort();
      expect(all).toEqual([...ownIds].sort());
    });

    it.each([[0], [101], [-1]])('refuses a page size of %i', async (first) => {
      const res = await t.gql(LIST, { first }, tokens.coach);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('first');
    });

    it.each([['not-a-cursor'], [Buffer.from('offset:-1').toString('base64')], ['b2Zmc2V0OjA']])(
      'refuses the cursor %s as a field error',
      async (after) => {
        const res = await t.gql(LIST, { after }, tokens.coach);
        expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('after');
      },
    );

    it('shows coaches only published places, and owners their drafts', async () => {
      const draftId = await createAs('lister');
      const coachView = await t.gql<ListResult>(LIST, { filter: mine(), first: 100 }, tokens.coach);
      expect(coachView.data!.placements.edges.map((e) => e.node).map((i) => i.id)).not.toContain(draftId);
      const ownerView = await t.gql<ListResult>(LIST, { filter: mine(), first: 100 }, tokens.lister);
      expect(ownerView.data!.placements.edges.map((e) => e.node).map((i) => i.id)).toContain(draftId);
    });
  });
});
