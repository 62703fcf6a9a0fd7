import * as shared from '../../../../graphql/fieldProblems';
import {
  apiProblems,
  checkParticipantForm,
  emptyParticipantForm,
  emptyWeek,
  fromParticipant,
  rangesOf,
  toParticipantInput,
  toWeekGrid,
  TRANSLATED_CODES,
  type ParticipantFormValues,
  type ParticipantLike,
} from './participantForm';

const labels = { LANGUAGE_CLASS: 'Taalles', OTHER: 'Afspraak' };

const filled = (): ParticipantFormValues => {
  const week = emptyWeek();
  week['MON.MORNING'] = 'FREE';
  week['MON.AFTERNOON'] = 'FREE';
  week['TUE.MORNING'] = 'LANGUAGE_CLASS';
  week['WED.EVENING'] = 'OTHER';
  return {
    ...emptyParticipantForm(),
    clientReference: 'K-2026/17',
    nickname: 'Amal',
    pipDate: '2025-09-01',
    languageLevels: { speaking: 'A2', listening: 'B1', reading: 'A1', writing: 'NONE' },
    otherLanguages: 'AR, ti',
    week,
    travelModes: ['BIKE'],
    maxTravelMinutes: '30',
    maxHoursPerWeek: '16',
    homePostcode: '3811ab',
    paidWorkHoursPerWeek: '8,25',
  };
};

const stored: ParticipantLike = {
  clientReference: 'K-1',
  nickname: null,
  route: 'B1_ROUTE',
  targetGroup: 'GEZINSMIGRANT',
  pipDate: '2025-01-10',
  availableFrom: null,
  languageLevels: { speaking: 'A2', listening: 'A2', reading: 'A1', writing: 'A1' },
  otherLanguages: ['ar'],
  // 09:00–12:30 covers most of the morning; 13:00–14:00 is too little of the afternoon.
  availability: [
    { day: 'MON', start: '09:00', end: '12:30' },
    { day: 'MON', start: '13:00', end: '14:00' },
    { day: 'THU', start: '12:00', end: '21:00' },
  ],
  commitments: [
    { kind: 'LANGUAGE_CLASS', label: 'Taalles', range: { day: 'THU', start: '13:00', end: '16:00' } },
  ],
  childcare: { needed: true, childrenAges: [3, 7], covered: [{ day: 'FRI', start: '08:00', end: '12:00' }] },
  travelModes: ['WALK', 'PUBLIC_TRANSPORT'],
  maxTravelMinutes: 45,
  maxHoursPerWeek: 12.5,
  homePostcode: '3822',
  physicalCapacity: 'MEDIUM',
  gender: 'FEMALE',
  compensationPreference: 'PAID_PREFERRED',
  paidWorkHoursPerWeek: null,
  mapExemptionRecorded: true,
  consentToBeProposed: true,
};

