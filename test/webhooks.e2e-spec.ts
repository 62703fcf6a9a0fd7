import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DATABASE_HANDLE, type DatabaseHandle } from '@plekwijzer/database';
import {
  createTestApp,
  day,
  insertOrganisation,
  insertStandardActors,
  insertUser,
  participantInput,
  placeInput,
  tokensFor,
  type StandardActors,
  type TestApp,
  nodes,
  type Conn,
} from '@plekwijzer/test-support';
import { WebhookSecretBox } from '@plekwijzer/api/modules/notifications/webhook-secret-box.js';
import { OutboxService, type DomainEvent } from '@plekwijzer/api/modules/notifications/outbox.service.js';
import {
  WEBHOOK_DELIVERY_LOCK_KEY,
  WebhookDispatcher,
  type WebhookDispatcherOptions,
} from '@plekwijzer/api/modules/notifications/webhook-dispatcher.service.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/** A local webhook receiver on 127.0.0.1 (any free port) that records requests and answers as told. */
class Receiver {
  readonly received: Received[] = [];
  url = '';
  private readonly server: Server;

  /** `answer(n)` gives the status for the n-th request (1-based); a never-settling promise means no answer at all. */
  constructor(private readonly answer: (n: number) => number | Promise<number> = () => 200) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.received.push({
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          at: Date.now(),
        });
        void Promise.resolve(this.answer(this.received.length)).then((status) =>
          res.writeHead(status, { 'content-type': 'text/plain' }).end('thanks'),
        );
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/plekwijzer`;
    return this;
  }

  bodies(): Array<{ id: string; type: string; occurredAt: string; data: Record<string, unknown> }> {
    return this.received.map(
      (r) =>
        JSON.parse(r.body) as { id: string; type: string; occurredAt: string; data: Record<string, unknown> },
    );
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Verifies `t=…,v1=…` the way a receiver would, independently of the service's code. */
function checkSignature(
  header: string | string[] | undefined,
  body: string,
  secret: string,
  receivedAtMs = Date.now(),
): number {
  expect(typeof header).toBe('string');
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header as string);
  expect(match).not.toBeNull();
  const t = Number(match![1]);
  expect(match![2]).toBe(createHmac('sha256', secret).update(`${t}.${body}`, 'utf8').digest('hex'));
  // Signed at the moment of sending: close to when the receiver got it.
  expect(Math.abs(receivedAtMs / 1000 - t)).toBeLessThan(5);
  return t;
}

const SUBSCRIBE = `mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { secret subscription { id organisationId url eventTypes active createdAt deactivatedAt } }
}`;
const SUBSCRIPTIONS = `query($org: ID) { webhookSubscriptions(filter: { organisationId: $org }) { edges { node { id organisationId url eventTypes active } } } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateWebhookSubscription(input: { subscriptionId: $id }) { subscription { id active deactivatedAt } } }`;
const DELIVERIES = `query($id: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
  webhookDeliveries(subscriptionId: $id, filter: { status: $status }, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id eventId eventType status attempts lastStatusCode lastError nextAttemptAt lastAttemptAt deliveredAt createdAt } }
  }
}`;

interface DeliveryState {
  id: string;
  eventId: string;
  eventType: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

describe('webhooks', () => {
  let t: TestApp;
  let handle: DatabaseHandle;
  let outbox: OutboxService;
  let actors: StandardActors;
  let tokens: Awaited<ReturnType<typeof tokensFor>>;
  const receivers: Receiver[] = [];

  async function receiver(answer?: (n: number) => number | Promise<number>): Promise<Receiver> {
    const r = await new Receiver(answer).start();
    receivers.push(r);
    return r;
  }

  /** An organisation of its own with one user, so that no other test's events reach it. */
  async function organisation(
    kind: 'EMPLOYER' | 'PARTNER' | 'COACHING' = 'EMPLOYER',
  ): Promise<{ id: string; token: string }> {
    const id = await insertOrganisation(t.dataSource, kind);
    const user = await insertUser(t.dataSource, id, kind === 'COACHING' ? 'COACH' : kind);
    return { id, token: await t.tokenFor(user) };
  }

  async function subscribe(
    token: string,
    url: string,
    eventTypes: string[] = [],
  ): Promise<{ id: string; secret: string }> {
    const data = await t.ok<{ createWebhookSubscription: { secret: string; subscription: { id: string } } }>(
      SUBSCRIBE,
      { input: { url, eventTypes } },
      token,
    );
    return {
      id: data.createWebhookSubscription.subscription.id,
      secret: data.createWebhookSubscription.secret,
    };
  }

  /** Writes an event the way the features do: inside a committed transaction. Returns its id. */
  async function enqueue(
    type: DomainEvent['type'],
    organisationIds: string[],
    payload: DomainEvent['payload'] = {},
  ): Promise<string> {
    return t.dataSource.transaction(async (manager) => {
      await outbox.enqueue(manager, {
        type,
        organisationIds,
        payload: { introductionId: randomUUID(), status: 'ACCEPTED', ...payload },
      });
      const rows: Array<{ id: string }> = await manager.query(
        'SELECT max(id)::text AS id FROM outbox_events',
      );
      return rows[0].id;
    });
  }

  async function deliveries(token: string, subscriptionId: string, extra: Record<string, unknown> = {}) {
    const { webhookDeliveries } = await t.ok<{
      webhookDeliveries: Conn<DeliveryState> & {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }>(DELIVERIES, { id: subscriptionId, ...extra }, token);
    return { ...webhookDeliveries, items: nodes(webhookDeliveries) };
  }

  /** A dispatcher of our own with tiny delays (the app's instance keeps the production defaults). */
  function dispatcher(options: Partial<WebhookDispatcherOptions> = {}): WebhookDispatcher {
    return new WebhookDispatcher(handle, t.app.get(WebhookSecretBox), {
      enabled: false,
      baseDelayMs: 20,
      maxDelayMs: 100,
      maxAttempts: 3,
      ...options,
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    handle = t.app.get<DatabaseHandle>(DATABASE_HANDLE);
    outbox = t.app.get(OutboxService);
    actors = await insertStandardActors(t.dataSource);
    tokens = await tokensFor(actors, (user) => t.tokenFor(user));
  });

  afterEach(async () => {
    // Leave nothing pending for the next test's runs.
    await t.dataSource.query(
      `UPDATE webhook_subscriptions SET active = false, deactivated_at = now() WHERE active`,
    );
    await t.dataSource.query(
      `UPDATE webhook_deliveries SET status = 'FAILED', next_attempt_at = NULL WHERE status = 'PENDING'`,
    );
    await Promise.all(receivers.splice(0).map((r) => r.close()));
  });

  afterAll(() => t.close());

  describe('subscriptions', () => {
    it('registers a URL for the caller’s organisation and shows the generated secret only once', async () => {
      const res = await t.gql<{
        createWebhookSubscription: { secret: string; subscription: Record<string, unknown> };
      }>(
        SUBSCRIBE,
        {
          input: {
            url: 'http://127.0.0.1:9/hooks',
            eventTypes: ['introduction.accepted', 'introduction.accepted', 'hours.awaiting_approval'],
          },
        },
        tokens.employerA,
      );
      expect(res.errors).toBeUndefined();
      const { secret, subscription } = res.data!.createWebhookSubscription;
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      expect(subscription).toMatchObject({
        organisationId: actors.organisations.employerA,
        url: 'http://127.0.0.1:9/hooks',
        eventTypes: ['introduction.accepted', 'hours.awaiting_approval'],
        active: true,
        deactivatedAt: null,
      });
      expect(Date.parse(subscription.createdAt as string)).toBeGreaterThan(Date.now() - 60_000);

      const rows: Array<{ secret: string; created_by: string }> = await t.dataSource.query(
        'SELECT secret, created_by FROM webhook_subscriptions WHERE id = $1',
        [subscription.id],
      );
      // Stored encrypted: the row alone does not give the secret away, the service's key does.
      expect(rows[0].created_by).toBe(actors.employerA.id);
      expect(rows[0].secret).toMatch(/^enc:v1:/);
      expect(rows[0].secret).not.toContain(secret.slice('whsec_'.length, 20));
      expect(t.app.get(WebhookSecretBox).open(rows[0].secret)).toBe(secret);

      // Not readable afterwards: the type has no such field, and lists never carry it.
      const again = await t.gql(
        `query { webhookSubscriptions { edges { node { id secret } } } }`,
        {},
        tokens.employerA,
      );
      expect(again.errors?.[0]?.message).toMatch(/Cannot query field "secret"/);
      const list = await t.gql<{ webhookSubscriptions: Conn<Record<string, unknown>> }>(
        SUBSCRIPTIONS,
        {},
        tokens.employerA,
      );
      expect(nodes(list.data!.webhookSubscriptions).map((s) => s.id)).toContain(subscription.id);
      expect(JSON.stringify(list)).not.toContain(secret);

      const second = await subscribe(tokens.employerA, 'https://example.org/hooks');
      expect(second.secret).not.toBe(secret);
    });

    it('lets partners, coaches (for their coaching organisation) and admins (naming the organisation) subscribe, and refuses analysts', async () => {
      const orgOf = async (token: string, input: Record<string, unknown>) => {
        const res = await t.gql<{ createWebhookSubscription: { subscription: { organisationId: string } } }>(
          SUBSCRIBE,
          { input: { url: 'https://example.org/hooks', eventTypes: [], ...input } },
          token,
        );
        return res.errors ? res.errors[0] : res.data!.createWebhookSubscription.subscription.organisationId;
      };
      expect(await orgOf(tokens.partner, {})).toBe(actors.organisations.partner);
      expect(await orgOf(tokens.coach, {})).toBe(actors.organisations.coaching);
      expect(await orgOf(tokens.admin, { organisationId: actors.organisations.employerB })).toBe(
        actors.organisations.employerB,
      );
      expect(await orgOf(tokens.admin, {})).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.organisationId', code: 'REQUIRED' }] },
      });
      expect(await orgOf(tokens.admin, { organisationId: randomUUID() })).toMatchObject({
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { path: 'input.organisationId', message: 'there is no such organisation', code: 'NOT_FOUND' },
          ],
        },
      });
      expect(await orgOf(tokens.employerA, { organisationId: actors.organisations.employerB })).toMatchObject(
        { extensions: { code: 'FORBIDDEN' } },
      );
      expect(await orgOf(tokens.analyst, {})).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      const anonymous = await t.gql(SUBSCRIBE, {
        input: { url: 'https://example.org/hooks', eventTypes: [] },
      });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    // Every URL and event type rule is in apps/api/src/modules/notifications/webhooks.service.spec.ts.
    it('answers a bad URL and an unknown event type field by field, storing nothing, and lists the event types', async () => {
      const count = async () =>
        (
          await t.dataSource.query<Array<{ n: number }>>(
            'SELECT count(*)::int AS n FROM webhook_subscriptions',
          )
        )[0].n;
      const before = await count();
      const res = await t.gql(
        SUBSCRIBE,
        {
          input: {
            url: 'http://example.org/hooks',
            eventTypes: ['introduction.accepted', 'introduction.exploded'],
          },
        },
        tokens.employerA,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual([
        { path: 'input.url', message: expect.stringMatching(/https/) },
        {
          path: 'input.eventTypes.1',
          message: expect.stringMatching(
            /^introduction\.exploded is not an event type; known types are introduction\.proposed/,
          ),
        },
      ]);
      expect(await count()).toBe(before);

      const types = await t.ok<{ webhookEventTypes: Array<{ type: string; description: string }> }>(
        `query { webhookEventTypes { type description } }`,
        {},
        tokens.employerA,
      );
      expect(types.webhookEventTypes.map((e) => e.type)).toEqual(
        expect.arrayContaining([
          'introduction.proposed',
          'introduction.accepted',
          'introduction.declined',
          'introduction.started',
          'introduction.ended_early',
          'hours.awaiting_approval',
        ]),
      );
      // The web workspace explains each type in its own words, in Dutch and English: a type the
      // API adds must get both, or an employer's Dutch screen shows the API's English text.
      for (const language of ['nl', 'en']) {
        const catalogue = JSON.parse(
          readFileSync(join(process.cwd(), `apps/web/src/i18n/messages/${language}.json`), 'utf8'),
        ) as Record<string, string>;
        const missing = types.webhookEventTypes
          .map((e) => `employer.webhooks.event.${e.type}`)
          .filter((id) => !catalogue[id]);
        expect({ language, missing }).toEqual({ language, missing: [] });
      }
    });

    it('keeps another organisation’s subscriptions out of reach (NOT_FOUND)', async () => {
      const { id } = await subscribe(tokens.employerA, 'https://example.org/a');
      const deactivate = await t.gql(DEACTIVATE, { id }, tokens.employerB);
      expect(deactivate.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const list = await t.gql(DELIVERIES, { id }, tokens.employerB);
      expect(list.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const theirs = await t.ok<{ webhookSubscriptions: Conn<{ id: string }> }>(
        SUBSCRIPTIONS,
        {},
        tokens.employerB,
      );
      expect(nodes(theirs.webhookSubscriptions).map((s) => s.id)).not.toContain(id);
      const peek = await t.gql(SUBSCRIPTIONS, { org: actors.organisations.employerA }, tokens.employerB);
      expect(peek.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const unknown = await t.gql(DEACTIVATE, { id: randomUUID() }, tokens.employerA);
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

      const admin = await t.ok<{ webhookSubscriptions: Conn<{ id: string }> }>(
        SUBSCRIPTIONS,
        { org: actors.organisations.employerA },
        tokens.admin,
      );
      expect(nodes(admin.webhookSubscriptions).map((s) => s.id)).toContain(id);
      const still: Array<{ active: boolean }> = await t.dataSource.query(
        'SELECT active FROM webhook_subscriptions WHERE id = $1',
        [id],
      );
      expect(still[0].active).toBe(true);
    });
  });

  describe('delivery', () => {
    it('posts the event with a signature that verifies with the secret', async () => {
      const org = await organisation();
      const r = await receiver();
      const sub = await subscribe(org.token, r.url);
      const introductionId = randomUUID();
      const eventId = await enqueue('introduction.accepted', [org.id], {
        introductionId,
        placementId: randomUUID(),
        previousStatus: 'PROPOSED',
        reason: null,
      });

      // The application's own worker (not on a timer in tests).
      const report = await t.app.get(WebhookDispatcher).runOnce();
      expect(report).toMatchObject({ skipped: false, planned: 1, delivered: 1, retrying: 0, failed: 0 });

      expect(r.received).toHaveLength(1);
      const [{ headers, body }] = r.received;
      expect(headers['content-type']).toBe('application/json');
      expect(headers['x-plekwijzer-event']).toBe('introduction.accepted');
      checkSignature(headers['x-plekwijzer-signature'], body, sub.secret);
      const parsed = JSON.parse(body);
      expect(parsed).toEqual({
        id: eventId,
        type: 'introduction.accepted',
        occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        data: {
          introductionId,
          placementId: expect.any(String),
          status: 'ACCEPTED',
          previousStatus: 'PROPOSED',
          reason: null,
          occurredAt: parsed.occurredAt,
        },
      });

      const state = await deliveries(org.token, sub.id);
      expect(state.totalCount).toBe(1);
      expect(state.items[0]).toMatchObject({
        id: headers['x-plekwijzer-delivery'],
        eventId,
        eventType: 'introduction.accepted',
        status: 'DELIVERED',
        attempts: 1,
        lastStatusCode: 200,
        lastError: null,
        nextAttemptAt: null,
      });
      expect(state.items[0].deliveredAt).not.toBeNull();

      // Delivered is done: another run sends nothing.
      expect(await t.app.get(WebhookDispatcher).runOnce()).toMatchObject({ planned: 0, delivered: 0 });
      expect(r.received).toHaveLength(1);
    });

    it('retries after exponential backoff until the receiver accepts', async () => {
      const org = await organisation();
      const r = await receiver((n) => [500, 503][n - 1] ?? 200);
      const sub = await subscribe(org.token, r.url);
      await enqueue('introduction.started', [org.id]);
      // A base delay long enough that a busy machine still makes the 'not due yet' check inside the
      // first gap (with 400 ms it failed under a load average of 12).
      const d = dispatcher({ baseDelayMs: 2000, maxDelayMs: 10_000, maxAttempts: 5 });
      const state = async () => (await deliveries(org.token, sub.id)).items[0];
      const gap = (s: DeliveryState) => Date.parse(s.nextAttemptAt!) - Date.parse(s.lastAttemptAt!);
      const waitUntilDue = async (s: DeliveryState) =>
        sleep(Math.max(0, Date.parse(s.nextAttemptAt!) - Date.now()) + 50);

      expect(await d.runOnce()).toMatchObject({ planned: 1, retrying: 1, delivered: 0 });
      const first = await state();
      expect(first).toMatchObject({
        status: 'PENDING',
        attempts: 1,
        lastStatusCode: 500,
        lastError: 'HTTP 500',
        deliveredAt: null,
      });
      // First retry after 1–2 s (base 2 s, jitter over the upper half).
      expect(gap(first)).toBeGreaterThanOrEqual(990);
      expect(gap(first)).toBeLessThanOrEqual(2010);

      // Not due yet: nothing is sent.
      expect(await d.runOnce()).toMatchObject({ delivered: 0, retrying: 0, failed: 0 });
      expect(r.received).toHaveLength(1);

      await waitUntilDue(first);
      expect(await d.runOnce()).toMatchObject({ retrying: 1 });
      const second = await state();
      expect(second).toMatchObject({
        status: 'PENDING',
        attempts: 2,
        lastStatusCode: 503,
        lastError: 'HTTP 503',
      });
      // Doubled: 2–4 s.
      expect(gap(second)).toBeGreaterThanOrEqual(1990);
      expect(gap(second)).toBeLessThanOrEqual(4010);

      await waitUntilDue(second);
      expect(await d.runOnce()).toMatchObject({ delivered: 1 });
      expect(await state()).toMatchObject({
        status: 'DELIVERED',
        attempts: 3,
        lastStatusCode: 200,
        lastError: null,
        nextAttemptAt: null,
      });

      expect(r.received).toHaveLength(3);
      // The same delivery id every time, each attempt freshly signed.
      expect(new Set(r.received.map((x) => x.headers['x-plekwijzer-delivery'])).size).toBe(1);
      for (const x of r.received)
        checkSignature(x.headers['x-plekwijzer-signature'], x.body, sub.secret, x.at);
      expect(r.received[1].at - r.received[0].at).toBeGreaterThanOrEqual(990);
    });

    it('sends nothing unsigned when the key has changed: the attempt fails with a plain reason and retries', async () => {
      const org = await organisation();
      const r = await receiver(() => 200);
      const sub = await subscribe(org.token, r.url);
      await enqueue('introduction.accepted', [org.id]);
      const withOtherKey = new WebhookDispatcher(handle, new WebhookSecretBox('another-key-'.repeat(4)), {
        enabled: false,
        baseDelayMs: 10,
        maxDelayMs: 20,
        maxAttempts: 3,
      });
      expect(await withOtherKey.runOnce()).toMatchObject({ delivered: 0, retrying: 1 });
      expect(r.received).toHaveLength(0);
      expect((await deliveries(org.token, sub.id)).items[0]).toMatchObject({
        status: 'PENDING',
        attempts: 1,
        lastError: 'The signing secret cannot be decrypted: was WEBHOOK_SECRET_KEY changed?',
      });
      // With the right key back, the same delivery goes out, signed with the original secret.
      await sleep(30);
      expect(await dispatcher().runOnce()).toMatchObject({ delivered: 1 });
      expect(r.received).toHaveLength(1);
      checkSignature(r.received[0].headers['x-plekwijzer-signature'], r.received[0].body, sub.secret);
    });

    it('does not call an internal address when only public targets are allowed (production), and says why', async () => {
      const org = await organisation();
      const r = await receiver(() => 200);
      const sub = await subscribe(org.token, r.url);
      await enqueue('introduction.accepted', [org.id]);
      expect(await dispatcher({ publicTargetsOnly: true }).runOnce()).toMatchObject({
        delivered: 0,
        retrying: 1,
      });
      expect(r.received).toHaveLength(0);
      expect((await deliveries(org.token, sub.id)).items[0]).toMatchObject({
        status: 'PENDING',
        lastError:
          'url must point to a public address; internal, loopback and link-local addresses are refused',
      });
    });

    it('gives up (FAILED) after the maximum number of attempts', async () => {
      const org = await organisation();
      const r = await receiver(() => 500);
      const sub = await subscribe(org.token, r.url);
      await enqueue('introduction.declined', [org.id]);
      const d = dispatcher({ maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 40 });
      for (let i = 0; i < 100 && (await deliveries(org.token, sub.id)).items[0]?.status !== 'FAILED'; i++) {
        await d.runOnce();
        await sleep(25);
      }
      expect((await deliveries(org.token, sub.id)).items[0]).toMatchObject({
        status: 'FAILED',
        attempts: 4,
        lastStatusCode: 500,
        lastError: 'HTTP 500',
        nextAttemptAt: null,
        deliveredAt: null,
      });
      expect(r.received).toHaveLength(4);
      await sleep(50);
      await d.runOnce();
      expect(r.received).toHaveLength(4);
    });

    it('records a timeout and a refused connection briefly, without the URL or the secret', async () => {
      const org = await organisation();
      const silent = await receiver(() => new Promise<number>(() => undefined));
      const closed = await new Receiver().start();
      await closed.close();
      const slow = await subscribe(org.token, silent.url);
      const refused = await subscribe(org.token, closed.url);
      await enqueue('introduction.proposed', [org.id]);
      expect(await dispatcher({ timeoutMs: 300, leaseMs: 2_000, maxAttempts: 1 }).runOnce()).toMatchObject({
        planned: 2,
        failed: 2,
      });

      const timedOut = (await deliveries(org.token, slow.id)).items[0];
      expect(timedOut).toMatchObject({
        status: 'FAILED',
        attempts: 1,
        lastStatusCode: null,
        lastError: 'No answer within 0.3 s',
      });
      expect(silent.received).toHaveLength(1);
      const notConnected = (await deliveries(org.token, refused.id)).items[0];
      expect(notConnected).toMatchObject({
        status: 'FAILED',
        attempts: 1,
        lastStatusCode: null,
        lastError: 'Connection failed (ECONNREFUSED)',
      });
      for (const s of [timedOut, notConnected]) {
        expect(s.lastError).not.toContain('127.0.0.1');
        expect(s.lastError).not.toContain(slow.secret);
      }
    });

    it('delivers only to the event’s organisations', async () => {
      const [employer, other, coaching] = [
        await organisation('EMPLOYER'),
        await organisation('EMPLOYER'),
        await organisation('COACHING'),
      ];
      const [rEmployer, rOther, rCoaching] = [await receiver(), await receiver(), await receiver()];
      await subscribe(employer.token, rEmployer.url);
      const otherSub = await subscribe(other.token, rOther.url);
      await subscribe(coaching.token, rCoaching.url);
      const eventId = await enqueue('introduction.accepted', [employer.id, coaching.id]);

      expect(await dispatcher().runOnce()).toMatchObject({ planned: 2, delivered: 2 });
      expect(rEmployer.bodies().map((b) => b.id)).toEqual([eventId]);
      expect(rCoaching.bodies().map((b) => b.id)).toEqual([eventId]);
      expect(rOther.received).toHaveLength(0);
      expect((await deliveries(other.token, otherSub.id)).totalCount).toBe(0);
    });

    it('delivers only the event types a subscription asks for (empty: all), and pages the delivery state', async () => {
      const org = await organisation('COACHING');
      const [rSome, rAll] = [await receiver(), await receiver()];
      const some = await subscribe(org.token, rSome.url, [
        'introduction.accepted',
        'hours.awaiting_approval',
      ]);
      const all = await subscribe(org.token, rAll.url);
      for (const type of [
        'introduction.proposed',
        'introduction.accepted',
        'introduction.declined',
        'hours.awaiting_approval',
      ] as const)
        await enqueue(type, [org.id]);

      expect(await dispatcher().runOnce()).toMatchObject({ events: 4, planned: 6, delivered: 6 });
      expect(
        rSome
          .bodies()
          .map((b) => b.type)
          .sort(),
      ).toEqual(['hours.awaiting_approval', 'introduction.accepted']);
      expect(
        rAll
          .bodies()
          .map((b) => b.type)
          .sort(),
      ).toEqual([
        'hours.awaiting_approval',
        'introduction.accepted',
        'introduction.declined',
        'introduction.proposed',
      ]);
      for (const r of rSome.received) expect(r.headers['x-plekwijzer-event']).toBe(JSON.parse(r.body).type);

      const page = await deliveries(org.token, all.id, { first: 3 });
      expect(page).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
      expect(page.items.map((i) => i.eventType)).toEqual([
        'hours.awaiting_approval',
        'introduction.declined',
        'introduction.accepted',
      ]);
      expect(
        (await deliveries(org.token, all.id, { first: 3, after: page.pageInfo.endCursor })).items.map(
          (i) => i.eventType,
        ),
      ).toEqual(['introduction.proposed']);
      expect((await deliveries(org.token, some.id, { status: 'DELIVERED' })).totalCount).toBe(2);
      expect((await deliveries(org.token, some.id, { status: 'FAILED' })).totalCount).toBe(0);
    });

    it('never delivers an event whose transaction was rolled back', async () => {
      const org = await organisation();
      const r = await receiver();
      await subscribe(org.token, r.url);
      const count = async () =>
        (await t.dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM outbox_events'))[0].n;
      const before = await count();
      await expect(
        t.dataSource.transaction(async (manager) => {
          await outbox.enqueue(manager, {
            type: 'introduction.accepted',
            organisationIds: [org.id],
            payload: { introductionId: randomUUID(), status: 'ACCEPTED' },
          });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(await count()).toBe(before);
      const committed = await enqueue('introduction.started', [org.id]);

      await dispatcher().runOnce();
      expect(r.bodies().map((b) => [b.id, b.type])).toEqual([[committed, 'introduction.started']]);
    });

    it('stops delivering when a subscription is deactivated, and gives up its pending deliveries', async () => {
      const org = await organisation();
      const r = await receiver(() => 500);
      const sub = await subscribe(org.token, r.url);
      await enqueue('introduction.accepted', [org.id]);
      const d = dispatcher({ baseDelayMs: 10, maxDelayMs: 10, maxAttempts: 5 });
      await d.runOnce();
      expect((await deliveries(org.token, sub.id)).items[0]).toMatchObject({
        status: 'PENDING',
        attempts: 1,
      });

      const res = await t.ok<{
        deactivateWebhookSubscription: { subscription: { active: boolean; deactivatedAt: string | null } };
      }>(DEACTIVATE, { id: sub.id }, org.token);
      expect(res.deactivateWebhookSubscription.subscription.active).toBe(false);
      expect(res.deactivateWebhookSubscription.subscription.deactivatedAt).not.toBeNull();
      expect((await deliveries(org.token, sub.id)).items[0]).toMatchObject({
        status: 'FAILED',
        attempts: 1,
        lastError: 'Subscription deactivated',
        nextAttemptAt: null,
      });
      // Deactivating again changes nothing.
      expect(
        (
          await t.ok<{ deactivateWebhookSubscription: { subscription: { active: boolean } } }>(
            DEACTIVATE,
            { id: sub.id },
            org.token,
          )
        ).deactivateWebhookSubscription.subscription.active,
      ).toBe(false);

      await enqueue('introduction.started', [org.id]);
      await sleep(20);
      expect(await d.runOnce()).toMatchObject({ planned: 0, delivered: 0, retrying: 0 });
      expect(r.received).toHaveLength(1);
    });

    it('delivers each delivery exactly once while two dispatchers (replicas) run at the same time', async () => {
      const org = await organisation();
      // Slow answers keep the first run busy while the second one starts.
      const r = await receiver(async () => {
        await sleep(150);
        return 200;
      });
      await subscribe(org.token, r.url);
      const events = new Set<string>();
      for (let i = 0; i < 12; i++) events.add(await enqueue('introduction.proposed', [org.id]));
      const [a, b] = [dispatcher({ batchSize: 5 }), dispatcher({ batchSize: 5 })];

      const lockHolders = async (): Promise<number> => {
        if (handle.kind !== 'postgres') return 1;
        // pg_locks lists the whole server: count only this test database's lock, not the same key
        // taken by an app another test file runs beside this one.
        const rows: Array<{ n: number }> = await t.dataSource.query(
          `SELECT count(*)::int AS n FROM pg_locks
            WHERE locktype = 'advisory' AND classid = 0 AND objid = $1 AND granted
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
          [WEBHOOK_DELIVERY_LOCK_KEY],
        );
        return rows[0].n;
      };
      const [first, second, heldDuringRun] = await Promise.all([
        a.runOnce(),
        b.runOnce(),
        (async () => {
          // On PostgreSQL the delivering run holds the advisory lock on its own connection.
          for (let i = 0; i < 100; i++) {
            if ((await lockHolders()) === 1) return 1;
            await sleep(10);
          }
          return 0;
        })(),
      ]);
      // One replica delivered, the other found the lock taken and did nothing.
      expect([first.skipped, second.skipped].sort()).toEqual([false, true]);
      expect(first.delivered + second.delivered).toBe(12);
      expect(heldDuringRun).toBe(1);
      expect(await lockHolders()).toBe(handle.kind === 'postgres' ? 0 : 1);

      // More rounds, both at once: nothing is sent again.
      for (let i = 0; i < 3; i++) await Promise.all([a.runOnce(), b.runOnce()]);
      const deliveryIds = r.received.map((x) => x.headers['x-plekwijzer-delivery']);
      expect(deliveryIds).toHaveLength(12);
      expect(new Set(deliveryIds).size).toBe(12);
      expect(new Set(r.bodies().map((x) => x.id))).toEqual(events);
    });

    it('runs on a timer when enabled and stops on shutdown', async () => {
      const org = await organisation();
      const r = await receiver();
      await subscribe(org.token, r.url);
      const d = dispatcher({ enabled: true, intervalMs: 20 });
      d.onApplicationBootstrap();
      try {
        await enqueue('hours.awaiting_approval', [org.id], { hoursEntryId: randomUUID(), status: 'PENDING' });
        for (let i = 0; i < 100 && r.received.length === 0; i++) await sleep(20);
        expect(r.bodies().map((b) => b.type)).toEqual(['hours.awaiting_approval']);
      } finally {
        await d.onApplicationShutdown();
      }
      await enqueue('hours.awaiting_approval', [org.id], { hoursEntryId: randomUUID(), status: 'PENDING' });
      await sleep(150);
      expect(r.received).toHaveLength(1);
    });
  });

  describe('privacy', () => {
    it('sends ids and states only for a real proposal and acceptance, never the participant’s details', async () => {
      const [rEmployer, rCoaching] = [await receiver(), await receiver()];
      await subscribe(tokens.employerA, rEmployer.url);
      await subscribe(tokens.coach, rCoaching.url);
      const clientReference = `IW-${randomUUID().slice(0, 8)}`;
      const nickname = 'Samira-Webhooktest';
      const message = 'Samira is gemotiveerd en woont in 3822 AB.';

      const { createPlacement } = await t.ok<{ createPlacement: { placement: { id: string } } }>(
        `mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { placement { id } } }`,
        { input: placeInput({ startDate: day(-30) }) },
        tokens.employerA,
      );
      await t.ok(
        `mutation($id: ID!) { publishPlacement(input: { placementId: $id }) { placement { id } } }`,
        { id: createPlacement.placement.id },
        tokens.employerA,
      );
      const { createParticipant } = await t.ok<{ createParticipant: { participant: { id: string } } }>(
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { participant { id } } }`,
        { input: participantInput({ clientReference, nickname }) },
        tokens.coach,
      );
      const { proposeIntroduction } = await t.ok<{ proposeIntroduction: { introduction: { id: string } } }>(
        `mutation($input: ProposeIntroductionInput!) { proposeIntroduction(input: $input) { introduction { id } } }`,
        {
          input: {
            participantId: createParticipant.participant.id,
            placementId: createPlacement.placement.id,
            consentConfirmed: true,
            message,
            supportNeeded: ['uitleg voordoen'],
          },
        },
        tokens.coach,
      );
      await t.ok(
        `mutation($id: ID!) { acceptIntroduction(input: { introductionId: $id }) { introduction { id } } }`,
        { id: proposeIntroduction.introduction.id },
        tokens.employerA,
      );

      await dispatcher().runOnce();
      for (const r of [rEmployer, rCoaching]) {
        expect(
          r
            .bodies()
            .map((b) => b.type)
            .sort(),
        ).toEqual(['introduction.accepted', 'introduction.proposed']);
        for (const { body } of r.received) {
          const parsed = JSON.parse(body);
          expect(Object.keys(parsed).sort()).toEqual(['data', 'id', 'occurredAt', 'type']);
          expect(parsed.data.introductionId).toBe(proposeIntroduction.introduction.id);
          // Only ids, states, reason codes and times.
          for (const key of Object.keys(parsed.data)) {
            expect([
              'introductionId',
              'placementId',
              'status',
              'previousStatus',
              'reason',
              'occurredAt',
            ]).toContain(key);
          }
          expect(body).not.toMatch(
            /participantId|nickname|clientReference|postcode|name|email|phone|birth|message|note|childcare|health/i,
          );
          for (const value of [
            clientReference,
            nickname,
            '3822',
            'gemotiveerd',
            createParticipant.participant.id,
          ])
            expect(body).not.toContain(value);
        }
      }
    });
  });
});
