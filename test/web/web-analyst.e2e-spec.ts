import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  screenshot,
} from './browser.js';

/**
 * Issue 12, the analyst's pages in Chromium on the demo: the bottleneck table with its `by` switch,
 * supply and demand, the pipeline and what one change unlocks, each with the server's SVG chart and
 * the table beside it; small counts shown as "< 5"; at 360 px; a coach gets no access — axe-core on
 * every page. Table captions and chart titles come from the web's catalogue: in Dutch the API's
 * titles, in English no Dutch title anywhere; the chart's axes and legend follow the language.
 */
const chromiumPath = findChromium();
const ANALYST = 'Inge Koopmans';
const COACH = 'Fatima Bouzid';
const EMPLOYER = 'Annelies Dekker';

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

const en = JSON.parse(
  readFileSync(join(process.cwd(), 'apps/web/src/i18n/messages/en.json'), 'utf8'),
) as Record<string, string>;

/** In-app navigation (a reload would end the session, which lives in memory only). */
async function goTo(page: Page, path: string): Promise<void> {
  await page.evaluate(`history.pushState(null, '', '${path}'); dispatchEvent(new PopStateEvent('popstate'))`);
}

/**
 * Waits until an expression is true in the page, asking from here: page.waitForFunction with a
 * string polls by eval inside the page, which the app's CSP (script-src 'self') refuses.
 */
