import type { Page, Request } from 'playwright-core';
import { copyRows } from '@plekwijzer/test-support';
import { findChromium, newPage, NO_CHROMIUM, signInAs, startWebHarness, type WebHarness } from './browser.js';

/**
 * The employer's "Uren" page asks for the latest hours of all its cards with the cards themselves:
 * opening it with 24 started participants sends one or two GraphQL requests, not one per card (an
 * employer with 100 participants would otherwise hit the per-user rate limit by reloading a few
 * times). Each card shows its newest entries, newest day first, and the entry just logged.
 */
const chromiumPath = findChromium();
const COACH = 'Fatima Bouzid';
const EMPLOYER = 'Annelies Dekker';
const CARDS = 24;

/** The GraphQL requests a page sends from now on, by operation name. */
function graphqlRequests(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request: Request) => {
    if (request.method() !== 'POST' || !new URL(request.url()).pathname.endsWith('/graphql')) return;
    const body = request.postDataJSON() as { operationName?: string; query?: string } | null;
    sent.push(body?.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(body?.query ?? '')?.[1] ?? '?');
  });
  return sent;
}

if (!chromiumPath) {
  describe('the hours cards in Chromium', () => {
    it(NO_CHROMIUM, () => {
      console.warn(NO_CHROMIUM);
    });
  });
} else {
  describe('the hours cards in Chromium', () => {
    let h: WebHarness;
    /** Our started introductions by nickname (Uren 1 … Uren 24). */
    const started = new Map<string, string>();

    const sql = <T>(text: string, params: unknown[] = []) => h.t.dataSource.query<T>(text, params);
    const entriesOf = (page: Page, nickname: string) =>
      page.locator(`#hours-${started.get(nickname)} .pw-hours__list li`);

    beforeAll(async () => {
      h = await startWebHarness(chromiumPath);
      const [{ id: coachId }] = await sql<Array<{ id: string }>>(
        `SELECT id FROM users WHERE display_name = $1`,
        [COACH],
      );
      const [employer] = await sql<Array<{ id: string; organisation_id: string }>>(
        `SELECT id, organisation_id FROM users WHERE display_name = $1`,
        [EMPLOYER],
      );
      // 24 more clients of the coach, started a month ago at one of the employer's places.
      await copyRows(
        h.t.dataSource,
        'participants',
        { sql: 'coach_id = $1', params: [coachId] },
        { client_reference: "'UREN-' || n", nickname: "'Uren ' || n" },
        CARDS,
      );
      const [place] = await sql<Array<{ id: string }>>(
        `SELECT id FROM placements WHERE organisation_id = $1 AND status = 'PUBLISHED' ORDER BY title LIMIT 1`,
        [employer.organisation_id],
      );
      const rows = await sql<Array<{ id: string; nickname: string }>>(
        `INSERT INTO introductions (participant_id, placement_id, coach_id, organisation_id, status, start_date,
                                    consent_recorded_by, consent_recorded_at, created_at, updated_at, version)
         SELECT p.id, $2, $1, $3, 'STARTED', current_date - 30, $1, now(), now(), now(), 3
         FROM participants p WHERE p.client_reference LIKE 'UREN-%'
         RETURNING id, (SELECT nickname FROM participants WHERE id = participant_id) AS nickname`,
        [coachId, place.id, employer.organisation_id],
      );
      for (const r of rows) started.set(r.nickname, r.id);
      // Hours the place logged: Uren 1 on the last eight days, k hours k days ago; every other one
      // hour yesterday.
      await sql(
        `INSERT INTO hours_entries (introduction_id, participant_id, work_date, hours, source, status, created_by)
         SELECT i.id, i.participant_id, current_date - k, k, 'ORGANISATION', 'PENDING', $2
         FROM introductions i, generate_series(1, 8) AS k
         WHERE i.id = $1`,
        [started.get('Uren 1'), employer.id],
      );
      await sql(
        `INSERT INTO hours_entries (introduction_id, participant_id, work_date, hours, source, status, created_by)
         SELECT i.id, i.participant_id, current_date - 1, 1, 'ORGANISATION', 'PENDING', $2
         FROM introductions i WHERE i.id = ANY($1) AND i.id <> $3`,
        [[...started.values()], employer.id, started.get('Uren 1')],
      );
    }, 240_000);
    afterAll(() => h?.close());

    it('opens with one request for the cards and their hours, and shows each card its newest entries', async () => {
      expect(started.size).toBe(CARDS);
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      const sent = graphqlRequests(page);
      await signInAs(page, EMPLOYER, '/employer/hours');
      await page.getByRole('heading', { level: 1, name: 'Uren' }).waitFor();
      await entriesOf(page, 'Uren 24').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.locator('article.pw-hours').count()).toBeGreaterThanOrEqual(CARDS);
      // The cards and their hours: one request (the shell may ask who is signed in).
      expect(sent.filter((name) => name !== 'Me')).toEqual(['PlaceStartedIntroductions']);
      expect(sent.length).toBeLessThanOrEqual(2);
      // Uren 1: the newest seven of its eight days, newest first (k hours k days ago).
      expect(await entriesOf(page, 'Uren 1').allInnerTexts()).toEqual(
        [1, 2, 3, 4, 5, 6, 7].map((k): unknown =>
          expect.stringMatching(new RegExp(`: ${k} uur\\s+wacht op goedkeuring$`)),
        ),
      );
      expect(await entriesOf(page, 'Uren 2').allInnerTexts()).toEqual([expect.stringMatching(/: 1 uur\s/)]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('shows the hours just logged on the card, asking the page again once, not every card', async () => {
      const { context, page, problems } = await newPage(h, { width: 360, height: 740 });
      await signInAs(page, EMPLOYER, '/employer/hours');
      await entriesOf(page, 'Uren 2').first().waitFor();
      await page.waitForLoadState('networkidle');
      const sent = graphqlRequests(page);
      const card = page.locator(`#hours-${started.get('Uren 2')}`);
      await card.getByLabel('Aantal uren').fill('2,5');
      await card.getByRole('button', { name: 'Uren opslaan' }).click();
      await card.getByText(/Opgeslagen: 2,5 uur op/).waitFor();
      // Today's entry comes first, above yesterday's.
      await entriesOf(page, 'Uren 2').nth(1).waitFor();
      expect(await entriesOf(page, 'Uren 2').allInnerTexts()).toEqual([
        expect.stringMatching(/: 2,5 uur\s+wacht op goedkeuring$/),
        expect.stringMatching(/: 1 uur\s/),
      ]);
      await page.waitForLoadState('networkidle');
      expect(sent).toEqual(['LogHours', 'PlaceStartedIntroductions']);
      // The other cards keep their entries.
      expect(await entriesOf(page, 'Uren 1').count()).toBe(7);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
