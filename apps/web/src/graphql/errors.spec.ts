import { fieldOf, isUnauthenticated, summariseError } from './errors';

describe('summariseError', () => {
  it('maps the API field errors to the form fields, the first message per field', () => {
    const summary = summariseError({
      graphQLErrors: [
        {
          message: 'The input is not valid',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'INVALID_INPUT',
            fields: [
              { path: 'input.message', message: 'message must be shorter than or equal to 2000 characters' },
              { path: 'input.supportNeeded.2', message: 'each value in supportNeeded must be shorter' },
              { path: 'input.message', message: 'a second problem with the message' },
            ],
          },
        },
      ],
    });
    expect(summary).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: {
        message: 'message must be shorter than or equal to 2000 characters',
        supportNeeded: 'each value in supportNeeded must be shorter',
      },
      fieldCodes: {},
    });
  });

  it("keeps each field's code and params beside its message, for the first message of the field", () => {
    const summary = summariseError({
      graphQLErrors: [
        {
          message: '2 fields are not valid',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              {
                path: 'input.homePostcode',
                message: 'Postcode 1099 is not in the postcode table',
                code: 'UNKNOWN_POSTCODE',
              },
              { path: 'input.nickname', message: 'too long', code: 'TOO_LONG', params: { max: 40 } },
              { path: 'input.nickname', message: 'second', code: 'CONTROL_CHARACTERS' },
              { path: 'input.pipDate', message: 'an older API without codes' },
            ],
          },
        },
      ],
    });
    expect(summary.fields).toEqual({
      homePostcode: 'Postcode 1099 is not in the postcode table',
      nickname: 'too long',
      pipDate: 'an older API without codes',
    });
    expect(summary.fieldCodes).toEqual({
      homePostcode: { code: 'UNKNOWN_POSTCODE' },
      nickname: { code: 'TOO_LONG', params: { max: 40 } },
    });
  });

  it('keeps code and reason of an error without fields', () => {
    const summary = summariseError({
      graphQLErrors: [
        { message: 'Consent is required', extensions: { code: 'CONFLICT', reason: 'CONSENT_REQUIRED' } },
      ],
    });
    expect(summary).toMatchObject({ code: 'CONFLICT', reason: 'CONSENT_REQUIRED', fields: {} });
  });

  it('ignores malformed field entries', () => {
    const summary = summariseError({
      graphQLErrors: [
        { message: 'x', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 1 }, 'x', null] } },
      ],
    });
    expect(summary.fields).toEqual({});
  });

  it('reports a network failure as NETWORK', () => {
    expect(summariseError({ networkError: new Error('Failed to fetch') })).toEqual({
      code: 'NETWORK',
      fields: {},
      fieldCodes: {},
    });
  });
});

describe('fieldOf', () => {
  it('strips the argument and list indexes', () => {
    expect(fieldOf('input.languageLevels.speaking')).toBe('languageLevels');
    expect(fieldOf('input.supportNeeded.0')).toBe('supportNeeded');
    expect(fieldOf('participantId', 'input')).toBe('participantId');
  });
});

describe('isUnauthenticated', () => {
  it('is true only for an UNAUTHENTICATED error', () => {
    expect(
      isUnauthenticated({ graphQLErrors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }),
    ).toBe(true);
    expect(isUnauthenticated({ graphQLErrors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] })).toBe(
      false,
    );
    expect(isUnauthenticated({ networkError: new Error('offline') })).toBe(false);
  });
});
