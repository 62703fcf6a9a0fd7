import {
  actorOf,
  createTestApp,
  insertStandardActors,
  participantInput,
  type StandardActorName,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import { RequestContextMiddleware } from '@plekwijzer/api/common/request-context.js';
import type { Actor, Role } from '@plekwijzer/api/modules/auth/role.js';
import type { CreateParticipantInput } from '@plekwijzer/api/modules/participants/dto/participant-fields.input.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import { AuditService } from './audit.service.js';

/**
 * The audit trail on the real database: what an allowed and a refused read write, the trail's order
 * and limit, entries that commit or roll back with their transaction, and that the log is append-only.
 */
describe('AuditService', () => {
  let t: TestApp;
  let actors: StandardActors;
  let audit: AuditService;
  let participants: ParticipantsService;
  const as = (name: StandardActorName): Actor => actorOf<Role>(actors[name]);

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    audit = t.app.get(AuditService);
    participants = t.app.get(ParticipantsService);
  });
  afterAll(() => t.close());

  async function newParticipant(): Promise<string> {
    return (await participants.create(as('coach'), participantInput<CreateParticipantInput>())).id;
  }

  async function rowsFor(participantId: string) {
    return t.dataSource.query<
      Array<{ action: string; result: string; actor_user_id: string; actor_role: string }>
    >(
      'SELECT action, result, actor_user_id, actor_role FROM audit_log WHERE participant_id = $1 ORDER BY id',
      [participantId],
    );
  }

  it('an allowed read writes one ALLOWED entry with the reader; a refused one a DENIED entry in the same trail', async () => {
    const id = await newParticipant();
    const before = (await rowsFor(id)).length;
    await participants.getOwned(as('coach'), id);
    await expect(participants.getOwned(as('otherCoach'), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const added = (await rowsFor(id)).slice(before);
    expect(added).toEqual([
      { action: 'PARTICIPANT_READ', result: 'ALLOWED', actor_user_id: actors.coach.id, actor_role: 'COACH' },
      {
        action: 'PARTICIPANT_READ',
        result: 'DENIED',
        actor_user_id: actors.otherCoach.id,
        actor_role: 'COACH',
      },
    ]);
  });

  it('a refused read of an id that does not exist is written without a participant (it has no trail)', async () => {
    const ghost = '00000000-0000-4000-8000-0000000000aa';
    await expect(participants.getOwned(as('employerA'), ghost)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const rows = await t.dataSource.query<Array<{ participant_id: string | null; result: string }>>(
      'SELECT participant_id, result FROM audit_log WHERE object_id = $1',
      [ghost],
    );
    expect(rows).toEqual([{ participant_id: null, result: 'DENIED' }]);
  });

  it('the trail is newest first and stops at the limit', async () => {
    const id = await newParticipant();
    for (const action of ['A1', 'A2', 'A3']) {
      await audit.record(as('coach'), {
        action,
        objectType: 'PARTICIPANT',
        objectId: id,
        participantId: id,
        result: 'ALLOWED',
      });
    }
    const trail = await audit.trail(id, 2);
    expect(trail.map((e) => e.action)).toEqual(['A3', 'A2']);
    const all = await audit.trail(id, 100);
    expect(all.map((e) => e.action).slice(0, 3)).toEqual(['A3', 'A2', 'A1']);
    expect(all.at(-1)!.action).toBe('PARTICIPANT_CREATED');
    expect(all.every((e) => e.participantId === id)).toBe(true);
  });

  it('recordMany writes every event in one go, and nothing for none', async () => {
    const a = await newParticipant();
    const b = await newParticipant();
    const count = async () =>
      (await t.dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM audit_log'))[0].n;
    const before = await count();
    await audit.recordMany(as('admin'), []);
    expect(await count()).toBe(before);
    await audit.recordMany(as('admin'), [
      { action: 'BULK', objectType: 'PARTICIPANT', objectId: a, participantId: a, result: 'ALLOWED' },
      { action: 'BULK', objectType: 'PARTICIPANT', objectId: b, participantId: b, result: 'ALLOWED' },
    ]);
    expect(await count()).toBe(before + 2);
    expect((await audit.trail(b, 1))[0]).toMatchObject({
      action: 'BULK',
      actorRole: 'ADMIN',
      actorUserId: actors.admin.id,
    });
  });

  it('an entry written with a transaction’s manager rolls back with it; one written alone stays', async () => {
    const id = await newParticipant();
    await t.dataSource
      .transaction(async (manager) => {
        await audit.record(
          as('coach'),
          { action: 'IN_TX', objectType: 'PARTICIPANT', objectId: id, participantId: id, result: 'ALLOWED' },
          manager,
        );
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect((await rowsFor(id)).map((r) => r.action)).not.toContain('IN_TX');
    await t.dataSource.transaction((manager) =>
      audit.record(
        as('coach'),
        { action: 'IN_TX', objectType: 'PARTICIPANT', objectId: id, participantId: id, result: 'ALLOWED' },
        manager,
      ),
    );
    expect((await rowsFor(id)).map((r) => r.action)).toContain('IN_TX');
  });

  it('a role refusal is an OPERATION entry, DENIED, with the operation name; a system entry has no actor', async () => {
    await audit.recordRoleRefused(as('partner'), 'createParticipant');
    await audit.record(null, {
      action: 'SYSTEM_SWEEP',
      objectType: 'OPERATION',
      objectId: null,
      result: 'ALLOWED',
    });
    const rows = await t.dataSource.query<Array<Record<string, unknown>>>(
      `SELECT action, object_type, object_id, result, actor_user_id, actor_role FROM audit_log WHERE action IN ('ROLE_REFUSED', 'SYSTEM_SWEEP') ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        action: 'ROLE_REFUSED',
        object_type: 'OPERATION',
        object_id: 'createParticipant',
        result: 'DENIED',
        actor_user_id: actors.partner.id,
        actor_role: 'PARTNER',
      },
      {
        action: 'SYSTEM_SWEEP',
        object_type: 'OPERATION',
        object_id: null,
        result: 'ALLOWED',
        actor_user_id: null,
        actor_role: null,
      },
    ]);
  });

  it('inside a request, the entry carries the request id', async () => {
    const id = await newParticipant();
    await new Promise<void>((resolve, reject) =>
      new RequestContextMiddleware().use({ id: 'req-audit-7', headers: {} }, undefined, () => {
        audit
          .record(as('coach'), {
            action: 'WITH_REQUEST',
            objectType: 'PARTICIPANT',
            objectId: id,
            participantId: id,
            result: 'ALLOWED',
          })
          .then(resolve, reject);
      }),
    );
    expect((await audit.trail(id, 1))[0]).toMatchObject({ action: 'WITH_REQUEST', requestId: 'req-audit-7' });
  });

  it('the log is append-only: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
    const id = await newParticipant();
    await expect(
      t.dataSource.query(`UPDATE audit_log SET result = 'ALLOWED' WHERE participant_id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_log WHERE participant_id = $1', [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect((await rowsFor(id)).length).toBeGreaterThan(0);
  });

  it('only coaches and admins may read a trail', () => {
    for (const who of ['coach', 'admin'] as const)
      expect(() => audit.assertCanReadTrail(as(who))).not.toThrow();
    for (const who of ['analyst', 'employerA', 'partner'] as const) {
      expect(() => audit.assertCanReadTrail(as(who))).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN', reason: 'FORBIDDEN' }),
      );
    }
  });
});
