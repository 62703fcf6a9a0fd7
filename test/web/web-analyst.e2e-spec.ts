import type { Page } from 'playwright-core';
import { InsightsRefresher } from '@plekwijzer/api/modules/insights/insights-refresh.service.js';
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
 * Issue 12, the analyst's pages in Chromium on the demo: the bottleneck table with its `by` switch,
 * supply and demand, the pipeline and what one change unlocks, each with the server's SVG chart and
 * the table beside it; small counts shown as "< 5"; at 360 px; a coach gets no access — axe-core on
 * every page.
 */
const chromiumPath = findChromium();
const ANALYST = 'Inge Koopmans';
const COACH = 'Fatima Bouzid';
const EMPLOYER = 'Annelies Dekker';

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

if (!chromiumPath) {
  describe('analyst pages in Chromium', () => {
    it(NO_CHROMIUM, () => {
      console.warn(NO_CHROMIUM);
    });
  });
} else {
  describe('analyst pages in Chromium', () => {
    let h: WebHarness;

    beforeAll(async () => {
      h = await startWebHarness(chromiumPath);
      await h.t.app.get(InsightsRefresher).refresh(null);
    }, 240_000);
    afterAll(() => h?.close());

    it('shows the bottlenecks with a chart and a table, switches the split, and hides small counts', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, ANALYST);
      expect(new URL(page.url()).pathname).toBe('/analyst/bottlenecks');
      await page.getByRole('heading', { level: 1, name: 'Waar participatie vastloopt' }).waitFor();
      const table = page.getByRole('table', { name: /^Knelpunten per leerroute/ });
      await table.waitFor();
      await page.getByRole('img', { name: /^Grafiek: Knelpunten per leerroute/ }).waitFor();
      await table.getByRole('rowheader', { name: 'Z-route' }).waitFor();
      await table.getByRole('columnheader', { name: 'Kinderopvang' }).waitFor();
      // The demo is small: some counts are below 5 and show as such, never as 1 to 4.
      const figures = await table.locator('td').allTextContents();
      expect(figures.length).toBeGreaterThan(10);
      expect(figures.some((f) => f === '< 5')).toBe(true);
      for (const f of figures) expect(f).toMatch(/^(0|[5-9]|\d{2,}|< 5|x|–)$/);
      await expectAccessible(page);

      await page.getByLabel('Verdeel naar').selectOption('LANGUAGE_BAND');
      await page.getByRole('table', { name: /^Knelpunten per taalniveau/ }).waitFor();
      await page.getByRole('rowheader', { name: 'B1 of hoger' }).waitFor();
      await expectAccessible(page);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('shows supply and demand, the pipeline and what one change unlocks, also at 360 px', async () => {
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, ANALYST, '/analyst/supply');
      await page.getByRole('heading', { level: 1, name: 'Aanbod en vraag' }).waitFor();
      await page.getByRole('table', { name: /^Aanbod en vraag per sector/ }).waitFor();
      await page.getByRole('table', { name: /^Vraag zonder aanbod/ }).waitFor();
      await expectAccessible(page);
      // Nothing wider than the phone but the tables' own scroll areas.
      const overflow = await page.evaluate('document.documentElement.scrollWidth > window.innerWidth');
      expect(overflow).toBe(false);

      for (const [path, heading, table] of [
        ['/analyst/pipeline', 'Voordrachten en uren', /^Voordrachten per kwartaal/],
        ['/analyst/unlocks', 'Wat één verandering oplevert', /^Wat één verandering oplevert/],
      ] as const) {
        // In-app navigation (a reload would end the session, which lives in memory only).
        await page.evaluate(
          `history.pushState(null, '', '${path}'); dispatchEvent(new PopStateEvent('popstate'))`,
        );
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.getByRole('table', { name: table }).waitFor();
        await page.getByRole('img', { name: /^Grafiek:/ }).waitFor();
        await expectAccessible(page);
      }
      await page.getByRole('columnheader', { name: 'Eén taalniveau hoger' }).waitFor();
      expect(problems).toEqual([]);
      await context.close();
    });

    it('shows an employer its own places\' figures on the places page, small counts as "< 5"', async () => {
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, EMPLOYER);
      await page.getByRole('heading', { level: 1, name: 'Mijn plekken' }).waitFor();
      const first = page.locator('.pw-place-insights').first();
      await first.getByText('Passen nu').waitFor();
      await first.getByText('Meer als de taaleis één niveau lager is').waitFor();
      const values = await page.locator('.pw-place-insights dd').allTextContents();
      expect(values.length).toBeGreaterThanOrEqual(4);
      for (const v of values) expect(v).toMatch(/^(0|[5-9]|\d{2,}|< 5)$/);
      await expectAccessible(page);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('gives a coach no access and no figures, and never loads the analyst pages’ code', async () => {
      const { context, page, problems } = await newPage(h);
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      await signInAs(page, COACH);
      await page.waitForURL(/\/coach\/clients/);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.evaluate(
        `history.pushState(null, '', '/analyst/bottlenecks'); dispatchEvent(new PopStateEvent('popstate'))`,
      );
      await page.getByRole('heading', { level: 1, name: /^(Geen toegang|No access)$/ }).waitFor();
      await expect(page.locator('table').count()).resolves.toBe(0);
      expect(scripts.filter((u) => /AnalystPages/.test(u))).toEqual([]);
      await expect(page.getByRole('link', { name: /^(Knelpunten|Bottlenecks)$/ }).count()).resolves.toBe(0);
      await expectAccessible(page);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
