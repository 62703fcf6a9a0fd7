import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { SearchIndexer } from '@plekwijzer/api/modules/search/search-indexer.service.js';
import { createTestApp, type TestApp } from '@plekwijzer/test-support';

/**
 * The browser tests' harness (issue 11 §5): Debian's Chromium driven by playwright-core, against
 * the real Nest app serving the built web app on a real database with the demo data.
 */
const root = process.cwd();

export const NO_CHROMIUM = 'SKIPPED: no Chromium found (install it with apt-get install chromium)';

/** CHROME_PATH, or Debian's chromium; undefined when there is none. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((c): c is string => Boolean(c) && existsSync(c!));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * The web app built from the current sources, once per version of its inputs (sources, Vite
 * config, lock file), into .build-test/web-<hash>. Jest's two workers may both ask: a lock folder
 * makes the second wait for the first's build instead of building alongside it.
 */
export function builtWebApp(): string {
  const hash = createHash('sha256');
  const inputs = [
    'package-lock.json',
    'apps/web/index.html',
    'apps/web/vite.config.ts',
    ...filesUnder(join(root, 'apps/web/src')).map((f) => f.slice(root.length + 1)),
  ].sort();
  for (const file of inputs) hash.update(file).update(readFileSync(join(root, file)));
  const dir = join(root, '.build-test', `web-${hash.digest('hex').slice(0, 16)}`);
  const done = join(dir, 'index.html');
  if (existsSync(done)) return dir;
  mkdirSync(join(root, '.build-test'), { recursive: true });
  const lock = `${dir}.lock`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(done)) return dir;
      // A lock left by a killed run: take it over after two minutes.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 120_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`);
      execFileSync('sleep', ['1']);
    }
  }
  try {
    if (!existsSync(done)) {
      execFileSync(
        process.execPath,
        [
          'node_modules/vite/bin/vite.js',
          'build',
          '--config',
          'apps/web/vite.config.ts',
          '--logLevel',
          'error',
        ],
        { cwd: root, stdio: 'pipe', env: { ...process.env, WEB_OUT_DIR: dir } },
      );
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return dir;
}

export interface WebHarness {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The app (demo data, the built web app) listening on a free port (or `port`), and a headless
 * Chromium. `env` adds settings (e.g. an OIDC issuer).
 */
export async function startWebHarness(
  executablePath: string,
  options: { env?: Record<string, string>; port?: number } = {},
): Promise<WebHarness> {
  const dir = builtWebApp();
  const t = await createTestApp({ seedDemo: true, env: { WEB_DIR: dir, ...options.env } });
  // Tests drive the search indexer themselves: index the demo places once, as the running
  // service would have done by the time a coach searches.
  await t.app.get(SearchIndexer).runOnce();
  await t.app.listen(options.port ?? 0, '127.0.0.1');
  const { port } = (t.app.getHttpServer() as { address(): AddressInfo }).address();
  // playwright-core gives every launch a fresh temporary profile (user-data-dir).
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  return {
    t,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await t.close();
    },
  };
}

/**
 * A new browser context (its own memory: no session carried over) whose page fails the test on any
 * Content-Security-Policy violation or uncaught error, so an inline script or style is caught.
 */
export async function newPage(
  h: WebHarness,
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await h.browser.newContext({
    baseURL: h.baseUrl,
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    locale: options.locale ?? 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  // Well under Jest's test timeout, so a step that waits in vain fails with its own message.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return { context, page, problems };
}

const AXE_SOURCE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/**
 * axe-core in the page (through the DevTools protocol, so the page's CSP is untouched): the serious
 * and critical WCAG 2.1 A/AA violations, described for the failure message.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  // A string, evaluated in the page: this file is compiled without the DOM's types.
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
       .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
         nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
}

/** A TCP port free at this moment on 127.0.0.1 (for a server whose URL must be known before it starts). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Signs in through the sign-in page as the demo user with this display name. */
export async function signInAs(page: Page, displayName: string, next?: string): Promise<void> {
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
  await page.getByRole('button', { name: new RegExp(`(Inloggen als|Sign in as) ${displayName}$`) }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Presses Tab until a button inside `scope` with exactly this text (screen-reader text included) has focus. */
export async function tabToButton(page: Page, scope: Locator, name: string): Promise<void> {
  const focused = scope.locator('button:focus');
  for (let i = 0; i < 300; i++) {
    if ((await focused.count()) === 1 && (await focused.textContent())?.trim() === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the button "${name}"`);
}

/**
 * Proposes a participant for a place through the API, as their coach (consent confirmed), to set
 * up a page; the new introduction's id. Throws with the API's errors when it is refused.
 */
export async function proposeThroughApi(
  h: WebHarness,
  coachToken: string,
  input: { participantId: string; placementId: string; message?: string; supportNeeded?: string[] },
): Promise<string> {
  const proposed = await h.t.gql<{ proposeIntroduction: { introduction: { id: string } } }>(
    `mutation ($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { id } } }`,
    { input: { ...input, consentConfirmed: true } },
    coachToken,
  );
  if (proposed.errors) throw new Error(`proposeIntroduction refused: ${JSON.stringify(proposed.errors)}`);
  return proposed.data!.proposeIntroduction.introduction.id;
}

/**
 * WEB_SCREENSHOTS=<dir>: the whole page as a person sees it, for review. From the top: a full-page
 * capture of a scrolled page would show the fixed skip link mid-page.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.WEB_SCREENSHOTS;
  if (!dir) return;
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}
