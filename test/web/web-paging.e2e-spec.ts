import type { Page } from 'playwright-core';
import { copyRows } from '@plekwijzer/test-support';
import {
  findChromium,
  newPage,
  NO_CHROMIUM,
  seriousAxeViolations,
  signInAs,
  startWebHarness,
  tabToButton,
  type WebHarness,
  screenshot,
} from './browser.js';

/**
 * Lists longer than one page of the API (100 rows): the admin's organisations show the first 100,
 * say how many of how many, and load the rest with "Meer laden" by keyboard, the focus on the first
 * new row; a new organisation reloads the pages loaded, not only the first; an organisation beyond
 * the first page opens its users; the same for a coach's caseload and introductions board and an
 * employer's places, proposals (an answer on the second page keeps the list whole) and webhooks;
 * a client's Voorstellen tab asks for that client's introductions alone, so an older one shows
 * without "Meer laden", which appears only when the client has more than a page. A coach's caseload
 * is searched and filtered by the API, so a client beyond the first 100 is found by typing; route
 * and progress stay in the address through a reload and Back, the search text (personal data)
 * through Back but never in the address. At 1440 and 360 px, axe-core clean.
 */
const chromiumPath = findChromium();
const ADMIN = 'Joost Verhagen';
const COACH = 'Fatima Bouzid';
const EMPLOYER = 'Annelies Dekker';
const EXTRA = 105;
const shots = process.env.WEB_SCREENSHOTS;

/** A row's name as a pattern, whatever characters the demo data's names hold. */
const named = (name: string) => new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** The visible part of the page around the focus (a full page of 205 rows is too tall to look at). */
async function screenshotAtFocus(page: Page, name: string): Promise<void> {
  if (!shots) return;
  await page.evaluate(`document.activeElement.scrollIntoView({ block: 'center' })`);
  await page.screenshot({ path: `${shots}/${name}.png` });
}

