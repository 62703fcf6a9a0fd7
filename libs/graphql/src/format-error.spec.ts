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
