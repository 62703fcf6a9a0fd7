import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import nl from '../i18n/messages/nl.json';
import en from '../i18n/messages/en.json';
import { summariseError } from './errors';
import { errorText } from './errorText';

const refused = (code: string, reason?: string) =>
  summariseError({
    graphQLErrors: [
      { message: 'English words for developers', extensions: { code, ...(reason ? { reason } : {}) } },
    ],
  });

describe('errorText', () => {
  it('says a reason that is finer than its code in its own words', () => {
    expect(errorText(refused('CONFLICT', 'LIMIT_REACHED'))).toEqual({ id: 'error.reason.LIMIT_REACHED' });
    expect(errorText(refused('CONFLICT', 'PLACE_INCOMPLETE'))).toEqual({
      id: 'error.reason.PLACE_INCOMPLETE',
    });
    expect(errorText(refused('PLACE_FULL', 'PLACE_FULL'))).toEqual({ id: 'error.reason.PLACE_FULL' });
    expect(errorText(refused('NOT_FOUND', 'INSIGHTS_NOT_READY'))).toEqual({
      id: 'error.reason.INSIGHTS_NOT_READY',
    });
  });

  it("says a reason that only repeats its code, or none, in the code's words", () => {
    expect(errorText(refused('FORBIDDEN', 'FORBIDDEN'))).toEqual({ id: 'error.FORBIDDEN' });
    expect(errorText(refused('NOT_FOUND', 'NOT_FOUND'))).toEqual({ id: 'error.NOT_FOUND' });
    expect(errorText(refused('BAD_USER_INPUT', 'INVALID_INPUT'))).toEqual({ id: 'error.BAD_USER_INPUT' });
    expect(errorText(refused('TOO_MANY_REQUESTS', 'RATE_LIMITED'))).toEqual({
      id: 'error.TOO_MANY_REQUESTS',
    });
    expect(errorText(refused('UNAUTHENTICATED', 'UNAUTHENTICATED'))).toEqual({ id: 'error.UNAUTHENTICATED' });
    expect(errorText(refused('SERVICE_UNAVAILABLE'))).toEqual({ id: 'error.SERVICE_UNAVAILABLE' });
  });

  it("falls back to the code's words for a reason it does not know, and to error.OTHER for a code", () => {
    expect(errorText(refused('CONFLICT', 'A_REASON_FROM_THE_FUTURE'))).toEqual({ id: 'error.CONFLICT' });
    expect(errorText(refused('INTERNAL_SERVER_ERROR'))).toEqual({ id: 'error.OTHER' });
    expect(errorText(refused('GRAPHQL_VALIDATION_FAILED'))).toEqual({ id: 'error.OTHER' });
    // Not the API's: a property every object has must not pass for a code or reason with words.
    expect(errorText(refused('toString', 'constructor'))).toEqual({ id: 'error.OTHER' });
  });

  it('says a failure to reach the API as NETWORK', () => {
    expect(errorText(summariseError({ networkError: new Error('Failed to fetch') }))).toEqual({
      id: 'error.NETWORK',
    });
  });

  it("prefers the screen's own words, for the reason before the code", () => {
    const own = { LIMIT_REACHED: 'employer.webhooks.error.limit', CONFLICT: 'admin.error.userExists' };
    expect(errorText(refused('CONFLICT', 'LIMIT_REACHED'), own)).toEqual({
      id: 'employer.webhooks.error.limit',
    });
    expect(errorText(refused('CONFLICT', 'ILLEGAL_TRANSITION'), own)).toEqual({
      id: 'admin.error.userExists',
    });
    expect(errorText(refused('NOT_FOUND'), own)).toEqual({ id: 'error.NOT_FOUND' });
  });

  it('has words in both catalogues for every code and for every ErrorReason in schema.gql', () => {
    const schema = buildSchema(readFileSync(join(process.cwd(), 'schema.gql'), 'utf8'));
    const reasons = (schema.getType('ErrorReason') as GraphQLEnumType).getValues().map((v) => v.name);
    expect(reasons.length).toBeGreaterThan(15);
    const codes = [
      'BAD_USER_INPUT',
      'CONFLICT',
      'FORBIDDEN',
      'NETWORK',
      'NOT_FOUND',
      'PLACE_FULL',
      'SERVICE_UNAVAILABLE',
      'TOO_MANY_REQUESTS',
      'UNAUTHENTICATED',
      'INTERNAL_SERVER_ERROR',
    ];
    const ids = [
      ...reasons.map((reason) => errorText({ code: 'CONFLICT', reason }).id),
      ...codes.map((code) => errorText({ code }).id),
    ];
    const missing = ids.filter((id) => !(id in nl) || !(id in en));
    expect(missing).toEqual([]);
  });
});
