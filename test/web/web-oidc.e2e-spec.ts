import type { Page } from 'playwright-core';
import {
  findChromium,
  freePort,
  newPage,
  NO_CHROMIUM,
  seriousAxeViolations,
  startWebHarness,
  type WebHarness,
} from './browser.js';
import { startTestIssuer, type TestIssuer } from './oidc-issuer.js';

/**
 * Issue 11 §2, production sign-in in Chromium against a real OpenID Connect issuer (oidc-provider in
 * this process): authorization code + PKCE through the issuer's login and consent pages, back on the
 * page asked for; silent renewal with the refresh token; a failed renewal back to sign-in with the
 * page kept; sign-out that ends the issuer's session too. The API verifies the issuer's JWT access
 * tokens (its JWKS, audience) and finds the user by externalSubject, as in production.
 */
const chromiumPath = findChromium();
const SUBJECT = 'fatima.bouzid@idp.test';
/** 65 s: the web app renews a minute before expiry, so about 5 s after each sign-in or renewal. */
const ACCESS_TOKEN_TTL = 65;

if (!chromiumPath) {
  describe('OpenID Connect sign-in in Chromium', () => {
    it(NO_CHROMIUM, () => {
      console.warn(NO_CHROMIUM);
    });
  });
} else {
  describe('OpenID Connect sign-in in Chromium', () => {
    let h: WebHarness;
    let idp: TestIssuer;

    beforeAll(async () => {
      const [idpPort, appPort] = [await freePort(), await freePort()];
      const appUrl = `http://127.0.0.1:${appPort}`;
      idp = await startTestIssuer({
        port: idpPort,
        appUrl,
        subject: SUBJECT,
        accessTokenTtl: ACCESS_TOKEN_TTL,
      });
      h = await startWebHarness(chromiumPath, { env: idp.env, port: appPort });
      // The demo coach is this issuer's account: her external subject is its `sub`.
      await h.t.dataSource.query(
        `UPDATE users SET external_subject = $1 WHERE display_name = 'Fatima Bouzid'`,
        [SUBJECT],
      );
    }, 240_000);
    afterAll(async () => {
      await h?.close();
      await idp?.close();
    });

    /**
     * A page whose problems are those of this app's own pages (the issuer's development pages load a
     * web font from the internet, which the test machine does not reach: those requests are cut).
     */
    async function appPage() {
      const { context, page } = await newPage(h);
      await context.route(/fonts\.(googleapis|gstatic)\.com/, (route) => route.abort());
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && m.location().url.startsWith(h.baseUrl)) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      return { context, page, problems };
    }

    /** The issuer's development login (any password) and consent pages. */
    async function signInAtIssuer(page: Page): Promise<void> {
      await page.waitForURL((url) => url.origin === idp.issuer);
      await page.locator('input[name="login"]').fill(SUBJECT);
      await page.locator('input[name="password"]').fill('any password');
      await page.getByRole('button', { name: 'Sign-in' }).click();
      // Consent is asked once per grant; a second sign-in in the same issuer session skips it.
      const consent = page.getByRole('button', { name: 'Continue' });
      await Promise.race([
        consent.waitFor().then(() => consent.click()),
        page.waitForURL((url) => url.origin !== idp.issuer),
      ]);
    }

    it('tells the web app about the issuer, lets the browser reach it, and has no development sign-in', async () => {
      const res = await fetch(`${h.baseUrl}/auth/config`);
      expect(await res.json()).toEqual({
        oidc: { issuer: idp.issuer, clientId: 'plekwijzer-web', scope: 'openid api' },
        devSignIn: false,
      });
      const page = await fetch(`${h.baseUrl}/coach/clients`, { headers: { accept: 'text/html' } });
      const csp = page.headers.get('content-security-policy')!;
      expect(csp).toContain(`connect-src 'self' ${idp.issuer}`);
      expect(csp).not.toContain('unsafe-inline');
      expect((await fetch(`${h.baseUrl}/dev/sign-in/users`)).status).toBe(404);
    });

    it('signs in at the issuer with PKCE and lands on the page asked for; keeps no token in storage', async () => {
      const { context, page, problems } = await appPage();
      await page.goto('/coach/hours');
      await page.waitForURL(/\/sign-in\?next=%2Fcoach%2Fhours/);
      await expect(page.getByRole('button', { name: /Inloggen als/ }).count()).resolves.toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      const [authorize] = await Promise.all([
        page.waitForRequest((r) => r.url().startsWith(`${idp.issuer}/auth`)),
        page.getByRole('button', { name: 'Verder naar inloggen' }).click(),
      ]);
      const params = new URL(authorize.url()).searchParams;
      expect(params.get('code_challenge_method')).toBe('S256');
      expect(params.get('client_id')).toBe('plekwijzer-web');
      await signInAtIssuer(page);
      await page.waitForURL((url) => url.pathname === '/coach/hours');
      await page.getByRole('heading', { level: 1, name: 'Uren goedkeuren' }).waitFor();
      await page.getByText('Fatima Bouzid').first().waitFor();
      // Nothing of the session in web storage: the PKCE round trip's state is gone after the callback.
      const stored = await page.evaluate<string>(
        'JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } })',
      );
      expect(stored).not.toMatch(/eyJ|access_token|refresh_token/);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('after a reload of a signed-in tab, goes back through the issuer by itself to the same page', async () => {
      const { context, page, problems } = await appPage();
      await page.goto('/coach/hours');
      await page.getByRole('button', { name: 'Verder naar inloggen' }).click();
      await signInAtIssuer(page);
      await page.getByRole('heading', { level: 1, name: 'Uren goedkeuren' }).waitFor();
      // The tokens lived in memory: a reload signs in again at the issuer (which still knows the
      // user), with no click, and opens the same page.
      const visited: string[] = [];
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) visited.push(new URL(frame.url()).pathname);
      });
      await page.reload();
      await page.waitForURL((url) => url.origin === h.baseUrl && url.pathname === '/coach/hours', {
        timeout: 20_000,
      });
      await page.getByRole('heading', { level: 1, name: 'Uren goedkeuren' }).waitFor();
      expect(visited).toContain('/sign-in/callback');
      const stored = await page.evaluate<string>('JSON.stringify({ ...sessionStorage })');
      expect(stored).not.toMatch(/eyJ|access_token|refresh_token/);
      // Signed out, the sign-in page waits for the user again.
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.waitForURL((url) => url.origin === idp.issuer);
      await page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await page.waitForURL((url) => url.origin === h.baseUrl && url.pathname === '/sign-in');
      await page.reload();
      await page.getByRole('button', { name: 'Verder naar inloggen' }).waitFor();
      await page.waitForTimeout(1000);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);

    it('renews the token in the background and keeps working with the new one', async () => {
      const { context, page, problems } = await appPage();
      // Every access token the issuer hands this page, in order: the code's, then each renewal's.
      const issued: string[] = [];
      page.on('response', (r) => {
        if (r.url() === `${idp.issuer}/token` && r.status() === 200)
          void r.json().then((body: { access_token: string }) => issued.push(body.access_token));
      });
      await page.goto('/coach/clients');
      await page.getByRole('button', { name: 'Verder naar inloggen' }).click();
      await signInAtIssuer(page);
      await page.getByRole('heading', { level: 1, name: /Mijn cliënten \(\d+\)/ }).waitFor();
      const before = idp.refreshes;
      const renewal = await page.waitForResponse(
        (r) => r.url() === `${idp.issuer}/token` && r.request().method() === 'POST' && issued.length > 0,
        { timeout: 20_000 },
      );
      expect(renewal.status()).toBe(200);
      await renewal.finished();
      expect(idp.refreshes).toBeGreaterThan(before);
      // The next page's data goes with a renewed token, not the first one; same session, no sign-in.
      const [graphql] = await Promise.all([
        page.waitForRequest((r) => r.url().endsWith('/graphql')),
        page.getByRole('link', { name: 'Voorstellen' }).click(),
      ]);
      const sent = (await graphql.allHeaders()).authorization?.replace('Bearer ', '');
      expect(issued.length).toBeGreaterThan(1);
      expect(sent).not.toBe(issued[0]);
      expect(issued.slice(1)).toContain(sent);
      await page.waitForURL((url) => url.pathname === '/coach/introductions');
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);

    it('sends the user back to sign-in with their page kept when renewing fails', async () => {
      const { context, page } = await appPage();
      await page.goto('/coach/introductions');
      await page.getByRole('button', { name: 'Verder naar inloggen' }).click();
      await signInAtIssuer(page);
      await page.waitForURL((url) => url.pathname === '/coach/introductions');
      idp.refuseRefresh = true;
      try {
        await page.waitForURL(/\/sign-in\?next=%2Fcoach%2Fintroductions/, { timeout: 30_000 });
        await page.getByText('Je sessie is verlopen', { exact: false }).waitFor();
      } finally {
        idp.refuseRefresh = false;
      }
      // Signing in again (the issuer still knows the user: no login form) returns to that page.
      await page.getByRole('button', { name: 'Verder naar inloggen' }).click();
      await page.waitForURL((url) => url.pathname === '/coach/introductions', { timeout: 15_000 });
      await context.close();
    }, 60_000);

    it('signs out at the issuer too: the next sign-in asks for the login again', async () => {
      const { context, page, problems } = await appPage();
      await page.goto('/coach/clients');
      await page.getByRole('button', { name: 'Verder naar inloggen' }).click();
      await signInAtIssuer(page);
      await page.getByRole('heading', { level: 1, name: /Mijn cliënten/ }).waitFor();
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.waitForURL((url) => url.origin === idp.issuer);
      await page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await page.waitForURL((url) => url.origin === h.baseUrl && url.pathname === '/sign-in');
      await page.getByRole('button', { name: 'Verder naar inloggen' }).click();
      await page.waitForURL((url) => url.origin === idp.issuer);
      await page.locator('input[name="login"]').waitFor();
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);
  });
}
