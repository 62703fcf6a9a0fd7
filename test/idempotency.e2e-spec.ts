import { randomUUID } from 'node:crypto';
import {
  createTestApp,
  insertUser,
  insertStandardActors,
  participantInput,
  placeInput,
  tokensFor,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import { WebhookSecretBox } from '@plekwijzer/api/modules/notifications/webhook-secret-box.js';

/**
 * Idempotency keys through GraphQL on every creating mutation: a retry with the same key and
 * input returns the same object and creates nothing, the same key with another input is a
 * CONFLICT IDEMPOTENCY_KEY_REUSED naming the changed field, requests racing with one key create
 * one object, another user's same key is their own, and keys are validated. The mechanism itself
 * (rollback, removed objects, concurrency in detail): IdempotencyService spec.
 */

const onServer = Boolean(process.env.DATABASE_URL);

type Who = 'admin' | 'secondAdmin' | 'coach' | 'otherCoach' | 'employerA' | 'employerB';

interface Case {
  mutation: string;
  /** The mutation document, taking `$input` and answering `id` at `idPath` of the data. */
  document: string;
  /** The created object's id in the answer. */
  idOf: (data: Record<string, unknown>) => string;
  /** Who makes it, and a second user with the same rights for the "another user's key" test. */
  actor: Who;
  other: Who;
  /** A fresh, valid input with a unique marker (see `count`). */
  input: () => Record<string, unknown>;
  /** What the other user sends with the same key: the same input where that can be created twice. */
  forOther: (input: Record<string, unknown>) => Record<string, unknown>;
  /** A change to one field, and that field's path in the refusal. */
  change: (input: Record<string, unknown>) => Record<string, unknown>;
  changedPath: string;
  /** The table the object lands in, and how to count the rows made from an input. */
  table: string;
  count: (t: TestApp, input: Record<string, unknown>) => Promise<number>;
}

const countWhere =
  (table: string, column: string, field: string) => async (t: TestApp, input: Record<string, unknown>) =>
    (
      await t.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`,
        [input[field]],
      )
    )[0].n;

describe('idempotency keys on every create (GraphQL)', () => {
  let t: TestApp;
  let actors: StandardActors;
  let tokens: Record<Who, string>;

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    const secondAdmin = await insertUser(t.dataSource, actors.organisations.coaching, 'ADMIN');
    const standard = await tokensFor(actors, (u) => t.tokenFor(u));
    tokens = { ...standard, secondAdmin: await t.tokenFor(secondAdmin) };
  });
  afterAll(() => t.close());

  const unique = () => randomUUID().slice(0, 8);

  const CASES: Case[] = [
    {
      mutation: 'createPlacement',
      document: `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id title } } }`,
      idOf: (d) => (d.createPlacement as { placement: { id: string } }).placement.id,
      actor: 'employerA',
      other: 'employerB',
      input: () => placeInput({ title: `Magazijn ${unique()}` }),
      forOther: (input) => input,
      change: (input) => ({ ...input, capacity: 3 }),
      changedPath: 'input.capacity',
      table: 'placements',
      count: countWhere('placements', 'title', 'title'),
    },
    {
      mutation: 'createParticipant',
      document: `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { participant { id clientReference } } }`,
      idOf: (d) => (d.createParticipant as { participant: { id: string } }).participant.id,
      actor: 'coach',
      other: 'otherCoach',
      input: () => participantInput(),
      forOther: (input) => input,
      change: (input) => ({ ...input, maxTravelMinutes: 40 }),
      changedPath: 'input.maxTravelMinutes',
      table: 'participants',
      count: countWhere('participants', 'client_reference', 'clientReference'),
    },
    {
      mutation: 'createOrganisation',
      document: `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name } } }`,
      idOf: (d) => (d.createOrganisation as { organisation: { id: string } }).organisation.id,
      actor: 'admin',
      other: 'secondAdmin',
      input: () => ({
        kind: 'EMPLOYER',
        name: `Bakkerij ${unique()}`,
        street: 'Langestraat 1',
        postcode: '3811',
        city: 'Amersfoort',
        contactName: 'Els',
        contactEmail: 'els@example.nl',
      }),
      forOther: (input) => input,
      change: (input) => ({ ...input, city: 'Leusden' }),
      changedPath: 'input.city',
      table: 'organisations',
      count: countWhere('organisations', 'name', 'name'),
    },
    {
      mutation: 'createUser',
      document: `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email } } }`,
      idOf: (d) => (d.createUser as { user: { id: string } }).user.id,
      actor: 'admin',
      other: 'secondAdmin',
      input: () => ({
        organisationId: actors.organisations.employerA,
        role: 'EMPLOYER',
        displayName: 'Els',
        email: `els-${unique()}@example.nl`,
      }),
      // An e-mail address belongs to one user: the other admin's request names another.
      forOther: (input) => ({ ...input, email: `other-${String(input.email)}` }),
      change: (input) => ({ ...input, displayName: 'Else' }),
      changedPath: 'input.displayName',
      table: 'users',
      count: countWhere('users', 'email', 'email'),
    },
    {
      mutation: 'createWebhookSubscription',
      document: `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id url } } }`,
      idOf: (d) => (d.createWebhookSubscription as { subscription: { id: string } }).subscription.id,
      actor: 'employerA',
      other: 'employerB',
      input: () => ({ url: `https://hooks.example.org/${unique()}`, eventTypes: ['introduction.proposed'] }),
      forOther: (input) => input,
      change: (input) => ({ ...input, eventTypes: ['introduction.accepted'] }),
      changedPath: 'input.eventTypes',
      table: 'webhook_subscriptions',
      count: countWhere('webhook_subscriptions', 'url', 'url'),
    },
  ];

  async function create(c: Case, who: Who, input: Record<string, unknown>) {
    return t.gql(c.document, { input }, tokens[who]);
  }

  async function created(c: Case, who: Who, input: Record<string, unknown>): Promise<string> {
    const answer = await create(c, who, input);
    expect(answer.errors).toBeUndefined();
    return c.idOf(answer.data!);
  }

  describe.each(CASES)('$mutation', (c) => {
    it('a retry with the same key and input returns the same object and creates nothing new', async () => {
      const input = { ...c.input(), idempotencyKey: `retry-${unique()}` };
      const first = await create(c, c.actor, input);
      expect(first.errors).toBeUndefined();
      const again = await create(c, c.actor, input);
      expect(again.errors).toBeUndefined();
      expect(again.data).toEqual(first.data);
      expect(await c.count(t, input)).toBe(1);
    });

    it('the same key with a different input is a CONFLICT naming the key and the changed field', async () => {
      const input = { ...c.input(), idempotencyKey: `change-${unique()}` };
      const id = await created(c, c.actor, input);
      const changed = await create(c, c.actor, c.change(input));
      expect(changed.errors?.[0]?.extensions).toEqual({
        code: 'CONFLICT',
        reason: 'IDEMPOTENCY_KEY_REUSED',
        fields: [
          { path: 'input.idempotencyKey', message: expect.stringContaining('different input') },
          { path: c.changedPath, message: 'differs from the first request with this key' },
        ],
      });
      // Nothing was made or changed by the refused request; the first one still replays.
      expect(await c.count(t, input)).toBe(1);
      expect(await created(c, c.actor, input)).toBe(id);
    });

    it('requests racing with one key create one object, and every one answers it', async () => {
      const input = { ...c.input(), idempotencyKey: `race-${unique()}` };
      const answers = await Promise.all(Array.from({ length: 4 }, () => create(c, c.actor, input)));
      expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined, undefined]);
      expect(new Set(answers.map((a) => c.idOf(a.data!))).size).toBe(1);
      expect(await c.count(t, input)).toBe(1);
    });

    (onServer ? it : it.skip)(
      `requests held in flight together with one key create one object${onServer ? '' : ' — SKIPPED on PGlite: one connection, so requests cannot overlap'}`,
      async () => {
        const input = { ...c.input(), idempotencyKey: `held-${unique()}` };
        // Hold inserts into the table until every request is in flight: the first then waits
        // for the table and the rest for its key, so all of them overlap for certain.
        const holder = t.dataSource.createQueryRunner();
        await holder.connect();
        await holder.startTransaction();
        let answers: Awaited<ReturnType<typeof create>>[];
        try {
          await holder.query(`LOCK TABLE "${c.table}" IN SHARE MODE`);
          const inFlight = Promise.all(Array.from({ length: 4 }, () => create(c, c.actor, input)));
          await waitForLockWaiters(t, 4);
          await holder.commitTransaction();
          answers = await inFlight;
        } finally {
          if (holder.isTransactionActive) await holder.rollbackTransaction();
          await holder.release();
        }
        expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined, undefined]);
        expect(new Set(answers.map((a) => c.idOf(a.data!))).size).toBe(1);
        expect(await c.count(t, input)).toBe(1);
      },
    );

    it('another user’s same key is theirs: it neither replays nor blocks the first user’s object', async () => {
      const key = `shared-${unique()}`;
      const input = { ...c.input(), idempotencyKey: key };
      const mine = await created(c, c.actor, input);
      const theirs = await created(c, c.other, c.forOther(input));
      expect(theirs).not.toBe(mine);
      // and each user's retry still answers their own object
      expect(await created(c, c.other, c.forOther(input))).toBe(theirs);
      expect(await created(c, c.actor, input)).toBe(mine);
    });

    it('refuses a key that is too short or has other characters, as a field error', async () => {
      for (const key of ['short', 'has space 123', 'ä-not-ascii-123', 'x'.repeat(101)]) {
        const answer = await create(c, c.actor, { ...c.input(), idempotencyKey: key });
        expect(answer.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [{ path: 'input.idempotencyKey', message: expect.stringContaining('8–100') }],
        });
      }
    });
  });

  it('a key used for one mutation is refused for another, naming the first', async () => {
    const key = `cross-${unique()}`;
    const [placement, webhook] = [CASES[0], CASES[4]];
    await created(placement, 'employerA', { ...placement.input(), idempotencyKey: key });
    const answer = await create(webhook, 'employerA', { ...webhook.input(), idempotencyKey: key });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
      fields: [{ path: 'input.idempotencyKey', message: expect.stringContaining('createPlacement') }],
    });
  });

  it('a retried webhook subscription answers the same secret, which signs its deliveries', async () => {
    const c = CASES[4];
    const input = { ...c.input(), idempotencyKey: `secret-${unique()}` };
    type Answer = { createWebhookSubscription: { secret: string; subscription: { id: string } } };
    const first = (await create(c, 'employerA', input)).data as Answer;
    const again = (await create(c, 'employerA', input)).data as Answer;
    expect(again.createWebhookSubscription.secret).toMatch(/^whsec_/);
    expect(again.createWebhookSubscription.secret).toBe(first.createWebhookSubscription.secret);
    // It is the stored secret, the one the dispatcher signs with.
    const [row] = await t.dataSource.query<Array<{ secret: string }>>(
      'SELECT secret FROM webhook_subscriptions WHERE id = $1',
      [again.createWebhookSubscription.subscription.id],
    );
    expect(t.app.get(WebhookSecretBox).open(row.secret)).toBe(again.createWebhookSubscription.secret);
  });

  it('a retried createParticipant is audited as a read of the participant', async () => {
    const c = CASES[1];
    const input = { ...c.input(), idempotencyKey: `audit-${unique()}` };
    const id = await created(c, 'coach', input);
    await created(c, 'coach', input);
    const trail = await t.dataSource.query<Array<{ action: string }>>(
      `SELECT action FROM audit_log WHERE object_id = $1 ORDER BY id`,
      [id],
    );
    expect(trail.map((r) => r.action)).toEqual(['PARTICIPANT_CREATED', 'PARTICIPANT_READ']);
  });

  it('the replay of a participant is refused once it is no longer the coach’s: NOT_FOUND', async () => {
    const c = CASES[1];
    const input = { ...c.input(), idempotencyKey: `moved-${unique()}` };
    const id = await created(c, 'coach', input);
    await t.dataSource.query('UPDATE participants SET coach_id = $1 WHERE id = $2', [
      actors.otherCoach.id,
      id,
    ]);
    const answer = await create(c, 'coach', input);
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(answer)).not.toContain(id);
  });

  it('a retry within the webhook limit answers the first subscription even when the limit is reached', async () => {
    const c = CASES[4];
    const partner = await t.tokenFor(actors.partner);
    const make = (input: Record<string, unknown>) => t.gql(c.document, { input }, partner);
    const keyed = { ...c.input(), idempotencyKey: `limit-${unique()}` };
    const first = await make(keyed);
    expect(first.errors).toBeUndefined();
    for (let i = 1; i < 10; i++) expect((await make(c.input())).errors).toBeUndefined();
    expect((await make(c.input())).errors?.[0]?.extensions?.reason).toBe('LIMIT_REACHED');
    const retry = await make(keyed);
    expect(retry.errors).toBeUndefined();
    expect(retry.data).toEqual(first.data);
  });
});

/** Waits until this many sessions of the test's database wait on a lock (or fails after 10 s). */
async function waitForLockWaiters(t: TestApp, n: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [row] = await t.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (row.n >= n) return;
    if (Date.now() > deadline) throw new Error(`only ${row.n} of ${n} requests reached the lock`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
