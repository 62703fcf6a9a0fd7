import type { TestApp } from '@plekwijzer/test-support';

/** Dates relative to today in Amsterdam, as the service sees them. */
export function day(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

export const place = (overrides: Record<string, unknown> = {}) => ({
  type: 'WERKERVARINGSPLEK',
  title: 'Magazijnmedewerker',
  description: 'Orders verzamelen met een buddy.',
  sector: 'LOGISTIEK',
  location: { street: 'Hof 1', postcode: '3811', city: 'Amersfoort' },
  languageRequirements: [],
  support: { buddy: true, supervisor: true, staffLanguages: [] },
  dutchSpeakingEnvironment: true,
  schedule: { kind: 'FIXED', shifts: [{ day: 'TUE', start: '09:00', end: '13:00' }] },
  startDate: day(-60),
  childcare: { kind: 'NONE' },
  physicalLoad: 'LIGHT',
  capacity: 2,
  openToRoutes: ['Z_ROUTE', 'B1_ROUTE'],
  openToTargetGroups: ['STATUSHOUDER', 'GEZINSMIGRANT'],
  mapPractice: true,
  compensation: 'NONE',
  ...overrides,
});

export const participant = (overrides: Record<string, unknown> = {}) => ({
  clientReference: `IW-${Math.random().toString(36).slice(2, 10)}`,
  nickname: 'Samira',
  route: 'Z_ROUTE',
  targetGroup: 'STATUSHOUDER',
  pipDate: day(-365),
  languageLevels: { speaking: 'A1', listening: 'A1', reading: 'NONE', writing: 'NONE' },
  otherLanguages: ['ar'],
  homePostcode: '3822 AB',
  travelModes: ['BIKE'],
  maxTravelMinutes: 25,
  availability: [{ day: 'TUE', start: '08:00', end: '17:00' }],
  commitments: [],
  childcare: { needed: true, childrenAges: [4], covered: [{ day: 'TUE', start: '08:00', end: '15:00' }] },
  maxHoursPerWeek: 16,
  physicalCapacity: 'MEDIUM',
  interests: ['LOGISTIEK'],
  consentToBeProposed: true,
  ...overrides,
});

export const PROPOSE = `mutation($input: ProposeInput!) { proposeIntroduction(input: $input) { id status } }`;

/** Small helpers over a TestApp for the hardening tests. */
export function helpers(t: TestApp, tokens: { coach: string; employer: string }) {
  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await t.gql<T>(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }
  return {
    ok,
    async newPlace(overrides: Record<string, unknown> = {}): Promise<string> {
      const { createPlacement } = await ok<{ createPlacement: { id: string } }>(
        `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { id } }`,
        { input: place(overrides) },
        tokens.employer,
      );
      await ok(
        `mutation($id: ID!) { publishPlacement(id: $id) { id } }`,
        { id: createPlacement.id },
        tokens.employer,
      );
      return createPlacement.id;
    },
    async newParticipant(overrides: Record<string, unknown> = {}): Promise<string> {
      const { createParticipant } = await ok<{ createParticipant: { id: string } }>(
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
        { input: participant(overrides) },
        tokens.coach,
      );
      return createParticipant.id;
    },
    propose(participantId: string, placementId: string) {
      return t.gql<{ proposeIntroduction: { id: string; status: string } }>(
        PROPOSE,
        { input: { participantId, placementId, consentConfirmed: true } },
        tokens.coach,
      );
    },
    async auditCount(where: string, params: unknown[]): Promise<number> {
      const rows: Array<{ n: string }> = await t.dataSource.query(
        `SELECT count(*) AS n FROM audit_log WHERE ${where}`,
        params,
      );
      return Number(rows[0].n);
    },
  };
}