if (!chromiumPath) {
  describe('lists longer than a page in Chromium', () => {
    it(NO_CHROMIUM, () => {
      console.warn(NO_CHROMIUM);
    });
  });
} else {
  describe('lists longer than a page in Chromium', () => {
    let h: WebHarness;
    /** Every organisation's name, in the order the API gives them (by name). */
    let names: string[];

    beforeAll(async () => {
      h = await startWebHarness(chromiumPath);
      // A municipality's worth of organisations, in one statement.
      await h.t.dataSource.query(
        `INSERT INTO organisations (kind, name, street, postcode, pc4, city, contact_name, contact_email)
         SELECT 'PARTNER', 'Buurthuis ' || lpad(n::text, 3, '0'), 'Hof ' || n, '3811 CJ', '3811',
                'Amersfoort', 'Contact ' || n, 'buurthuis' || n || '@example.nl'
         FROM generate_series(1, ${EXTRA}) AS n`,
      );
      names = (
        await h.t.dataSource.query<Array<{ name: string }>>(
          `SELECT name FROM organisations ORDER BY name, id`,
        )
      ).map((r) => r.name);
    }, 240_000);
    afterAll(() => h?.close());

    const rows = (page: Page) => page.locator('table tbody tr');
    const status = (page: Page) => page.locator('.pw-load-more [role="status"]');
    const cardIds = (page: Page) =>
      page.evaluate<string[]>("Array.from(document.querySelectorAll('article.pw-card h3'), (h) => h.id)");
    const focusedText = (page: Page) => page.evaluate<string>('document.activeElement.textContent.trim()');

    it('shows 100 organisations of more, loads the rest by keyboard, focus on the first new one (1440 px)', async () => {
      expect(names.length).toBeGreaterThan(EXTRA);
      const total = names.length;
      const { context, page, problems } = await newPage(h);
      await signInAs(page, ADMIN);
      await page.getByRole('heading', { level: 2, name: `Alle organisaties (${total})` }).waitFor();
      await page.getByRole('row', { name: named(names[0]) }).waitFor();
      expect(await rows(page).count()).toBe(100);
      expect(await status(page).textContent()).toBe(`100 van ${total} getoond`);
      expect(await page.getByRole('row', { name: named(names[100]) }).count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'paging-organisations-first-1440');

      // By keyboard: Tab to the button, Enter.
      await tabToButton(page, page.locator('.pw-load-more'), 'Meer laden');
      await screenshotAtFocus(page, 'paging-organisations-button-1440');
      await page.keyboard.press('Enter');
      await status(page).getByText(`${total} van ${total} getoond`).waitFor();
      expect(await rows(page).count()).toBe(total);
      await page.getByRole('row', { name: named(names[100]) }).waitFor({ state: 'visible' });
      await page.getByRole('row', { name: named(names.at(-1)!) }).waitFor({ state: 'visible' });
      // No next page: no button; the focus is on the 101st organisation, where the new rows begin.
      expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);
      expect(await focusedText(page)).toBe(names[100]);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotAtFocus(page, 'paging-organisations-more-1440');

      // Tab goes on from the first new row: its link is next.
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe(names[100]);
      expect(await page.evaluate<string>('document.activeElement.tagName')).toBe('A');

      // A new organisation reloads every page loaded: all rows stay, the new one among them.
      await page.getByLabel('Soort organisatie').selectOption('PARTNER');
      await page.getByLabel('Naam', { exact: true }).fill('Zwembad De Zeeuw');
      await page.getByLabel('Straat en huisnummer').fill('Hof 1');
      await page.getByLabel('Postcode', { exact: true }).fill('3811 CJ');
      await page.getByLabel('Plaats').fill('Amersfoort');
      await page.getByLabel('Contactpersoon', { exact: true }).fill('Els de Boer');
      await page.getByLabel('E-mailadres contactpersoon').fill('els@zwembad.nl');
      await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
      await page.getByRole('status').getByText('Zwembad De Zeeuw is toegevoegd.').waitFor();
      await status(page)
        .getByText(`${total + 1} van ${total + 1} getoond`)
        .waitFor();
      expect(await rows(page).count()).toBe(total + 1);
      await page.getByRole('row', { name: /Zwembad De Zeeuw/ }).waitFor();
      await page.getByRole('row', { name: named(names[100]) }).waitFor();

      // An organisation beyond the first page (one without users yet) opens with its users.
      const beyond = 'Buurthuis 105';
      expect(names.indexOf(beyond)).toBeGreaterThanOrEqual(100);
      await page.getByRole('link', { name: beyond, exact: true }).click();
      await page.getByRole('heading', { level: 2, name: `Gebruikers van ${beyond} (0)` }).waitFor();
      expect(await page.getByLabel('Organisatie', { exact: true }).inputValue()).not.toBe('');
      expect(problems).toEqual([]);
      await context.close();
    });

    it("deactivates a user beyond the first page of an organisation's users: the pages loaded are reloaded, the row says so", async () => {
      const [org] = await h.t.dataSource.query<Array<{ id: string }>>(
        `SELECT id FROM organisations WHERE name = 'Buurthuis 001'`,
      );
      await h.t.dataSource.query(
        `INSERT INTO users (organisation_id, role, display_name, email)
         SELECT $1, 'PARTNER', 'Vrijwilliger ' || lpad(n::text, 3, '0'), 'vrijwilliger' || n || '@example.nl'
         FROM generate_series(1, ${EXTRA}) AS n`,
        [org.id],
      );
      // The users' count, not the organisation picker's above it.
      const usersStatus = (page: Page) =>
        page.locator('section[aria-labelledby="users-list"] .pw-load-more [role="status"]');
      const { context, page, problems } = await newPage(h);
      await signInAs(page, ADMIN, `/admin/users?organisation=${org.id}`);
      await page
        .getByRole('heading', { level: 2, name: `Gebruikers van Buurthuis 001 (${EXTRA})` })
        .waitFor();
      await usersStatus(page).getByText(`100 van ${EXTRA} getoond`).waitFor();
      expect(await rows(page).count()).toBe(100);
      expect(await page.getByRole('row', { name: /Vrijwilliger 101/ }).count()).toBe(0);

      // The users' button, not the organisation picker's ("Meer laden: organisaties").
      await page.getByRole('button', { name: 'Meer laden', exact: true }).click();
      await usersStatus(page).getByText(`${EXTRA} van ${EXTRA} getoond`).waitFor();
      expect(await focusedText(page)).toBe('Vrijwilliger 101');
      const last = page.getByRole('row', { name: /Vrijwilliger 105/ });
      await last.getByRole('button', { name: 'Deactiveren Vrijwilliger 105' }).click();
      await page.getByRole('button', { name: 'Ja, deactiveren' }).click();
      // The second page is asked again after the first: the row shows the new state, and stays.
      await last.getByText('gedeactiveerd').waitFor();
      expect(await rows(page).count()).toBe(EXTRA);
      expect(await usersStatus(page).textContent()).toBe(`${EXTRA} van ${EXTRA} getoond`);
      const [after] = await h.t.dataSource.query<Array<{ active: boolean }>>(
        `SELECT active FROM users WHERE email = 'vrijwilliger105@example.nl'`,
      );
      expect(after.active).toBe(false);
      expect(await seriousAxeViolations(page)).toEqual([]);
      if (shots) {
        await last.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/paging-users-deactivated-1440.png` });
      }
      expect(problems).toEqual([]);
      await context.close();
    });

    it('says so when loading more fails and loads on a second try, on a 360 px phone (360 px)', async () => {
      const total = (
        await h.t.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM organisations`)
      )[0].n;
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, ADMIN);
      await page.getByRole('heading', { level: 2, name: `Alle organisaties (${total})` }).waitFor();
      expect(await rows(page).count()).toBe(100);
      expect(await status(page).textContent()).toBe(`100 van ${total} getoond`);
      const button = page.getByRole('button', { name: 'Meer laden' });
      await button.focus();

      // The network fails for the next page: said in the catalogue's words, the focus stays on the button.
      await page.route('**/graphql', (route) =>
        route.request().postData()?.includes('"after"') ? route.abort() : route.fallback(),
      );
      await page.keyboard.press('Space');
      await page
        .getByRole('alert')
        .getByText(
          'Meer laden is niet gelukt. Plekwijzer is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
        )
        .waitFor();
      expect(await rows(page).count()).toBe(100);
      expect(await status(page).textContent()).toBe(`100 van ${total} getoond`);
      expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Meer laden');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotAtFocus(page, 'paging-organisations-failed-360');

      // The network is back: a second press loads the rest and the error is gone.
      await page.unroute('**/graphql');
      await page.keyboard.press('Space');
      await status(page).getByText(`${total} van ${total} getoond`).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await rows(page).count()).toBe(total);
      expect(await focusedText(page)).toBe(names[100]);
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
      ).toBeLessThanOrEqual(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotAtFocus(page, 'paging-organisations-more-360');
      // The aborted request is the only thing the browser complained about.
      expect(problems.filter((p) => !p.includes('net::ERR_FAILED'))).toEqual([]);
      await context.close();
    });

    /** 105 more clients for the coach: copies of one of theirs, each with its own reference. Once for both tests. */
    let clients: Promise<{ coachId: string; total: number }> | undefined;
    const clientsInBulk = () =>
      (clients ??= (async () => {
        const [coach] = await h.t.dataSource.query<Array<{ id: string }>>(
          `SELECT id FROM users WHERE display_name = $1`,
          [COACH],
        );
        await copyRows(
          h.t.dataSource,
          'participants',
          { sql: 'coach_id = $1', params: [coach.id] },
          {
            client_reference: "'PAG-' || lpad(n::text, 3, '0')",
            nickname: "'Pagina ' || lpad(n::text, 3, '0')",
          },
          EXTRA,
        );
        const [{ total }] = await h.t.dataSource.query<Array<{ total: number }>>(
          `SELECT count(*)::int AS total FROM participants WHERE coach_id = $1`,
          [coach.id],
        );
        return { coachId: coach.id, total };
      })());

    it("loads a coach's caseload beyond 100 clients by keyboard, the focus on the first new one (1440 px)", async () => {
      const { total } = await clientsInBulk();
      expect(total).toBeGreaterThan(100);

      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH, '/coach/clients');
      await page.getByRole('heading', { level: 1, name: `Mijn cliënten (${total})` }).waitFor();
      await status(page).getByText(`100 van ${total} getoond`).waitFor();
      expect(await rows(page).count()).toBe(100);
      const firstHundred = new Set(await page.locator('table tbody tr th').allTextContents());

      await tabToButton(page, page.locator('.pw-load-more'), 'Meer laden');
      await page.keyboard.press('Enter');
      await status(page).getByText(`${total} van ${total} getoond`).waitFor();
      expect(await rows(page).count()).toBe(total);
      // The focus is on a client that was not among the first 100, and the list now has every one.
      const focused = await page.evaluate<string>('document.activeElement.textContent');
      expect(firstHundred.has(focused)).toBe(false);
      expect(focused).toMatch(/^Pagina \d{3}PAG-\d{3}$/);
      const all = await page.locator('table tbody tr th').allTextContents();
      expect(new Set(all).size).toBe(total);
      expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotAtFocus(page, 'paging-caseload-more-1440');
      expect(problems).toEqual([]);
      await context.close();
    });

    it('finds a client beyond the first 100 by typing, asked of the API; route and progress stay in the address through a reload, the text through Back, never in the address (1440 and 360 px)', async () => {
      const { total } = await clientsInBulk();
      const found = (page: Page) => page.locator('.pw-filters [role="status"]');
      const box = (page: Page) => page.getByLabel('Zoek op naam of nummer');
      const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
      const names = (page: Page) => page.locator('table tbody tr th').allTextContents();
      /** A row's header as the table shows it: nickname, then reference. */
      const shownAs = (reference: string) => `Pagina ${reference.slice(4)}${reference}`;
      const RISK_WORDS: Record<string, string> = {
        'achter op schema': 'OFF_TRACK',
        'loopt risico': 'AT_RISK',
        'op schema': 'ON_TRACK',
      };

      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH, '/coach/clients');
      await page.getByRole('heading', { level: 1, name: `Mijn cliënten (${total})` }).waitFor();
      await status(page).getByText(`100 van ${total} getoond`).waitFor();
      // Nothing filters yet: the status has nothing to say.
      expect(await found(page).textContent()).toBe('');
      const firstHundred = await names(page);
      // A client the first page does not hold.
      const references = (
        await h.t.dataSource.query<Array<{ client_reference: string; route: string }>>(
          `SELECT client_reference, route FROM participants WHERE client_reference LIKE 'PAG-%' ORDER BY client_reference`,
        )
      ).filter((r) => !firstHundred.some((name) => name.endsWith(r.client_reference)));
      expect(references.length).toBeGreaterThan(0);
      const beyond = references.at(-1)!;
      const typed = beyond.client_reference.toLowerCase();

      // Typed key by key, in lower case: the history entry is replaced, not one added per key.
      const entries = await page.evaluate<number>('history.length');
      await box(page).click();
      await box(page).pressSequentially(typed, { delay: 20 });
      await found(page).getByText('1 cliënt gevonden.').waitFor();
      await page.getByRole('heading', { level: 1, name: 'Mijn cliënten: 1 gevonden' }).waitFor();
      expect(await names(page)).toEqual([shownAs(beyond.client_reference)]);
      expect(await page.evaluate<number>('history.length')).toBe(entries);
      expect(await page.evaluate<string>('document.activeElement.id')).toBe('caseload-search');
      // Part of a client's reference is personal data: it stays out of the address.
      expect(params(page)).toEqual({});
      expect(page.url().toLowerCase()).not.toContain('pag');
      // One page holds what was found: no count of pages, no button.
      expect(await status(page).textContent()).toBe('');
      expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);

      // The route and the progress go to the API at once, and into the address.
      const risk = RISK_WORDS[(await page.locator('tbody tr td:nth-child(4)').textContent())!.trim()];
      expect(risk).toBeDefined();
      const otherRisk = Object.values(RISK_WORDS).find((r) => r !== risk)!;
      await page.getByLabel('Route', { exact: true }).selectOption(beyond.route);
      await page.getByLabel('Voortgang', { exact: true }).selectOption(otherRisk);
      await found(page).getByText('Geen cliënten gevonden. Pas de zoekterm of de filters aan.').waitFor();
      expect(await rows(page).count()).toBe(0);
      await page.getByLabel('Voortgang', { exact: true }).selectOption(risk);
      await found(page).getByText('1 cliënt gevonden.').waitFor();
      expect(params(page)).toEqual({ route: beyond.route, risico: risk });
      expect(await page.evaluate<number>('history.length')).toBe(entries);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'caseload-filter-1440');

      // To the client and Back: the same list again, the text in its box.
      await page.getByRole('link', { name: `Pagina ${beyond.client_reference.slice(4)}` }).click();
      await page.waitForURL((url) => url.pathname !== '/coach/clients');
      await page.goBack();
      await found(page).getByText('1 cliënt gevonden.').waitFor();
      expect(await names(page)).toEqual([shownAs(beyond.client_reference)]);
      expect(await box(page).inputValue()).toBe(typed);
      expect(params(page)).toEqual({ route: beyond.route, risico: risk });

      // A reload signs in again (the session is kept in memory only) and comes back to the same
      // address: the same route and progress, the text not kept.
      await page.reload();
      await page.getByRole('button', { name: `Inloggen als ${COACH}` }).click();
      await page.waitForURL((url) => url.pathname === '/coach/clients');
      expect(params(page)).toEqual({ route: beyond.route, risico: risk });
      const count = Number(
        (await found(page)
          .getByText(/^\d+ cliënten gevonden\.$/)
          .textContent())!.split(' ')[0],
      );
      expect(count).toBeGreaterThanOrEqual(EXTRA);
      await page.getByRole('heading', { level: 1, name: `Mijn cliënten: ${count} gevonden` }).waitFor();
      expect(await box(page).inputValue()).toBe('');
      expect(await page.getByLabel('Route', { exact: true }).inputValue()).toBe(beyond.route);
      expect(await page.getByLabel('Voortgang', { exact: true }).inputValue()).toBe(risk);
      const routeWords = (await page.locator('#caseload-route option:checked').textContent())!;
      const riskWords = Object.keys(RISK_WORDS).find((w) => RISK_WORDS[w] === risk)!;
      expect(new Set(await page.locator('tbody tr td:nth-child(2)').allTextContents())).toEqual(
        new Set([routeWords]),
      );
      expect(
        new Set((await page.locator('tbody tr td:nth-child(4)').allTextContents()).map((t) => t.trim())),
      ).toEqual(new Set([riskWords]));

      // An address with a search, or a route or a progress the page does not know: left out, not an
      // error — the whole caseload.
      await signInAs(page, COACH, '/coach/clients?zoek=pag-10&route=GEEN_ROUTE&risico=onbekend');
      await page.getByRole('heading', { level: 1, name: `Mijn cliënten (${total})` }).waitFor();
      await status(page).getByText(`100 van ${total} getoond`).waitFor();
      expect(await found(page).textContent()).toBe('');
      expect(await box(page).inputValue()).toBe('');
      expect(await page.getByLabel('Route', { exact: true }).inputValue()).toBe('');
      expect(await page.getByLabel('Voortgang', { exact: true }).inputValue()).toBe('');
      expect(problems).toEqual([]);
      await context.close();

      // On a phone: the progress from the address, and a few letters typed.
      const phone = await newPage(h, { width: 360, height: 740 });
      await signInAs(phone.page, COACH, `/coach/clients?risico=${risk}`);
      await phone.page.getByLabel('Voortgang', { exact: true }).waitFor();
      expect(await phone.page.getByLabel('Voortgang', { exact: true }).inputValue()).toBe(risk);
      await box(phone.page).fill('PAGINA 10');
      // Pagina 100 … Pagina 105, each with the progress of the client they were copied from.
      await found(phone.page).getByText('6 cliënten gevonden.').waitFor();
      await phone.page.getByRole('heading', { level: 1, name: 'Mijn cliënten: 6 gevonden' }).waitFor();
      expect((await names(phone.page)).sort()).toEqual(
        ['100', '101', '102', '103', '104', '105'].map((n) => shownAs(`PAG-${n}`)),
      );
      expect(
        await phone.page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
      ).toBeLessThanOrEqual(0);
      expect(await seriousAxeViolations(phone.page)).toEqual([]);
      await screenshot(phone.page, 'caseload-filter-360');
      expect(phone.problems).toEqual([]);
      await phone.context.close();
      // Two pages, a reload and Back: more than Jest's 30 s on a busy machine.
    }, 120_000);

    it("loads an employer chain's places beyond 100, the focus on the first new card (360 px)", async () => {
      // 105 more places for the employer's organisation: copies of one of its places, each its own title.
      const [employer] = await h.t.dataSource.query<Array<{ organisation_id: string }>>(
        `SELECT organisation_id FROM users WHERE display_name = $1`,
        [EMPLOYER],
      );
      await copyRows(
        h.t.dataSource,
        'placements',
        { sql: 'organisation_id = $1', params: [employer.organisation_id] },
        { title: "'Filiaal ' || lpad(n::text, 3, '0')" },
        EXTRA,
      );
      const [{ total }] = await h.t.dataSource.query<Array<{ total: number }>>(
        `SELECT count(*)::int AS total FROM placements WHERE organisation_id = $1`,
        [employer.organisation_id],
      );
      expect(total).toBeGreaterThan(100);

      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, EMPLOYER, '/employer/places');
      await status(page).getByText(`100 van ${total} getoond`).waitFor();
      const cards = page.locator('article.pw-card h3');
      expect(await cards.count()).toBe(100);
      const firstHundred = new Set(await cardIds(page));
      expect(await seriousAxeViolations(page)).toEqual([]);

      // A card has several buttons: the keyboard goes to the button directly, and Enter presses it.
      await page.getByRole('button', { name: 'Meer laden' }).focus();
      await page.keyboard.press('Enter');
      await status(page).getByText(`${total} van ${total} getoond`).waitFor();
      expect(await cards.count()).toBe(total);
      const ids = await cardIds(page);
      expect(new Set(ids).size).toBe(total);
      // The focus is on the heading of a place that was not among the first 100.
      const focused = await page.evaluate<{ tag: string; id: string }>(
        '({ tag: document.activeElement.tagName, id: document.activeElement.id })',
      );
      expect(focused.tag).toBe('H3');
      expect(firstHundred.has(focused.id)).toBe(false);
      expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
      ).toBeLessThanOrEqual(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotAtFocus(page, 'paging-places-more-360');
      expect(problems).toEqual([]);
      await context.close();
    });

    /**
     * 105 more clients of the coach, each proposed once for a place of the employer's organisation
     * open to every route, in one statement each: the first ten and the last five still wait for an
     * answer (15, within the place's 20 open proposals), the others declined by the place or
     * withdrawn by the coach, each with its history. Made an hour ago and more, a minute apart, so
     * they come after the demo's own introductions and in a known order. Once for both tests.
     */
    let proposals: Promise<{ coachId: string; organisationId: string }> | undefined;
    const proposeInBulk = () =>
      (proposals ??= (async () => {
        const [coach] = await h.t.dataSource.query<Array<{ id: string }>>(
          `SELECT id FROM users WHERE display_name = $1`,
          [COACH],
        );
        const [employer] = await h.t.dataSource.query<Array<{ id: string; organisation_id: string }>>(
          `SELECT id, organisation_id FROM users WHERE display_name = $1`,
          [EMPLOYER],
        );
        const [place] = await h.t.dataSource.query<Array<{ id: string }>>(
          `SELECT id FROM placements
           WHERE organisation_id = $1 AND status = 'PUBLISHED' AND cardinality(open_to_routes) = 4
           ORDER BY title LIMIT 1`,
          [employer.organisation_id],
        );
        await copyRows(
          h.t.dataSource,
          'participants',
          { sql: 'coach_id = $1 AND consent_to_be_proposed', params: [coach.id] },
          {
            client_reference: "'VST-' || lpad(n::text, 3, '0')",
            nickname: "'Voorstel ' || lpad(n::text, 3, '0')",
          },
          EXTRA,
        );
        // Newest first, the coach's list starts with these (the demo's own introductions are weeks
        // older), so the second page begins at VST-101: one waiting, one declined, one waiting, ….
        await h.t.dataSource.query(
          `INSERT INTO introductions (participant_id, placement_id, coach_id, organisation_id, status, decline_reason,
                                      consent_recorded_by, consent_recorded_at, created_at, updated_at, version)
           SELECT p.id, $2, $1, $3, s.status, CASE s.status WHEN 'DECLINED' THEN 'NO_CAPACITY' END,
                  $1, s.at, s.at, s.at, CASE s.status WHEN 'PROPOSED' THEN 1 ELSE 2 END
           FROM (SELECT id, substring(client_reference FROM 5)::int AS n FROM participants
                 WHERE client_reference LIKE 'VST-%') p
           CROSS JOIN LATERAL (
             SELECT CASE WHEN p.n <= 10 OR (p.n > 100 AND p.n % 2 = 1) THEN 'PROPOSED'
                         WHEN p.n % 2 = 0 THEN 'DECLINED' ELSE 'WITHDRAWN' END AS status,
                    now() - interval '1 hour' - p.n * interval '1 minute' AS at
           ) s`,
          [coach.id, place.id, employer.organisation_id],
        );
        await h.t.dataSource.query(
          `INSERT INTO introduction_transitions (introduction_id, from_status, to_status, actor_user_id, reason, at)
           SELECT i.id, NULL, 'PROPOSED', $1::uuid, NULL, i.created_at
           FROM introductions i JOIN participants p ON p.id = i.participant_id WHERE p.client_reference LIKE 'VST-%'
           UNION ALL
           SELECT i.id, 'PROPOSED', i.status, CASE i.status WHEN 'DECLINED' THEN $2::uuid ELSE $1::uuid END,
                  i.decline_reason, i.created_at + interval '10 seconds'
           FROM introductions i JOIN participants p ON p.id = i.participant_id
           WHERE p.client_reference LIKE 'VST-%' AND i.status <> 'PROPOSED'`,
          [coach.id, employer.id],
        );
        return { coachId: coach.id, organisationId: employer.organisation_id };
      })());

    /** Introductions as the API lists them (newest first), with the name each side shows. */
    const introductionsOf = (where: string, id: string) =>
      h.t.dataSource.query<Array<{ id: string; nickname: string; status: string }>>(
        `SELECT i.id, p.nickname, i.status FROM introductions i JOIN participants p ON p.id = i.participant_id
         WHERE i.${where} = $1 ORDER BY i.created_at DESC, i.id`,
        [id],
      );
    const OPEN = ['PROPOSED', 'ACCEPTED'];
    const focusedCard = (page: Page) =>
      page.evaluate<{ tag: string; id: string; inView: boolean }>(
        `(() => { const e = document.activeElement; const r = e.getBoundingClientRect();
           return { tag: e.tagName, id: e.id, inView: r.top >= 0 && r.bottom <= window.innerHeight }; })()`,
      );

    it("loads a coach's introductions beyond 100 by keyboard, each in its column, the focus on the first new card (1440 px)", async () => {
      const { coachId } = await proposeInBulk();
      const all = await introductionsOf('coach_id', coachId);
      const total = all.length;
      expect(total).toBeGreaterThan(100);
      const firstPage = all.slice(0, 100);
      const later = all.slice(100);
      const openIn = (list: typeof all) => list.filter((i) => OPEN.includes(i.status)).length;
      // The card the focus goes to: the first of the second page in the first column it has cards in.
      const expected = later.find((i) => OPEN.includes(i.status))!;
      expect(expected.nickname).toMatch(/^Voorstel 1\d\d$/);

      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH, '/coach/introductions');
      await status(page).getByText(`100 van ${total} getoond`).waitFor();
      expect(new Set(await cardIds(page))).toEqual(new Set(firstPage.map((i) => `intro-${i.id}`)));
      await page
        .getByRole('heading', { level: 2, name: `Wachten op antwoord of start (${openIn(firstPage)})` })
        .waitFor();
      expect(await page.getByRole('link', { name: expected.nickname, exact: true }).count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);

      await tabToButton(page, page.locator('.pw-load-more'), 'Meer laden');
      await page.keyboard.press('Enter');
      await status(page).getByText(`${total} van ${total} getoond`).waitFor();
      expect(new Set(await cardIds(page))).toEqual(new Set(all.map((i) => `intro-${i.id}`)));
      await page
        .getByRole('heading', { level: 2, name: `Wachten op antwoord of start (${openIn(all)})` })
        .waitFor();
      expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);
      // The focus is on the card of a client from the second page, at the top of the waiting column.
      expect(await focusedCard(page)).toEqual({ tag: 'H3', id: `intro-${expected.id}`, inView: true });
      const card = page.getByRole('article').filter({ has: page.locator(`#intro-${expected.id}`) });
      await card.getByRole('link', { name: expected.nickname, exact: true }).waitFor({ state: 'visible' });
      await card.getByText('voorgesteld', { exact: true }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotAtFocus(page, 'paging-introductions-coach-more-1440');
      expect(problems).toEqual([]);
      await context.close();
    });

    it("loads an employer's proposals beyond 100 and answers one of the second page: it moves and stays (360 px)", async () => {
      const { organisationId } = await proposeInBulk();
      const all = await introductionsOf('organisation_id', organisationId);
      const total = all.length;
      expect(total).toBeGreaterThan(100);
      const firstPage = all.slice(0, 100);
      const later = all.slice(100);
      const expected = later.find((i) => i.status === 'PROPOSED')!;
      expect(expected.nickname).toMatch(/^Voorstel 1\d\d$/);
      const newIn = (list: typeof all) => list.filter((i) => i.status === 'PROPOSED').length;

      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, EMPLOYER, '/employer/introductions');
      await status(page).getByText(`100 van ${total} getoond`).waitFor();
      expect(new Set(await cardIds(page))).toEqual(new Set(firstPage.map((i) => `introduction-${i.id}`)));
      await page
        .getByRole('heading', { level: 2, name: `Nieuwe voorstellen (${newIn(firstPage)})` })
        .waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      // A card has several buttons: the keyboard goes to the button directly, and Enter presses it.
      await page.getByRole('button', { name: 'Meer laden' }).focus();
      await page.keyboard.press('Enter');
      await status(page).getByText(`${total} van ${total} getoond`).waitFor();
      expect(new Set(await cardIds(page))).toEqual(new Set(all.map((i) => `introduction-${i.id}`)));
      await page.getByRole('heading', { level: 2, name: `Nieuwe voorstellen (${newIn(all)})` }).waitFor();
      expect(await focusedCard(page)).toEqual({ tag: 'H3', id: `introduction-${expected.id}`, inView: true });
      const heading = page.locator(`#introduction-${expected.id}`);
      expect(await heading.textContent()).toMatch(new RegExp(`^${expected.nickname} voor `));
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
      ).toBeLessThanOrEqual(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotAtFocus(page, 'paging-introductions-employer-more-360');

      // Accepting it reloads every page loaded: the card moves to its new group and the list stays whole.
      const card = page.getByRole('article').filter({ has: heading });
      await card.getByRole('button', { name: `Accepteren ${expected.nickname}` }).click();
      await page
        .getByRole('heading', { level: 2, name: /^Geaccepteerd, nog niet begonnen \(\d+\)$/ })
        .waitFor();
      await page
        .getByRole('region', { name: /^Geaccepteerd/ })
        .locator(`#introduction-${expected.id}`)
        .waitFor();
      await page.getByRole('heading', { level: 2, name: `Nieuwe voorstellen (${newIn(all) - 1})` }).waitFor();
      expect(await status(page).textContent()).toBe(`${total} van ${total} getoond`);
      expect(new Set(await cardIds(page))).toEqual(new Set(all.map((i) => `introduction-${i.id}`)));
      const [after] = await h.t.dataSource.query<Array<{ status: string }>>(
        `SELECT status FROM introductions WHERE id = $1`,
        [expected.id],
      );
      expect(after.status).toBe('ACCEPTED');
      expect(await seriousAxeViolations(page)).toEqual([]);
      if (shots) {
        await heading.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/paging-introductions-employer-accepted-360.png` });
      }
      expect(problems).toEqual([]);
      await context.close();
    });

    it("lists an employer's webhooks beyond 100 (switched-off ones stay), the rest by keyboard (1440 px)", async () => {
      // 105 webhooks made and switched off over the past days, a minute apart, in one statement.
      const [employer] = await h.t.dataSource.query<Array<{ id: string; organisation_id: string }>>(
        `SELECT id, organisation_id FROM users WHERE display_name = $1`,
        [EMPLOYER],
      );
      await h.t.dataSource.query(
        `INSERT INTO webhook_subscriptions (organisation_id, url, secret, event_types, active, created_by, created_at, deactivated_at)
         SELECT $1, 'https://koppeling-' || lpad(n::text, 3, '0') || '.voorbeeld.nl/plekwijzer', repeat('s', 44),
                '{introduction.proposed}', false, $2, s.at, s.at + interval '1 hour'
         FROM generate_series(1, ${EXTRA}) AS n,
              LATERAL (SELECT now() - interval '2 days' - n * interval '1 minute' AS at) s`,
        [employer.organisation_id, employer.id],
      );
      const urls = (
        await h.t.dataSource.query<Array<{ url: string }>>(
          `SELECT url FROM webhook_subscriptions WHERE organisation_id = $1 ORDER BY created_at DESC, id`,
          [employer.organisation_id],
        )
      ).map((r) => r.url);
      const total = urls.length;
      expect(total).toBeGreaterThan(100);

      const { context, page, problems } = await newPage(h);
      await signInAs(page, EMPLOYER, '/employer/webhooks');
      await page.getByRole('heading', { level: 2, name: `Jullie koppelingen (${total})` }).waitFor();
      await status(page).getByText(`100 van ${total} getoond`).waitFor();
      const headings = page.locator('article.pw-card h3');
      expect(await headings.allTextContents()).toEqual(urls.slice(0, 100));
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Meer laden' }).focus();
      await page.keyboard.press('Enter');
      await status(page).getByText(`${total} van ${total} getoond`).waitFor();
      expect(await headings.allTextContents()).toEqual(urls);
      expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);
      // The focus is on the 101st webhook, where the new ones begin, and it is on screen.
      const focused = await focusedCard(page);
      expect(focused).toMatchObject({ tag: 'H3', inView: true });
      expect(await focusedText(page)).toBe(urls[100]);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotAtFocus(page, 'paging-webhooks-more-1440');
      expect(problems).toEqual([]);
      await context.close();
    });

    /** A client's introductions with their place's title, as the API lists them (newest first). */
    const clientsIntroductions = (participantId: string) =>
      h.t.dataSource.query<Array<{ id: string; status: string; title: string }>>(
        `SELECT i.id, i.status, pl.title FROM introductions i JOIN placements pl ON pl.id = i.placement_id
         WHERE i.participant_id = $1 ORDER BY i.created_at DESC, i.id`,
        [participantId],
      );
    const participantNamed = async (nickname: string) =>
      (
        await h.t.dataSource.query<Array<{ id: string }>>(`SELECT id FROM participants WHERE nickname = $1`, [
          nickname,
        ])
      )[0].id;

    it("shows a client's introductions on their Voorstellen tab when they are not among the coach's first 100, without Meer laden (1440 and 360 px)", async () => {
      const { coachId } = await proposeInBulk();
      const all = await introductionsOf('coach_id', coachId);
      expect(all.length).toBeGreaterThan(100);
      // Two clients whose only introduction the coach's first page does not hold: one still waiting
      // for an answer, one declined by the place.
      const later = all.slice(100);
      const waiting = later.find((i) => i.status === 'PROPOSED')!;
      const declined = later.find((i) => i.status === 'DECLINED')!;
      expect([waiting.nickname, declined.nickname]).toEqual([
        expect.stringMatching(/^Voorstel \d{3}$/),
        expect.stringMatching(/^Voorstel \d{3}$/),
      ]);

      for (const [client, width, column, badge] of [
        [waiting, 1440, 'Wachten op antwoord of start (1)', 'voorgesteld'],
        [declined, 360, 'Afgelopen (1)', 'afgewezen'],
      ] as const) {
        const participantId = await participantNamed(client.nickname);
        const [introduction] = await clientsIntroductions(participantId);
        expect(introduction.id).toBe(client.id);
        const { context, page, problems } = await newPage(h, width === 360 ? { width, height: 740 } : {});
        await signInAs(page, COACH, `/coach/clients/${participantId}/introductions`);
        await page.getByRole('heading', { level: 1, name: client.nickname }).waitFor();
        await page.getByRole('heading', { level: 2, name: column }).waitFor();
        const card = page.getByRole('article', { name: introduction.title });
        await card.waitFor({ state: 'visible' });
        await card.getByText(badge, { exact: true }).waitFor();
        expect(await cardIds(page)).toEqual([`intro-${client.id}`]);
        // One page holds all of this client's introductions: no count, no button, no hint to load more.
        expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);
        expect(await status(page).textContent()).toBe('');
        expect(await page.getByText(/Meer laden|nergens voorgesteld/).count()).toBe(0);
        expect(await seriousAxeViolations(page)).toEqual([]);
        await screenshot(page, `paging-client-introductions-${width}`);
        expect(problems).toEqual([]);
        await context.close();
      }
    });

    it("loads a client's own introductions beyond 100 on their tab, the focus on the first new card (360 px)", async () => {
      await proposeInBulk();
      // One client proposed 101 times over the past months at the same place, declined each time
      // (declined proposals may repeat), in one statement; the oldest is the 101st.
      const participantId = await participantNamed('Voorstel 050');
      const [template] = await clientsIntroductions(participantId);
      await h.t.dataSource.query(
        `INSERT INTO introductions (participant_id, placement_id, coach_id, organisation_id, status, decline_reason,
                                    consent_recorded_by, consent_recorded_at, created_at, updated_at, version)
         SELECT i.participant_id, i.placement_id, i.coach_id, i.organisation_id, 'DECLINED', 'NO_CAPACITY',
                i.coach_id, s.at, s.at, s.at, 2
         FROM introductions i, generate_series(1, 100) AS n,
              LATERAL (SELECT now() - interval '3 days' - n * interval '1 hour' AS at) s
         WHERE i.id = $1`,
        [template.id],
      );
      const mine = await clientsIntroductions(participantId);
      expect(mine).toHaveLength(101);

      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, COACH, `/coach/clients/${participantId}/introductions`);
      await status(page).getByText('100 van 101 getoond').waitFor();
      expect(new Set(await cardIds(page))).toEqual(new Set(mine.slice(0, 100).map((i) => `intro-${i.id}`)));
      expect(await seriousAxeViolations(page)).toEqual([]);

      await tabToButton(page, page.locator('.pw-load-more'), 'Meer laden');
      await page.keyboard.press('Enter');
      await status(page).getByText('101 van 101 getoond').waitFor();
      expect(new Set(await cardIds(page))).toEqual(new Set(mine.map((i) => `intro-${i.id}`)));
      expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);
      expect(await focusedCard(page)).toEqual({ tag: 'H3', id: `intro-${mine[100].id}`, inView: true });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotAtFocus(page, 'paging-client-introductions-more-360');
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
