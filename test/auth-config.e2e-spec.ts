import request from 'supertest';
import { createTestApp, type TestApp } from '@plekwijzer/test-support';

/** GET /auth/config: how the web app signs people in here, read at run time (issue 11 §2). */
describe('the web app’s sign-in settings (GET /auth/config)', () => {
  describe('with development tokens', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('offers the development sign-in and no issuer; the API’s strict CSP, no caching of old settings', async () => {
      const res = await request(t.http).get('/auth/config').expect(200);
      expect(res.body).toEqual({ oidc: null, devSignIn: true });
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
      expect(res.headers['cache-control']).toBe('no-cache');
    });
  });

  describe('with an OpenID Connect issuer', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({
        env: {
          JWT_SECRET: '',
          OIDC_ISSUER: 'https://id.example.test/realms/amersfoort',
          OIDC_JWKS_URL: 'https://id.example.test/realms/amersfoort/certs',
          OIDC_AUDIENCE: 'plekwijzer',
          OIDC_CLIENT_ID: 'plekwijzer-web',
        },
      });
    });
    afterAll(() => t.close());

    it('names the issuer, the client and the scopes, needs no token, and has no development sign-in', async () => {
      const res = await request(t.http).get('/auth/config').expect(200);
      expect(res.body).toEqual({
        oidc: {
          issuer: 'https://id.example.test/realms/amersfoort',
          clientId: 'plekwijzer-web',
          scope: 'openid profile',
        },
        devSignIn: false,
      });
      await request(t.http).get('/dev/sign-in/users').expect(404);
    });

    it('lets the web app’s pages connect to the issuer’s origin, and nowhere else new', async () => {
      const res = await request(t.http).get('/coach/clients').set('accept', 'text/html');
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("connect-src 'self' https://id.example.test;");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
    });
  });
});
