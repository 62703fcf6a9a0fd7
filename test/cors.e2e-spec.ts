import request from 'supertest';
import { createTestApp, type TestApp } from '@plekwijzer/test-support';

const ALLOWED = 'https://werkplein.example.nl';
const FOREIGN = 'https://evil.example.com';
const ME = JSON.stringify({ query: '{ __typename }' });

const post = (t: TestApp, origin: string) =>
  request(t.http).post('/graphql').set('content-type', 'application/json').set('origin', origin).send(ME);
const preflight = (t: TestApp, origin: string) =>
  request(t.http)
    .options('/graphql')
    .set('origin', origin)
    .set('access-control-request-method', 'POST')
    .set('access-control-request-headers', 'authorization,content-type');

describe('CORS', () => {
  describe('by default (the web app is same-origin)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('allows no other origin, on a request or a preflight', async () => {
      const res = await post(t, ALLOWED);
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const pre = await preflight(t, ALLOWED);
      expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('with an allow-list', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ env: { CORS_ORIGINS: `${ALLOWED},http://localhost:5173` } });
    });
    afterAll(() => t.close());

    it('answers an allowed origin with Access-Control-Allow-Origin for that origin', async () => {
      const res = await post(t, ALLOWED);
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(res.headers['vary']).toMatch(/origin/i);
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    });

    it('passes an allowed preflight with the methods and headers a GraphQL client sends', async () => {
      const res = await preflight(t, 'http://localhost:5173');
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe('http://localhost:5173');
      expect(res.headers['access-control-allow-methods']).toBe('GET,POST');
      expect(res.headers['access-control-allow-headers']).toMatch(/authorization/);
    });

    it('gives a foreign origin no Access-Control-Allow-Origin, on a request or a preflight', async () => {
      const res = await post(t, FOREIGN);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const pre = await preflight(t, FOREIGN);
      expect(pre.headers['access-control-allow-origin']).toBeUndefined();
      // An origin that merely starts like an allowed one is foreign too.
      const lookalike = await post(t, `${ALLOWED}.evil.example.com`);
      expect(lookalike.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});
