import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import request from 'supertest';
import { createTestApp, type TestApp } from '@plekwijzer/test-support';

/**
 * Issue 9 §2: the development GraphQL IDE is GraphiQL from the installed package, bundled at build
 * time and served by the API from its own origin (no CDN: it works offline); the standard
 * introspection query passes the limits; production has neither the IDE nor introspection.
 */
const root = process.cwd();

/**
 * Jest does not run `npm run build`: the bundle is built here, once per version of its inputs
 * (lock file, entry, build script), into .build-test/ (ignored by git, prettier and eslint).
 */
function builtGraphiql(): string {
  const hash = createHash('sha256');
  for (const file of [
    'package-lock.json',
    'tools/build-graphiql.mjs',
    ...readdirSync(join(root, 'apps/graphiql/src')).map((f) => `apps/graphiql/src/${f}`),
  ])
    hash.update(file).update(readFileSync(join(root, file)));
  const dir = join(root, '.build-test', `graphiql-${hash.digest('hex').slice(0, 16)}`);
  if (!existsSync(join(dir, 'BUILT'))) {
    execFileSync(process.execPath, ['tools/build-graphiql.mjs', dir], { cwd: root, stdio: 'pipe' });
  }
  return dir;
}

/** Every script, style sheet and icon the page loads, by the attribute that names it. */
function pageResources(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
}

describe('GraphiQL in development', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = builtGraphiql();
    t = await createTestApp({ env: { GRAPHQL_IDE: 'true', GRAPHIQL_DIR: dir } });
  }, 120_000);
  afterAll(() => t.close());

  it('answers a browser at /graphql with the page, whose script comes from this origin', async () => {
    const res = await request(t.http)
      .get('/graphql')
      .set('accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<script type="module" src="/graphiql/main.js"></script>');
    const resources = pageResources(res.text);
    expect(resources).toEqual(expect.arrayContaining(['/graphiql/main.js', '/graphiql/main.css']));
    // Same origin (or an empty data: icon): nothing from another host.
    for (const url of resources) expect(url).toMatch(/^(\/graphiql\/[\w.-]+|data:,)$/);
    // No inline script: the CSP would refuse it.
    expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('sends a CSP whose scripts are this origin only: no CDN, no inline script', async () => {
    const res = await request(t.http).get('/graphql').set('accept', 'text/html');
    const csp = String(res.headers['content-security-policy']);
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/https?:|unpkg|jsdelivr|esm\.sh|\*/);
  });

  it('serves the bundle: the script, its styles and the editor workers', async () => {
    const js = await request(t.http).get('/graphiql/main.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.text.length).toBeGreaterThan(100_000);
    // The bundle asks for nothing from another host at run time except what the page sets.
    expect(js.text).not.toMatch(/unpkg\.com|cdn\.jsdelivr|esm\.sh/);
    const css = await request(t.http).get('/graphiql/main.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    for (const worker of ['editor.worker.js', 'json.worker.js', 'graphql.worker.js']) {
      const res = await request(t.http).get(`/graphiql/${worker}`);
      expect([worker, res.status]).toEqual([worker, 200]);
    }
    // Only the built files: nothing else of the disk is reachable.
    expect((await request(t.http).get('/graphiql/BUILT')).status).toBe(404);
    expect((await request(t.http).get('/graphiql/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await request(t.http).get('/graphiql/../package.json')).status).toBe(404);
  });

  it('answers the standard introspection query (GraphiQL’s), past the depth and cost limits', async () => {
    const res = await t.gql(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    const schema = (res.data as { __schema: { queryType: { name: string }; types: { name: string }[] } })
      .__schema;
    expect(schema.queryType.name).toBe('Query');
    expect(schema.types.map((type) => type.name)).toContain('Participant');
  });

  it('leaves GraphQL over GET and POST to the API', async () => {
    const get = await request(t.http)
      .get('/graphql')
      .query({ query: '{ __typename }' })
      .set('accept', 'application/json')
      .set('apollo-require-preflight', 'true');
    expect(get.status).toBe(200);
    expect(get.body).toEqual({ data: { __typename: 'Query' } });
    expect((await t.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});

describe('GraphiQL and introspection in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: {
        NODE_ENV: 'production',
        // Asked for, and still off: production never serves the IDE.
        GRAPHQL_IDE: 'true',
        GRAPHIQL_DIR: builtGraphiql(),
        JWT_SECRET: '',
        OIDC_ISSUER: 'https://id.example.test',
        OIDC_JWKS_URL: 'https://id.example.test/jwks',
        OIDC_AUDIENCE: 'plekwijzer',
        WEBHOOK_SECRET_KEY: 'a-production-like-key-of-at-least-32-chars',
      },
    });
  }, 120_000);
  afterAll(() => t.close());

  it('serves no IDE page and no bundle', async () => {
    const page = await request(t.http).get('/graphql').set('accept', 'text/html');
    expect(page.headers['content-type'] ?? '').not.toMatch(/^text\/html/);
    expect(page.text).not.toContain('<script');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect((await request(t.http).get('/graphiql/main.js')).status).toBe(404);
  });

  it('refuses the standard introspection query', async () => {
    const res = await t.gql(getIntrospectionQuery());
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