describe('client form', () => {
  it('accepts a filled form and asks for what a new client needs', () => {
    expect(checkParticipantForm(filled(), true)).toEqual({});
    const empty = checkParticipantForm(emptyParticipantForm(), true);
    expect(Object.keys(empty).sort()).toEqual(
      [
        'availability',
        'clientReference',
        'homePostcode',
        'maxHoursPerWeek',
        'maxTravelMinutes',
        'pipDate',
        'travelModes',
      ].sort(),
    );
    expect(empty.availability).toEqual({ id: 'participantForm.error.noFreeTime' });
  });

  it('does not ask for a reference when editing (it cannot change)', () => {
    expect(checkParticipantForm({ ...filled(), clientReference: '' }, false)).toEqual({});
  });

  it('checks what is typed: reference, postcode, ranges, steps, language codes, child ages', () => {
    const v = filled();
    expect(checkParticipantForm({ ...v, clientReference: '<b>' }, true).clientReference).toEqual({
      id: 'participantForm.error.reference',
    });
    expect(checkParticipantForm({ ...v, homePostcode: '0123' }, true).homePostcode).toEqual({
      id: 'participantForm.error.postcode',
    });
    // A well-formed postcode the API does not know passes here: only the API can tell.
    expect(checkParticipantForm({ ...v, homePostcode: '1099 AB' }, true)).toEqual({});
    expect(checkParticipantForm({ ...v, maxTravelMinutes: '181' }, true).maxTravelMinutes).toEqual({
      id: 'participantForm.error.range',
      values: { min: 1, max: 180 },
    });
    expect(checkParticipantForm({ ...v, maxHoursPerWeek: '0,1' }, true).maxHoursPerWeek).toBeDefined();
    expect(checkParticipantForm({ ...v, maxHoursPerWeek: '0,25' }, true).maxHoursPerWeek).toBeUndefined();
    expect(checkParticipantForm({ ...v, paidWorkHoursPerWeek: '8,1' }, true).paidWorkHoursPerWeek).toEqual({
      id: 'participantForm.error.quarterHours',
    });
    expect(checkParticipantForm({ ...v, otherLanguages: 'arabic' }, true).otherLanguages).toEqual({
      id: 'participantForm.error.languageCodes',
    });
    expect(checkParticipantForm({ ...v, childcareNeeded: true }, true).childcare).toEqual({
      id: 'participantForm.error.childrenAges',
    });
    expect(
      checkParticipantForm({ ...v, childcareNeeded: true, childrenAges: '4, 18' }, true).childcare,
    ).toEqual({
      id: 'participantForm.error.childAge',
    });
    expect(checkParticipantForm({ ...v, childcareNeeded: true, childrenAges: '4, 17' }, true)).toEqual({});
  });

  it('joins neighbouring cells of a day into one range, per kind', () => {
    const v = filled();
    expect(rangesOf(v.week, (s) => s === 'FREE')).toEqual([{ day: 'MON', start: '08:00', end: '17:00' }]);
    const week = { ...v.week, 'MON.EVENING': 'FREE' as const, 'MON.AFTERNOON': 'BUSY' as const };
    expect(rangesOf(week, (s) => s === 'FREE')).toEqual([
      { day: 'MON', start: '08:00', end: '12:00' },
      { day: 'MON', start: '17:00', end: '21:00' },
    ]);
  });

  it('sends a new client as CreateParticipantInput fields: numbers, normalised postcode, grid as ranges', () => {
    const input = toParticipantInput(filled(), { creating: true, labels });
    expect(input).toMatchObject({
      clientReference: 'K-2026/17',
      nickname: 'Amal',
      otherLanguages: ['ar', 'ti'],
      maxTravelMinutes: 30,
      maxHoursPerWeek: 16,
      paidWorkHoursPerWeek: 8.25,
      homePostcode: '3811 AB',
      availableFrom: null,
      gender: null,
      consentToBeProposed: false,
      availability: [{ day: 'MON', start: '08:00', end: '17:00' }],
      commitments: [
        { kind: 'LANGUAGE_CLASS', label: 'Taalles', range: { day: 'TUE', start: '08:00', end: '12:00' } },
        { kind: 'OTHER', label: 'Afspraak', range: { day: 'WED', start: '17:00', end: '21:00' } },
      ],
      childcare: { needed: false, childrenAges: [], covered: [] },
    });
  });

  it('reads a stored client into the grid by the part of the day a range mostly covers; commitments win', () => {
    const grid = toWeekGrid(stored.availability, stored.commitments);
    expect(grid['MON.MORNING']).toBe('FREE');
    expect(grid['MON.AFTERNOON']).toBe('BUSY');
    expect(grid['THU.AFTERNOON']).toBe('LANGUAGE_CLASS');
    expect(grid['THU.EVENING']).toBe('FREE');
    const v = fromParticipant(stored);
    expect(v).toMatchObject({
      nickname: '',
      otherLanguages: 'ar',
      childrenAges: '3, 7',
      maxHoursPerWeek: '12.5',
      gender: 'FEMALE',
      paidWorkHoursPerWeek: '',
    });
    expect(v.cover['FRI.MORNING']).toBe(true);
    expect(v.cover['FRI.AFTERNOON']).toBe(false);
  });

  it('keeps exact stored times on edit until the week grid is changed, and never withdraws consent', () => {
    const v = fromParticipant(stored);
    const untouched = toParticipantInput(v, { creating: false, labels });
    expect(untouched).not.toHaveProperty('availability');
    expect(untouched).not.toHaveProperty('commitments');
    expect(untouched).not.toHaveProperty('clientReference');
    expect(untouched.consentToBeProposed).toBe(true);
    const changed = toParticipantInput({ ...v, weekChanged: true }, { creating: false, labels });
    expect(changed.availability).toEqual(rangesOf(v.week, (s) => s === 'FREE'));
    // Childcare cover, too: the stored 08:00–12:00 goes back as it is until the cover grid changes.
    expect(untouched.childcare.covered).toEqual([{ day: 'FRI', start: '08:00', end: '12:00' }]);
    const odd = fromParticipant({
      ...stored,
      childcare: { ...stored.childcare, covered: [{ day: 'FRI', start: '08:30', end: '11:45' }] },
    });
    expect(toParticipantInput(odd, { creating: false, labels }).childcare.covered).toEqual([
      { day: 'FRI', start: '08:30', end: '11:45' },
    ]);
    expect(
      toParticipantInput({ ...odd, coverChanged: true }, { creating: false, labels }).childcare.covered,
    ).toEqual([{ day: 'FRI', start: '08:00', end: '12:00' }]);
    const unticked = toParticipantInput({ ...v, consentToBeProposed: false }, { creating: false, labels });
    expect(unticked).not.toHaveProperty('consentToBeProposed');
  });
});

describe('API field errors', () => {
  it('are said in the catalogue words by the shared module (graphql/fieldProblems.ts)', () => {
    expect(apiProblems).toBe(shared.apiProblems);
    expect(TRANSLATED_CODES).toBe(shared.TRANSLATED_CODES);
  });
});
