import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  createTestApp,
  insertStandardActors,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import { type Claim, IdempotencyService, type IdempotentCreate } from './idempotency.service.js';

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

  it('a field sent as null is the same request as the field left out', async () => {
    const key = randomUUID();
    const first = await request(actors.coach.id, key, 'propose', { a: 1, note: null });
    expect((await request(actors.coach.id, key, 'propose', { a: 1 })).id).toBe(first.id);
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

  /**
   * `once` / `transaction`: the helper every creating mutation goes through. It creates into a
   * table of its own here, so the spec counts real rows.
   */
  describe('once', () => {
    beforeAll(async () => {
      await t.dataSource.query(
        'CREATE TABLE idempotency_spec_things (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL)',
      );
    });

    type Thing = { id: string; name: string };
    let creates = 0;

    /** A create of a thing named by the input, optionally slow or failing after its insert. */
    function thing(
      userId: string,
      input: { name: string; idempotencyKey?: string | null; [field: string]: unknown },
      options: { pauseMs?: number; failAfterInsert?: boolean; operation?: string } = {},
    ): IdempotentCreate<Thing> {
      return {
        userId,
        operation: options.operation ?? 'createThing',
        input,
        idOf: (created) => created.id,
        replay: async (manager: EntityManager, id: string) =>
          (
            await manager.query<Thing[]>('SELECT id, name FROM idempotency_spec_things WHERE id = $1', [id])
          )[0] ?? null,
        what: 'Thing',
        create: async (manager: EntityManager) => {
          creates++;
          const [created] = await manager.query<Thing[]>(
            'INSERT INTO idempotency_spec_things (name) VALUES ($1) RETURNING id, name',
            [input.name],
          );
          if (options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
          if (options.failAfterInsert) throw new Error('creation failed half-way');
          return created;
        },
      };
    }

    const countNamed = async (name: string): Promise<number> =>
      (
        await t.dataSource.query<Array<{ n: number }>>(
          'SELECT count(*)::int AS n FROM idempotency_spec_things WHERE name = $1',
          [name],
        )
      )[0].n;
    const keyRow = (userId: string, key: string) =>
      t.dataSource.query<Array<{ operation: string; result_id: string }>>(
        'SELECT operation, result_id FROM idempotency_keys WHERE user_id = $1 AND key = $2',
        [userId, key],
      );

    it('without a key it simply creates, every time, and stores no key', async () => {
      const name = randomUUID();
      const keysOf = async () =>
        (
          await t.dataSource.query<Array<{ n: number }>>(
            'SELECT count(*)::int AS n FROM idempotency_keys WHERE user_id = $1',
            [actors.analyst.id],
          )
        )[0].n;
      const a = await idempotency.transaction(thing(actors.analyst.id, { name }));
      const b = await idempotency.transaction(thing(actors.analyst.id, { name, idempotencyKey: null }));
      expect(a.id).not.toBe(b.id);
      expect(await countNamed(name)).toBe(2);
      expect(await keysOf()).toBe(0);
    });

    it('a retry with the same key and input returns the first object without creating again', async () => {
      const name = randomUUID();
      const key = `retry-${randomUUID()}`;
      const first = await idempotency.transaction(thing(actors.coach.id, { name, idempotencyKey: key }));
      const before = creates;
      const again = await idempotency.transaction(thing(actors.coach.id, { name, idempotencyKey: key }));
      expect(again).toEqual(first);
      expect(creates).toBe(before);
      expect(await countNamed(name)).toBe(1);
      expect(await keyRow(actors.coach.id, key)).toEqual([{ operation: 'createThing', result_id: first.id }]);
    });

    it('the same key with another input is refused, naming the key and each field that changed', async () => {
      const key = `changed-${randomUUID()}`;
      const name = randomUUID();
      await idempotency.transaction(thing(actors.coach.id, { name, idempotencyKey: key, colour: 'red' }));
      const error = await idempotency
        .transaction(thing(actors.coach.id, { name: `${name}-2`, idempotencyKey: key, size: 3 }))
        .catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'CONFLICT',
        reason: 'IDEMPOTENCY_KEY_REUSED',
        extensions: {
          fields: [
            { path: 'input.idempotencyKey', message: expect.stringContaining('different input') },
            { path: 'input.colour', message: 'differs from the first request with this key' },
            { path: 'input.name', message: 'differs from the first request with this key' },
            { path: 'input.size', message: 'differs from the first request with this key' },
          ],
        },
      });
      expect(await countNamed(`${name}-2`)).toBe(0);
    });

    it('the same key for another mutation is refused and names the first one', async () => {
      const key = `other-op-${randomUUID()}`;
      const name = randomUUID();
      await idempotency.transaction(thing(actors.coach.id, { name, idempotencyKey: key }));
      await expect(
        idempotency.transaction(
          thing(actors.coach.id, { name, idempotencyKey: key }, { operation: 'createOtherThing' }),
        ),
      ).rejects.toMatchObject({
        reason: 'IDEMPOTENCY_KEY_REUSED',
        extensions: {
          fields: [{ path: 'input.idempotencyKey', message: expect.stringContaining('createThing') }],
        },
      });
    });

    it('a key stored before field hashes were kept is refused naming only the key', async () => {
      const key = `legacy-${randomUUID()}`;
      await idempotency.transaction(thing(actors.coach.id, { name: randomUUID(), idempotencyKey: key }));
      await t.dataSource.query(
        'UPDATE idempotency_keys SET request_fields = NULL WHERE user_id = $1 AND key = $2',
        [actors.coach.id, key],
      );
      await expect(
        idempotency.transaction(thing(actors.coach.id, { name: randomUUID(), idempotencyKey: key })),
      ).rejects.toMatchObject({
        extensions: { fields: [{ path: 'input.idempotencyKey' }] },
      });
    });

    it('keys are per user: another user with the same key gets their own object, not the first', async () => {
      const key = `shared-${randomUUID()}`;
      const name = randomUUID();
      const mine = await idempotency.transaction(thing(actors.coach.id, { name, idempotencyKey: key }));
      const theirs = await idempotency.transaction(
        thing(actors.otherCoach.id, { name, idempotencyKey: key }),
      );
      expect(theirs.id).not.toBe(mine.id);
      // and a different input under the same key is no conflict for the other user
      const third = await idempotency.transaction(
        thing(actors.admin.id, { name: `${name}-admin`, idempotencyKey: key }),
      );
      expect(third.name).toBe(`${name}-admin`);
      expect(await countNamed(name)).toBe(2);
    });

    it('a create that fails half-way leaves neither its row nor the key; the retry then creates', async () => {
      const key = `half-${randomUUID()}`;
      const name = randomUUID();
      await expect(
        idempotency.transaction(
          thing(actors.coach.id, { name, idempotencyKey: key }, { failAfterInsert: true }),
        ),
      ).rejects.toThrow('creation failed half-way');
      expect(await countNamed(name)).toBe(0);
      expect(await keyRow(actors.coach.id, key)).toEqual([]);
      const retry = await idempotency.transaction(thing(actors.coach.id, { name, idempotencyKey: key }));
      expect(await keyRow(actors.coach.id, key)).toEqual([{ operation: 'createThing', result_id: retry.id }]);
    });

    it('a retry after the object was removed is NOT_FOUND, not a second object', async () => {
      const key = `gone-${randomUUID()}`;
      const name = randomUUID();
      const first = await idempotency.transaction(thing(actors.coach.id, { name, idempotencyKey: key }));
      await t.dataSource.query('DELETE FROM idempotency_spec_things WHERE id = $1', [first.id]);
      await expect(
        idempotency.transaction(thing(actors.coach.id, { name, idempotencyKey: key })),
      ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Thing was not found' });
      expect(await countNamed(name)).toBe(0);
    });

    it('runs in the caller’s transaction: a rollback after it takes the key and the object with it', async () => {
      const key = `outer-${randomUUID()}`;
      const name = randomUUID();
      await expect(
        t.dataSource.transaction(async (manager) => {
          await idempotency.once(manager, thing(actors.coach.id, { name, idempotencyKey: key }));
          throw new Error('the caller failed afterwards');
        }),
      ).rejects.toThrow('the caller failed afterwards');
      expect(await countNamed(name)).toBe(0);
      expect(await keyRow(actors.coach.id, key)).toEqual([]);
    });

    it('five concurrent requests with one key create one object and all get it', async () => {
      const key = `race-${randomUUID()}`;
      const name = randomUUID();
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          idempotency.transaction(thing(actors.coach.id, { name, idempotencyKey: key }, { pauseMs: 100 })),
        ),
      );
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      expect(await countNamed(name)).toBe(1);
    });

    it('when the first of two concurrent requests fails, the waiting one creates in its place', async () => {
      const key = `race-fail-${randomUUID()}`;
      const name = randomUUID();
      const [failed, succeeded] = await Promise.allSettled([
        idempotency.transaction(
          thing(actors.coach.id, { name, idempotencyKey: key }, { pauseMs: 150, failAfterInsert: true }),
        ),
        // Starts once the first holds the key, so it waits on it.
        new Promise((r) => setTimeout(r, 50)).then(() =>
          idempotency.transaction(thing(actors.coach.id, { name, idempotencyKey: key })),
        ),
      ]);
      expect(failed.status).toBe('rejected');
      expect(succeeded.status).toBe('fulfilled');
      const created = (succeeded as PromiseFulfilledResult<Thing>).value;
      expect(await countNamed(name)).toBe(1);
      expect(await keyRow(actors.coach.id, key)).toEqual([
        { operation: 'createThing', result_id: created.id },
      ]);
    });
  });
});
