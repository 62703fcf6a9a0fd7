import { safeReturnPath, tokenExpiresAt } from './token';

const b64url = (value: object) =>
  Buffer.from(JSON.stringify(value))
    .toString('base64')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('tokenExpiresAt', () => {
  it('reads the expiry of a JWT in milliseconds', () => {
    expect(
      tokenExpiresAt(`${b64url({ alg: 'HS256' })}.${b64url({ sub: 'u', exp: 1_800_000_000 })}.sig`),
    ).toBe(1_800_000_000_000);
  });

  it('gives undefined for a token without expiry or one that cannot be read', () => {
    expect(tokenExpiresAt(`${b64url({})}.${b64url({ sub: 'u' })}.sig`)).toBeUndefined();
    expect(tokenExpiresAt('not-a-token')).toBeUndefined();
    expect(tokenExpiresAt('a.%%%.c')).toBeUndefined();
  });
});

describe('safeReturnPath', () => {
  it('keeps a path of this app, with its query', () => {
    expect(safeReturnPath('/coach/clients/7?tab=matches')).toBe('/coach/clients/7?tab=matches');
  });

  it.each([null, '', 'https://evil.example', '//evil.example/x', '/\\evil.example', '/sign-in?next=/x'])(
    'returns to the start page for %p',
    (next) => {
      expect(safeReturnPath(next)).toBe('/');
    },
  );
});
