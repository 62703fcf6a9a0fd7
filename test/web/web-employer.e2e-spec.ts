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
 * Issue 11 §3/§5, the employer's and partner's pages in Chromium: post and publish a place (with
 * the form's own checks and the API's field errors beside the fields), answer a coach's proposal
 * (accept, start), log hours on a 360 px phone, the role boundary both ways — axe-core on every
 * page. WEB_SCREENSHOTS=<dir> also saves screenshots of the pages at 1,440 and 360 px.
 */
const chromiumPath = findChromium();
const EMPLOYER = 'Annelies Dekker';
const PARTNER = 'Sophie Veenstra';
const COACH = 'Fatima Bouzid';
const TITLE = 'Koffie schenken in het restaurant';

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

if (!chromiumPath) {
  describe('employer pages in Chromium', () => {
    it(NO_CHROMIUM, () => {
      console.warn(NO_CHROMIUM);
    });
  });
} else {
  describe('employer pages in Chromium', () => {
    let h: WebHarness;

    beforeAll(async () => {
      h = await startWebHarness(chromiumPath);
    }, 240_000);
    afterAll(() => h?.close());

    /** A demo user's token, as the API's development sign-in gives it. */
    async function tokenOf(displayName: string): Promise<{ token: string; id: string }> {
      const users = (await (await fetch(`${h.baseUrl}/dev/sign-in/users`)).json()) as Array<{
        id: string;
        displayName: string;
        role: string;
      }>;
      const user = users.find((u) => u.displayName === displayName)!;
      return { token: await h.t.tokenFor(user), id: user.id };
    }

    it('posts a place: the form checks as you go, shows the API’s field errors beside the field, publishes', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, EMPLOYER);
      expect(new URL(page.url()).pathname).toBe('/employer/places');
      await page.getByRole('heading', { level: 1, name: 'Mijn plekken' }).waitFor();
      // The demo places of the care home, grouped by status.
      await page.getByRole('heading', { level: 2, name: /^Gepubliceerd \(\d+\)$/ }).waitFor();
      await expectAccessible(page);
      await screenshot(page, 'employer-places-1440');

      await page.getByRole('link', { name: 'Nieuwe plek' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe plek' }).waitFor();
      await expectAccessible(page);

      // Nothing filled in: the summary names the title, and the title field says why.
      await page.getByRole('button', { name: 'Opslaan en publiceren' }).click();
      const summary = page.getByRole('alert');
      await summary.getByText('Verbeter eerst dit:').waitFor();
      await summary.getByRole('link', { name: /Titel: Geef een titel van 3 tot 150 tekens/ }).waitFor();
      const title = page.getByLabel('Titel', { exact: true });
      expect(await title.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await title.getAttribute('aria-describedby'))!.split(' ');
      const errorText = await page
        .locator(`[id="${describedBy.find((d) => d.endsWith('-error'))}"]`)
        .textContent();
      expect(errorText).toContain('Geef een titel van 3 tot 150 tekens.');

      await title.fill(TITLE);
      await page.getByLabel('Branche').selectOption('HORECA');
      await page
        .getByLabel('Beschrijving')
        .fill('Je schenkt koffie en thee voor de bewoners en praat met ze. Een vaste collega helpt je.');

      // Schedule: a day shift, then a night shift typed with its end before its start.
      await page.getByRole('button', { name: 'Dienst toevoegen' }).click();
      await page.getByRole('button', { name: 'Dienst toevoegen' }).click();
      await page.locator('#schedule-shifts-1-start').fill('22:00');
      await page.locator('#schedule-shifts-1-end').fill('06:00');
      expect(await page.locator('#schedule-shifts-1-overnight').isChecked()).toBe(true);
      await page.getByText('Samen 12 uur per week.').waitFor();
      // Overlap is shown beside the shift as soon as it is there.
      await page.locator('#schedule-shifts-1-day').selectOption('MON');
      await page.locator('#schedule-shifts-1-start').fill('12:00');
      await page.locator('#schedule-shifts-1-end').fill('15:00');
      await page.locator('#schedule-shifts-1-end').blur();
      await page.getByText('Valt samen met nummer 1.', { exact: true }).waitFor();
      await page.locator('#schedule-shifts-1-day').selectOption('TUE');
      await expect(page.getByText('Valt samen met nummer 1.', { exact: true }).count()).resolves.toBe(0);
      // Back to the night shift, now on Tuesday night.
      await page.locator('#schedule-shifts-1-start').fill('22:00');
      await page.locator('#schedule-shifts-1-end').fill('06:00');
      await page.getByText('Samen 12 uur per week.').waitFor();

      await page.getByLabel('Spreken', { exact: true }).selectOption('A2');
      await page.getByLabel('Spreken: moet het al, of mag het groeien?').selectOption('preferred');
      await page.getByLabel('Z-route').check();
      await page.getByLabel('Statushouders').check();
      await page.getByLabel(/^Licht/).check();
      await page.getByLabel('Ja', { exact: true }).check();
      await page.getByLabel('Hoeveel mensen tegelijk').fill('2');
      const today = await page.evaluate<string>(
        `new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())`,
      );
      await page.getByLabel('Startdatum').fill(today);
      // A postcode the API does not know: its field error appears beside the postcode.
      await page.getByLabel('Straat en huisnummer').fill('Leusderweg 214');
      await page.getByLabel('Postcode').fill('1000 AA');
      await page.getByLabel('Plaats').fill('Amersfoort');
      await page.getByLabel('Vrijwilligersvergoeding').check();
      expect(await page.getByLabel('Iedereen').isChecked()).toBe(true);
      // A group in Arabic cannot be a Dutch-speaking environment: the form says so before saving.
      await page.getByLabel('In welke taal is de groep?').selectOption('ar');
      expect(
        await page.getByLabel('In welke taal is de groep?').locator('option:checked').textContent(),
      ).toBe('Arabisch');
      await page.getByRole('button', { name: 'Opslaan en publiceren' }).click();
      await page
        .locator('#place-dutch-error')
        .getByText('De groep is in een andere taal: kies hier "nee".')
        .waitFor();
      await page.getByLabel('In welke taal is de groep?').selectOption('');
      await screenshot(page, 'employer-place-form-1440');
      await page.getByRole('button', { name: 'Opslaan en publiceren' }).click();
      const postcode = page.getByLabel('Postcode');
      await page.locator('#place-postcode[aria-invalid="true"]').waitFor();
      const postcodeError = await page
        .locator(`[id="${(await postcode.getAttribute('aria-describedby'))!}"]`)
        .textContent();
      // The API's UNKNOWN_POSTCODE in the catalogue's words, not its English text.
      expect(postcodeError).toContain('Deze postcode kennen we niet. Controleer de cijfers.');
      await expectAccessible(page);

      await postcode.fill('3817 KD');
      await page.getByRole('button', { name: 'Opslaan en publiceren' }).click();
      await page.waitForURL(/\/employer\/places$/);
      const card = page.getByRole('article', { name: TITLE });
      await card.getByText('gepubliceerd').waitFor();
      expect(problems).toEqual([]);

      // What was saved comes back into the form: the night shift is still overnight.
      await card.getByRole('link', { name: `Wijzigen ${TITLE}` }).click();
      await page.getByRole('heading', { level: 1, name: 'Plek wijzigen' }).waitFor();
      expect(await page.locator('#schedule-shifts-1-overnight').isChecked()).toBe(true);
      expect(await page.getByLabel('Spreken: moet het al, of mag het groeien?').inputValue()).toBe(
        'preferred',
      );
      expect(await page.getByLabel('Vrijwilligersvergoeding').isChecked()).toBe(true);
      expect(await page.getByLabel('In welke taal is de groep?').inputValue()).toBe('');
      await expectAccessible(page);
      await context.close();
    });

    it('answers a coach’s proposal with only the shared profile: accept, start; then hours on a 360 px phone', async () => {
      // The coach proposes a client of her caseload (who consented) for the place just published.
      const coach = await tokenOf(COACH);
      const found = await h.t.gql<{
        placements: { edges: Array<{ node: { id: string; title: string } }> };
        caseload: {
          edges: Array<{ node: { id: string; clientReference: string; consentToBeProposed: boolean } }>;
        };
      }>(
        `{ placements(first: 100, filter: { statuses: [PUBLISHED] }) { edges { node { id title } } }
           caseload(first: 100) { edges { node { id clientReference consentToBeProposed } } } }`,
        {},
        coach.token,
      );
      const place = found.data!.placements.edges.find((e) => e.node.title === TITLE)!.node;
      const client = found.data!.caseload.edges.find((e) => e.node.consentToBeProposed)!.node;
      await proposeThroughApi(h, coach.token, {
        participantId: client.id,
        placementId: place.id,
        message: 'Zij wil graag met mensen werken.',
        supportNeeded: ['uitleg in het Engels'],
      });

      const { context, page, problems } = await newPage(h);
      await signInAs(page, EMPLOYER);
      await page.getByRole('link', { name: 'Voorstellen' }).click();
      await page.getByRole('heading', { level: 2, name: 'Nieuwe voorstellen (1)' }).waitFor();
      const card = page.getByRole('article', { name: new RegExp(`voor ${TITLE}$`) });
      await card.getByText('Zij wil graag met mensen werken.').waitFor();
      await card.getByText('uitleg in het Engels').waitFor();
      // The place never sees the client's reference.
      expect(await page.locator('main').textContent()).not.toContain(client.clientReference);
      await expectAccessible(page);
      await screenshot(page, 'employer-introductions-1440');

      await card.getByRole('button', { name: /^Accepteren/ }).click();
      await page.getByRole('heading', { level: 2, name: 'Geaccepteerd, nog niet begonnen (1)' }).waitFor();
      await card.getByRole('button', { name: /^Laten beginnen/ }).click();
      await card.getByLabel('Eerste dag').waitFor();
      await expectAccessible(page);
      await card.getByRole('button', { name: 'Laten beginnen', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'Bezig (1)' }).waitFor();
      await card.getByText('bezig', { exact: true }).waitFor();
      expect(problems).toEqual([]);
      await context.close();

      // On a phone: "Uren" in the menu, today is filled in, type the hours, save.
      const phone = await newPage(h, { width: 360, height: 740 });
      await signInAs(phone.page, EMPLOYER);
      await phone.page.getByRole('link', { name: 'Uren' }).click();
      await phone.page.getByRole('heading', { level: 1, name: 'Uren' }).waitFor();
      const hoursCard = phone.page.getByRole('article', { name: new RegExp(`voor ${TITLE}$`) });
      const today = await phone.page.evaluate<string>(
        `new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())`,
      );
      expect(await hoursCard.getByLabel('Dag', { exact: true }).inputValue()).toBe(today);
      await hoursCard.getByLabel('Aantal uren').fill('30');
      await hoursCard.getByRole('button', { name: 'Uren opslaan' }).click();
      await hoursCard.getByText('Een dag heeft hooguit 24 uur.').waitFor();
      await hoursCard.getByLabel('Aantal uren').fill('3,5');
      await hoursCard.getByRole('button', { name: 'Uren opslaan' }).click();
      await hoursCard.getByText(/Opgeslagen: 3,5 uur op/).waitFor();
      await hoursCard.getByText('wacht op goedkeuring').waitFor();
      // The save button is a big touch target, and nothing scrolls sideways.
      const box = (await hoursCard.getByRole('button', { name: 'Uren opslaan' }).boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      const overflow = await phone.page.evaluate<number>(
        'document.documentElement.scrollWidth - window.innerWidth',
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(phone.page);
      await screenshot(phone.page, 'employer-hours-360');

      // The hours reached the API as a pending entry of this introduction.
      const logged = await h.t.gql<{
        myIntroductions: { edges: Array<{ node: { id: string; placement: { id: string } } }> };
      }>(
        `{ myIntroductions(first: 100, filter: { status: [STARTED] }) { edges { node { id placement { id } } } } }`,
        {},
        coach.token,
      );
      const introduction = logged.data!.myIntroductions.edges.find(
        (e) => e.node.placement.id === place.id,
      )!.node;
      const entries = await h.t.gql<{
        hoursForIntroduction: { edges: Array<{ node: { hours: number; status: string; workDate: string } }> };
      }>(
        `query ($id: ID!) { hoursForIntroduction(introductionId: $id) { edges { node { hours status workDate } } } }`,
        { id: introduction.id },
        coach.token,
      );
      expect(entries.data!.hoursForIntroduction.edges.map((e) => e.node)).toEqual([
        { hours: 3.5, status: 'PENDING', workDate: today },
      ]);
      expect(phone.problems).toEqual([]);
      await phone.context.close();
    });

    it('registers a webhook: the secret shown once, the API’s URL error beside the field, its deliveries', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, EMPLOYER);
      await page.getByRole('link', { name: 'Koppelingen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Koppelingen (webhooks)' }).waitFor();
      await page.getByText('Nog geen koppelingen.').waitFor();
      await expectAccessible(page);

      // Each event type is explained in Dutch, not in the API's English description.
      await page
        .getByText('Een klantregisseur stelt een deelnemer voor bij een plek.', { exact: true })
        .waitFor();
      await page
        .getByText('De plek heeft uren ingevuld die wachten op goedkeuring', { exact: false })
        .waitFor();
      expect(await page.getByText('A coach proposed a participant for a place.').count()).toBe(0);

      const url = page.getByLabel('Adres (URL) van jullie systeem');
      await url.fill('http://voorbeeld.nl/plekwijzer');
      await page.getByRole('button', { name: 'Koppeling maken' }).click();
      await page.locator('#webhook-url[aria-invalid="true"]').waitFor();
      expect(await page.locator('#webhook-url-error').textContent()).toMatch(/https/);

      // Outside production the service may call back to this machine.
      await url.fill(`${h.baseUrl}/webhook-receiver`);
      await page.getByLabel(/^introduction\.proposed/).check();
      await page.getByRole('button', { name: 'Koppeling maken' }).click();
      const secret = page.locator('.pw-secret');
      await secret.waitFor();
      expect((await secret.textContent())!.length).toBeGreaterThanOrEqual(32);
      const card = page.getByRole('article', { name: `${h.baseUrl}/webhook-receiver` });
      await card.getByText('Gebeurtenissen: introduction.proposed.').waitFor();
      await card.getByRole('button', { name: 'Verstuurde berichten bekijken' }).click();
      await card.getByText('Nog geen berichten verstuurd.').waitFor();
      await expectAccessible(page);
      await screenshot(page, 'employer-webhooks-1440');
      await card.getByRole('button', { name: 'Uitzetten' }).click();
      await card.getByText('uit', { exact: true }).waitFor();
      expect(problems).toEqual([]);
      await context.close();
    });

    it('fits the place form and the places on a 360 px phone', async () => {
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, EMPLOYER);
      await page.getByRole('heading', { level: 1, name: 'Mijn plekken' }).waitFor();
      await screenshot(page, 'employer-places-360');
      for (const path of ['/employer/places', '/employer/places/new']) {
        if (path !== '/employer/places') await page.getByRole('link', { name: 'Nieuwe plek' }).click();
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page
          .getByRole('button', { name: 'Dienst toevoegen' })
          .or(page.getByRole('link', { name: 'Nieuwe plek' }))
          .first()
          .waitFor();
        const overflow = await page.evaluate<number>(
          'document.documentElement.scrollWidth - window.innerWidth',
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await expectAccessible(page);
      }
      await page.getByRole('button', { name: 'Dienst toevoegen' }).click();
      await screenshot(page, 'employer-place-form-360');
      expect(problems).toEqual([]);
      await context.close();
    });

    it('says the API’s field errors in the interface language beside the field: a draft not complete enough to publish', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, EMPLOYER);
      await page.getByRole('link', { name: 'Nieuwe plek' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe plek' }).waitFor();
      // Only a title: the form's own checks pass, the draft is saved, publishing it is refused by
      // the API field by field (REQUIRED, TOO_FEW {min: 1}), and each refusal is said in Dutch.
      await page.getByLabel('Titel', { exact: true }).fill('Tuinhulp op dinsdag');
      await page.getByRole('button', { name: 'Opslaan en publiceren' }).click();
      const summary = page.getByRole('alert');
      await summary.getByText(/opgeslagen als concept, maar nog niet gepubliceerd/).waitFor();
      await summary.getByRole('link', { name: 'Beschrijving: Vul dit in.' }).waitFor();
      const description = page.getByLabel('Beschrijving');
      expect(await description.getAttribute('aria-invalid')).toBe('true');
      const errorId = (await description.getAttribute('aria-describedby'))!
        .split(' ')
        .find((d) => d.endsWith('-error'));
      expect(await page.locator(`[id="${errorId}"]`).textContent()).toContain('Vul dit in.');
      expect(await page.locator('#place-dutch-error').textContent()).toContain('Maak een keuze.');
      expect(await page.locator('#place-routes-error').textContent()).toContain('Kies er minstens 1.');
      // None of the API's English messages reach the page.
      expect(await page.locator('main').textContent()).not.toMatch(/is needed|at least one|say whether/);
      await expectAccessible(page);

      // In English the same errors are the catalogue's English words.
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('#place-dutch-error').getByText('Make a choice.').waitFor();
      expect(await page.locator(`[id="${errorId}"]`).textContent()).toContain('Fill this in.');
      await page.getByRole('button', { name: 'Nederlands' }).click();
      await page.locator('#place-dutch-error').getByText('Maak een keuze.').waitFor();
      expect(problems).toEqual([]);
      await context.close();
    });

    /** A published place of the employer (not the one the first test posted) and a client of the coach not yet proposed for it. */
    async function freshPair(
      coachId: string,
      extra = '',
    ): Promise<{ participant_id: string; nickname: string | null; placement_id: string; title: string }> {
      const [pair]: Array<{
        participant_id: string;
        nickname: string | null;
        placement_id: string;
        title: string;
      }> = await h.t.dataSource.query(
        `SELECT pa.id AS participant_id, pa.nickname, pl.id AS placement_id, pl.title
           FROM participants pa, placements pl JOIN users u ON u.organisation_id = pl.organisation_id
          WHERE pa.coach_id = $1 AND pa.consent_to_be_proposed AND pl.status = 'PUBLISHED'
            AND u.display_name = $2 AND pl.title <> $3 ${extra}
            AND NOT EXISTS (SELECT 1 FROM introductions i WHERE i.participant_id = pa.id AND i.placement_id = pl.id)
          ORDER BY pa.client_reference DESC, pl.title LIMIT 1`,
        [coachId, EMPLOYER, TITLE],
      );
      return pair;
    }

    /** Waits for the answer to the page's GraphQL operation of this name. */
    function answered(page: Page, operation: string) {
      return page.waitForResponse(
        (r) => r.url().endsWith('/graphql') && new RegExp(operation).test(r.request().postData() ?? ''),
      );
    }

    function section(page: Page, heading: RegExp) {
      return page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) });
    }

    it('says above the reloaded list, in Dutch, why accepting a proposal the coach withdrew meanwhile was refused, by keyboard, at 1,440 and 360 px', async () => {
      // A proposal for one of the employer's places, which the coach withdraws behind the page's back.
      const coach = await tokenOf(COACH);
      const pair = await freshPair(coach.id);
      const introductionId = await proposeThroughApi(h, coach.token, {
        participantId: pair.participant_id,
        placementId: pair.placement_id,
      });
      const shownName = pair.nickname ?? 'Deelnemer';

      const { context, page, problems } = await newPage(h);
      await signInAs(page, EMPLOYER, '/employer/introductions');
      const card = page.locator(`article[aria-labelledby="introduction-${introductionId}"]`);
      await section(page, /^Nieuwe voorstellen/)
        .locator(`article[aria-labelledby="introduction-${introductionId}"]`)
        .waitFor();
      const withdrawn = await h.t.gql(
        `mutation ($input: WithdrawIntroductionInput!) { withdrawIntroduction(input: $input) { introduction { id } } }`,
        { input: { introductionId } },
        coach.token,
      );
      expect(withdrawn.errors).toBeUndefined();
      // By keyboard: Tab to the card's accept button, Enter.
      await tabToButton(page, card, `Accepteren ${shownName}`);
      const refused = answered(page, 'AcceptIntroduction');
      await page.keyboard.press('Enter');
      await refused;
      // The refusal makes the list reload: the card now stands under the finished ones, withdrawn,
      // without the buttons that no longer work — and without the participant's profile.
      await section(page, /^Afgelopen/)
        .locator(`article[aria-labelledby="introduction-${introductionId}"]`)
        .waitFor();
      await card.getByText('ingetrokken', { exact: true }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await card.getByRole('button').count()).toBe(0);
      if (pair.nickname) expect(await card.textContent()).not.toContain(pair.nickname);

      const alert = page.getByRole('alert');
      const why =
        'Dit kan niet meer, want het voorstel is intussen veranderd. Hieronder zie je hoe het nu staat.';
      await alert.getByText(why).waitFor();
      await alert
        .getByText(`Het voorstel van de deelnemer voor ${pair.title} is niet geaccepteerd.`)
        .waitFor();
      // Above the list, not in the card that moved; the focus is on it, as the pressed button is gone.
      expect(await card.getByRole('alert').count()).toBe(0);
      expect(await page.evaluate<string>('document.activeElement.className')).toContain(
        'pw-introductions__alert',
      );
      // One Tab away: the button that closes it.
      await page.keyboard.press('Tab');
      expect(await page.locator('.pw-introductions__alert button:focus').textContent()).toBe(
        'Melding sluiten',
      );
      // Still there a while after the reload.
      await page.waitForTimeout(1_500);
      expect(await alert.getByText(why).isVisible()).toBe(true);
      // The API's own answer is in English, for developers; the page shows none of it.
      const [employer] = await h.t.dataSource.query<Array<{ id: string; role: string }>>(
        'SELECT id, role FROM users WHERE display_name = $1',
        [EMPLOYER],
      );
      const again = await h.t.gql(
        `mutation ($input: AcceptIntroductionInput!) { acceptIntroduction(input: $input) { introduction { status } } }`,
        { input: { introductionId } },
        await h.t.tokenFor(employer),
      );
      expect(again.errors?.[0]).toMatchObject({
        extensions: { code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' },
      });
      const english = again.errors![0].message;
      expect(english).toMatch(/[a-z]/);
      expect(await page.locator('body').textContent()).not.toContain(english);
      await expectAccessible(page);
      await screenshot(page, 'employer-accept-refused-nl-1440');

      // It follows the interface language.
      await page.getByRole('button', { name: 'English' }).click();
      await alert
        .getByText(`The introduction of the participant for ${pair.title} was not accepted.`)
        .waitFor();
      await alert
        .getByText('This is no longer possible, because the introduction changed in the meantime.', {
          exact: false,
        })
        .waitFor();
      await screenshot(page, 'employer-accept-refused-en-1440');
      // On a phone the message fits: nothing scrolls sideways, the alert and its button stay on screen.
      await page.setViewportSize({ width: 360, height: 740 });
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
      ).toBeLessThanOrEqual(0);
      for (const box of [
        (await page.locator('.pw-introductions__alert').boundingBox())!,
        (await alert.getByRole('button', { name: 'Close message' }).boundingBox())!,
      ]) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(360);
      }
      // The header on a phone in English: "Sign out" stays on one line (it broke over two), and the
      // language just chosen looks chosen while it keeps the focus (it looked like the other one).
      const signOutLines = await page.evaluate<number>(
        `(() => { const r = document.createRange(); r.selectNodeContents(document.querySelector('.pw-user button'));
           return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size; })()`,
      );
      expect(signOutLines).toBe(1);
      await page.mouse.move(180, 700);
      expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('English');
      const background = (name: string) =>
        page.evaluate<string>(
          `getComputedStyle([...document.querySelectorAll('.pw-language-switch button')]
             .find((b) => b.textContent === '${name}')).backgroundColor`,
        );
      expect(await background('English')).toBe('rgb(255, 255, 255)');
      expect(await background('Nederlands')).not.toBe('rgb(255, 255, 255)');
      await expectAccessible(page);
      await screenshot(page, 'employer-accept-refused-en-360');
      await page.getByRole('button', { name: 'Nederlands' }).click();
      await alert.getByText(why).waitFor();
      await expectAccessible(page);
      await screenshot(page, 'employer-accept-refused-nl-360');
      // Closing it by keyboard brings the focus to the card, where it now stands.
      await tabToButton(page, alert, 'Melding sluiten');
      await page.keyboard.press('Enter');
      await alert.getByText(why).waitFor({ state: 'detached' });
      expect(await page.evaluate<string>('document.activeElement.id')).toBe(`introduction-${introductionId}`);
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);

    it('on a phone, says above the reloaded list why declining a proposal a colleague accepted meanwhile was refused, and shows it accepted', async () => {
      const coach = await tokenOf(COACH);
      const pair = await freshPair(coach.id, 'AND pa.nickname IS NOT NULL');
      const introductionId = await proposeThroughApi(h, coach.token, {
        participantId: pair.participant_id,
        placementId: pair.placement_id,
      });

      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, EMPLOYER, '/employer/introductions');
      const card = page.locator(`article[aria-labelledby="introduction-${introductionId}"]`);
      await section(page, /^Nieuwe voorstellen/)
        .locator(`article[aria-labelledby="introduction-${introductionId}"]`)
        .waitFor();
      // By keyboard: open the decline form (the focus goes to its first field), choose a reason.
      await tabToButton(page, card, `Afwijzen ${pair.nickname}`);
      await page.keyboard.press('Enter');
      const reason = card.getByLabel('Waarom wijs je af?');
      await reason.waitFor();
      expect(await page.evaluate<string>('document.activeElement.id')).toBe(
        `decline-reason-${introductionId}`,
      );
      await page.keyboard.press('ArrowDown');
      expect(await reason.inputValue()).not.toBe('');
      // Meanwhile a colleague accepts it (behind the page's back).
      const [employer] = await h.t.dataSource.query<Array<{ id: string; role: string }>>(
        'SELECT id, role FROM users WHERE display_name = $1',
        [EMPLOYER],
      );
      const accepted = await h.t.gql(
        `mutation ($input: AcceptIntroductionInput!) { acceptIntroduction(input: $input) { introduction { status } } }`,
        { input: { introductionId } },
        await h.t.tokenFor(employer),
      );
      expect(accepted.errors).toBeUndefined();
      await tabToButton(page, card, 'Afwijzen');
      const refused = answered(page, 'DeclineIntroduction');
      await page.keyboard.press('Enter');
      await refused;
      // The list reloads: the card stands under the accepted ones, with what can be done now.
      await section(page, /^Geaccepteerd, nog niet begonnen/)
        .locator(`article[aria-labelledby="introduction-${introductionId}"]`)
        .waitFor();
      await page.waitForLoadState('networkidle');
      await card.getByText('geaccepteerd', { exact: true }).waitFor();
      expect(await card.locator('form').count()).toBe(0);
      expect((await card.getByRole('button').allTextContents()).map((t) => t.trim())).toEqual([
        `Laten beginnen ${pair.nickname}`,
      ]);
      const alert = page.getByRole('alert');
      await alert
        .getByText(`Het voorstel van ${pair.nickname} voor ${pair.title} is niet afgewezen.`)
        .waitFor();
      await alert
        .getByText(
          'Dit kan niet meer, want het voorstel is intussen veranderd. Hieronder zie je hoe het nu staat.',
        )
        .waitFor();
      expect(await card.getByRole('alert').count()).toBe(0);
      expect(await page.evaluate<string>('document.activeElement.className')).toContain(
        'pw-introductions__alert',
      );
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
      ).toBeLessThanOrEqual(0);
      await expectAccessible(page);
      await screenshot(page, 'employer-decline-refused-nl-360');
      // Doing something else on the page closes the message: it has had its time.
      await tabToButton(page, card, `Laten beginnen ${pair.nickname}`);
      await page.keyboard.press('Enter');
      await card.getByLabel('Eerste dag').waitFor();
      expect(await alert.count()).toBe(0);
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);

    it('words a partner organisation’s places as activities', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, PARTNER);
      expect(new URL(page.url()).pathname).toBe('/employer/places');
      await page.getByRole('heading', { level: 1, name: 'Mijn activiteiten' }).waitFor();
      await page.getByRole('link', { name: 'Mijn activiteiten' }).waitFor();
      await page.getByRole('link', { name: 'Nieuwe activiteit' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe activiteit' }).waitFor();
      expect(await page.getByLabel('Soort').inputValue()).toBe('ACTIVITEIT');
      await expectAccessible(page);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('shows a coach "Geen toegang" on the employer pages, and none of their data', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH, '/employer/introductions');
      expect(new URL(page.url()).pathname).toBe('/employer/introductions');
      await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      await expect(page.locator('article').count()).resolves.toBe(0);
      await expect(page.getByRole('link', { name: 'Mijn plekken' }).count()).resolves.toBe(0);
      await expectAccessible(page);
      for (const path of [
        '/employer/places',
        '/employer/places/new',
        '/employer/hours',
        '/employer/webhooks',
      ]) {
        await page.getByRole('link', { name: 'Naar mijn startpagina' }).click();
        await page.waitForURL(/\/coach\/clients/);
        await page.evaluate(
          `history.pushState(null, '', '${path}'); dispatchEvent(new PopStateEvent('popstate'))`,
        );
        await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
        await expect(page.locator('form.pw-place-form, article').count()).resolves.toBe(0);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
