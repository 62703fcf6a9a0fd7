import { SignJWT } from 'jose';
import {
  createTestApp,
  insertStandardActors,
  insertUser,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import { UsersService } from '@plekwijzer/api/modules/users/users.service.js';
import { TokenVerifier } from './token-verifier.service.js';

/** Local (HS256) tokens: valid, expired, wrong issuer, audience or secret, unsigned; and who the subject is. */
describe('TokenVerifier', () => {
  let t: TestApp;
  let actors: StandardActors;
  let verifier: TokenVerifier;
  let users: UsersService;

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    verifier = t.app.get(TokenVerifier);
    users = t.app.get(UsersService);
  });
  afterAll(() => t.close());

  const sign = (
    claims: Record<string, unknown>,
    set: (jwt: SignJWT) => SignJWT,
    secret = t.config.JWT_SECRET!,
  ) => set(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' })).sign(new TextEncoder().encode(secret));
  const standard = (jwt: SignJWT, sub = actors.coach.id) =>
    jwt
      .setSubject(sub)
      .setIssuer(t.config.JWT_ISSUER)
      .setAudience(t.config.JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m');

  it('a valid token gives its subject and role', async () => {
    expect(await verifier.verify(await t.tokenFor(actors.coach))).toEqual({
      subject: actors.coach.id,
      role: 'COACH',
    });
  });

  it('a role that is not a string is left out', async () => {
    expect(await verifier.verify(await sign({ role: 7 }, (j) => standard(j)))).toEqual({
      subject: actors.coach.id,
      role: undefined,
    });
  });

  it('an expired token is refused', async () => {
    const expired = await sign({}, (j) =>
      j
        .setSubject(actors.coach.id)
        .setIssuer(t.config.JWT_ISSUER)
        .setAudience(t.config.JWT_AUDIENCE)
        .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 3600),
    );
    expect(await verifier.verify(expired)).toBeUndefined();
  });

  it('a wrong issuer, audience or secret is refused', async () => {
    expect(
      await verifier.verify(await sign({}, (j) => standard(j).setIssuer('https://elders.example'))),
    ).toBeUndefined();
    expect(
      await verifier.verify(await t.tokenFor(actors.coach, { audience: 'another-api' })),
    ).toBeUndefined();
    expect(
      await verifier.verify(
        await t.tokenFor(actors.coach, { secret: 'another-secret-0123456789abcdef0123' }),
      ),
    ).toBeUndefined();
  });

  it('an unsigned token (alg none), a token without subject, or one with a 256-character subject is refused', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({
        sub: actors.admin.id,
        iss: t.config.JWT_ISSUER,
        aud: t.config.JWT_AUDIENCE,
        exp: Math.floor(Date.now() / 1000) + 300,
      }),
    ).toString('base64url');
    expect(await verifier.verify(`${header}.${body}.`)).toBeUndefined();
    expect(
      await verifier.verify(
        await sign({}, (j) =>
          j.setIssuer(t.config.JWT_ISSUER).setAudience(t.config.JWT_AUDIENCE).setExpirationTime('5m'),
        ),
      ),
    ).toBeUndefined();
    expect(await verifier.verify(await sign({}, (j) => standard(j, 'x'.repeat(256))))).toBeUndefined();
    expect(await verifier.verify(await sign({}, (j) => standard(j, 'x'.repeat(255))))).toEqual({
      subject: 'x'.repeat(255),
      role: undefined,
    });
  });

  it('garbage is refused without throwing', async () => {
    expect(await verifier.verify('')).toBeUndefined();
    expect(await verifier.verify('not.a.jwt')).toBeUndefined();
  });

  it('a valid token of a deactivated user verifies, but its subject is no active actor', async () => {
    const gone = await insertUser(t.dataSource, actors.organisations.coaching, 'COACH', false);
    const verified = await verifier.verify(await t.tokenFor(gone));
    expect(verified).toEqual({ subject: gone.id, role: 'COACH' });
    expect(await users.activeActorBySubject(verified!.subject)).toBeNull();
    expect(await users.activeActorBySubject(actors.coach.id)).toMatchObject({ userId: actors.coach.id });
  });
});
