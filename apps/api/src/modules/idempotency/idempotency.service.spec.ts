import { randomUUID } from 'node:crypto';
import {
  createTestApp,
  insertStandardActors,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import { type Claim, IdempotencyService } from './idempotency.service.js';

/**
 * Idempotency keys on the real database: the same key and request replay the stored result, a
 * different request under the same key is refused, keys are per user, a claim rolls back with its
 * transaction, and two requests racing with one key create once.
 */
describe('IdempotencyService', () => {
  let t: TestApp;
  let actors: StandardActors;
  let idempotency: IdempotencyService;

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    idempotency = t.app.get(IdempotencyService);
  });
  afterAll(() => t.close());

  /** One creating request: claim, "create" (a fresh id) and complete, in one transaction. */
  function request(userId: string, key: string, operation: string, payload: unknown, pauseMs = 0) {
    return t.dataSource.transaction(async (manager): Promise<{ claim: Claim; id: string }> => {
      const claim = await idempotency.claim(manager, userId, key, operation, payload);
      if (claim.replay) return { claim, id: claim.resultId };
      if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
      const id = randomUUID();
      await idempotency.complete(manager, userId, key, id);
      return { claim, id };
    });
  }

  it('the same key with the same request replays the first result', async () => {
    const key = randomUUID();
    const first = await request(actors.coach.id, key, 'propose', { a: 1, b: [1, 2] });
    expect(first.claim).toEqual({ replay: false });
    const again = await request(actors.coach.id, key, 'propose', { a: 1, b: [1, 2] });
    expect(again).toEqual({ claim: { replay: true, resultId: first.id }, id: first.id });
  });

  it('key order and undefined fields do not make a request different; array order does', async () => {
    const key = randomUUID();
    const first = await request(actors.coach.id, key, 'propose', { a: 1, b: 'x' });
    expect((await request(actors.coach.id, key, 'propose', { b: 'x', a: 1, c: undefined })).id).toBe(
      first.id,
    );
    const arrays = randomUUID();
    await request(actors.coach.id, arrays, 'propose', { list: [1, 2] });
    await expect(request(actors.coach.id, arrays, 'propose', { list: [2, 1] })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('the same key with a different payload or operation is a CONFLICT IDEMPOTENCY_KEY_REUSED', async () => {
    const key = randomUUID();
    await request(actors.coach.id, key, 'propose', { placementId: 'p1' });
    await expect(request(actors.coach.id, key, 'propose', { placementId: 'p2' })).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    await expect(request(actors.coach.id, key, 'logHours', { placementId: 'p1' })).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('keys are per user: another user with the same key creates their own', async () => {
    const key = randomUUID();
    const mine = await request(actors.coach.id, key, 'propose', { x: 1 });
    const theirs = await request(actors.otherCoach.id, key, 'propose', { x: 1 });
    expect(theirs.claim).toEqual({ replay: false });
    expect(theirs.id).not.toBe(mine.id);
    const rows = await t.dataSource.query<Array<{ user_id: string; result_id: string }>>(
      'SELECT user_id, result_id FROM idempotency_keys WHERE key = $1 ORDER BY result_id',
      [key],
    );
    expect(rows).toHaveLength(2);
  });

  it('a claim rolls back with its transaction: the key is free again', async () => {
    const key = randomUUID();
    await expect(
      t.dataSource.transaction(async (manager) => {
        await idempotency.claim(manager, actors.coach.id, key, 'propose', { y: 1 });
        throw new Error('creation failed');
      }),
    ).rejects.toThrow('creation failed');
    expect(
      await t.dataSource.query('SELECT 1 FROM idempotency_keys WHERE user_id = $1 AND key = $2', [
        actors.coach.id,
        key,
      ]),
    ).toEqual([]);
    expect((await request(actors.coach.id, key, 'propose', { y: 2 })).claim).toEqual({ replay: false });
  });

  it('two requests racing with one key create once; the second replays the first', async () => {
    const key = randomUUID();
    const [a, b] = await Promise.all([
      request(actors.admin.id, key, 'propose', { z: 1 }, 150),
      request(actors.admin.id, key, 'propose', { z: 1 }, 150),
    ]);
    expect(a.id).toBe(b.id);
    expect([a.claim.replay, b.claim.replay].sort()).toEqual([false, true]);
    const rows = await t.dataSource.query<Array<{ result_id: string }>>(
      'SELECT result_id FROM idempotency_keys WHERE user_id = $1 AND key = $2',
      [actors.admin.id, key],
    );
    expect(rows).toEqual([{ result_id: a.id }]);
  });
});
