import type { Page } from 'playwright-core';
import { copyRows } from '@plekwijzer/test-support';
import {
  findChromium,
  newPage,
  NO_CHROMIUM,
  screenshot,
  seriousAxeViolations,
  signInAs,
  startWebHarness,
  type WebHarness,
} from './browser.js';

/**
 * Pickers found by name instead of scrolled: on "Gebruikers" the admin types part of an
 * organisation's name and the picker holds only those that match (asked of the API), so the 150th
 * of 150 new organisations is a few keys away; in the search's "Waarom niet voor mijn cliënt?" a
 * coach finds a client beyond the first 100 the same way, and never another coach's client. A
 * status says how many were found; the chosen one stays chosen. On "Organisaties" the same box
 * narrows the table, whose heading and "Meer laden" then count what was found. At 1440 and 360 px,
 * axe-core clean.
 */
const chromiumPath = findChromium();
const ADMIN = 'Joost Verhagen';
const COACH = 'Fatima Bouzid';
const ORGANISATIONS = 150;
const CLIENTS = 105;
const shots = process.env.WEB_SCREENSHOTS;

const noSidewaysScroll = async (page: Page) =>
  expect(
    await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
  ).toBeLessThanOrEqual(0);
const focusedId = (page: Page) => page.evaluate<string>('document.activeElement.id');
/** The option texts of a select, the "choose" option left out. */
const optionTexts = (page: Page, selectId: string) =>
  page.evaluate<string[]>(
    `Array.from(document.querySelectorAll('#${selectId} option'), (o) => o.value ? o.textContent : '').filter(Boolean)`,
  );