async function until(page: Page, expression: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** WEB_SCREENSHOTS=<dir>: the chart's figure alone, at the size it is drawn. */
async function screenshotChart(page: Page, name: string): Promise<void> {
  const dir = process.env.WEB_SCREENSHOTS;
  if (dir) await page.locator('.pw-analyst-chart').screenshot({ path: `${dir}/${name}.png` });
}

/** The chart's image once loaded: its width as drawn on the page, and its own (natural) width. */
async function chartImageWidths(page: Page): Promise<{ drawn: number; natural: number; viewport: number }> {
  await until(
    page,
    `(() => { const img = document.querySelector('.pw-analyst-chart img'); return !!img && img.complete && img.naturalWidth > 0; })()`,
  );
  return page.evaluate(
    `(() => { const img = document.querySelector('.pw-analyst-chart img');
      return { drawn: img.getBoundingClientRect().width, natural: img.naturalWidth, viewport: document.documentElement.clientWidth }; })()`,
  );
}

/** The SVG the page shows as its chart's image. */
async function chartSvgOf(page: Page): Promise<string> {
  const src = (await page.locator('.pw-analyst-chart img').getAttribute('src')) ?? '';
  return decodeURIComponent(src.replace(/^data:[^,]*,/, ''));
}

/** Waits until the chart's image has these words drawn in it (the chart is read again on a switch of language). */
async function chartDraws(page: Page, words: readonly string[]): Promise<void> {
  await until(
    page,
    `(() => { const svg = decodeURIComponent(document.querySelector('.pw-analyst-chart img')?.getAttribute('src') ?? ''); return ${JSON.stringify(words)}.every((w) => svg.includes(w)); })()`,
  );
}

/** The legend's labels as drawn: a long label's lines (its tspans) joined by a space. */
function legendLabels(svg: string): string[] {
  return [...svg.matchAll(/role-legend-label[^>]*>(.*?)<\/g>/g)].flatMap((m) =>
    [...m[1].matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((t) =>
      t[1].includes('<tspan')
        ? [...t[1].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((l) => l[1]).join(' ')
        : t[1],
    ),
  );
}

/** Axis titles each page's chart draws: in Dutch, and in English. */
const AXES: Record<string, { nl: string[]; en: string[] }> = {
  '/analyst/bottlenecks': {
    nl: ['Leerroute', 'Knelpunt', 'Deelnemers'],
    en: ['Learning route', 'Bottleneck', 'Participants'],
  },
  '/analyst/supply': { nl: ['Maat', 'Aantal'], en: ['Measure', 'Number'] },
  '/analyst/pipeline': {
    nl: ['Kwartaal van voordracht', 'Stand', 'Voordrachten'],
    en: ['Quarter of proposal', 'Status', 'Proposals'],
  },
  '/analyst/unlocks': {
    nl: ['Verandering', 'Leerroute', 'Deelnemers'],
    en: ['Change', 'Learning route', 'Participants'],
  },
};

/** The page's table captions, and its chart's title and alt text. */
async function captionsOf(page: Page): Promise<{ tables: string[]; chart: string; alt: string }> {
  await page.locator('table caption').first().waitFor();
  const tables = (await page.locator('table caption').allTextContents()).map((c) => c.trim());
  const chart =
    (await page.locator('.pw-analyst-chart figcaption .pw-analyst-chart-title').textContent()) ?? '';
  const alt = (await page.locator('.pw-analyst-chart img').getAttribute('alt')) ?? '';
  return { tables, chart, alt };
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
      const table = page.getByRole('table', { name: 'Knelpunten per leerroute', exact: true });
      await table.waitFor();
      await page.getByRole('img', { name: /^Grafiek: Knelpunten per leerroute\./ }).waitFor();
      await page.getByRole('figure', { name: /^Knelpunten per leerroute/ }).waitFor();
      await table.getByRole('rowheader', { name: 'Z-route' }).waitFor();
      await table.getByRole('columnheader', { name: 'Kinderopvang' }).waitFor();
      // The demo is small: some counts are below 5 and show as such, never as 1 to 4.
      const figures = await table.locator('td').allTextContents();
      expect(figures.length).toBeGreaterThan(10);
      expect(figures.some((f) => f === '< 5')).toBe(true);
      for (const f of figures) expect(f).toMatch(/^(0|[5-9]|\d{2,}|< 5|x|–)$/);
      await expectAccessible(page);

      await page.getByLabel('Verdeel naar').selectOption('LANGUAGE_BAND');
      await page.getByRole('table', { name: 'Knelpunten per taalniveau (spreken)', exact: true }).waitFor();
      await page.getByRole('rowheader', { name: 'B1 of hoger' }).waitFor();
      await expectAccessible(page);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('shows supply and demand, the pipeline and what one change unlocks, also at 360 px', async () => {
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, ANALYST, '/analyst/supply');
      await page.getByRole('heading', { level: 1, name: 'Aanbod en vraag' }).waitFor();
      await page.getByRole('table', { name: 'Aanbod en vraag per sector', exact: true }).waitFor();
      await page.getByRole('table', { name: /^Vraag zonder aanbod: / }).waitFor();
      await expectAccessible(page);
      // Nothing wider than the phone but the tables' own scroll areas.
      const overflow = await page.evaluate('document.documentElement.scrollWidth > window.innerWidth');
      expect(overflow).toBe(false);

      for (const [path, heading, table] of [
        ['/analyst/pipeline', 'Voordrachten en uren', /^Voordrachten per kwartaal/],
        ['/analyst/unlocks', 'Wat één verandering oplevert', /^Wat één verandering oplevert/],
      ] as const) {
        await goTo(page, path);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.getByRole('table', { name: table }).waitFor();
        await page.getByRole('img', { name: /^Grafiek:/ }).waitFor();
        await expectAccessible(page);
      }
      await page.getByRole('columnheader', { name: 'Eén taalniveau hoger' }).waitFor();
      // The pipeline's "status: reason" columns: a decline for childcare is not "needs childcare".
      await goTo(page, '/analyst/pipeline');
      await page.getByRole('columnheader', { name: 'Afgewezen: taal', exact: true }).waitFor();
      const pipelineHeads = () =>
        page
          .getByRole('table', { name: /^Voordrachten per kwartaal/ })
          .locator('th[scope="col"]')
          .allInnerTexts();
      const dutchHeads = await pipelineHeads();
      expect(dutchHeads).toEqual(expect.arrayContaining(['Afgewezen: taal', 'Afgewezen: kinderopvang']));
      expect(dutchHeads.filter((head) => head.includes('kinderopvang nodig'))).toEqual([]);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Introductions and hours' }).waitFor();
      await page.getByRole('columnheader', { name: 'Declined: language', exact: true }).waitFor();
      const englishHeads = await page
        .getByRole('table', { name: /^Introductions per quarter/ })
        .locator('th[scope="col"]')
        .allInnerTexts();
      expect(englishHeads).toEqual(expect.arrayContaining(['Declined: language', 'Declined: childcare']));
      expect(englishHeads.filter((head) => /Afgewezen|Voortijdig|Gestart/.test(head))).toEqual([]);
      await page.getByRole('button', { name: 'Nederlands' }).click();
      // The bottlenecks' chart, its long legend labels over lines, fits the phone too.
      await goTo(page, '/analyst/bottlenecks');
      await page.getByRole('img', { name: /^Grafiek: Knelpunten per leerroute\./ }).waitFor();
      await chartDraws(page, ['Genoeg passende', 'plekken (3 of meer)']);
      expect(await page.evaluate('document.documentElement.scrollWidth > window.innerWidth')).toBe(false);
      await screenshot(page, 'analyst-bottlenecks-nl-360');
      expect(problems).toEqual([]);
      await context.close();
    });

    it('draws each chart at its own size on a 360 px phone, in Dutch and English, and wide again on a wide screen', async () => {
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, ANALYST);
      const phoneCharts = async (language: 'nl' | 'en') => {
        for (const path of Object.keys(AXES)) {
          await goTo(page, path);
          await chartDraws(page, AXES[path][language]);
          const { drawn, natural, viewport } = await chartImageWidths(page);
          // Not scaled down to the phone (the wide chart was drawn at 41 % of its ~800 px, its
          // text about 4 px high), nor stretched: the chart itself is as narrow as the phone.
          expect(natural).toBeLessThanOrEqual(330);
          expect(drawn).toBeGreaterThanOrEqual(0.95 * natural);
          expect(drawn).toBeLessThanOrEqual(natural);
          expect(drawn).toBeLessThanOrEqual(viewport);
          expect(await page.evaluate('document.documentElement.scrollWidth > window.innerWidth')).toBe(false);
          // Long labels over lines, none cut short; no code such as KINDEROPVANG_ONDERWIJS for a sector.
          const svg = await chartSvgOf(page);
          expect(svg).not.toContain('…');
          expect(svg).not.toMatch(/>[A-Z0-9]+(_[A-Z0-9]+)+</);
          expect(await page.locator('main table').allInnerTexts()).not.toContainEqual(
            expect.stringMatching(/\b[A-Z0-9]+(_[A-Z0-9]+)+\b/),
          );
          await expectAccessible(page);
          await screenshotChart(page, `analyst-chart${path.replace('/analyst/', '-')}-${language}-360`);
        }
      };
      await phoneCharts('nl');
      await goTo(page, '/analyst/bottlenecks');
      await chartDraws(page, AXES['/analyst/bottlenecks'].nl);
      await screenshot(page, 'analyst-bottlenecks-nl-360-chart');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Where participation stalls' }).waitFor();
      await phoneCharts('en');
      await goTo(page, '/analyst/bottlenecks');
      await chartDraws(page, AXES['/analyst/bottlenecks'].en);
      await screenshot(page, 'analyst-bottlenecks-en-360');

      // The window made wide: the page asks for the wide chart again (~800 px, legend beside it).
      await page.setViewportSize({ width: 1440, height: 900 });
      await until(
        page,
        `(() => { const img = document.querySelector('.pw-analyst-chart img'); return !!img && img.complete && img.naturalWidth > 600; })()`,
      );
      const wide = await chartImageWidths(page);
      expect(wide.drawn).toBe(wide.natural);
      await expectAccessible(page);
      await screenshot(page, 'analyst-bottlenecks-en-1440-resized');
      expect(problems).toEqual([]);
      await context.close();
    });

    it('captions every table and chart from the catalogue: the API’s titles in Dutch, none of them in English', async () => {
      const [user] = await h.t.dataSource.query<Array<{ id: string; role: string }>>(
        `SELECT id, role FROM users WHERE display_name = $1`,
        [ANALYST],
      );
      const token = await h.t.tokenFor(user);
      const res = await h.t.gql<Record<string, { title: string }>>(
        `{ bottlenecks: insightsBottlenecks(by: ROUTE) { title } language: insightsBottlenecks(by: LANGUAGE_BAND) { title }
           supply: insightsSupplyDemand(by: SECTOR) { title } gap: insightsDemandWithoutSupply { title }
           pipeline: insightsPipeline { title } times: insightsPipelineTimes { title } hours: insightsHoursBySource { title }
           participation: insightsRisks(target: PARTICIPATION_800) { title } map: insightsRisks(target: MAP) { title }
           unlocks: insightsUnlocks { title } }`,
        {},
        token,
      );
      expect(res.errors).toBeUndefined();
      const api = Object.fromEntries(Object.entries(res.data!).map(([k, v]) => [k, v.title]));
      const pages = [
        ['/analyst/bottlenecks', ['bottlenecks'], ['analyst.caption.bottlenecks.ROUTE']],
        [
          '/analyst/supply',
          ['supply', 'gap'],
          ['analyst.caption.supply.SECTOR', 'analyst.caption.demandWithoutSupply'],
        ],
        [
          '/analyst/pipeline',
          ['pipeline', 'times', 'hours', 'participation', 'map'],
          [
            'analyst.caption.pipeline',
            'analyst.caption.pipelineTimes',
            'analyst.caption.hoursBySource',
            'analyst.caption.risks.PARTICIPATION_800',
            'analyst.caption.risks.MAP',
          ],
        ],
        ['/analyst/unlocks', ['unlocks'], ['analyst.caption.unlocks']],
      ] as const;

      const { context, page, problems } = await newPage(h);
      await signInAs(page, ANALYST);
      // Dutch: what the page showed before, the API's own titles, and the chart titled above the image.
      let dutchLegend: string[] = [];
      for (const [path, tables] of pages) {
        await goTo(page, path);
        await page.getByRole('table', { name: api[tables[0]], exact: true }).waitFor();
        const shown = await captionsOf(page);
        expect(shown.tables).toEqual(tables.map((t) => api[t]));
        expect(shown.chart).toBe(api[tables[0]]);
        expect(shown.alt).toBe(`Grafiek: ${api[tables[0]]}. De cijfers staan in de tabel eronder.`);
        await expect(page.locator('.pw-analyst-chart figcaption').textContent()).resolves.toMatch(
          /(Alle aantallen getekend\.|\d+ kleine of beschermde aantallen zijn niet getekend \(privacy\)\.)$/,
        );
        await chartDraws(page, AXES[path].nl);
        if (path === '/analyst/bottlenecks') dutchLegend = legendLabels(await chartSvgOf(page));
      }

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'What one change unlocks' }).waitFor();
      const dutch = Object.values(api);
      for (const [path, , ids] of pages) {
        await goTo(page, path);
        await page.getByRole('table', { name: en[ids[0]], exact: true }).waitFor();
        const shown = await captionsOf(page);
        expect(shown.tables).toEqual(ids.map((id) => en[id]));
        expect(shown.chart).toBe(en[ids[0]]);
        expect(shown.alt).toBe(`Chart: ${en[ids[0]]}. The figures are in the table below.`);
        const figcaption = (await page.locator('.pw-analyst-chart figcaption').textContent()) ?? '';
        expect(figcaption).toMatch(
          /(All figures drawn\.|\d+ small or protected figures? (is|are) not drawn \(privacy\)\.)$/,
        );
        // No Dutch title in a caption, the chart's caption or alt, nor drawn inside the chart.
        // The chart's axes and legend in English too, and none of their Dutch words.
        await chartDraws(page, AXES[path].en);
        const svg = await chartSvgOf(page);
        expect(svg.startsWith('<svg')).toBe(true);
        for (const word of AXES[path].nl) expect(svg).not.toContain(word);
        if (path === '/analyst/bottlenecks') {
          // The legend: the bottlenecks in the catalogue's English words, none of the Dutch ones.
          const legend = legendLabels(svg);
          expect(legend.length).toBeGreaterThan(0);
          expect(dutchLegend.length).toBe(legend.length);
          const english = Object.entries(en)
            .filter(([id]) => id.startsWith('analyst.key.'))
            .map(([, words]) => words);
          // Each in full, a long one over lines ("Enough fitting pla…" once).
          for (const label of legend) {
            expect(dutchLegend).not.toContain(label);
            expect(english).toContain(label);
          }
          expect(legend).toContain('Enough fitting places (3 or more)');
          expect(dutchLegend).toContain('Genoeg passende plekken (3 of meer)');
          await screenshot(page, 'analyst-bottlenecks-en-1440');
        }
        for (const text of [...shown.tables, shown.chart, shown.alt, figcaption, svg])
          for (const title of dutch) expect(text).not.toContain(title);
        expect(svg).not.toContain('getekend');
        await expectAccessible(page);
      }
      await page
        .getByRole('table', {
          name: 'What one change unlocks: participants without a fitting place who would get one',
        })
        .waitFor();

      await goTo(page, '/analyst/bottlenecks');
      await page.getByLabel('Split by').selectOption('LANGUAGE_BAND');
      await page
        .getByRole('table', { name: 'Bottlenecks by language level (speaking)', exact: true })
        .waitFor();
      await page.getByRole('img', { name: /^Chart: Bottlenecks by language level \(speaking\)\./ }).waitFor();
      await expect(page.getByText(api.language).count()).resolves.toBe(0);
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

  describe('analyst pages before the first figures exist', () => {
    let h: WebHarness;

    beforeAll(async () => {
      h = await startWebHarness(chromiumPath);
    }, 240_000);
    afterAll(() => h?.close());

    it('says the figures are being calculated (no error), and shows them once they are, without a reload', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, ANALYST);
      await page.getByRole('heading', { level: 1, name: 'Waar participatie vastloopt' }).waitFor();
      const news = page.getByRole('status').filter({ hasText: 'De cijfers worden nog berekend.' });
      await news.waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      await expectAccessible(page);
      await screenshot(page, 'analyst-not-ready-nl-1440');

      await h.t.app.get(InsightsRefresher).refresh(null);
      // The page asks again by itself (every 10 s): the table comes without a reload or a click.
      await page
        .getByRole('table', { name: 'Knelpunten per leerroute', exact: true })
        .waitFor({ timeout: 25_000 });
      expect(await news.count()).toBe(0);
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);
  });
}
