import { readFileSync } from 'node:fs';
import nl from '../i18n/messages/nl.json';
import en from '../i18n/messages/en.json';
import { apiProblems, fieldProblem, formProblems, TRANSLATED_CODES } from './fieldProblems';

describe('API field errors in the catalogue words', () => {
  it('translates a known code with its params and falls back to the API text otherwise', () => {
    const problems = apiProblems({
      fields: {
        homePostcode: 'Postcode 1099 is not in the postcode table',
        maxTravelMinutes: 'maxTravelMinutes must not be less than 1',
        nickname: 'nickname must be shorter than or equal to 40 characters',
        pipDate: 'something new',
        interests: 'an API without codes',
      },
      fieldCodes: {
        homePostcode: { code: 'UNKNOWN_POSTCODE' },
        maxTravelMinutes: { code: 'OUT_OF_RANGE', params: { min: 1, max: 180 } },
        nickname: { code: 'TOO_LONG', params: { max: 40 } },
        pipDate: { code: 'A_CODE_FROM_THE_FUTURE' },
      },
    });
    expect(problems).toEqual({
      homePostcode: { id: 'participantForm.code.UNKNOWN_POSTCODE', values: {} },
      maxTravelMinutes: { id: 'participantForm.code.OUT_OF_RANGE.between', values: { min: 1, max: 180 } },
      nickname: { id: 'participantForm.code.TOO_LONG', values: { max: 40 } },
      pipDate: 'something new',
      interests: 'an API without codes',
    });
    expect(
      apiProblems({ fields: { x: 'm' }, fieldCodes: { x: { code: 'OUT_OF_RANGE', params: { max: 60 } } } }).x,
    ).toEqual({ id: 'participantForm.code.OUT_OF_RANGE.max', values: { max: 60 } });
    expect(apiProblems({ fields: { x: 'm' }, fieldCodes: { x: { code: 'TOO_LONG' } } }).x).toEqual({
      id: 'participantForm.code.TOO_LONG.plain',
      values: {},
    });
  });

  it('uses a form’s own words for a field and code, with the params as values', () => {
    const words = { 'minHoursPerWeek/MIN_ABOVE_MAX': 'employer.schedule.error.minAboveMaxHours' };
    const coded = { code: 'MIN_ABOVE_MAX', params: { min: 20, max: 12 } };
    expect(
      fieldProblem('minHoursPerWeek', 'the minimum (20 h) is above the maximum (12 h)', coded, words),
    ).toEqual({ id: 'employer.schedule.error.minAboveMaxHours', values: { min: 20, max: 12 } });
    // Another field with the same code gets the general words.
    expect(fieldProblem('childcare', 'm', coded, words)).toEqual({
      id: 'participantForm.code.MIN_ABOVE_MAX',
      values: { min: 20, max: 12 },
    });
    // Words of a form are looked up before the known codes: a form may name a code the catalogues do not.
    expect(fieldProblem('x', 'm', { code: 'NEW' }, { 'x/NEW': 'employer.form.error.date' })).toEqual({
      id: 'employer.form.error.date',
      values: {},
    });
    expect(fieldProblem('x', 'the API text', undefined, words)).toBe('the API text');
  });

  it('says a code without the params its words need in its plain words', () => {
    expect(fieldProblem('x', 'm', { code: 'MIN_ABOVE_WINDOWS', params: { min: 20, hours: 12 } })).toEqual({
      id: 'participantForm.code.MIN_ABOVE_WINDOWS',
      values: { min: 20, hours: 12 },
    });
    expect(fieldProblem('x', 'm', { code: 'MIN_ABOVE_WINDOWS', params: { min: 20 } })).toEqual({
      id: 'participantForm.code.MIN_ABOVE_WINDOWS.plain',
      values: { min: 20 },
    });
    expect(fieldProblem('x', 'm', { code: 'MIN_ABOVE_MAX' })).toEqual({
      id: 'participantForm.code.MIN_ABOVE_MAX.plain',
      values: {},
    });
    for (const plain of Object.keys(nl).filter(
      (k) => k.startsWith('participantForm.code.') && k.endsWith('.plain'),
    ))
      expect(nl[plain as keyof typeof nl]).not.toMatch(/\{/);
  });

  it('has Dutch and English words for every code the API names (libs/graphql FieldErrorCode)', () => {
    const source = readFileSync('libs/graphql/src/domain-error.ts', 'utf8');
    const union = /export type FieldErrorCode =([^;]+);/.exec(source)![1];
    const apiCodes = [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
    expect(apiCodes.length).toBeGreaterThan(10);
    expect([...TRANSLATED_CODES].sort()).toEqual(apiCodes.sort());
    for (const code of TRANSLATED_CODES) {
      expect(nl).toHaveProperty([`participantForm.code.${code}`]);
      expect(en).toHaveProperty([`participantForm.code.${code}`]);
    }
  });
});

describe('formProblems: what a form shows of a refused request', () => {
  const refused = (
    fields: Record<string, string>,
    fieldCodes: Record<string, { code: string; params?: Record<string, number> }>,
    code = 'BAD_USER_INPUT',
    reason?: string,
  ) => ({ code, reason, fields, fieldCodes });

  it('says an error that names no field in the general alert only', () => {
    expect(formProblems(refused({}, {}, 'CONFLICT', 'ILLEGAL_TRANSITION'), ['reason'])).toEqual({
      fields: {},
      general: [{ id: 'error.reason.ILLEGAL_TRANSITION' }],
    });
  });

  it('leaves the general alert empty when the fields it shows say it all', () => {
    const found = formProblems(
      refused({ hours: 'too many' }, { hours: { code: 'OUT_OF_RANGE', params: { max: 24 } } }),
      ['date', 'hours'],
    );
    expect(found).toEqual({
      fields: { hours: { id: 'participantForm.code.OUT_OF_RANGE.max', values: { max: 24 } } },
      general: [],
    });
  });

  it('says an error on a field the form does not show in the general alert, by its code, with the field named', () => {
    const found = formProblems(
      refused(
        { participantId: 'Participant was not found', hours: 'too many' },
        { participantId: { code: 'NOT_FOUND' }, hours: { code: 'OUT_OF_RANGE', params: { max: 24 } } },
      ),
      ['date', 'hours'],
    );
    expect(found.fields).toEqual({
      hours: { id: 'participantForm.code.OUT_OF_RANGE.max', values: { max: 24 } },
    });
    expect(found.general).toEqual([
      { id: 'error.BAD_USER_INPUT' },
      { id: 'participantForm.code.NOT_FOUND', values: {}, field: 'apiField.participantId' },
    ]);
    // Not only beside no field: the form's alert has a line for it, the first the request's sentence.
    expect(
      formProblems(refused({ introductionId: 'm' }, { introductionId: { code: 'INVALID_FORMAT' } }), [])
        .general,
    ).toEqual([
      { id: 'error.BAD_USER_INPUT' },
      { id: 'participantForm.code.INVALID_FORMAT', values: {}, field: 'apiField.introductionId' },
    ]);
  });

  it("never puts the API's English text in the general alert, and says a repeated line once", () => {
    const found = formProblems(
      refused(
        { introductionId: 'Introduction abc is unknown', something: 'no code', other: 'x', more: 'y' },
        {
          introductionId: { code: 'A_CODE_FROM_THE_FUTURE' },
          other: { code: 'INVALID' },
          more: { code: 'INVALID' },
        },
      ),
      [],
    );
    // A field without a label in the catalogues is said without one.
    expect(found.general).toEqual([
      { id: 'error.BAD_USER_INPUT' },
      { id: 'participantForm.code.INVALID', values: {} },
    ]);
    expect(JSON.stringify(found)).not.toMatch(/unknown|no code/);
  });

  it("uses the form's own words for a field's code and for the request", () => {
    const found = formProblems(
      refused(
        { organisationId: 'gone' },
        { organisationId: { code: 'NOT_FOUND' } },
        'CONFLICT',
        'LIMIT_REACHED',
      ),
      ['url'],
      {
        words: { 'organisationId/NOT_FOUND': 'admin.error.organisationGone' },
        own: { LIMIT_REACHED: 'employer.webhooks.error.limit' },
      },
    );
    expect(found.general).toEqual([
      { id: 'employer.webhooks.error.limit' },
      { id: 'admin.error.organisationGone', values: {}, field: 'apiField.organisationId' },
    ]);
  });

  it('has Dutch and English words for every field label it names', () => {
    const ids = [
      'entryId',
      'idempotencyKey',
      'introductionId',
      'organisationId',
      'participantId',
      'placementId',
    ];
    const found = formProblems(
      refused(
        Object.fromEntries(ids.map((f) => [f, 'm'])),
        Object.fromEntries(ids.map((f) => [f, { code: 'REQUIRED' }])),
      ),
      [],
    );
    const labels = found.general.flatMap((line) => (line.field ? [line.field] : []));
    expect(labels).toEqual(ids.map((f) => `apiField.${f}`));
    for (const label of labels) {
      expect(nl).toHaveProperty([label]);
      expect(en).toHaveProperty([label]);
    }
  });
});