if (!chromiumPath) {
  describe('pickers found by name in Chromium', () => {
    it(NO_CHROMIUM, () => {
      console.warn(NO_CHROMIUM);
    });
  });
} else {
  describe('pickers found by name in Chromium', () => {
    let h: WebHarness;
    let coachId: string;
    const sql = <T>(text: string, params: unknown[] = []) => h.t.dataSource.query<T>(text, params);

    beforeAll(async () => {
      h = await startWebHarness(chromiumPath);
      // Nothing in the demo data is called this, so what is found is what the test added.
      expect(await sql(`SELECT 1 FROM organisations WHERE name ILIKE '%wijkwerk%'`)).toEqual([]);
      // A municipality's worth of organisations, in one statement; the 150th sorts last of them.
      await sql(
        `INSERT INTO organisations (kind, name, street, postcode, pc4, city, contact_name, contact_email)
         SELECT 'PARTNER', 'Stichting Wijkwerk ' || lpad(n::text, 3, '0'), 'Hof ' || n, '3811 CJ', '3811',
                'Amersfoort', 'Contact ' || n, 'wijkwerk' || n || '@example.nl'
         FROM generate_series(1, ${ORGANISATIONS}) AS n`,
      );
      [{ id: coachId }] = await sql<Array<{ id: string }>>(`SELECT id FROM users WHERE display_name = $1`, [
        COACH,
      ]);
      await copyRows(
        h.t.dataSource,
        'participants',
        { sql: 'coach_id = $1', params: [coachId] },
        {
          client_reference: "'ZOEK-' || lpad(n::text, 3, '0')",
          nickname: "'Zoë ' || lpad(n::text, 3, '0')",
        },
        CLIENTS,
      );
    }, 240_000);
    afterAll(() => h?.close());

    it('lets the admin find organisation 150 of 150 by part of its name and add a user to it (1440 px)', async () => {
      const [total] = await sql<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM organisations`);
      const [target] = await sql<Array<{ id: string }>>(
        `SELECT id FROM organisations WHERE name = 'Stichting Wijkwerk 150'`,
      );
      const { context, page, problems } = await newPage(h);
      await signInAs(page, ADMIN, '/admin/users');
      const picker = page.getByLabel('Organisatie', { exact: true });
      const find = page.getByLabel('Zoek een organisatie');
      const found = page.locator('.pw-find [role="status"]');
      // Without a text: the first 100 of every organisation, the rest behind "Meer laden".
      await page.locator('.pw-load-more [role="status"]').getByText(`100 van ${total.n} getoond`).waitFor();
      expect(await optionTexts(page, 'users-organisation')).not.toContain(
        'Stichting Wijkwerk 150 (Partnerorganisatie)',
      );
      // Its button says, to a screen reader, which list it loads (the users' table has one too).
      expect(await page.getByRole('button', { name: /^Meer laden\s*:\s*organisaties$/ }).count()).toBe(1);

      // Part of the name, in another case: only the organisations whose name holds it.
      await find.fill('WIJKWERK 1');
      await found.getByText('51 organisaties gevonden.').waitFor();
      const some = await optionTexts(page, 'users-organisation');
      expect(some).toHaveLength(51);
      expect(some.every((o) => /^Stichting Wijkwerk 1\d\d \(/.test(o))).toBe(true);
      expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'find-organisation-some-1440');

      await find.fill('wijkwerk 150');
      await found.getByText('1 organisatie gevonden.').waitFor();
      expect(await optionTexts(page, 'users-organisation')).toEqual([
        'Stichting Wijkwerk 150 (Partnerorganisatie)',
      ]);
      // From the box, Tab goes on to the picker; the keyboard chooses there.
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('users-organisation');
      await page.keyboard.press('ArrowDown');
      await picker.selectOption({ label: 'Stichting Wijkwerk 150 (Partnerorganisatie)' });
      await page
        .getByRole('heading', { level: 2, name: 'Gebruikers van Stichting Wijkwerk 150 (0)' })
        .waitFor();
      expect(new URL(page.url()).searchParams.get('organisation')).toBe(target.id);

      // Another text: the chosen organisation stays chosen, and one of the choices.
      await find.fill('geen organisatie heet zo');
      await found.getByText('Geen organisatie gevonden. Probeer een ander deel van de naam.').waitFor();
      expect(await picker.inputValue()).toBe(target.id);
      expect(await optionTexts(page, 'users-organisation')).toEqual([
        'Stichting Wijkwerk 150 (Partnerorganisatie)',
      ]);

      await page.getByLabel('Naam', { exact: true }).fill('Ilse Wijkwerk');
      await page.getByLabel('E-mailadres (werk)').fill('ilse@wijkwerk150.nl');
      await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
      await page.getByRole('status').getByText('Ilse Wijkwerk is toegevoegd en kan inloggen.').waitFor();
      const [user] = await sql<Array<{ role: string; organisation_id: string }>>(
        `SELECT role, organisation_id FROM users WHERE email = 'ilse@wijkwerk150.nl'`,
      );
      expect(user).toEqual({ role: 'PARTNER', organisation_id: target.id });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'find-organisation-chosen-1440');
      expect(problems).toEqual([]);
      await context.close();
    });

    it('fits finding an organisation on a 360 px phone (360 px)', async () => {
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, ADMIN, '/admin/users');
      await page.getByLabel('Zoek een organisatie').fill('wijkwerk 14');
      await page.locator('.pw-find [role="status"]').getByText('10 organisaties gevonden.').waitFor();
      await noSidewaysScroll(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'find-organisation-360');
      expect(problems).toEqual([]);
      await context.close();
    });

    it("lets a coach find a client beyond the first 100 by typing, never another coach's (1440 px)", async () => {
      const mine = await sql<Array<{ id: string; nickname: string }>>(
        `SELECT id, nickname FROM participants WHERE coach_id = $1 AND client_reference LIKE 'ZOEK-%'`,
        [coachId],
      );
      expect(mine).toHaveLength(CLIENTS);
      // A client of another coach, named like this coach's.
      const [otherCoach] = await sql<Array<{ id: string }>>(
        `SELECT id FROM users WHERE role = 'COACH' AND id <> $1 LIMIT 1`,
        [coachId],
      );
      expect(otherCoach).toBeDefined();
      await copyRows(
        h.t.dataSource,
        'participants',
        { sql: 'id = $1', params: [mine[0].id] },
        { coach_id: `'${otherCoach.id}'`, client_reference: "'ZOEK-999'", nickname: "'Zoë 999'" },
        1,
      );

      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH, '/search');
      const card = page.locator('.pw-search__list article').first();
      await card.getByRole('button', { name: /^Waarom niet voor mijn cliënt\?/ }).click();
      const picker = card.getByLabel('Cliënt', { exact: true });
      const selectId = (await picker.getAttribute('id'))!;
      const find = card.getByLabel('Zoek een cliënt');
      const found = card.locator('.pw-find [role="status"]');
      await card
        .locator('.pw-load-more [role="status"]')
        .getByText(/^100 van \d+ getoond$/)
        .waitFor();
      const firstHundred = new Set(await optionTexts(page, selectId));
      const beyond = mine.find((c) => ![...firstHundred].some((o) => o.startsWith(`${c.nickname} (`)))!;
      expect(beyond).toBeDefined();
      const beyondReference = `ZOEK-${beyond.nickname.slice(-3)}`;

      // Part of the nickname, without its accent and in another case.
      await find.fill(beyond.nickname.replace('Zoë', 'zoe'));
      await found.getByText('1 cliënt gevonden.').waitFor();
      const options = await optionTexts(page, selectId);
      expect(options).toHaveLength(1);
      expect(options[0].startsWith(`${beyond.nickname} (`)).toBe(true);
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe(selectId);
      await picker.selectOption(beyond.id);
      await card.getByText(/^Deze plek (past: alle punten kloppen|past niet)/).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'find-client-1440');

      // Another coach's client is not found, by name or by reference; the chosen client stays chosen.
      for (const text of ['ZOEK-999', 'zoë 999']) {
        await find.fill(text);
        await found
          .getByText('Geen cliënt gevonden. Probeer een ander deel van de naam of het kenmerk.')
          .waitFor();
        expect(await picker.inputValue()).toBe(beyond.id);
        expect(await optionTexts(page, selectId)).toEqual([`${beyond.nickname} (${beyondReference})`]);
        // Emptied, the box asks for the whole caseload again and the status has nothing to say.
        await find.fill('');
        await found.getByText(/./).waitFor({ state: 'detached' });
      }
      await card.getByText(/^Deze plek (past: alle punten kloppen|past niet)/).waitFor();
      expect(problems).toEqual([]);
      await context.close();
    });

    it('fits finding a client on a 360 px phone (360 px)', async () => {
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, COACH, '/search');
      const card = page.locator('.pw-search__list article').first();
      await card.getByRole('button', { name: /^Waarom niet voor mijn cliënt\?/ }).click();
      await card.getByLabel('Zoek een cliënt').fill('zoek-10');
      // ZOEK-100 … ZOEK-105, by their reference.
      await card.locator('.pw-find [role="status"]').getByText('6 cliënten gevonden.').waitFor();
      await noSidewaysScroll(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await card.getByLabel('Zoek een cliënt').scrollIntoViewIfNeeded();
      if (shots) await page.screenshot({ path: `${shots}/find-client-360.png` });
      expect(problems).toEqual([]);
      await context.close();
    });

    it('lets the admin narrow the organisations table to organisation 150 by typing, by keyboard (1440 px)', async () => {
      const [total] = await sql<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM organisations`);
      const [target] = await sql<Array<{ id: string }>>(
        `SELECT id FROM organisations WHERE name = 'Stichting Wijkwerk 150'`,
      );
      const { context, page, problems } = await newPage(h);
      await signInAs(page, ADMIN, '/admin/organisations');
      const rows = page.locator('table tbody tr');
      const rowNames = () =>
        page.evaluate<string[]>(
          "Array.from(document.querySelectorAll('table tbody th'), (th) => th.textContent.trim())",
        );
      const found = page.locator('.pw-find [role="status"]');
      const shown = page.locator('.pw-load-more [role="status"]');
      // Without a text: the first 100 of every organisation; the 150th is not among them.
      await page.getByRole('heading', { level: 2, name: `Alle organisaties (${total.n})` }).waitFor();
      await shown.getByText(`100 van ${total.n} getoond`).waitFor();
      expect(await rowNames()).not.toContain('Stichting Wijkwerk 150');

      // Part of the name, in another case: the table holds what matches, 100 at a time, and
      // "Meer laden" brings the rest of what was found.
      const find = page.getByLabel('Zoek een organisatie');
      await find.fill('WIJKWERK');
      await found.getByText('150 organisaties gevonden.').waitFor();
      await page
        .getByRole('heading', { level: 2, name: `Organisaties met ‘WIJKWERK’ in de naam (${ORGANISATIONS})` })
        .waitFor();
      await shown.getByText(`100 van ${ORGANISATIONS} getoond`).waitFor();
      expect(await rows.count()).toBe(100);
      await page.getByRole('button', { name: 'Meer laden' }).click();
      await shown.getByText(`${ORGANISATIONS} van ${ORGANISATIONS} getoond`).waitFor();
      const all = await rowNames();
      expect(all).toHaveLength(ORGANISATIONS);
      expect(all.every((n) => /^Stichting Wijkwerk \d{3}$/.test(n))).toBe(true);
      expect(all).toContain('Stichting Wijkwerk 150');
      expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);

      await find.fill('wijkwerk 1');
      await found.getByText('51 organisaties gevonden.').waitFor();
      await page
        .getByRole('heading', { level: 2, name: 'Organisaties met ‘wijkwerk 1’ in de naam (51)' })
        .waitFor();
      const some = await rowNames();
      expect(some).toHaveLength(51);
      expect(some.every((n) => /^Stichting Wijkwerk 1\d\d$/.test(n))).toBe(true);
      // One page holds all that was found: no button and no "… van … getoond".
      expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);
      expect(await shown.textContent()).toBe('');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'find-organisations-table-some-1440');

      // By keyboard: empty the box with Escape, type, Tab to the one found, Enter opens its users.
      await find.focus();
      await page.keyboard.press('Escape');
      await page.getByRole('heading', { level: 2, name: `Alle organisaties (${total.n})` }).waitFor();
      await page.keyboard.type('wijkwerk 150');
      await found.getByText('1 organisatie gevonden.').waitFor();
      await page
        .getByRole('heading', { level: 2, name: 'Organisaties met ‘wijkwerk 150’ in de naam (1)' })
        .waitFor();
      expect(await rowNames()).toEqual(['Stichting Wijkwerk 150']);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'find-organisations-table-one-1440');
      await page.keyboard.press('Tab');
      expect(await page.evaluate<string>('document.activeElement.textContent.trim()')).toBe(
        'Stichting Wijkwerk 150',
      );
      await page.keyboard.press('Enter');
      await page
        .getByRole('heading', { level: 2, name: /^Gebruikers van Stichting Wijkwerk 150 / })
        .waitFor();
      expect(new URL(page.url()).searchParams.get('organisation')).toBe(target.id);

      expect(problems).toEqual([]);
      await context.close();
    });

    it('keeps the organisations table’s find text in the address: Back and signing in again after a reload (1440 px)', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, ADMIN, '/admin/organisations');
      const heading = page.getByRole('heading', {
        level: 2,
        name: 'Organisaties met ‘wijkwerk 150’ in de naam (1)',
      });
      await page.getByLabel('Zoek een organisatie').fill('wijkwerk 150');
      await heading.waitFor();
      await page.waitForFunction("new URL(location.href).searchParams.get('q') === 'wijkwerk 150'");
      await page.getByRole('link', { name: 'Stichting Wijkwerk 150' }).click();
      await page
        .getByRole('heading', { level: 2, name: /^Gebruikers van Stichting Wijkwerk 150 / })
        .waitFor();

      // Back shows the table as it was narrowed, the text in the box.
      await page.goBack();
      await heading.waitFor();
      expect(await page.getByLabel('Zoek een organisatie').inputValue()).toBe('wijkwerk 150');
      // A reload ends the session (the token lives in memory only); signing in again comes back here.
      await page.reload();
      await page.getByRole('button', { name: `Inloggen als ${ADMIN}` }).click();
      await heading.waitFor();
      expect(await page.getByLabel('Zoek een organisatie').inputValue()).toBe('wijkwerk 150');
      // Emptying the box takes the text out of the address again.
      await page.getByLabel('Zoek een organisatie').fill('');
      await page.getByRole('heading', { level: 2, name: /^Alle organisaties \(\d+\)$/ }).waitFor();
      await page.waitForFunction("!new URL(location.href).searchParams.has('q')");
      expect(problems).toEqual([]);
      await context.close();
    });

    it('adds an organisation while the table is narrowed: it shows when it matches (1440 px)', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, ADMIN, '/admin/organisations');
      const found = page.locator('.pw-find [role="status"]');
      await page.getByLabel('Zoek een organisatie').fill('wijkwerk 14');
      // Wijkwerk 140 … 149.
      await found.getByText('10 organisaties gevonden.').waitFor();
      await page.getByLabel('Soort organisatie').selectOption('PARTNER');
      await page.getByLabel('Naam', { exact: true }).fill('Stichting Wijkwerk 14 Noord');
      await page.getByLabel('Straat en huisnummer').fill('Hof 1');
      await page.getByLabel('Postcode', { exact: true }).fill('3811 CJ');
      await page.getByLabel('Plaats').fill('Amersfoort');
      await page.getByLabel('Contactpersoon', { exact: true }).fill('Els de Boer');
      await page.getByLabel('E-mailadres contactpersoon').fill('els@wijkwerk14.nl');
      await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
      await page.getByRole('status').getByText('Stichting Wijkwerk 14 Noord is toegevoegd.').waitFor();
      await page
        .getByRole('heading', { level: 2, name: 'Organisaties met ‘wijkwerk 14’ in de naam (11)' })
        .waitFor();
      await page.getByRole('row', { name: /Stichting Wijkwerk 14 Noord/ }).waitFor();
      expect(await page.locator('table tbody tr').count()).toBe(11);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('fits narrowing the organisations table on a 360 px phone (360 px)', async () => {
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, ADMIN, '/admin/organisations');
      const find = page.getByLabel('Zoek een organisatie');
      // Wijkwerk 130 … 139.
      await find.fill('wijkwerk 13');
      await page.locator('.pw-find [role="status"]').getByText('10 organisaties gevonden.').waitFor();
      expect(await page.locator('table tbody tr').count()).toBe(10);
      await noSidewaysScroll(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await find.scrollIntoViewIfNeeded();
      if (shots) await page.screenshot({ path: `${shots}/find-organisations-table-360.png` });
      await screenshot(page, 'find-organisations-table-360-full');
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
