import type { Page } from 'playwright-core';
import {
  findChromium,
  newPage,
  NO_CHROMIUM,
  seriousAxeViolations,
  signInAs,
  startWebHarness,
  type WebHarness,
} from './browser.js';

/**
 * Issue 11 §5, the web workspace in Chromium: sign-in, the coach's caseload, the role boundary, the
 * language switch, a phone-sized screen — with axe-core on every page visited.
 */
const chromiumPath = findChromium();
const COACH = 'Fatima Bouzid';
const EMPLOYER = 'Annelies Dekker';

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

if (!chromiumPath) {
  describe('web workspace in Chromium', () => {
    it(NO_CHROMIUM, () => {
      console.warn(NO_CHROMIUM);
    });
  });
} else {
  describe('web workspace in Chromium', () => {
    let h: WebHarness;

    beforeAll(async () => {
      h = await startWebHarness(chromiumPath);
    }, 240_000);
    afterAll(() => h?.close());

    it('sends a signed-out visitor to sign-in and lists the demo users by role', async () => {
      const { context, page, problems } = await newPage(h);
      await page.goto('/');
      await page.waitForURL(/\/sign-in/);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Inloggen');
      await page.getByRole('heading', { name: 'Klantregisseurs' }).waitFor();
      await expect(page.getByRole('button', { name: `Inloggen als ${COACH}` }).count()).resolves.toBe(1);
      expect(await page.evaluate<string>('document.documentElement.lang')).toBe('nl');
      await expectAccessible(page);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('signs a coach in to the caseload: clients most behind first, searchable', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH);
      expect(new URL(page.url()).pathname).toBe('/coach/clients');
      await page.getByRole('heading', { level: 1, name: /Mijn cliënten \(\d+\)/ }).waitFor();
      const rows = page.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(3);
      // The risk column is in words, worst first.
      const risks = await page.locator('tbody tr td:nth-child(4)').allTextContents();
      const rank = { 'achter op schema': 0, 'loopt risico': 1, 'op schema': 2 } as Record<string, number>;
      const ranks = risks.map((r) => rank[r.trim()]);
      expect(ranks.every((r) => r !== undefined)).toBe(true);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      await expectAccessible(page);

      const first = (await page.locator('tbody tr th a').first().textContent())!;
      await page.getByLabel('Zoek op naam of nummer').fill(first);
      await expect(page.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(1);
      for (const name of await page.locator('tbody tr th a').allTextContents()) expect(name).toContain(first);
      await page.getByLabel('Zoek op naam of nummer').fill('niemand-heet-zo');
      await page.getByText('Geen cliënten gevonden').waitFor();
      expect(problems).toEqual([]);
      await context.close();
    });

    it('switches the whole interface to English and back, with <html lang>', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: /My clients \(\d+\)/ }).waitFor();
      expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en');
      await page.getByRole('link', { name: 'Introductions' }).waitFor();
      await expect(page.title()).resolves.toBe('My clients · Plekwijzer');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Nederlands' }).click();
      await page.getByRole('heading', { level: 1, name: /Mijn cliënten/ }).waitFor();
      expect(await page.evaluate<string>('document.documentElement.lang')).toBe('nl');
      expect(problems).toEqual([]);
      await context.close();
    });

    it('shows another role "Geen toegang" on a coach page, and no client data', async () => {
      const { context, page, problems } = await newPage(h);
      // The employer follows a link to a coach page: sign-in first, then that page.
      await page.goto('/coach/clients');
      await page.waitForURL(/\/sign-in\?next=%2Fcoach%2Fclients/);
      await signInAs(page, EMPLOYER, '/coach/clients');
      expect(new URL(page.url()).pathname).toBe('/coach/clients');
      await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      await expect(page.locator('table').count()).resolves.toBe(0);
      // The coach's navigation is not offered either.
      await expect(page.getByRole('link', { name: 'Mijn cliënten' }).count()).resolves.toBe(0);
      await expectAccessible(page);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('works on a 360 px wide phone screen without sideways scrolling', async () => {
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, COACH);
      await page.getByRole('heading', { level: 1, name: /Mijn cliënten/ }).waitFor();
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - window.innerWidth',
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
