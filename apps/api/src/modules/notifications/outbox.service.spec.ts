import { randomUUID } from 'node:crypto';
import {
  createTestApp,
  insertStandardActors,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import { OutboxService } from './outbox.service.js';

/** The webhook outbox: an event exists exactly when its transaction commits, once per organisation. */
describe('OutboxService', () => {
  let t: TestApp;
  let actors: StandardActors;
  let outbox: OutboxService;

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    outbox = t.app.get(OutboxService);
  });
  afterAll(() => t.close());

  const eventsFor = (introductionId: string) =>
    t.dataSource.query<
      Array<{
        type: string;
        organisation_ids: string[];
        payload: Record<string, unknown>;
        dispatched_at: Date | null;
      }>
    >(
      `SELECT type, organisation_ids, payload, dispatched_at FROM outbox_events WHERE payload->>'introductionId' = $1 ORDER BY id`,
      [introductionId],
    );

  it('a committed event is stored once, undispatched, with each organisation once and the time it occurred', async () => {
    const introductionId = randomUUID();
    const before = Date.now();
    await t.dataSource.transaction((manager) =>
      outbox.enqueue(manager, {
        type: 'introduction.proposed',
        organisationIds: [
          actors.organisations.employerA,
          actors.organisations.coaching,
          actors.organisations.employerA,
        ],
        payload: { introductionId, status: 'PROPOSED' },
      }),
    );
    const [event, ...rest] = await eventsFor(introductionId);
    expect(rest).toEqual([]);
    expect(event.type).toBe('introduction.proposed');
    expect([...event.organisation_ids].sort()).toEqual(
      [actors.organisations.employerA, actors.organisations.coaching].sort(),
    );
    expect(event.dispatched_at).toBeNull();
    expect(event.payload).toEqual({ introductionId, status: 'PROPOSED', occurredAt: expect.any(String) });
    const occurredAt = Date.parse(event.payload.occurredAt as string);
    expect(occurredAt).toBeGreaterThanOrEqual(before - 1000);
    expect(occurredAt).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('an event enqueued in a transaction that rolls back is never stored', async () => {
    const introductionId = randomUUID();
    await expect(
      t.dataSource.transaction(async (manager) => {
        await outbox.enqueue(manager, {
          type: 'introduction.accepted',
          organisationIds: [actors.organisations.employerA],
          payload: { introductionId },
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await eventsFor(introductionId)).toEqual([]);
  });
});
