import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp, type TestApp } from '@plekwijzer/test-support';
import { builtWebApp } from './browser.js';

/**
 * Issue 11 §1: the API serves the built web app at `/` on its own origin — client routes fall back
 * to index.html, hashed assets are cached for good, index.html never, a CSP without inline script
 * or style — and the API's own paths are untouched. The development sign-in exists only with
 * locally signed tokens outside production.
 */
function cspOf(res: request.Response): Map<string, string[]> {
  return new Map(
    String(res.headers['content-security-policy'])
      .split(';')
      .map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
  );
}

describe('the web app served by the API (development)', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = builtWebApp();
    t = await createTestApp({ seedDemo: true, env: { WEB_DIR: dir } });
  }, 180_000);
  afterAll(() => t.close());

  it('answers / with index.html: no-cache, and a CSP of this origin only without unsafe-inline', async () => {
    const res = await request(t.http).get('/').set('accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toContain('<div id="root"></div>');
    expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const csp = cspOf(res);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(String(res.headers['content-security-policy'])).not.toMatch(
      /unsafe-inline|unsafe-eval|https?:|\*/,
    );
  });

  it('falls back to index.html for a client route, but not for a missing file', async () => {
    const page = await request(t.http).get('/coach/clients/123/matches').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root"></div>');
    expect((await request(t.http).get('/assets/missing-1234.js')).status).toBe(404);
    expect((await request(t.http).get('/coach/clients').set('accept', 'application/json')).status).toBe(404);
  });

  it('caches the hashed assets for good', async () => {
    const assets = readdirSync(join(dir, 'assets'));
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    for (const asset of assets) {
      const res = await request(t.http).get(`/assets/${asset}`);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('leaves /graphql, /health and /metrics to the API', async () => {
    const gql = await request(t.http)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ __typename }' });
    expect(gql.body).toEqual({ data: { __typename: 'Query' } });
    const health = await request(t.http).get('/health/live').set('accept', 'text/html');
    expect(health.headers['content-type']).toMatch(/^application\/json/);
    expect(cspOf(health).get('default-src')).toEqual(["'none'"]);
    const metrics = await request(t.http).get('/metrics').set('accept', 'text/html');
    expect(metrics.headers['content-type']).not.toMatch(/^text\/html/);
  });

  it('lists the demo users for the sign-in page and signs one in with a working token', async () => {
    const users = await request(t.http).get('/dev/sign-in/users');
    expect(users.status).toBe(200);
    const list = users.body as Array<{ id: string; role: string; displayName: string }>;
    expect(new Set(list.map((u) => u.role))).toEqual(
      new Set(['ADMIN', 'ANALYST', 'COACH', 'EMPLOYER', 'PARTNER']),
    );
    for (const u of list) expect(Object.keys(u).sort()).toEqual(['displayName', 'id', 'role']);
    const coach = list.find((u) => u.role === 'COACH')!;
    const signIn = await request(t.http).post('/dev/sign-in').send({ userId: coach.id });
    expect(signIn.status).toBe(200);
    const me = await t.gql<{ me: { id: string; role: string } }>('{ me { id role } }', {}, signIn.body.token);
    expect(me.data?.me).toEqual({ id: coach.id, role: 'COACH' });
  });

  it('signs in no one but a demo user', async () => {
    const [other]: Array<{ id: string }> = await t.dataSource.query(
      `INSERT INTO users (email, display_name, role, organisation_id)
       SELECT 'someone@example.test', 'Someone', 'COACH', organisation_id FROM users LIMIT 1 RETURNING id`,
    );
    expect((await request(t.http).post('/dev/sign-in').send({ userId: other.id })).status).toBe(404);
    expect((await request(t.http).post('/dev/sign-in').send({ userId: 'nope' })).status).toBe(404);
    expect((await request(t.http).post('/dev/sign-in').send('garbage')).status).toBe(404);
  });
});

describe('the development sign-in in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: '',
        OIDC_ISSUER: 'https://id.example.test',
        OIDC_JWKS_URL: 'https://id.example.test/jwks',
        OIDC_AUDIENCE: 'plekwijzer',
        WEBHOOK_SECRET_KEY: 'a-production-like-key-of-at-least-32-chars',
      },
    });
  }, 180_000);
  afterAll(() => t.close());

  it('does not exist: no user list, no token', async () => {
    expect(t.config.devSignInEnabled).toBe(false);
    const users = await request(t.http).get('/dev/sign-in/users');
    expect(users.status).toBe(404);
    expect(JSON.stringify(users.body)).not.toMatch(/COACH|displayName/);
    // Any id: with no demo list to look in, there is nothing to sign in as.
    const signIn = await request(t.http)
      .post('/dev/sign-in')
      .send({ userId: '52254b1c-499f-46bb-a35f-804f17438264' });
    expect(signIn.status).toBe(404);
    expect(signIn.body.token).toBeUndefined();
  });
});

describe('the development sign-in switched off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { DEV_SIGN_IN: 'false' } });
  }, 120_000);
  afterAll(() => t.close());

  it('answers 404', async () => {
    expect((await request(t.http).get('/dev/sign-in/users')).status).toBe(404);
  });
});
