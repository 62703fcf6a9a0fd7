import type { Page } from 'playwright-core';
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
      // The API searches once typing pauses; the status says how many it found.
      const found = page.locator('.pw-filters [role="status"]');
      await page.getByLabel('Zoek op naam of nummer').fill(first);
      await found.getByText(/^\d+ cliënt(en)? gevonden\.$/).waitFor();
      await expect(page.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(1);
      for (const name of await page.locator('tbody tr th a').allTextContents()) expect(name).toContain(first);
      await page.getByLabel('Zoek op naam of nummer').fill('niemand-heet-zo');
      await found.getByText('Geen cliënten gevonden').waitFor();
      await expect(page.locator('tbody tr').count()).resolves.toBe(0);
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

    it('coach journey: caseload → client → matches → why not → propose, with consent', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH);
      await page.getByRole('link', { name: 'Hawa', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Hawa' }).waitFor();
      await page.getByRole('heading', { name: 'Voortgang' }).waitFor();
      await expect(page.title()).resolves.toBe('Cliënt · Plekwijzer');
      await expectAccessible(page);

      await page.getByRole('link', { name: 'Passende plekken' }).click();
      await page.getByText(/\d+ passende plek(ken)? · \d+ bijna passend/).waitFor();
      const cards = page.locator('.pw-match');
      expect(await cards.count()).toBeGreaterThan(0);
      const first = cards.first();
      const title = (await first.getByRole('heading', { level: 3 }).textContent())!;
      // Each check says in words whether it passed; the score has its "why" one click away.
      await expect(first.locator('.pw-check').count()).resolves.toBeGreaterThan(5);
      await first.getByRole('button', { name: 'Waarom deze score?' }).click();
      await first.getByRole('heading', { name: 'Zo komt de score tot stand' }).waitFor();
      // Near misses lead with their failing criterion and a fix hint.
      const nearMiss = page.locator('.pw-near-miss').first();
      await nearMiss.locator('.pw-check--failed').first().waitFor();
      await nearMiss.getByText('Past als:').waitFor();
      await expectAccessible(page);

      // "Waarom niet?" for any place, found by words.
      await page.getByLabel('Zoek een plek op naam of woord').fill('magazijn');
      await page.getByRole('button', { name: 'Plek zoeken' }).click();
      const hit = page.locator('.pw-why-not__hit').first();
      await hit.getByRole('button', { name: 'Waarom niet?' }).click();
      await hit.getByText(/Deze plek past/).waitFor();
      await expect(hit.locator('.pw-check').count()).resolves.toBeGreaterThan(5);
      await expectAccessible(page);

      // Propose: the dialog shows what the place will see and insists on consent.
      await first.getByRole('button', { name: 'Voorstellen' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Dit ziet de plek van je cliënt.').waitFor();
      await dialog.getByLabel('Begeleiding die nodig is').fill('taalmaatje, uitleg met plaatjes');
      await dialog.getByLabel('Bericht aan de plek').fill('Hawa kijkt ernaar uit.');
      await dialog.getByRole('button', { name: 'Voorstel versturen' }).click();
      await dialog.getByText('Bevestig dat je cliënt toestemming heeft gegeven.').waitFor();
      await expectAccessible(page);
      await dialog.getByLabel(/heeft toestemming gegeven/).check();
      await dialog.getByRole('button', { name: 'Voorstel versturen' }).click();
      await dialog.getByText(`Je voorstel voor ${title} is verstuurd.`).waitFor();

      // The introductions board shows it, with its history, and it can be withdrawn.
      await dialog.getByRole('link', { name: 'Naar de voorstellen van deze cliënt' }).click();
      const card = page.locator('.pw-introduction', { hasText: title }).first();
      await card.getByText('voorgesteld', { exact: true }).waitFor();
      await card.getByRole('button', { name: 'Geschiedenis tonen' }).click();
      await card.locator('.pw-history li').first().waitFor();
      await expectAccessible(page);
      const [row]: Array<{ support_needed: string[]; message: string }> = await h.t.dataSource.query(
        `SELECT i.support_needed, i.message FROM introductions i JOIN participants p ON p.id = i.participant_id
          WHERE p.nickname = 'Hawa' AND i.status = 'PROPOSED'`,
      );
      expect(row).toEqual({
        support_needed: ['taalmaatje', 'uitleg met plaatjes'],
        message: 'Hawa kijkt ernaar uit.',
      });
      await card.getByRole('button', { name: 'Intrekken' }).click();
      await card.getByRole('button', { name: 'Ja, voorstel intrekken' }).click();
      await card.getByText('ingetrokken', { exact: true }).waitFor();
      expect(problems).toEqual([]);
      await context.close();
    }, 120_000);

    it('coach approves and rejects hours a place logged, and sees the progress move', async () => {
      // The place's side through the API (its pages are not part of this slice): Zahra is proposed
      // for her best place that counts towards the 800 hours, accepted, started, and two days logged.
      const users: Array<{ id: string; role: string; organisation_id: string; display_name: string }> =
        await h.t.dataSource.query('SELECT id, role, organisation_id, display_name FROM users');
      const coach = users.find((u) => u.display_name === COACH)!;
      const coachToken = await h.t.tokenFor(coach);
      const [zahra]: Array<{ id: string }> = await h.t.dataSource.query(
        `SELECT id FROM participants WHERE nickname = 'Zahra'`,
      );
      const call = async <T>(
        query: string,
        variables: Record<string, unknown>,
        token: string,
      ): Promise<T> => {
        const res = await h.t.gql<T>(query, variables, token);
        expect(res.errors).toBeUndefined();
        return res.data!;
      };
      const { matchesForParticipant } = await call<{
        matchesForParticipant: {
          matches: Array<{
            countsTowardsZRouteHours: boolean | null;
            placement: { id: string; organisationId: string };
          }>;
        };
      }>(
        `query($id: ID!) { matchesForParticipant(participantId: $id) { matches { countsTowardsZRouteHours placement { id organisationId } } } }`,
        { id: zahra.id },
        coachToken,
      );
      const match = matchesForParticipant.matches.find(
        (m) =>
          m.countsTowardsZRouteHours &&
          users.some((u) => u.organisation_id === m.placement.organisationId && u.role !== 'COACH'),
      )!;
      const placeUser = users.find(
        (u) =>
          u.organisation_id === match.placement.organisationId && ['EMPLOYER', 'PARTNER'].includes(u.role),
      )!;
      const placeToken = await h.t.tokenFor(placeUser);
      const { proposeIntroduction } = await call<{ proposeIntroduction: { introduction: { id: string } } }>(
        `mutation($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { id } } }`,
        { input: { participantId: zahra.id, placementId: match.placement.id, consentConfirmed: true } },
        coachToken,
      );
      const id = proposeIntroduction.introduction.id;
      const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      await call(
        `mutation($id: ID!) { acceptIntroduction(input: { introductionId: $id }) { introduction { status } } }`,
        { id },
        placeToken,
      );
      await call(
        `mutation($id: ID!, $d: Date!) { startIntroduction(input: { introductionId: $id, startDate: $d }) { introduction { status } } }`,
        { id, d: day(-10) },
        placeToken,
      );
      for (const [offset, hours] of [
        [-3, 3.5],
        [-2, 2],
      ] as const)
        await call(
          `mutation($input: LogHoursInput!) { logHours(input: $input) { hoursEntry { id } } }`,
          { input: { introductionId: id, date: day(offset), hours } },
          placeToken,
        );

      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH, `/coach/clients/${zahra.id}`);
      const participation = page.locator('.utrecht-data-list__item', { hasText: 'Participatie-uren' });
      const before = Number(
        /(\d+(?:,\d+)?) van 800 uur/.exec((await participation.textContent())!)![1].replace(',', '.'),
      );

      await page.getByRole('link', { name: 'Uren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Uren goedkeuren' }).waitFor();
      const section = page.locator('section', { has: page.getByRole('heading', { name: /Zahra/ }) });
      const rows = section.locator('tbody tr');
      await rows.nth(1).waitFor();
      expect(await rows.count()).toBe(2);
      await expectAccessible(page);
      // Keyboard only: the first day's approve button, then Enter.
      await section
        .getByRole('button', { name: /^Uren van .* goedkeuren$/ })
        .first()
        .focus();
      await page.keyboard.press('Enter');
      await rows.nth(1).waitFor({ state: 'detached' });
      expect(await rows.count()).toBe(1);
      await section.getByRole('button', { name: 'Afwijzen' }).click();
      await section.getByRole('button', { name: 'Uren afwijzen' }).click();
      await section.getByText('Schrijf waarom je deze uren afwijst.').waitFor();
      await expectAccessible(page);
      await section.getByLabel('Reden van afwijzen').fill('Die dag was de plek dicht.');
      await section.getByRole('button', { name: 'Uren afwijzen' }).click();
      // Zahra's hours have all left the inbox; the demo's own waiting hours (a client at a place now,
      // data/demo) stay, so the inbox is not empty.
      await section.waitFor({ state: 'detached' });
      await page.locator('section', { has: page.getByRole('heading', { name: /Dawit/ }) }).waitFor();

      const entries: Array<{ hours: string; status: string; reject_reason: string | null }> =
        await h.t.dataSource.query(
          `SELECT hours::text, status, reject_reason FROM hours_entries WHERE introduction_id = $1 ORDER BY work_date`,
          [id],
        );
      expect(entries.map((e) => [Number(e.hours), e.status, e.reject_reason])).toEqual([
        [3.5, 'APPROVED', null],
        [2, 'REJECTED', 'Die dag was de plek dicht.'],
      ]);
      await context.close();

      // The approved hours count: the client's progress moved by 3.5 hours.
      const again = await newPage(h);
      await signInAs(again.page, COACH, `/coach/clients/${zahra.id}`);
      const after = Number(
        /(\d+(?:,\d+)?) van 800 uur/
          .exec(
            (await again.page
              .locator('.utrecht-data-list__item', { hasText: 'Participatie-uren' })
              .textContent())!,
          )![1]
          .replace(',', '.'),
      );
      expect(after).toBeCloseTo(before + 3.5, 1);
      expect([...problems, ...again.problems]).toEqual([]);
      await again.context.close();
    }, 120_000);

    it('keeps the Dutch reason a decision on hours was refused readable after the inbox reloads', async () => {
      // Two days logged at a started place; the first is approved in another tab (the API, behind
      // the page's back) while the coach, on a phone, is about to approve it here.
      const coach: { id: string; role: string } = (
        await h.t.dataSource.query(`SELECT id, role FROM users WHERE display_name = $1`, [COACH])
      )[0];
      const coachToken = await h.t.tokenFor(coach);
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
            AND NOT EXISTS (SELECT 1 FROM introductions i WHERE i.participant_id = pa.id)
          ORDER BY pa.client_reference, pl.title LIMIT 1`,
        [coach.id],
      );
      const placeToken = await h.t.tokenFor({ id: pair.employer_id, role: pair.role });
      const call = async <T>(
        query: string,
        variables: Record<string, unknown>,
        token: string,
      ): Promise<T> => {
        const res = await h.t.gql<T>(query, variables, token);
        expect(res.errors).toBeUndefined();
        return res.data!;
      };
      const { proposeIntroduction } = await call<{ proposeIntroduction: { introduction: { id: string } } }>(
        `mutation($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { id } } }`,
        {
          input: {
            participantId: pair.participant_id,
            placementId: pair.placement_id,
            consentConfirmed: true,
          },
        },
        coachToken,
      );
      const id = proposeIntroduction.introduction.id;
      const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      await call(
        `mutation($id: ID!) { acceptIntroduction(input: { introductionId: $id }) { introduction { status } } }`,
        { id },
        placeToken,
      );
      await call(
        `mutation($id: ID!, $d: Date!) { startIntroduction(input: { introductionId: $id, startDate: $d }) { introduction { status } } }`,
        { id, d: day(-10) },
        placeToken,
      );
      const entryIds: string[] = [];
      for (const offset of [-3, -2]) {
        const { logHours } = await call<{ logHours: { hoursEntry: { id: string } } }>(
          `mutation($input: LogHoursInput!) { logHours(input: $input) { hoursEntry { id } } }`,
          { input: { introductionId: id, date: day(offset), hours: 2 } },
          placeToken,
        );
        entryIds.push(logHours.hoursEntry.id);
      }

      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, COACH, '/coach/hours');
      const section = page.locator(`section[aria-labelledby="hours-${id}"]`);
      const rows = section.locator('tbody tr');
      await rows.nth(1).waitFor();
      // On the phone every button lies inside the table's card (Goedkeuren once stuck out on the right).
      const card = (await section.locator('.pw-table-scroll').boundingBox())!;
      const buttons = section.getByRole('button');
      expect(await buttons.count()).toBe(4);
      for (const button of await buttons.all()) {
        const box = (await button.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(card.x);
        expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
      }
      await screenshot(page, 'coach-hours-inbox-nl-360');
      const approveFirst = section.getByRole('button', { name: /^Uren van .* goedkeuren$/ }).first();
      await approveFirst.focus();
      await call(
        `mutation($input: ApproveHoursInput!) { approveHours(input: $input) { hoursEntry { status } } }`,
        { input: { entryId: entryIds[0] } },
        coachToken,
      );
      const refused = page.waitForResponse(
        (r) => r.url().endsWith('/graphql') && /ApproveHours/.test(r.request().postData() ?? ''),
      );
      await page.keyboard.press('Enter');
      await refused;
      // The refusal makes the inbox reload: the day decided elsewhere is gone from the list.
      await rows.nth(1).waitFor({ state: 'detached' });
      await page.waitForLoadState('networkidle');
      const alert = page.getByRole('alert');
      const why =
        'Over deze uren is intussen al beslist, of de plek heeft ze aangepast. Hieronder zie je welke uren nu nog wachten.';
      await alert.getByText(why).waitFor();
      expect(await alert.textContent()).toMatch(
        new RegExp(
          `De uren van ${pair.name} op .+ bij ${pair.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} zijn niet goedgekeurd\\.`,
        ),
      );
      // Above the list, not in the section; the focus is on it, as the pressed button is gone.
      expect(await section.getByRole('alert').count()).toBe(0);
      expect(await page.evaluate<string>('document.activeElement.className')).toContain('pw-hours__alert');
      await page.waitForTimeout(1_500);
      expect(await alert.getByText(why).isVisible()).toBe(true);
      // The API's own answer is in English, for developers; the page shows none of it.
      const again = await h.t.gql(
        `mutation($input: ApproveHoursInput!) { approveHours(input: $input) { hoursEntry { id } } }`,
        { input: { entryId: entryIds[0] } },
        coachToken,
      );
      expect(again.errors?.[0]).toMatchObject({
        extensions: { code: 'CONFLICT', reason: 'ALREADY_DECIDED' },
      });
      const english = again.errors![0].message;
      expect(english).toMatch(/[a-z]/);
      expect(await page.locator('body').textContent()).not.toContain(english);
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
      ).toBeLessThanOrEqual(0);
      await expectAccessible(page);
      await screenshot(page, 'coach-hours-refused-nl-360');
      // One Tab away: the button that closes it.
      await page.keyboard.press('Tab');
      expect(await page.locator('.pw-hours__alert button:focus').textContent()).toBe('Melding sluiten');
      // It follows the interface language, the day's date included.
      await page.getByRole('button', { name: 'English' }).click();
      await alert.getByText(new RegExp(`^The hours of ${pair.name} on .+ were not approved\\.$`)).waitFor();
      await alert
        .getByText('These hours were decided on meanwhile, or the place changed them.', { exact: false })
        .waitFor();
      await screenshot(page, 'coach-hours-refused-en-360');
      await page.getByRole('button', { name: 'Nederlands' }).click();
      await alert.getByText(why).waitFor();
      // Closing it brings the focus back to the client's hours that still wait.
      await alert.getByRole('button', { name: 'Melding sluiten' }).focus();
      await page.keyboard.press('Enter');
      await alert.getByText(why).waitFor({ state: 'detached' });
      expect(await page.evaluate<string>('document.activeElement.id')).toBe(`hours-${id}`);
      expect(problems).toEqual([]);
      await context.close();
    }, 120_000);

    it('sends a user whose token the API refuses back to sign-in, keeping the page', async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH);
      await page.getByRole('link', { name: 'Passende plekken' }).first().click();
      await page.getByText(/\d+ passende plek(ken)? · \d+ bijna passend/).waitFor();
      const where = new URL(page.url()).pathname;
      // The account is switched off: the API answers UNAUTHENTICATED from now on.
      await h.t.dataSource.query(`UPDATE users SET active = false WHERE display_name = $1`, [COACH]);
      try {
        await page.getByRole('link', { name: 'Voorstellen' }).first().click();
        await page.waitForURL(/\/sign-in\?next=/);
        expect(new URL(page.url()).searchParams.get('next')).toBe('/coach/introductions');
        await page.getByText('Je sessie is verlopen.', { exact: false }).waitFor();
      } finally {
        await h.t.dataSource.query(`UPDATE users SET active = true WHERE display_name = $1`, [COACH]);
      }
      // The account is back; the sign-in page (loaded while it was off) lists it after a reload.
      await page.reload();
      await page.getByRole('button', { name: `Inloggen als ${COACH}` }).click();
      await page.waitForURL((url) => url.pathname === '/coach/introductions');
      expect(where).toMatch(/^\/coach\/clients\/[\w-]+\/matches$/);
      // Only the refused requests' own errors may show in the console.
      expect(problems.filter((p) => !/401|Unauthorized/i.test(p))).toEqual([]);
      await context.close();
    });

    it('works on a 360 px wide phone screen without sideways scrolling', async () => {
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, COACH);
      await page.getByRole('heading', { level: 1, name: /Mijn cliënten/ }).waitFor();
      const overflow = () =>
        page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(await overflow()).toBeLessThanOrEqual(0);
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Passende plekken' }).first().click();
      await page.getByText(/\d+ passende plek(ken)? · \d+ bijna passend/).waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await expectAccessible(page);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
