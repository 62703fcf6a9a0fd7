/**
 * npm run bench:web — the web workspace in Chromium (issue 11 §4, docs/PERFORMANCE.md).
 *
 * Starts the built app (`dist/apps/api/src/main.js`, as `npm start` runs it) on a fresh embedded
 * database (PGlite) with the Amersfoort demo and the development sign-in, drives the machine's
 * Chromium (/usr/bin/chromium or CHROME_PATH) headless with playwright-core, and measures, each run
 * in a new browser context (empty cache, no session — a first visit):
 *   1. first load → interactive caseload: from the navigation to /sign-in, through "Inloggen als
 *      Fatima Bouzid", to the caseload table with its rows (all on the page's own clock);
 *   2. opening a client → 20 rendered match cards: from the click on the client in the caseload,
 *      through the client page and its "Passende plekken" tab, to the 20th match card in the DOM —
 *      split into the time before the matches request, the matches request itself (the API
 *      time, as Chromium's network timing sees it), and the render after the API answered;
 *   3. JS shipped for the first route: every script the page loaded up to the caseload (the
 *      shell, the sign-in page and the caseload's chunk), raw and gzip (zlib level 6, what a
 *      compressing proxy sends; the API itself does not compress).
 * Progress goes to stderr; the last line on stdout is one JSON object with p50/p95 of each figure.
 *
 * Environment (all optional):
 *   BENCH_WEB_RUNS      measured runs (default 10, at least 3); one warm-up run comes first
 *   CHROME_PATH         the Chromium to drive (default /usr/bin/chromium)
 *   BENCH_API_ENTRY     the app's entry point (default dist/apps/api/src/main.js of this build)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { percentile, progress, round } from './stats.js';

const env = process.env;
const RUNS = (() => {
  const raw = env.BENCH_WEB_RUNS?.trim();
  const value = raw ? Number(raw) : 10;
  if (!Number.isInteger(value) || value < 3)
    throw new Error(`BENCH_WEB_RUNS must be an integer ≥ 3, got "${raw}"`);
  return value;
})();
const COACH = 'Fatima Bouzid';
const CARDS = 20;
const TARGETS = { firstLoadMs: 1500, renderAfterApiMs: 500, jsFirstRouteGzipKb: 250 };

/** Environment variables the app reads: the child gets only the ones set here. */
const APP_KEYS =
  /^(NODE_ENV|PORT|HOST|DATABASE_URL|MIGRATION_DATABASE_URL|PGLITE_DATA_DIR|DB_|MIGRATIONS_RUN|SEED_DEMO|OIDC_|JWT_|GRAPHQL_IDE|GRAPHIQL_DIR|WEB_DIR|DEV_SIGN_IN|LOG_LEVEL|RATE_LIMIT|PC4_CSV_PATH|TRAVEL_MATRIX_CSV|MEILI_|SEARCH_|WEBHOOK|INSIGHTS_|METRICS_|CORS_)/;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function findChromium(): string {
  const found = [env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (c): c is string => Boolean(c) && existsSync(c!),
  );
  if (!found)
    throw new Error('No Chromium found (install it with apt-get install chromium, or set CHROME_PATH)');
  return found;
}

