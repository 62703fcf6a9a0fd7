import { jest } from '@jest/globals';
import { formatGraphqlError } from './format-error.js';

describe('formatGraphqlError', () => {
  it('keeps a domain error with its field list', () => {
    const unexpected = jest.fn();
    const out = formatGraphqlError(
      {
        message: 'input.title: too long',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ path: 'input.title', message: 'too long' }],
          stacktrace: ['at x'],
        },
      },
      unexpected,
    );
    expect(out).toEqual({
      message: 'input.title: too long',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.title', message: 'too long' }] },
    });
    expect(unexpected).not.toHaveBeenCalled();
  });

  it.each([
    ['"2025-02-30" is not a date: write a real calendar day as YYYY-MM-DD', 'INVALID_DATE'],
    ['Expected non-nullable type "Int!" not to be null.', 'REQUIRED'],
    ['Field "route" of required type "LearningRoute!" was not provided.', 'REQUIRED'],
    ['Value "X_ROUTE" does not exist in "LearningRoute" enum.', 'INVALID_CHOICE'],
    ['Int cannot represent non-integer value: 2.5', 'NOT_A_WHOLE_NUMBER'],
    ['Float cannot represent non numeric value: "veel"', 'NOT_A_NUMBER'],
    ['something GraphQL says one day', 'INVALID'],
  ])('gives a refused variable its field path and a stable code: %s', (reason, code) => {
    const out = formatGraphqlError(
      {
        message: `Variable "$input" got invalid value "x" at "input.pipDate"; ${reason}`,
        extensions: { code: 'BAD_USER_INPUT' },
      },
      jest.fn(),
    );
    expect(out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.pipDate', message: reason, code }],
    });
  });

  it('hides an unexpected error behind a generic message and reports it', () => {
    const unexpected = jest.fn();
    const out = formatGraphqlError(
      {
        message: 'duplicate key value violates unique constraint "UQ_users_email"',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['QueryFailedError'] },
      },
      unexpected,
    );
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(out.message).not.toMatch(/constraint|users|QueryFailed/);
    expect(unexpected).toHaveBeenCalledTimes(1);
  });

  it("renames Nest's UNAUTHORIZED to UNAUTHENTICATED", () => {
    const out = formatGraphqlError(
      { message: 'Unauthorized', extensions: { code: 'UNAUTHORIZED' } },
      jest.fn(),
    );
    expect(out.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('formatGraphqlError hardening', () => {
  it('strips suggestions when asked (production)', () => {
    const out = formatGraphqlError(
      {
        message: 'Cannot query field "caseloa" on type "Query". Did you mean "caseload"?',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
      jest.fn(),
      undefined,
      { hideSuggestions: true },
    );
    expect(out.message).toBe('Cannot query field "caseloa" on type "Query".');
  });

  it('answers an outage as SERVICE_UNAVAILABLE, retryable, and reports it as an outage', () => {
    const unexpected = jest.fn();
    const outage = jest.fn();
    const out = formatGraphqlError(
      { message: 'canceling statement due to lock timeout', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      unexpected,
      { code: '55P03' },
      { isOutage: (e) => (e as { code?: string }).code === '55P03', onOutage: outage },
    );
    expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    expect(out.message).not.toMatch(/lock/);
    expect(outage).toHaveBeenCalledTimes(1);
    expect(unexpected).not.toHaveBeenCalled();
  });

  it('treats an unsupported persisted-query version as the client’s error', () => {
    const unexpected = jest.fn();
    const out = formatGraphqlError({ message: 'Unsupported persisted query version' }, unexpected);
    expect(out.extensions?.code).toBe('BAD_REQUEST');
    expect(unexpected).not.toHaveBeenCalled();
  });
});
