import type { Page } from 'playwright-core';
import { SearchIndexer } from '@plekwijzer/api/modules/search/search-indexer.service.js';
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
 * Issue 11 §3/§5 in Chromium: the place search every role has (Dutch words, facets, paging, advice
 * when nothing is found, a coach's "why not for my client?"), a partner who registers an activity
 * and finds it in the search, and the admin's organisations and users — with the role boundary,
 * axe-core on every page and a 360 px phone.
 */
const chromiumPath = findChromium();
const ADMIN = 'Joost Verhagen';
const COACH = 'Fatima Bouzid';
const PARTNER = 'Amira Haddad';
const EMPLOYER = 'Annelies Dekker';
const ACTIVITY = 'Samen koken in de buurtkeuken';

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

async function expectNoOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The text of the error a control points at with aria-describedby. */
async function errorOf(page: Page, selector: string): Promise<string> {
  const control = page.locator(selector);
  expect(await control.getAttribute('aria-invalid')).toBe('true');
  const ids = (await control.getAttribute('aria-describedby'))!.split(' ');
  const errorId = ids.find((id) => id.endsWith('-error'))!;
  return (await page.locator(`[id="${errorId}"]`).textContent())!;
}

if (!chromiumPath) {
  describe('search and admin pages in Chromium', () => {
    it(NO_CHROMIUM, () => {
      console.warn(NO_CHROMIUM);
    });
  });
} else {
  describe('search and admin pages in Chromium', () => {
    let h: WebHarness;

    beforeAll(async () => {
      h = await startWebHarness(chromiumPath);
    }, 240_000);
    afterAll(() => h?.close());

    /** The option of the admin's own organisation in the users page's organisation list. */
    async function adminOrganisationOption(): Promise<string> {
      const [row] = await h.t.dataSource.query<Array<{ name: string }>>(
        `SELECT o.name FROM organisations o JOIN users u ON u.organisation_id = o.id WHERE u.display_name = $1`,
        [ADMIN],
      );
      return `${row.name} (Begeleidende organisatie)`;
    }

    /** The API's own answer for a search, as a coach: what the page must show. */
    async function apiSearch(
      variables: Record<string, unknown>,
    ): Promise<{ totalCount: number; titles: string[]; types: string[] }> {
      const [coach] = await h.t.dataSource.query<Array<{ id: string; role: string }>>(
        `SELECT id, role FROM users WHERE display_name = $1`,
        [COACH],
      );
      const res = await h.t.gql<{
        searchPlacements: {
          totalCount: number;
          edges: Array<{ node: { placement: { title: string; type: string } } }>;
        };
      }>(
        `query ($text: String, $filter: SearchFilterInput, $first: Int!) {
          searchPlacements(text: $text, filter: $filter, first: $first, facets: []) {
            totalCount edges { node { placement { title type } } }
          }
        }`,
        variables,
        await h.t.tokenFor(coach),
      );
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.searchPlacements.edges.map((e) => e.node.placement);
      return {
        totalCount: res.data!.searchPlacements.totalCount,
        titles: nodes.map((n) => n.title),
        types: nodes.map((n) => n.type),
      };
    }

    it('admin registers an organisation and a user for it (field errors beside the fields), then deactivates the user', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, ADMIN);
      expect(new URL(page.url()).pathname).toBe('/admin/organisations');
      await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
      await page.getByRole('row', { name: /Indebuurt033/ }).waitFor();
      await expectAccessible(page);

      // Nothing filled in: every required field says what is missing, and the first gets the focus.
      await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
      expect(await errorOf(page, '#org-kind')).toContain('Kies de soort organisatie.');
      expect(await errorOf(page, '#org-name')).toContain('Vul de naam in.');
      expect(await errorOf(page, '#org-contactEmail')).toContain('Vul een e-mailadres in');
      expect(await page.evaluate<string>('document.activeElement.id')).toBe('org-kind');
      await expectAccessible(page);

      await page.getByLabel('Soort organisatie').selectOption('PARTNER');
      await page.getByLabel('Naam', { exact: true }).fill('Taalcafé De Brug');
      await page.getByLabel('Straat en huisnummer').fill('Hof 1');
      // A postcode the API does not know: its own error, beside the postcode.
      await page.getByLabel('Postcode', { exact: true }).fill('1000 AA');
      await page.getByLabel('Plaats').fill('Amersfoort');
      await page.getByLabel('Contactpersoon', { exact: true }).fill('Els de Boer');
      await page.getByLabel('E-mailadres contactpersoon').fill('els@debrug.nl');
      await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
      await page.locator('#org-postcode[aria-invalid="true"]').waitFor();
      // The API's UNKNOWN_POSTCODE in the catalogue's words, not its English text.
      expect(await errorOf(page, '#org-postcode')).toContain(
        'Deze postcode kennen we niet. Controleer de cijfers.',
      );
      expect(await page.locator('#org-name').getAttribute('aria-invalid')).not.toBe('true');

      await page.getByLabel('Postcode', { exact: true }).fill('3811 CJ');
      await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
      await page.getByRole('status').getByText('Taalcafé De Brug is toegevoegd.').waitFor();
      await screenshot(page, 'admin-organisations-1440');
      await page.getByRole('row', { name: /Taalcafé De Brug.*Partnerorganisatie/ }).waitFor();
      const [org] = await h.t.dataSource.query<Array<{ id: string; kind: string }>>(
        `SELECT id, kind FROM organisations WHERE name = 'Taalcafé De Brug'`,
      );
      expect(org.kind).toBe('PARTNER');

      // On to its users: none yet; a partner organisation's users are partners.
      await page.getByRole('link', { name: 'Gebruikers toevoegen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
      expect(new URL(page.url()).searchParams.get('organisation')).toBe(org.id);
      await page.getByText('Deze organisatie heeft nog geen gebruikers.').waitFor();
      expect(await page.getByLabel('Rol').inputValue()).toBe('PARTNER');
      await expectAccessible(page);

      await page.getByLabel('Naam', { exact: true }).fill('Els de Boer');
      await page.getByLabel('E-mailadres (werk)').fill('els@');
      await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
      expect(await errorOf(page, '#user-email')).toContain('Vul een e-mailadres in');
      await page.getByLabel('E-mailadres (werk)').fill('els@debrug.nl');
      await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
      await page.getByRole('status').getByText('Els de Boer is toegevoegd en kan inloggen.').waitFor();
      const row = page.getByRole('row', { name: /Els de Boer/ });
      await row.getByText('actief').waitFor();
      const [user] = await h.t.dataSource.query<
        Array<{ role: string; organisation_id: string; active: boolean }>
      >(`SELECT role, organisation_id, active FROM users WHERE email = 'els@debrug.nl'`);
      expect(user).toEqual({ role: 'PARTNER', organisation_id: org.id, active: true });

      // The same address again is refused, beside the address.
      await page.getByLabel('Naam', { exact: true }).fill('Els B.');
      await page.getByLabel('E-mailadres (werk)').fill('els@debrug.nl');
      await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
      await page.locator('#user-email[aria-invalid="true"]').waitFor();
      expect(await errorOf(page, '#user-email')).toContain('Er is al een gebruiker met dit e-mailadres');
      const same = await h.t.dataSource.query<unknown[]>(`SELECT 1 FROM users WHERE email = 'els@debrug.nl'`);
      expect(same).toHaveLength(1);

      // Deactivate, after a confirmation.
      await row.getByRole('button', { name: 'Deactiveren Els de Boer' }).click();
      await page.getByRole('button', { name: 'Ja, deactiveren' }).click();
      await row.getByText('gedeactiveerd').waitFor();
      await screenshot(page, 'admin-users-1440');
      const [after] = await h.t.dataSource.query<Array<{ active: boolean }>>(
        `SELECT active FROM users WHERE email = 'els@debrug.nl'`,
      );
      expect(after.active).toBe(false);
      await expectAccessible(page);

      // The admin's own row offers no deactivation.
      await page
        .getByLabel('Organisatie', { exact: true })
        .selectOption({ label: await adminOrganisationOption() });
      await page
        .getByRole('row', { name: new RegExp(ADMIN) })
        .getByText('Dat ben jij')
        .waitFor();
      expect(problems).toEqual([]);
      await context.close();
    });

    it('partner registers an activity, publishes it, and finds it in the search', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, PARTNER);
      await page.getByRole('heading', { level: 1, name: 'Mijn activiteiten' }).waitFor();
      await page.getByRole('link', { name: 'Nieuwe activiteit' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe activiteit' }).waitFor();
      expect(await page.getByLabel('Soort').inputValue()).toBe('ACTIVITEIT');

      await page.getByLabel('Titel', { exact: true }).fill(ACTIVITY);
      await page.getByLabel('Branche').selectOption('ONTMOETING_TAAL');
      await page
        .getByLabel('Beschrijving')
        .fill('Elke week koken we samen een maaltijd en eten we met de buren. Je oefent Nederlands.');
      await page.getByRole('button', { name: 'Dienst toevoegen' }).click();
      await page.getByLabel('Z-route').check();
      await page.getByLabel('Statushouders').check();
      await page.getByLabel(/^Licht/).check();
      await page.getByLabel('Ja', { exact: true }).check();
      await page.getByLabel('Hoeveel mensen tegelijk').fill('6');
      const today = await page.evaluate<string>(
        `new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())`,
      );
      await page.getByLabel('Startdatum').fill(today);
      await page.getByRole('button', { name: 'Opslaan en publiceren' }).click();
      await page.waitForURL(/\/employer\/places$/);
      await page.getByRole('article', { name: ACTIVITY }).getByText('gepubliceerd').waitFor();

      // The running service's indexer would have picked the change up by now.
      await h.t.app.get(SearchIndexer).runOnce();
      await page.getByRole('link', { name: 'Plekken zoeken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Plekken zoeken' }).waitFor();
      await page.getByLabel('Zoekwoorden').fill('buurtkeuken');
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      const hit = page.getByRole('article', { name: ACTIVITY });
      await hit.locator('mark', { hasText: 'buurtkeuken' }).waitFor();
      await hit.getByText(/Activiteit · Ontmoeting en taal · Amersfoort/).waitFor();
      // Not a coach: no "why not for my client?".
      await expect(hit.getByRole('button', { name: /Waarom niet/ }).count()).resolves.toBe(0);
      await expectAccessible(page);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('a coach searches with Dutch words and a facet, pages, gets advice when nothing is found, asks why not', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH);
      await page.getByRole('navigation').getByRole('link', { name: 'Plekken zoeken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Plekken zoeken' }).waitFor();

      // No words: every published place, newest first, ten a page.
      const all = await apiSearch({ first: 100 });
      expect(all.totalCount).toBeGreaterThan(10);
      const count = page.locator('.pw-result-count');
      await count
        .getByText(`${all.totalCount} plekken gevonden, pagina 1 van ${Math.ceil(all.totalCount / 10)}`)
        .waitFor();
      expect(await page.locator('.pw-search__list > li').count()).toBe(10);
      const firstPage = await page.locator('.pw-search__list h3').allTextContents();
      await page.getByRole('button', { name: 'Volgende pagina' }).click();
      await count.getByText(/pagina 2 van/).waitFor();
      const secondPage = await page.locator('.pw-search__list h3').allTextContents();
      expect(secondPage).toEqual(all.titles.slice(10, 10 + secondPage.length));
      expect(secondPage.some((t) => firstPage.includes(t))).toBe(false);
      await page.getByRole('button', { name: 'Vorige pagina' }).click();
      await count.getByText(/pagina 1 van/).waitFor();
      await expectAccessible(page);

      // Dutch words: a plural finds the places about a "magazijn".
      await page.getByLabel('Zoekwoorden').fill('magazijnen');
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      const words = await apiSearch({ text: 'magazijnen', first: 100 });
      expect(words.totalCount).toBeGreaterThan(0);
      await count.getByText(new RegExp(`^${words.totalCount} plek(ken)? gevonden`)).waitFor();
      expect(new URL(page.url()).searchParams.get('q')).toBe('magazijnen');
      expect((await page.locator('.pw-search__list mark').allTextContents()).length).toBeGreaterThan(0);

      // A facet: the first kind offered, with its count; the list narrows to exactly that.
      const typeFacet = page.getByRole('group', { name: 'Soort' });
      const firstBox = typeFacet.getByRole('checkbox').first();
      const boxId = (await firstBox.getAttribute('id'))!;
      const type = boxId.replace('facet-TYPE-', '');
      // A click (not check()): the router applies the new address in a transition, a moment later.
      await firstBox.click();
      await page.waitForURL((url) => url.searchParams.get('type') === type);
      const narrowed = await apiSearch({ text: 'magazijnen', filter: { types: [type] }, first: 100 });
      await count.getByText(new RegExp(`^${narrowed.totalCount} plek(ken)? gevonden`)).waitFor();
      expect(await page.locator('.pw-search__list h3').allTextContents()).toEqual(
        narrowed.titles.slice(0, 10),
      );
      expect(narrowed.types.every((t) => t === type)).toBe(true);
      expect(await page.locator(`#${boxId}`).isChecked()).toBe(true);
      await expectAccessible(page);

      // "Why not for my client?" on the first result: pick a client, see every check.
      const card = page.locator('.pw-search__list article').first();
      await card.getByRole('button', { name: /^Waarom niet voor mijn cliënt\?/ }).click();
      const client = card.getByLabel('Cliënt', { exact: true });
      await client.locator('option').nth(1).waitFor({ state: 'attached' });
      await client.selectOption({ index: 1 });
      await card.getByText(/^Deze plek (past: alle punten kloppen|past niet)/).waitFor();
      await screenshot(page, 'search-1440');
      await expectAccessible(page);

      // Nothing found: advice, and a button that clears the filters.
      await page.getByLabel('Zoekwoorden').fill('xqzwv');
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await page.getByText('Geen plekken gevonden. Probeer dit:').waitFor();
      await page.getByText('Zet een of meer filters uit.').waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Alle filters wissen' }).first().click();
      await page.waitForURL((url) => !url.searchParams.has('type'));
      expect(new URL(page.url()).searchParams.get('q')).toBe('xqzwv');
      expect(problems).toEqual([]);
      await context.close();
    });

    it('says in Dutch, not in the API’s English, why a deactivation was refused, by keyboard and as an alert', async () => {
      const [admin] = await h.t.dataSource.query<
        Array<{ id: string; role: string; organisation_id: string }>
      >(`SELECT id, role, organisation_id FROM users WHERE display_name = $1`, [ADMIN]);
      const adminToken = await h.t.tokenFor(admin);
      const created = await h.t.gql<{ createUser: { user: { id: string } } }>(
        `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
        {
          input: {
            organisationId: admin.organisation_id,
            displayName: 'Ruud Vertrokken',
            email: 'ruud.vertrokken@example.org',
            role: 'COACH',
          },
        },
        adminToken,
      );
      expect(created.errors).toBeUndefined();
      const userId = created.data!.createUser.user.id;

      const { context, page, problems } = await newPage(h);
      await signInAs(page, ADMIN, `/admin/users?organisation=${admin.organisation_id}`);
      const row = page.getByRole('row', { name: /Ruud Vertrokken/ });
      await row.waitFor();
      await tabToButton(page, row, 'Deactiveren Ruud Vertrokken');
      await page.keyboard.press('Enter');
      await tabToButton(page, row, 'Ja, deactiveren');
      // Meanwhile the user is gone: the API refuses (NOT_FOUND, in English for developers).
      await h.t.dataSource.query(`DELETE FROM users WHERE id = $1`, [userId]);
      await page.keyboard.press('Enter');
      const alert = row.getByRole('alert');
      await alert.getByText('Dit bestaat niet (meer). Ga terug en kies opnieuw.').waitFor();
      const refused = await h.t.gql(
        `mutation ($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { id } } }`,
        { input: { userId } },
        adminToken,
      );
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      const english = refused.errors![0].message;
      expect(english).toMatch(/not found/);
      expect(await page.locator('body').textContent()).not.toContain(english);
      await expectAccessible(page);
      await screenshot(page, 'admin-refused-nl-1440');

      // The sentence follows the interface language, without asking the API again.
      await page.getByRole('button', { name: 'English' }).click();
      await alert.getByText('This does not exist (any more). Go back and choose again.').waitFor();
      await screenshot(page, 'admin-refused-en-1440');
      await page.setViewportSize({ width: 360, height: 740 });
      await expectNoOverflow(page);
      await screenshot(page, 'admin-refused-en-360');
      await page.getByRole('button', { name: 'Nederlands' }).click();
      await alert.getByText('Dit bestaat niet (meer). Ga terug en kies opnieuw.').waitFor();
      await screenshot(page, 'admin-refused-nl-360');
      await expectAccessible(page);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('shows a coach and an employer "Geen toegang" on the admin pages, and none of their data', async () => {
      for (const who of [COACH, EMPLOYER]) {
        const { context, page, problems } = await newPage(h);
        const asked: string[] = [];
        page.on('request', (r) => {
          if (r.url().endsWith('/graphql')) asked.push(r.postData() ?? '');
        });
        await signInAs(page, who, '/admin/organisations');
        expect(new URL(page.url()).pathname).toBe('/admin/organisations');
        await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
        await expect(page.locator('table, form').count()).resolves.toBe(0);
        await expect(page.getByRole('link', { name: 'Organisaties' }).count()).resolves.toBe(0);
        // The search is theirs too.
        await page.getByRole('navigation').getByRole('link', { name: 'Plekken zoeken' }).waitFor();
        await expectAccessible(page);
        await page.evaluate(
          `history.pushState(null, '', '/admin/users'); dispatchEvent(new PopStateEvent('popstate'))`,
        );
        await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
        await expect(page.locator('table, form, select').count()).resolves.toBe(0);
        // The admin pages' queries never ran.
        expect(asked.some((body) => /AdminOrganisations|AdminUsers/.test(body))).toBe(false);
        expect(problems).toEqual([]);
        await context.close();
      }
    });

    it('fits the search and the admin pages on a 360 px phone', async () => {
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, ADMIN);
      await page.getByRole('row', { name: /Indebuurt033/ }).waitFor();
      await expectNoOverflow(page);
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Gebruikers', exact: true }).click();
      await page
        .getByLabel('Organisatie', { exact: true })
        .selectOption({ label: await adminOrganisationOption() });
      await page.getByRole('row', { name: new RegExp(ADMIN) }).waitFor();
      await screenshot(page, 'admin-users-360');
      await expectNoOverflow(page);
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Plekken zoeken' }).click();
      await page.getByLabel('Zoekwoorden').fill('koken');
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await page.locator('.pw-search__list article').first().waitFor();
      // The filters fold away above the results on a phone, and open on request.
      const kinds = page.getByRole('group', { name: 'Soort' });
      expect(await kinds.isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Filters tonen' }).click();
      await kinds.waitFor();
      expect(
        await page.getByRole('button', { name: 'Filters verbergen' }).getAttribute('aria-expanded'),
      ).toBe('true');
      await screenshot(page, 'search-360');
      await expectNoOverflow(page);
      await expectAccessible(page);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
