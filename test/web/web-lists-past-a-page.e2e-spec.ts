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
 * What used to stop at the first 100 rows: a client's "Open voorstellen" on the caseload counts
 * every proposed or accepted introduction (105 of them here), the search's "Waarom niet voor mijn
 * cliënt?" picker reaches a coach's 101st client and beyond with "Meer laden", and an employer's
 * "Uren" page shows a card for every participant who started, the rest with "Meer laden". The
 * caseload's count follows a withdrawal made elsewhere in the app.
 * At 1440 and 360 px, axe-core clean.
 */
const chromiumPath = findChromium();
const COACH = 'Fatima Bouzid';
const EMPLOYER = 'Annelies Dekker';
const EXTRA = 105;
const shots = process.env.WEB_SCREENSHOTS;

/** The visible part of the page around the focus (a page of 200 cards is too tall to look at). */
async function screenshotAtFocus(page: Page, name: string): Promise<void> {
  if (!shots) return;
  await page.evaluate(`document.activeElement.scrollIntoView({ block: 'center' })`);
  await page.screenshot({ path: `${shots}/${name}.png` });
}

const noSidewaysScroll = async (page: Page) =>
  expect(
    await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
  ).toBeLessThanOrEqual(0);

if (!chromiumPath) {
  describe('lists past a page of 100 in Chromium', () => {
    it(NO_CHROMIUM, () => {
      console.warn(NO_CHROMIUM);
    });
  });
} else {
  describe('lists past a page of 100 in Chromium', () => {
    let h: WebHarness;
    let coachId: string;
    let employer: { id: string; organisationId: string };

    const sql = <T>(text: string, params: unknown[] = []) => h.t.dataSource.query<T>(text, params);
    const status = (scope: Page | ReturnType<Page['locator']>) =>
      scope.locator('.pw-load-more [role="status"]');

    beforeAll(async () => {
      h = await startWebHarness(chromiumPath);
      [{ id: coachId }] = await sql<Array<{ id: string }>>(`SELECT id FROM users WHERE display_name = $1`, [
        COACH,
      ]);
      const [e] = await sql<Array<{ id: string; organisation_id: string }>>(
        `SELECT id, organisation_id FROM users WHERE display_name = $1`,
        [EMPLOYER],
      );
      employer = { id: e.id, organisationId: e.organisation_id };
    }, 240_000);
    afterAll(() => h?.close());

    it("counts a client's open proposals past 100 on the caseload, and only proposed or accepted ones (1440 and 360 px)", async () => {
      // Two more clients of the coach, copies of one of theirs.
      await copyRows(
        h.t.dataSource,
        'participants',
        { sql: 'coach_id = $1', params: [coachId] },
        {
          client_reference: "'TEL-' || n",
          nickname: "CASE n WHEN 1 THEN 'Teller Een' ELSE 'Teller Twee' END",
        },
        2,
      );
      // 110 places of other organisations to be proposed for (one open proposal per client per place).
      await copyRows(
        h.t.dataSource,
        'placements',
        { sql: "status = 'PUBLISHED' AND organisation_id <> $1", params: [employer.organisationId] },
        { title: "'Telplek ' || lpad(n::text, 3, '0')" },
        110,
      );
      /** A client's proposals, one per status, each at its own copied place, an hour ago and older. */
      const introduce = (reference: string, statuses: string[]) =>
        sql(
          `INSERT INTO introductions (participant_id, placement_id, coach_id, organisation_id, status,
                                      consent_recorded_by, consent_recorded_at, created_at, updated_at, version)
           SELECT p.id, pl.id, $2, pl.organisation_id, s.status, $2, at, at, at, 1
           FROM participants p,
                unnest($3::text[]) WITH ORDINALITY AS s(status, n)
                JOIN placements pl ON pl.title = 'Telplek ' || lpad(s.n::text, 3, '0'),
                LATERAL (SELECT now() - interval '1 hour' - s.n * interval '1 minute' AS at) t
           WHERE p.client_reference = $1 AND p.coach_id = $2`,
          [reference, coachId, statuses],
        );
      const closed = ['DECLINED', 'STARTED', 'COMPLETED', 'ENDED_EARLY', 'WITHDRAWN'];
      // Teller Een: 60 waiting for an answer and 45 accepted, 105 open, and one in every other state.
      await introduce('TEL-1', [
        ...Array<string>(60).fill('PROPOSED'),
        ...Array<string>(45).fill('ACCEPTED'),
        ...closed,
      ]);
      // Teller Twee: 2 proposed and 1 accepted among the other states.
      await introduce('TEL-2', ['PROPOSED', 'DECLINED', 'ACCEPTED', 'STARTED', 'PROPOSED', 'WITHDRAWN']);
      const [{ open }] = await sql<Array<{ open: number }>>(
        `SELECT count(*)::int AS open FROM introductions WHERE coach_id = $1 AND status IN ('PROPOSED', 'ACCEPTED')`,
        [coachId],
      );
      expect(open).toBeGreaterThan(100);

      for (const width of [1440, 360]) {
        const { context, page, problems } = await newPage(h, width === 360 ? { width, height: 740 } : {});
        await signInAs(page, COACH, '/coach/clients');
        const openCell = (nickname: string) =>
          page.getByRole('row', { name: new RegExp(nickname) }).locator('td[data-label="Open voorstellen"]');
        await openCell('Teller Een').getByText('105 voorstellen', { exact: true }).waitFor();
        expect(await openCell('Teller Twee').textContent()).toBe('3 voorstellen');
        expect(await seriousAxeViolations(page)).toEqual([]);
        if (width === 360) await noSidewaysScroll(page);
        if (shots) {
          await page.getByRole('row', { name: /Teller Een/ }).scrollIntoViewIfNeeded();
          await page.screenshot({ path: `${shots}/lists-caseload-open-${width}.png` });
        }
        expect(problems).toEqual([]);
        await context.close();
      }
    });

    it("shows a client's open proposals one fewer after the coach withdraws one, back on the caseload (1440 px)", async () => {
      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH, '/coach/clients');
      const row = page.getByRole('row', { name: /Teller Twee/ });
      const openCell = row.locator('td[data-label="Open voorstellen"]');
      await openCell.getByText('3 voorstellen', { exact: true }).waitFor();

      // To the client's proposals, in the app: withdraw one that waits for an answer.
      await row.getByRole('link', { name: 'Teller Twee' }).click();
      await page
        .getByRole('navigation', { name: 'Over deze cliënt' })
        .getByRole('link', { name: 'Voorstellen' })
        .click();
      const waiting = page.getByRole('article').filter({ hasText: 'voorgesteld' }).first();
      await waiting.getByRole('button', { name: 'Intrekken' }).click();
      await waiting.getByRole('button', { name: 'Ja, voorstel intrekken' }).click();
      await page.getByText('ingetrokken', { exact: true }).first().waitFor();

      // Back to "Mijn cliënten" in the app: the count is the new one, not the one shown before
      // (the count no longer comes with the introductions themselves).
      await page.getByRole('link', { name: 'Mijn cliënten', exact: true }).click();
      await openCell.getByText('2 voorstellen', { exact: true }).waitFor();
      const [{ open }] = await sql<Array<{ open: number }>>(
        `SELECT count(*)::int AS open FROM introductions i JOIN participants p ON p.id = i.participant_id
         WHERE p.client_reference = 'TEL-2' AND i.status IN ('PROPOSED', 'ACCEPTED')`,
      );
      expect(open).toBe(2);
      expect(problems).toEqual([]);
      await context.close();
    });

    it("lets a coach pick their 101st client and beyond in the search's why-not picker, by keyboard (1440 px)", async () => {
      await copyRows(
        h.t.dataSource,
        'participants',
        { sql: 'coach_id = $1', params: [coachId] },
        {
          client_reference: "'KIES-' || lpad(n::text, 3, '0')",
          nickname: "'Kies ' || lpad(n::text, 3, '0')",
        },
        EXTRA,
      );
      const mine = await sql<Array<{ id: string }>>(`SELECT id FROM participants WHERE coach_id = $1`, [
        coachId,
      ]);
      const total = mine.length;
      expect(total).toBeGreaterThan(100);

      const { context, page, problems } = await newPage(h);
      await signInAs(page, COACH, '/search');
      const card = page.locator('.pw-search__list article').first();
      await card.getByRole('button', { name: /^Waarom niet voor mijn cliënt\?/ }).click();
      const picker = card.getByLabel('Cliënt', { exact: true });
      const selectId = (await picker.getAttribute('id'))!;
      const options = picker.locator('option:not([value=""])');
      /** The clients the picker offers, by id. */
      const values = () =>
        page.evaluate<string[]>(
          `Array.from(document.querySelectorAll('#${selectId} option'), (o) => o.value).filter(Boolean)`,
        );
      await status(card).getByText(`100 van ${total} getoond`).waitFor();
      expect(await options.count()).toBe(100);
      // The picker itself says that it does not hold every client yet, and what to do.
      const description = await page
        .locator(`#${(await picker.getAttribute('aria-describedby'))!}`)
        .textContent();
      expect(description).toBe(
        `In de lijst staan 100 van je ${total} cliënten. Staat je cliënt er niet bij? Zoek hierboven op naam, of kies ‘Meer laden’ onder de lijst.`,
      );
      const firstHundred = new Set(await values());
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'lists-picker-first-1440');

      // From the picker, Tab reaches "Meer laden"; Enter loads the rest, and the focus is back on the picker.
      await picker.focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate<string>('document.activeElement.textContent.trim()')).toBe('Meer laden');
      await page.keyboard.press('Enter');
      await status(card).getByText(`${total} van ${total} getoond`).waitFor();
      const all = await values();
      expect(new Set(all)).toEqual(new Set(mine.map((m) => m.id)));
      expect(await page.evaluate<string>('document.activeElement.id')).toBe(selectId);
      expect(await card.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);
      expect(await picker.getAttribute('aria-describedby')).toBeNull();

      // A client who was not among the first 100: every check of this place against them.
      const later = all.find((id) => !firstHundred.has(id))!;
      await picker.selectOption(later);
      await card.getByText(/^Deze plek (past: alle punten kloppen|past niet)/).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotAtFocus(page, 'lists-picker-more-1440');
      expect(problems).toEqual([]);
      await context.close();
    });

    it('fits the why-not picker with Meer laden on a 360 px phone (360 px)', async () => {
      const [{ total }] = await sql<Array<{ total: number }>>(
        `SELECT count(*)::int AS total FROM participants WHERE coach_id = $1`,
        [coachId],
      );
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, COACH, '/search');
      const card = page.locator('.pw-search__list article').first();
      await card.getByRole('button', { name: /^Waarom niet voor mijn cliënt\?/ }).click();
      await status(card).getByText(`100 van ${total} getoond`).waitFor();
      await noSidewaysScroll(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await card.getByRole('button', { name: 'Meer laden' }).scrollIntoViewIfNeeded();
      if (shots) await page.screenshot({ path: `${shots}/lists-picker-first-360.png` });
      await card.getByRole('button', { name: 'Meer laden' }).click();
      await status(card).getByText(`${total} van ${total} getoond`).waitFor();
      expect(await card.getByLabel('Cliënt', { exact: true }).locator('option:not([value=""])').count()).toBe(
        total,
      );
      await noSidewaysScroll(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotAtFocus(page, 'lists-picker-more-360');
      expect(problems).toEqual([]);
      await context.close();
    });

    it("shows an employer a card for every participant who started, past 100, and logs hours on the 101st's (360 px)", async () => {
      // The 105 clients copied above started at one of the employer's places a week ago, in one statement.
      const [place] = await sql<Array<{ id: string }>>(
        `SELECT id FROM placements WHERE organisation_id = $1 AND status = 'PUBLISHED' ORDER BY title LIMIT 1`,
        [employer.organisationId],
      );
      await sql(
        `INSERT INTO introductions (participant_id, placement_id, coach_id, organisation_id, status, start_date,
                                    consent_recorded_by, consent_recorded_at, created_at, updated_at, version)
         SELECT p.id, $2, $1, $3, 'STARTED', current_date - 7, $1, t.at, t.at, t.at, 3
         FROM participants p,
              LATERAL (SELECT now() - interval '10 days'
                              - substring(p.client_reference FROM 6)::int * interval '1 minute' AS at) t
         WHERE p.client_reference LIKE 'KIES-%'`,
        [coachId, place.id, employer.organisationId],
      );
      const started = await sql<Array<{ id: string }>>(
        `SELECT id FROM introductions WHERE organisation_id = $1 AND status = 'STARTED' ORDER BY created_at DESC, id`,
        [employer.organisationId],
      );
      const total = started.length;
      expect(total).toBeGreaterThan(100);

      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, EMPLOYER, '/employer/hours');
      await page.getByRole('heading', { level: 1, name: 'Uren' }).waitFor();
      await status(page).getByText(`100 van ${total} getoond`).waitFor();
      const cardIds = () =>
        page.evaluate<string[]>("Array.from(document.querySelectorAll('article.pw-hours'), (a) => a.id)");
      expect(new Set(await cardIds())).toEqual(new Set(started.slice(0, 100).map((i) => `hours-${i.id}`)));
      expect(await seriousAxeViolations(page)).toEqual([]);

      // A card has its own button: the keyboard goes to "Meer laden" directly, and Enter presses it.
      await page.getByRole('button', { name: 'Meer laden' }).focus();
      await page.keyboard.press('Enter');
      await status(page).getByText(`${total} van ${total} getoond`).waitFor();
      expect(new Set(await cardIds())).toEqual(new Set(started.map((i) => `hours-${i.id}`)));
      expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);
      // The focus is on the heading of the 101st card, where the new ones begin, and it is on screen.
      const focused = await page.evaluate<{ tag: string; id: string; inView: boolean }>(
        `(() => { const e = document.activeElement; const r = e.getBoundingClientRect();
           return { tag: e.tagName, id: e.id, inView: r.top >= 0 && r.bottom <= window.innerHeight }; })()`,
      );
      expect(focused).toEqual({ tag: 'H2', id: `hours-${started[100].id}-heading`, inView: true });
      await noSidewaysScroll(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotAtFocus(page, 'lists-hours-more-360');

      // Hours logged on that card reach the API as that introduction's.
      const card = page.locator(`#hours-${started[100].id}`);
      await card.getByLabel('Aantal uren').fill('2,5');
      await card.getByRole('button', { name: 'Uren opslaan' }).click();
      await card.getByText(/Opgeslagen: 2,5 uur op/).waitFor();
      const [entry] = await sql<Array<{ hours: string }>>(
        `SELECT hours FROM hours_entries WHERE introduction_id = $1`,
        [started[100].id],
      );
      expect(Number(entry.hours)).toBe(2.5);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
