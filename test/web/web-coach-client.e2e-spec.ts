import type { Page } from 'playwright-core';
import {
  findChromium,
  newPage,
  NO_CHROMIUM,
  proposeThroughApi,
  seriousAxeViolations,
  signInAs,
  startWebHarness,
  tabToButton,
  type WebHarness,
  screenshot,
} from './browser.js';

/**
 * Issue 11 §3, the coach's own work on a client in Chromium: the intake form by keyboard alone (a
 * postcode the API does not know comes back as a Dutch error beside the field, and nothing is
 * stored), editing the week grid changes the matches, revoking consent with its confirmation, the
 * audit trail showing all of it, progress and logging hours outside a place; axe-core on every new
 * page and a 360 px run.
 */
const chromiumPath = findChromium();
const COACH = 'Fatima Bouzid';
const REFERENCE = 'WEB-INTAKE-1';
// Generous: the machine running the suite may be shared; each step still waits at most 10 s.

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** Presses Tab until the element with this id has focus (keyboard only; fails if it never comes). */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if ((await page.evaluate<string>('document.activeElement ? document.activeElement.id : ""')) === id)
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

async function focusedOutline(page: Page): Promise<string> {
  return page.evaluate<string>(
    'getComputedStyle(document.activeElement).outlineStyle + " " + getComputedStyle(document.activeElement).boxShadow',
  );
}

/** The text of the elements a control's aria-describedby names. */
async function describedText(page: Page, selector: string): Promise<string> {
  const ids = (await page.locator(selector).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' ');
}

/** "12 passende plekken · 3 bijna passend" → 12. */
async function matchCount(page: Page): Promise<number> {
  const text = await page
    .getByText(/(geen passende plekken|\d+ passende plekk?en?) ·/)
    .first()
    .textContent();
  const m = /(\d+) passende/.exec(text ?? '');
  return m ? Number(m[1]) : 0;
}

