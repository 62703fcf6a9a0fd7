import pg from 'pg';
import { createTestApp, type TestApp } from '@plekwijzer/test-support';

const MATCHES = `query($id: ID!) {
  matchesForParticipant(participantId: $id) {
    totalCandidates
    matches { placement { id title } score checks { criterion passed detailNl detailEn } scoreBreakdown { criterion points } }
    nearMisses { placement { id title } failedCriterion fixHintNl fixHintEn checks { criterion passed } }
  } }`;

const onServer = Boolean(process.env.DATABASE_URL);

/**
 * Issue 13: a match request for a signed-in user this process already knows takes two statements:
 * the participant with their approved hours (one query), and the audit entry.
 */
(onServer ? describe : describe.skip)(
  `the database round trips of a match request${onServer ? '' : ' — SKIPPED on PGlite: users are not kept there'}`,
  () => {
    let t: TestApp;

    beforeAll(async () => {
      // The matcher checks other replicas' changes once a minute here, so no check falls in the count.
      t = await createTestApp({ seedDemo: true, env: { MATCHER_REFRESH_MS: '60000' } });
    }, 120_000);
    afterAll(() => t.close());

    /** The statements sent to PostgreSQL while `run` runs (every pool client is a pg.Client). */
    async function statementsOf(run: () => Promise<void>): Promise<string[]> {
      const sent: string[] = [];
      const original = pg.Client.prototype.query;
      pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
        const first = args[0] as string | { text?: string };
        sent.push(typeof first === 'string' ? first : (first?.text ?? ''));
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof original;
      try {
        await run();
      } finally {
        pg.Client.prototype.query = original;
      }
      return sent;
    }

    it('reads the participant with their hours in one query and writes the audit entry: two statements', async () => {
      // A Z-route participant with approved hours, so that the hours really come with the row.
      const [row] = await t.dataSource.query<Array<{ id: string; coach_id: string; role: string }>>(
        `SELECT p.id, p.coach_id, u.role FROM participants p JOIN users u ON u.id = p.coach_id
          WHERE p.route = 'Z_ROUTE' AND EXISTS (SELECT 1 FROM hours_entries h WHERE h.participant_id = p.id AND h.status = 'APPROVED')
          ORDER BY p.id LIMIT 1`,
      );
      expect(row).toBeDefined();
      const [other] = await t.dataSource.query<Array<{ id: string }>>(
        'SELECT id FROM participants WHERE coach_id = $1 AND id <> $2 ORDER BY id LIMIT 1',
        [row.coach_id, row.id],
      );
      const token = await t.tokenFor({ id: row.coach_id, role: row.role });
      // The first request of this coach: the user is read, the matcher compiled.
      expect((await t.gql(MATCHES, { id: other.id }, token)).errors).toBeUndefined();

      let answer: Awaited<ReturnType<TestApp['gql']>> | undefined;
      const sent = await statementsOf(async () => {
        answer = await t.gql(MATCHES, { id: row.id }, token);
      });
      expect(answer?.errors).toBeUndefined();
      expect(sent).toHaveLength(2);
      expect(sent[0]).toMatch(/FROM "participants"/);
      expect(sent[0]).toMatch(/hours_entries/);
      expect(sent[1]).toMatch(/^INSERT INTO "audit_log"/);
      const [audit] = await t.dataSource.query<Array<{ result: string; purpose: string }>>(
        `SELECT result, purpose FROM audit_log WHERE object_id = $1 AND action = 'PARTICIPANT_MATCH' ORDER BY id DESC LIMIT 1`,
        [row.id],
      );
      expect(audit).toEqual({ result: 'ALLOWED', purpose: 'matchesForParticipant' });
    });
  },
);
