import {
  apiPlaceProblems,
  apiScheduleProblems,
  checkPlaceForm,
  copyOf,
  emptyPlaceForm,
  fromPlacement,
  toPlacementFields,
  type PlaceFormValues,
} from './placeForm';

const filled = (): PlaceFormValues => ({
  ...emptyPlaceForm(),
  title: 'Koffie schenken',
  sector: 'HORECA',
  description: 'Je schenkt koffie.',
  street: 'Leusderweg 214',
  postcode: '3817kd',
  city: 'Amersfoort',
  startDate: '2026-12-01',
  capacity: '2',
  physicalLoad: 'LIGHT',
  language: { ...emptyPlaceForm().language, SPEAKING: { level: 'A2', required: false } },
  dutchSpeakingEnvironment: 'yes',
  openToRoutes: ['Z_ROUTE'],
  openToTargetGroups: ['STATUSHOUDER'],
  schedule: {
    kind: 'FIXED',
    shifts: [{ day: 'FRI', start: '22:00', end: '06:00', overnight: true }],
    windows: [],
    minHoursPerWeek: '',
    maxHoursPerWeek: '',
  },
});

describe('place form', () => {
  it('lets a draft be saved with only a title, and asks for a title of 3 to 150 characters', () => {
    expect(checkPlaceForm({ ...emptyPlaceForm(), title: 'Koffie' })).toEqual({});
    expect(checkPlaceForm(emptyPlaceForm())).toEqual({ title: { id: 'employer.form.error.title' } });
  });

  it('checks what is typed: postcode, a whole address, dates in order, capacity, child ages', () => {
    const v = filled();
    expect(checkPlaceForm(v)).toEqual({});
    expect(checkPlaceForm({ ...v, postcode: '381 KD' })).toEqual({
      location: { id: 'employer.form.error.postcode' },
    });
    expect(checkPlaceForm({ ...v, city: '' })).toEqual({ location: { id: 'employer.form.error.address' } });
    expect(checkPlaceForm({ ...v, endDate: '2026-11-01' })).toEqual({
      endDate: { id: 'employer.form.error.endBeforeStart' },
    });
    expect(checkPlaceForm({ ...v, capacity: '1,5' })).toEqual({
      capacity: { id: 'employer.form.error.capacity' },
    });
    expect(checkPlaceForm({ ...v, childcare: 'ON_SITE', childMinAge: '4', childMaxAge: '2' })).toEqual({
      childcare: { id: 'employer.form.error.childAgeOrder' },
    });
    expect(checkPlaceForm({ ...v, childcare: 'ON_SITE' })).toEqual({
      childcare: { id: 'employer.form.error.childAges' },
    });
  });

  it('puts the schedule editor’s problems under schedule.*, only once a schedule is begun', () => {
    const v = filled();
    expect(checkPlaceForm({ ...v, schedule: { ...v.schedule, shifts: [] } })).toEqual({});
    expect(
      checkPlaceForm({
        ...v,
        schedule: { ...v.schedule, shifts: [{ day: 'MON', start: '13:00', end: '09:00', overnight: false }] },
      }),
    ).toEqual({ 'schedule.shifts.0': { id: 'employer.schedule.error.endBeforeStart' } });
  });

  it('sends the API its fields: a tidy postcode, levels only where asked, empty text as null', () => {
    expect(toPlacementFields(filled())).toEqual({
      type: 'PARTICIPATIEPLEK',
      title: 'Koffie schenken',
      sector: 'HORECA',
      description: 'Je schenkt koffie.',
      location: { street: 'Leusderweg 214', postcode: '3817 KD', city: 'Amersfoort' },
      startDate: '2026-12-01',
      endDate: null,
      capacity: 2,
      physicalLoad: 'LIGHT',
      childcare: { kind: 'NONE' },
      languageRequirements: [{ skill: 'SPEAKING', level: 'A2', required: false }],
      dutchSpeakingEnvironment: true,
      openToRoutes: ['Z_ROUTE'],
      openToTargetGroups: ['STATUSHOUDER'],
      audience: 'EVERYONE',
      compensation: 'NONE',
      groupLanguage: null,
      schedule: { kind: 'FIXED', shifts: [{ day: 'FRI', start: '22:00', end: '06:00', overnight: true }] },
    });
    const blank = toPlacementFields({ ...emptyPlaceForm('ACTIVITEIT'), title: 'Taalcafé' });
    expect(blank).toMatchObject({ type: 'ACTIVITEIT', description: null, schedule: null, capacity: null });
    expect(blank).not.toHaveProperty('location');
  });

  it('reads a stored place back into the form, and copies it without its dates', () => {
    const values = fromPlacement({
      type: 'STAGE',
      title: 'Stage zorg',
      sector: 'ZORG',
      description: null,
      location: { street: 'Leusderweg 214', postcode: '3817 KD', city: 'Amersfoort' },
      startDate: '2026-12-14',
      endDate: '2027-06-12',
      capacity: 2,
      physicalLoad: 'MEDIUM',
      childcare: { kind: 'ON_SITE', minAgeYears: 0, maxAgeYears: 4 },
      languageRequirements: [
        { skill: 'READING', level: 'B1', required: true },
        { skill: 'WRITING', level: 'NONE', required: true },
      ],
      dutchSpeakingEnvironment: false,
      openToRoutes: ['B1_ROUTE'],
      openToTargetGroups: [],
      audience: 'WOMEN',
      compensation: 'VOLUNTEER_ALLOWANCE',
      groupLanguage: 'ar',
      schedule: null,
    });
    expect(values).toMatchObject({
      audience: 'WOMEN',
      compensation: 'VOLUNTEER_ALLOWANCE',
      groupLanguage: 'ar',
      description: '',
      capacity: '2',
      childMinAge: '0',
      childMaxAge: '4',
      dutchSpeakingEnvironment: 'no',
      language: { READING: { level: 'B1', required: true }, WRITING: { level: '', required: true } },
    });
    expect(copyOf(values, (t) => `${t} (kopie)`)).toMatchObject({
      title: 'Stage zorg (kopie)',
      startDate: '',
      endDate: '',
      capacity: '2',
    });
  });

  it('keeps who a place is for, its pay and the group’s language, and refuses a Dutch-speaking group in another language', () => {
    const v = { ...filled(), audience: 'WOMEN' as const, compensation: 'PAID' as const, groupLanguage: 'ti' };
    expect(checkPlaceForm(v)).toEqual({
      dutchSpeakingEnvironment: { id: 'employer.form.error.dutchWithGroupLanguage' },
    });
    const fixed = { ...v, dutchSpeakingEnvironment: 'no' as const };
    expect(checkPlaceForm(fixed)).toEqual({});
    expect(toPlacementFields(fixed)).toMatchObject({
      audience: 'WOMEN',
      compensation: 'PAID',
      groupLanguage: 'ti',
      dutchSpeakingEnvironment: false,
    });
    // Back to Dutch clears the language (null), as UpdatePlacementInput reads it.
    expect(toPlacementFields({ ...fixed, groupLanguage: '' }).groupLanguage).toBeNull();
  });

  it('places the API’s schedule errors beside the shift they are about', () => {
    expect(
      apiScheduleProblems({
        graphQLErrors: [
          {
            message: 'The input is not valid',
            extensions: {
              fields: [
                { path: 'input.schedule.shifts.1', message: 'Tue 12:00–15:00 overlaps Tue 09:00–13:00' },
                { path: 'input.title', message: 'title must be 3 to 150 characters long' },
                { path: 'schedule', message: 'a schedule is needed' },
              ],
            },
          },
        ],
      }),
    ).toEqual({ 'shifts.1': 'Tue 12:00–15:00 overlaps Tue 09:00–13:00' });
  });

  it('says the API’s coded schedule errors in the catalogue words, the form’s own where it has them', () => {
    expect(
      apiScheduleProblems({
        graphQLErrors: [
          {
            message: '2 fields are not valid',
            extensions: {
              fields: [
                {
                  path: 'input.schedule.minHoursPerWeek',
                  message: 'the minimum (20 h) is more than the windows allow (12 h a week)',
                  code: 'MIN_ABOVE_WINDOWS',
                  params: { min: 20, hours: 12 },
                },
                {
                  path: 'input.schedule.windows.1',
                  message: 'Tue 12:00–15:00 overlaps Tue 09:00–13:00',
                  code: 'OVERLAPPING_TIME_RANGES',
                },
                {
                  path: 'input.schedule.maxHoursPerWeek',
                  message: 'maxHoursPerWeek must be more than 0',
                  code: 'NOT_POSITIVE',
                },
                {
                  path: 'input.schedule.shifts',
                  message: 'a fixed schedule needs at least one shift',
                  code: 'TOO_FEW',
                  params: { min: 1 },
                },
              ],
            },
          },
        ],
      }),
    ).toEqual({
      minHoursPerWeek: { id: 'participantForm.code.MIN_ABOVE_WINDOWS', values: { min: 20, hours: 12 } },
      'windows.1': { id: 'participantForm.code.OVERLAPPING_TIME_RANGES', values: {} },
      maxHoursPerWeek: { id: 'employer.schedule.error.maxPositive', values: {} },
      shifts: { id: 'employer.schedule.error.noShifts', values: { min: 1 } },
    });
  });

  it('says the API’s place field errors in the form’s words where the general ones would be vague', () => {
    const fields = ['description', 'dutchSpeakingEnvironment', 'endDate', 'openToRoutes', 'location'];
    const found = apiPlaceProblems(
      {
        code: 'BAD_USER_INPUT',
        fields: {
          description: 'a description is needed',
          dutchSpeakingEnvironment: 'say whether the place is a Dutch-speaking environment',
          endDate: 'the place has already ended; change the end date first',
          openToRoutes: 'name at least one learning route',
          location: 'Postcode 1000 is not in the postcode table',
          placementId: 'Placement was not found',
        },
        fieldCodes: {
          description: { code: 'REQUIRED' },
          dutchSpeakingEnvironment: { code: 'REQUIRED' },
          endDate: { code: 'DATE_IN_THE_PAST', params: { date: '2020-06-30' } },
          openToRoutes: { code: 'TOO_FEW', params: { min: 1 } },
          placementId: { code: 'NOT_FOUND' },
        },
      },
      fields,
    );
    expect(found.fields).toEqual({
      description: { id: 'participantForm.code.REQUIRED', values: {} },
      dutchSpeakingEnvironment: { id: 'employer.form.error.choose', values: {} },
      endDate: { id: 'employer.form.error.ended', values: { date: '2020-06-30' } },
      openToRoutes: { id: 'participantForm.code.TOO_FEW', values: { min: 1 } },
      location: 'Postcode 1000 is not in the postcode table',
    });
    // The place's id is no field of the form: it is said in the summary, by its code.
    expect(found.general).toEqual([
      { id: 'error.BAD_USER_INPUT' },
      { id: 'participantForm.code.NOT_FOUND', values: {}, field: 'apiField.placementId' },
    ]);
  });
});