interface App {
  baseUrl: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The built app on the embedded database with the demo set, as `npm start` runs it. */
async function startApp(dataDir: string): Promise<App> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (!APP_KEYS.test(k)) childEnv[k] = v;
  Object.assign(childEnv, {
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    PGLITE_DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    GRAPHQL_IDE: 'false',
  });
  const main =
    env.BENCH_API_ENTRY?.trim() || fileURLToPath(new URL('../apps/api/src/main.js', import.meta.url));
  const child = spawn(process.execPath, ['--max-semi-space-size=64', main], {
    env: childEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  let exited = false;
  child.on('exit', () => (exited = true));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited) throw new Error(`The app exited during start-up: ${stderr.trim()}`);
    try {
      const res = await fetch(`${baseUrl}/dev/sign-in/users`);
      if (res.ok && ((await res.json()) as unknown[]).length > 0) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The app did not start within 180 s: ${stderr.trim()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    child,
    stop: async () => {
      if (exited) return;
      const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}

/** Of the coach's clients, the one with the most matches (at least 20), found through the API. */
async function clientWithMostMatches(
  baseUrl: string,
): Promise<{ id: string; name: string; matches: number }> {
  const users = (await (await fetch(`${baseUrl}/dev/sign-in/users`)).json()) as Array<{
    id: string;
    displayName: string;
  }>;
  const coach = users.find((u) => u.displayName === COACH);
  if (!coach) throw new Error(`The demo has no ${COACH}`);
  const { token } = (await (
    await fetch(`${baseUrl}/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: coach.id }),
    })
  ).json()) as { token: string };
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const { caseload } = await gql<{
    caseload: { edges: Array<{ node: { id: string; nickname: string | null; clientReference: string } }> };
  }>('{ caseload(first: 100) { edges { node { id nickname clientReference } } } }');
  let best = { id: '', name: '', matches: -1 };
  for (const { node } of caseload.edges) {
    const { matchesForParticipant } = await gql<{ matchesForParticipant: { matches: unknown[] } }>(
      'query($id: ID!) { matchesForParticipant(participantId: $id, options: { maxResults: 25 }) { matches { score } } }',
      { id: node.id },
    );
    const count = matchesForParticipant.matches.length;
    if (count > best.matches)
      best = { id: node.id, name: node.nickname ?? node.clientReference, matches: count };
  }
  if (best.matches < CARDS)
    throw new Error(`No client of ${COACH} has ${CARDS} matches (best: ${best.matches})`);
  return best;
}

interface Run {
  firstLoadMs: number;
  signInPageMs: number;
  caseloadAfterClickMs: number;
  openClientToCardsMs: number;
  beforeMatchesRequestMs: number;
  matchesApiMs: number;
  renderAfterApiMs: number;
  scripts: Array<{ url: string; rawBytes: number; gzipBytes: number }>;
}

/** Now on the page's clock, as epoch milliseconds (comparable with Chromium's request timing). */
const PAGE_NOW = 'performance.timeOrigin + performance.now()';

async function oneRun(browser: Browser, baseUrl: string, client: { name: string }): Promise<Run> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1440, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  context.setDefaultTimeout(30_000);
  const page: Page = await context.newPage();
  const scriptBodies: Array<Promise<{ url: string; rawBytes: number; gzipBytes: number }>> = [];
  let collectScripts = true;
  page.on('response', (response) => {
    if (!collectScripts || response.request().resourceType() !== 'script') return;
    scriptBodies.push(
      response.body().then((body) => ({
        url: new URL(response.url()).pathname,
        rawBytes: body.length,
        gzipBytes: gzipSync(body, { level: 6 }).length,
      })),
    );
  });

  // 1. First load → interactive caseload, on the page's own clock (0 = navigation start).
  await page.goto('/sign-in');
  const signInButton = page.getByRole('button', { name: `Inloggen als ${COACH}` });
  await signInButton.waitFor();
  const signInPageMs = await page.evaluate<number>('performance.now()');
  // The page itself notes the moment the caseload's first row is in the DOM (a MutationObserver,
  // installed through the DevTools protocol: the app's CSP allows no eval in the page).
  await page.evaluate(`(() => {
    window.__bench = {};
    new MutationObserver((_, observer) => {
      if (document.querySelector('main table tbody tr')) {
        window.__bench.caseload = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  })()`);
  const clickedAt = await page.evaluate<number>('performance.now()');
  await signInButton.click();
  await page.locator('main table tbody tr').first().waitFor();
  const firstLoadMs = await page.evaluate<number>('window.__bench.caseload');
  collectScripts = false;
  const scripts = await Promise.all(scriptBodies);

  // 2. Opening a client → 20 match cards. The page records the click and the 20th card itself.
  await page.evaluate(`(() => {
    window.__bench = {};
    document.addEventListener('click', () => { window.__bench.open ??= ${PAGE_NOW}; }, { capture: true });
    new MutationObserver((_, observer) => {
      if (document.querySelectorAll('article.pw-match').length >= ${CARDS}) {
        window.__bench.cards = ${PAGE_NOW};
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  })()`);
  const matchesRequest = new Promise<Request>((resolve) => {
    const onRequest = (request: Request) => {
      if (
        request.url().endsWith('/graphql') &&
        (request.postData() ?? '').includes('matchesForParticipant')
      ) {
        page.off('request', onRequest);
        resolve(request);
      }
    };
    page.on('request', onRequest);
  });
  // The caseload row's "Passende plekken" link: the client's page, opened on its matches tab.
  await page
    .locator('main table tbody tr')
    .filter({ has: page.getByRole('link', { name: client.name, exact: true }) })
    .getByRole('link', { name: 'Passende plekken' })
    .click();
  await page
    .locator('article.pw-match')
    .nth(CARDS - 1)
    .waitFor();
  const request = await matchesRequest;
  await request.response().then((r) => r?.finished());
  const { open, cards } = await page.evaluate<{ open: number; cards: number }>('window.__bench');
  const timing = request.timing();
  const apiStart = timing.startTime;
  const apiEnd = timing.startTime + timing.responseEnd;
  await context.close();
  return {
    firstLoadMs,
    signInPageMs,
    caseloadAfterClickMs: firstLoadMs - clickedAt,
    openClientToCardsMs: cards - open,
    beforeMatchesRequestMs: apiStart - open,
    matchesApiMs: apiEnd - apiStart,
    renderAfterApiMs: cards - apiEnd,
    scripts,
  };
}

const stat = (values: number[]) => ({
  p50: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
});

async function main(): Promise<void> {
  const chromiumPath = findChromium();
  const dataDir = mkdtempSync(join(tmpdir(), 'plekwijzer-bench-web-'));
  let app: App | undefined;
  let browser: Browser | undefined;
  try {
    progress(`starting the app on a fresh embedded database with the demo set (${dataDir})`);
    app = await startApp(join(dataDir, 'pglite'));
    progress(`app at ${app.baseUrl}; finding ${COACH}'s client with the most matches`);
    const client = await clientWithMostMatches(app.baseUrl);
    progress(`client ${client.name}: ${client.matches} matches`);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    const runs: Run[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const run = await oneRun(browser, app.baseUrl, client);
      progress(
        `${i === 0 ? 'warm-up' : `run ${i}/${RUNS}`}: first load ${round(run.firstLoadMs)} ms ` +
          `(sign-in page ${round(run.signInPageMs)} ms, caseload after the click ${round(run.caseloadAfterClickMs)} ms), ` +
          `client → ${CARDS} cards ${round(run.openClientToCardsMs)} ms ` +
          `(API ${round(run.matchesApiMs)} ms, render after it ${round(run.renderAfterApiMs)} ms)`,
      );
      if (i > 0) runs.push(run);
    }
    const last = runs.at(-1)!;
    const kb = (bytes: number) => round(bytes / 1024);
    const jsRaw = last.scripts.reduce((sum, s) => sum + s.rawBytes, 0);
    const jsGzip = last.scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
    for (const s of last.scripts)
      progress(`  first-route script ${s.url}: ${kb(s.rawBytes)} KB, ${kb(s.gzipBytes)} KB gzip`);
    const pick = (key: keyof Omit<Run, 'scripts'>) => stat(runs.map((r) => r[key]));
    const result = {
      bench: 'web',
      runs: RUNS,
      client: { matches: client.matches },
      firstLoadMs: pick('firstLoadMs'),
      signInPageMs: pick('signInPageMs'),
      caseloadAfterClickMs: pick('caseloadAfterClickMs'),
      openClientTo20CardsMs: pick('openClientToCardsMs'),
      beforeMatchesRequestMs: pick('beforeMatchesRequestMs'),
      matchesApiMs: pick('matchesApiMs'),
      renderAfterApiMs: pick('renderAfterApiMs'),
      jsFirstRoute: { files: last.scripts.length, rawKb: kb(jsRaw), gzipKb: kb(jsGzip) },
      targets: TARGETS,
      withinTargets: {
        firstLoad:
          percentile(
            runs.map((r) => r.firstLoadMs),
            50,
          ) <= TARGETS.firstLoadMs,
        renderAfterApi:
          percentile(
            runs.map((r) => r.renderAfterApiMs),
            50,
          ) <= TARGETS.renderAfterApiMs,
        jsFirstRoute: jsGzip / 1024 <= TARGETS.jsFirstRouteGzipKb,
      },
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: round(totalmem() / 2 ** 30),
        freeMemoryGb: round(freemem() / 2 ** 30),
        loadAverage1m: round(loadavg()[0]),
        node: process.version,
        chromium: browser.version(),
      },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await browser?.close();
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