if (!chromiumPath) {
  describe('coach client pages in Chromium', () => {
    it(NO_CHROMIUM, () => {
      console.warn(NO_CHROMIUM);
    });
  });
} else {
  describe('coach client pages in Chromium', () => {
    let h: WebHarness;

    beforeAll(async () => {
      h = await startWebHarness(chromiumPath);
    }, 240_000);
    afterAll(() => h?.close());

    async function stored(): Promise<number> {
      const rows: Array<{ n: number }> = await h.t.dataSource.query(
        'SELECT count(*)::int AS n FROM participants WHERE client_reference = $1',
        [REFERENCE],
      );
      return rows[0].n;
    }

    it('creates a client by keyboard alone: a Dutch field error for an unknown postcode first, nothing stored; then matches, an edited week, consent revoked, the audit trail', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH);
      await page.getByRole('link', { name: 'Nieuwe cliënt' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe cliënt' }).waitFor();
      await expectAccessible(page);

      // Keyboard only from here to the saved client.
      await tabTo(page, 'client-reference');
      expect(await focusedOutline(page)).not.toBe('none none');
      await page.keyboard.type(REFERENCE);
      await tabTo(page, 'client-nickname');
      await page.keyboard.type('Samira');
      await tabTo(page, 'client-pip');
      // A date field in Dutch order: dd-mm-jjjj.
      await page.keyboard.type('01092025');
      await tabTo(page, 'client-level-speaking');
      await page.keyboard.type('A2');
      await tabTo(page, 'client-level-listening');
      await page.keyboard.type('A2');
      // Free on weekday mornings and afternoons, a language class on Tuesday morning: typed as the
      // first letters of "vrij" and "taalles" in each cell's select.
      for (const day of ['MON', 'TUE', 'WED', 'THU', 'FRI']) {
        for (const part of ['MORNING', 'AFTERNOON']) {
          await tabTo(page, `client-week-${day}-${part}`);
          await page.keyboard.type(day === 'TUE' && part === 'MORNING' ? 't' : 'v');
        }
      }
      expect(await page.locator('#client-week-TUE-MORNING').inputValue()).toBe('LANGUAGE_CLASS');
      expect(await page.locator('#client-week-WED-AFTERNOON').inputValue()).toBe('FREE');
      await tabTo(page, 'client-hours');
      await page.keyboard.type('16');
      await tabTo(page, 'client-postcode');
      await page.keyboard.type('1099 AB');
      for (const mode of ['BIKE', 'WALK']) {
        await tabTo(page, `client-travel-${mode}`);
        await page.keyboard.press('Space');
      }
      await tabTo(page, 'client-minutes');
      await page.keyboard.type('30');
      await tabTo(page, 'client-consent-input');
      await page.keyboard.press('Space');
      await tabTo(page, 'client-reference');
      await page.keyboard.press('Enter');

      // The API does not know 1099: its code comes back as Dutch words beside the postcode.
      await page.locator('#client-postcode[aria-invalid="true"]').waitFor();
      expect(await describedText(page, '#client-postcode')).toContain(
        'Deze postcode kennen we niet. Controleer de cijfers.',
      );
      const summary = page.getByRole('alert');
      await summary.getByRole('link', { name: /Postcode: Deze postcode kennen we niet/ }).waitFor();
      // The summary has focus, so a screen reader reads it out.
      expect(await page.evaluate<string>('document.activeElement.className')).toContain('pw-error-summary');
      expect(await stored()).toBe(0);
      await expectAccessible(page);

      await tabTo(page, 'client-postcode');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('3813 BG');
      // The API's message is about the value before: it goes as soon as the postcode changes.
      await expect(page.locator('#client-postcode[aria-invalid="true"]').count()).resolves.toBe(0);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/coach\/clients\/[0-9a-f-]{36}$/);
      expect(await stored()).toBe(1);
      const clientPath = new URL(page.url()).pathname;
      await page.getByRole('heading', { level: 1, name: 'Samira' }).waitFor();
      expect(problems).toEqual([]);

      // Matches for the week as entered; then only Sunday evening free: fewer (or none).
      await page.getByRole('link', { name: 'Passende plekken' }).click();
      await page
        .getByText(/passende plek|geen passende plekken/)
        .first()
        .waitFor();
      const before = await matchCount(page);
      expect(before).toBeGreaterThan(0);

      await page.getByRole('link', { name: 'Gegevens', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'Gegevens wijzigen' }).waitFor();
      await page.getByText('De tijden blijven precies zoals ze zijn').waitFor();
      await expectAccessible(page);
      for (const day of ['MON', 'TUE', 'WED', 'THU', 'FRI'])
        for (const part of ['MORNING', 'AFTERNOON'])
          await page.locator(`#client-week-${day}-${part}`).selectOption('BUSY');
      await page.locator('#client-week-SUN-EVENING').selectOption('FREE');
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.waitForURL((url) => url.pathname === clientPath);
      const week = (
        await h.t.dataSource.query('SELECT availability FROM participants WHERE client_reference = $1', [
          REFERENCE,
        ])
      )[0].availability;
      expect(week).toEqual([{ day: 'SUN', start: '17:00', end: '21:00' }]);
      await page.getByRole('link', { name: 'Passende plekken' }).click();
      await page
        .getByText(/passende plek|geen passende plekken/)
        .first()
        .waitFor();
      expect(await matchCount(page)).toBeLessThan(before);

      // Revoking consent: a confirmation that says what happens, then the API's answer.
      await page.getByRole('link', { name: 'Overzicht' }).click();
      await page.getByRole('button', { name: 'Toestemming intrekken' }).click();
      const dialog = page.getByRole('dialog', { name: 'Toestemming intrekken?' });
      await dialog.getByText('Open voorstellen worden ingetrokken').waitFor();
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Ja, toestemming intrekken' }).click();
      await page.getByText('Toestemming ingetrokken. Er waren geen open voorstellen.').waitFor();
      const consent = (
        await h.t.dataSource.query(
          'SELECT consent_to_be_proposed AS c FROM participants WHERE client_reference = $1',
          [REFERENCE],
        )
      )[0].c;
      expect(consent).toBe(false);

      // The audit trail names what was done, newest first.
      await page.getByRole('link', { name: 'Logboek' }).click();
      await page.getByRole('heading', { level: 2, name: 'Logboek' }).waitFor();
      const table = page.getByRole('table');
      await table.getByText('Toestemming ingetrokken').first().waitFor();
      await table.getByText('Gegevens gewijzigd').first().waitFor();
      await table.getByText('Cliënt aangemaakt').first().waitFor();
      const actions = await table.locator('tbody tr td:nth-child(2)').allTextContents();
      expect(actions.indexOf('Toestemming ingetrokken')).toBeLessThan(actions.indexOf('Cliënt aangemaakt'));
      await expectAccessible(page);
      expect(problems).toEqual([]);
      await context.close();
    }, 120_000);

    it('shows progress towards the 800 hours and the MAP, and logs hours outside a place', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH);
      await page.getByRole('link', { name: 'Hawa' }).first().click();
      // Every label of the overview's lists stays in its column: "Einde inburgeringstermijn" once
      // ran into the date beside it on a wide screen.
      await page.getByText('Einde inburgeringstermijn').waitFor();
      const overflowing = await page.evaluate<string[]>(
        `[...document.querySelectorAll('.utrecht-data-list__item-key')]
           .filter((key) => key.scrollWidth > key.clientWidth + 1).map((key) => key.textContent)`,
      );
      expect(overflowing).toEqual([]);
      await page.getByRole('link', { name: 'Voortgang', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'Voortgang' }).waitFor();
      await page.getByText('MAP-fase').waitFor();
      await expectAccessible(page);
      const taalcafe = page.locator('dd', { has: page.getByText(/uur goedgekeurd/) });
      const id = new URL(page.url()).pathname.split('/')[3];
      const approvedBefore = (
        await h.t.dataSource.query(
          "SELECT coalesce(sum(hours), 0)::float AS h FROM hours_entries WHERE participant_id = $1 AND activity = 'TAALCAFE' AND status = 'APPROVED' AND superseded_at IS NULL",
          [id],
        )
      )[0].h;

      // Nothing typed: the form says so beside the fields.
      await page.getByRole('button', { name: 'Uren loggen' }).click();
      expect(await describedText(page, '#log-hours')).toContain('Vul een getal in van 0,25 tot 24.');
      const today = await page.evaluate<string>(
        `new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())`,
      );
      await page.getByLabel('Dag', { exact: true }).fill(today);
      await page.getByLabel('Uren', { exact: true }).fill('1,5');
      await page.getByLabel('Toelichting (mag leeg)').fill('Taalcafé bibliotheek');
      await page.getByRole('button', { name: 'Uren loggen' }).click();
      await page.getByText('1,5 uur gelogd.').waitFor();
      const approvedAfter = (
        await h.t.dataSource.query(
          "SELECT coalesce(sum(hours), 0)::float AS h FROM hours_entries WHERE participant_id = $1 AND activity = 'TAALCAFE' AND status = 'APPROVED' AND superseded_at IS NULL",
          [id],
        )
      )[0].h;
      expect(approvedAfter).toBeCloseTo(approvedBefore + 1.5);
      await taalcafe.first().waitFor();
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);

    it('ends a running placement early with a reason, from the coach’s introductions board', async () => {
      // A running placement to end: proposed by the coach, accepted and started by the place (API).
      const users = (await (await fetch(`${h.baseUrl}/dev/sign-in/users`)).json()) as Array<{
        id: string;
        displayName: string;
        role: string;
      }>;
      const coachUser = users.find((u) => u.displayName === COACH)!;
      const coachToken = await h.t.tokenFor(coachUser);
      const [pair]: Array<{
        participant_id: string;
        placement_id: string;
        employer_id: string;
        role: string;
      }> = await h.t.dataSource.query(
        `SELECT pa.id AS participant_id, pl.id AS placement_id, u.id AS employer_id, u.role
             FROM participants pa, placements pl JOIN users u ON u.organisation_id = pl.organisation_id
            WHERE pa.coach_id = $1 AND pa.consent_to_be_proposed AND pl.status = 'PUBLISHED'
              AND u.role IN ('EMPLOYER', 'PARTNER')
              AND NOT EXISTS (SELECT 1 FROM introductions i WHERE i.participant_id = pa.id AND i.placement_id = pl.id)
            ORDER BY pa.client_reference, pl.title LIMIT 1`,
        [coachUser.id],
      );
      const introductionId = await proposeThroughApi(h, coachToken, {
        participantId: pair.participant_id,
        placementId: pair.placement_id,
      });
      const placeToken = await h.t.tokenFor({ id: pair.employer_id, role: pair.role });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
      for (const [mutation, variables] of [
        ['acceptIntroduction(input: { introductionId: $id })', '$id: ID!'],
        ['startIntroduction(input: { introductionId: $id, startDate: $day })', '$id: ID!, $day: Date!'],
      ]) {
        const res = await h.t.gql(
          `mutation (${variables}) { ${mutation} { introduction { status } } }`,
          { id: introductionId, ...(variables.includes('$day') ? { day: today } : {}) },
          placeToken,
        );
        expect(res.errors).toBeUndefined();
      }

      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH, '/coach/introductions');
      await page.getByRole('heading', { level: 2, name: /^Lopend \(\d+\)$/ }).waitFor();
      const card = page.locator(`article[aria-labelledby="intro-${introductionId}"]`);
      await card.getByRole('button', { name: 'Eerder beëindigen' }).click();
      await expectAccessible(page);
      // No reason: said beside the reason, nothing sent.
      await card.getByRole('button', { name: 'Plaatsing beëindigen' }).click();
      const reason = card.getByLabel('Waarom stopt het?');
      expect(await reason.getAttribute('aria-invalid')).toBe('true');
      await card.getByText('Kies een reden.').waitFor();
      await reason.selectOption('FOUND_WORK');
      await card.getByLabel('Toelichting (mag leeg)').fill('Betaald werk bij een supermarkt');
      await card.getByRole('button', { name: 'Plaatsing beëindigen' }).click();
      // The board reads the introductions again: the place now stands under the ended ones.
      const ended = page.locator('section', {
        has: page.getByRole('heading', { level: 2, name: /^Afgelopen/ }),
      });
      await ended.locator(`article[aria-labelledby="intro-${introductionId}"]`).waitFor();
      const rows: Array<{ status: string; end_reason: string }> = await h.t.dataSource.query(
        'SELECT status, end_reason FROM introductions WHERE id = $1',
        [introductionId],
      );
      expect(rows).toEqual([{ status: 'ENDED_EARLY', end_reason: 'FOUND_WORK' }]);
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);

    it('keeps the Dutch reason a withdrawal was refused readable after the board reloads, as an alert above the columns', async () => {
      const users = (await (await fetch(`${h.baseUrl}/dev/sign-in/users`)).json()) as Array<{
        id: string;
        displayName: string;
        role: string;
      }>;
      const coachUser = users.find((u) => u.displayName === COACH)!;
      const coachToken = await h.t.tokenFor(coachUser);
      const [pair]: Array<{
        participant_id: string;
        name: string;
        placement_id: string;
        title: string;
        employer_id: string;
        role: string;
      }> = await h.t.dataSource.query(
        `SELECT pa.id AS participant_id, coalesce(pa.nickname, pa.client_reference) AS name,
                pl.id AS placement_id, pl.title, u.id AS employer_id, u.role
             FROM participants pa, placements pl JOIN users u ON u.organisation_id = pl.organisation_id
            WHERE pa.coach_id = $1 AND pa.consent_to_be_proposed AND pl.status = 'PUBLISHED'
              AND u.role IN ('EMPLOYER', 'PARTNER')
              AND NOT EXISTS (SELECT 1 FROM introductions i WHERE i.participant_id = pa.id AND i.placement_id = pl.id)
            ORDER BY pa.client_reference DESC, pl.title LIMIT 1`,
        [coachUser.id],
      );
      const introductionId = await proposeThroughApi(h, coachToken, {
        participantId: pair.participant_id,
        placementId: pair.placement_id,
      });

      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH, '/coach/introductions');
      const card = page.locator(`article[aria-labelledby="intro-${introductionId}"]`);
      const open = page.locator('section', {
        has: page.getByRole('heading', { level: 2, name: /^Wachten op antwoord/ }),
      });
      await open.locator(`article[aria-labelledby="intro-${introductionId}"]`).waitFor();
      // By keyboard: withdraw, then confirm — but meanwhile the place declines (behind the page's back).
      await tabToButton(page, card, 'Intrekken');
      await page.keyboard.press('Enter');
      await tabToButton(page, card, 'Ja, voorstel intrekken');
      const declined = await h.t.gql(
        `mutation ($input: DeclineIntroductionInput!) { declineIntroduction(input: $input) { introduction { status } } }`,
        { input: { introductionId, reason: 'NO_CAPACITY' } },
        await h.t.tokenFor({ id: pair.employer_id, role: pair.role }),
      );
      expect(declined.errors).toBeUndefined();
      const refused = page.waitForResponse(
        (r) => r.url().endsWith('/graphql') && /WithdrawIntroduction/.test(r.request().postData() ?? ''),
      );
      await page.keyboard.press('Enter');
      await refused;
      // The refusal makes the board reload: wait until the card stands under the ended ones.
      const ended = page.locator('section', {
        has: page.getByRole('heading', { level: 2, name: /^Afgelopen/ }),
      });
      await ended.locator(`article[aria-labelledby="intro-${introductionId}"]`).waitFor();
      await page.waitForLoadState('networkidle');
      const alert = page.getByRole('alert');
      // The board has reloaded by itself: the sentence does not ask to reload the page.
      const why =
        'Dit kan niet meer, want het voorstel is intussen veranderd. Hieronder zie je hoe het nu staat.';
      await alert.getByText(why).waitFor();
      await alert
        .getByText(`Het voorstel van ${pair.name} voor ${pair.title} is niet ingetrokken.`)
        .waitFor();
      // Above the columns, not in the card that moved; the focus is on it, as the pressed button is gone.
      expect(await card.getByRole('alert').count()).toBe(0);
      expect(await page.evaluate<string>('document.activeElement.className')).toContain('pw-board__alert');
      // One Tab away: the button that closes it.
      await page.keyboard.press('Tab');
      expect(await page.locator('.pw-board__alert button:focus').textContent()).toBe('Melding sluiten');
      // Still there a while after the reload.
      await page.waitForTimeout(1_500);
      expect(await alert.getByText(why).isVisible()).toBe(true);
      // The API's own answer is in English, for developers; the page shows none of it.
      const again = await h.t.gql(
        `mutation ($input: WithdrawIntroductionInput!) { withdrawIntroduction(input: $input) { introduction { id } } }`,
        { input: { introductionId } },
        coachToken,
      );
      expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
      const english = again.errors![0].message;
      expect(english).toMatch(/[a-z]/);
      expect(await page.locator('body').textContent()).not.toContain(english);
      await expectAccessible(page);
      await screenshot(page, 'coach-withdraw-refused-nl-1440');
      await page.getByRole('button', { name: 'English' }).click();
      await alert.getByText(`The proposal of ${pair.name} for ${pair.title} was not withdrawn.`).waitFor();
      await alert.getByText('Below you see where it stands now.', { exact: false }).waitFor();
      await screenshot(page, 'coach-withdraw-refused-en-1440');
      await page.setViewportSize({ width: 360, height: 740 });
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
      ).toBeLessThanOrEqual(0);
      await screenshot(page, 'coach-withdraw-refused-en-360');
      await page.getByRole('button', { name: 'Nederlands' }).click();
      await alert.getByText(why).waitFor();
      await screenshot(page, 'coach-withdraw-refused-nl-360');
      await expectAccessible(page);
      // Closing it by keyboard brings the focus to the card, where it now stands.
      await tabToButton(page, alert, 'Melding sluiten');
      await page.keyboard.press('Enter');
      await alert.getByText(why).waitFor({ state: 'detached' });
      expect(await page.evaluate<string>('document.activeElement.id')).toBe(`intro-${introductionId}`);
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);

    it('fits the client form, progress and audit trail on a 360 px phone', async () => {
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, COACH);
      await page.getByRole('link', { name: 'Nieuwe cliënt' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe cliënt' }).waitFor();
      const overflow = () =>
        page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(await overflow()).toBeLessThanOrEqual(0);
      await expectAccessible(page);
      const rows: Array<{ id: string }> = await h.t.dataSource.query(
        "SELECT id FROM participants WHERE nickname = 'Hawa'",
      );
      // The token lives in memory only: a new page load signs in again, then the tabs lead on.
      await signInAs(page, COACH, `/coach/clients/${rows[0].id}`);
      for (const [tab, heading] of [
        ['Gegevens', 'Gegevens wijzigen'],
        ['Voortgang', 'Voortgang'],
        ['Logboek', 'Logboek'],
      ]) {
        await page.getByRole('link', { name: tab, exact: true }).click();
        await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
        expect(await overflow()).toBeLessThanOrEqual(0);
        await expectAccessible(page);
      }
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);
  });
}
