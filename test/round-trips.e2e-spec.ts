import { createTestApp, statementsOf, type TestApp } from '@plekwijzer/test-support';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { ParticipantEntity } from '@plekwijzer/api/modules/participants/participant.entity.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';

const MATCHES = `query($id: ID!) {
  matchesForParticipant(participantId: $id) {
    totalCandidates
    matches { placement { id title } score checks { criterion passed detailNl detailEn } scoreBreakdown { criterion points } }
    nearMisses { placement { id title } failedCriterion fixHintNl fixHintEn checks { criterion passed } }
  } }`;

const onServer = Boolean(process.env.DATABASE_URL);

/**
 * Issue 13: a match request for a signed-in user this process already knows takes one statement:
 * the participant with their approved hours, and the audit entry written by the same statement.
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

    it('reads the participant with their hours and writes the audit entry in one statement', async () => {
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
      const prepared: string[] = [];
      const sent = await statementsOf(async () => {
        answer = await t.gql(MATCHES, { id: row.id }, token);
      }, prepared);
      expect(answer?.errors).toBeUndefined();
      expect(sent).toHaveLength(1);
      // A named (prepared) statement: parsed and planned once per connection.
      expect(prepared).toHaveLength(1);
      expect(sent[0]).toMatch(/INSERT INTO audit_log/);
      expect(sent[0]).toMatch(/FROM participants p WHERE p.id = \$1/);
      expect(sent[0]).toMatch(/hours_entries/);
      const [audit] = await t.dataSource.query<Array<{ result: string; purpose: string }>>(
        `SELECT result, purpose FROM audit_log WHERE object_id = $1 AND action = 'PARTICIPANT_MATCH' ORDER BY id DESC LIMIT 1`,
        [row.id],
      );
      expect(audit).toEqual({ result: 'ALLOWED', purpose: 'matchesForParticipant' });
    });

    it('hands back the participant exactly as TypeORM loads the entity (dates, numbers, JSON, arrays)', async () => {
      const rows = await t.dataSource.query<Array<{ id: string; coach_id: string }>>(
        `SELECT id, coach_id FROM participants ORDER BY id`,
      );
      const service = t.app.get(ParticipantsService);
      for (const row of rows) {
        const actor: Actor = { userId: row.coach_id, role: Role.COACH, organisationId: '', displayName: '' };
        const read = await service.getOwned(actor, row.id, 'READ');
        const loaded = await t.dataSource.getRepository(ParticipantEntity).findOneByOrFail({ id: row.id });
        expect(read).toBeInstanceOf(ParticipantEntity);
        expect(read).toEqual(loaded);
      }
    });

    it("records a refusal in the same statement: another coach's participant and a missing one", async () => {
      const [row] = await t.dataSource.query<Array<{ id: string; coach_id: string }>>(
        `SELECT id, coach_id FROM participants ORDER BY id LIMIT 1`,
      );
      const [otherCoach] = await t.dataSource.query<Array<{ id: string }>>(
        `SELECT id FROM users WHERE role = 'COACH' AND id <> $1 ORDER BY id LIMIT 1`,
        [row.coach_id],
      );
      const token = await t.tokenFor({ id: otherCoach.id, role: 'COACH' });
      const missing = '0a0a0a0a-0a0a-4a0a-8a0a-0a0a0a0a0a0a';
      for (const id of [row.id, row.id, missing]) {
        let answer: Awaited<ReturnType<TestApp['gql']>> | undefined;
        const sent = await statementsOf(async () => {
          answer = await t.gql(MATCHES, { id }, token);
        });
        expect(answer?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        // The first request of this coach also reads the user; after that, one statement.
        expect(sent.filter((sql) => /audit_log/.test(sql))).toHaveLength(1);
      }
      const trail = await t.dataSource.query<
        Array<{ object_id: string; participant_id: string | null; result: string }>
      >(
        `SELECT object_id, participant_id, result FROM audit_log
          WHERE actor_user_id = $1 AND action = 'PARTICIPANT_MATCH' AND object_id IN ($2, $3) ORDER BY id`,
        [otherCoach.id, row.id, missing],
      );
      expect(trail).toEqual([
        { object_id: row.id, participant_id: row.id, result: 'DENIED' },
        { object_id: row.id, participant_id: row.id, result: 'DENIED' },
        { object_id: missing, participant_id: null, result: 'DENIED' },
      ]);
    });
  },
);
