import {
  actorOf,
  createTestApp,
  insertOrganisation,
  insertStandardActors,
  insertUser,
  type StandardActorName,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import type { Actor, Role } from '@plekwijzer/api/modules/auth/role.js';
import type { CreateWebhookSubscriptionInput } from './dto/webhook.inputs.js';
import { WebhookSecretBox } from './webhook-secret-box.js';
import { MAX_ACTIVE_SUBSCRIPTIONS, WebhooksService } from './webhooks.service.js';

/**
 * The subscription rules on the service itself, on the real database: whose organisation a
 * subscription is for, the URL and event type checks, the secret kept sealed, the limit per
 * organisation and another organisation's subscriptions out of reach. Delivery is the dispatcher's
 * (test/webhooks.e2e-spec.ts).
 */
describe('WebhooksService', () => {
  let t: TestApp;
  let actors: StandardActors;
  let webhooks: WebhooksService;
  const as = (name: StandardActorName): Actor => actorOf<Role>(actors[name]);
  const input = (o: Partial<CreateWebhookSubscriptionInput> = {}): CreateWebhookSubscriptionInput => ({
    url: 'https://example.org/hooks',
    eventTypes: [],
    ...o,
  });

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    webhooks = t.app.get(WebhooksService);
  });
  afterAll(() => t.close());

  async function subscriptionCount(): Promise<number> {
    const rows: Array<{ n: number }> = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM webhook_subscriptions',
    );
    return rows[0].n;
  }

  it('subscribes the caller’s own organisation; an admin names one', async () => {
    const org = async (who: StandardActorName, o: Partial<CreateWebhookSubscriptionInput> = {}) =>
      (await webhooks.create(as(who), input(o))).subscription.organisationId;
    expect(await org('employerA')).toBe(actors.organisations.employerA);
    expect(await org('partner')).toBe(actors.organisations.partner);
    expect(await org('coach')).toBe(actors.organisations.coaching);
    expect(await org('admin', { organisationId: actors.organisations.employerB })).toBe(
      actors.organisations.employerB,
    );
  });

  it('refuses analysts, another organisation, and an admin without (or with an unknown) organisation', async () => {
    const before = await subscriptionCount();
    await expect(webhooks.create(as('analyst'), input())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      webhooks.create(as('employerA'), input({ organisationId: actors.organisations.employerB })),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'You can only register webhooks for your own organisation',
    });
    await expect(webhooks.create(as('admin'), input())).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: [{ path: 'input.organisationId', code: 'REQUIRED' }] },
    });
    await expect(
      webhooks.create(as('admin'), input({ organisationId: '7d1f0d3e-4f5a-4b6c-9d8e-0f1a2b3c4d5e' })),
    ).rejects.toMatchObject({
      extensions: {
        fields: [
          { path: 'input.organisationId', message: 'there is no such organisation', code: 'NOT_FOUND' },
        ],
      },
    });
    expect(await subscriptionCount()).toBe(before);
  });

  it('generates a secret, keeps it sealed, and keeps each event type once', async () => {
    const { subscription, secret } = await webhooks.create(
      as('employerA'),
      input({
        url: 'http://127.0.0.1:9/hooks',
        eventTypes: ['introduction.accepted', 'introduction.accepted', 'hours.awaiting_approval'],
      }),
    );
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(subscription).toMatchObject({
      url: 'http://127.0.0.1:9/hooks',
      eventTypes: ['introduction.accepted', 'hours.awaiting_approval'],
      active: true,
      deactivatedAt: null,
      createdBy: actors.employerA.id,
    });
    const [row]: Array<{ secret: string }> = await t.dataSource.query(
      'SELECT secret FROM webhook_subscriptions WHERE id = $1',
      [subscription.id],
    );
    expect(row.secret).toMatch(/^enc:v1:/);
    expect(row.secret).not.toContain(secret.slice('whsec_'.length, 20));
    expect(t.app.get(WebhookSecretBox).open(row.secret)).toBe(secret);
    // Every subscription has its own.
    expect((await webhooks.create(as('employerA'), input())).secret).not.toBe(secret);
  });

  it('refuses a bad URL and an unknown event type field by field, storing nothing', async () => {
    const before = await subscriptionCount();
    const error = await webhooks
      .create(
        as('employerA'),
        input({
          url: 'http://example.org/hooks',
          eventTypes: ['introduction.accepted', 'introduction.exploded'],
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: {
        fields: [
          { path: 'input.url', message: expect.stringMatching(/https/) },
          {
            path: 'input.eventTypes.1',
            message: expect.stringMatching(
              /^introduction\.exploded is not an event type; known types are introduction\.proposed/,
            ),
          },
        ],
      },
    });
    for (const url of [
      'not a url',
      'ftp://example.org/x',
      'https://user:secret@example.org/x',
      'javascript:alert(1)',
    ]) {
      await expect(webhooks.create(as('employerA'), input({ url }))).rejects.toMatchObject({
        extensions: { fields: [{ path: 'input.url', message: expect.any(String) }] },
      });
    }
    expect(await subscriptionCount()).toBe(before);
  });

  it(`allows ${MAX_ACTIVE_SUBSCRIPTIONS} active subscriptions per organisation; a deactivated one makes room`, async () => {
    const org = await insertOrganisation(t.dataSource, 'PARTNER');
    const partner = actorOf<Role>(await insertUser(t.dataSource, org, 'PARTNER'));
    const made = [];
    for (let i = 0; i < MAX_ACTIVE_SUBSCRIPTIONS; i++)
      made.push(
        (await webhooks.create(partner, input({ url: `https://example.org/hooks/${i}` }))).subscription,
      );
    await expect(webhooks.create(partner, input())).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `An organisation can have at most ${MAX_ACTIVE_SUBSCRIPTIONS} active webhook subscriptions; deactivate one first`,
    });
    const off = await webhooks.deactivate(partner, made[0].id);
    expect(off.active).toBe(false);
    expect(off.deactivatedAt).toBeInstanceOf(Date);
    // Deactivating again changes nothing.
    expect((await webhooks.deactivate(partner, made[0].id)).deactivatedAt).toEqual(off.deactivatedAt);
    expect((await webhooks.create(partner, input())).subscription.active).toBe(true);
  });

  it('keeps another organisation’s subscriptions out of reach, as if they did not exist', async () => {
    const { subscription } = await webhooks.create(as('employerA'), input({ url: 'https://example.org/a' }));
    const id = subscription.id;
    await expect(webhooks.deactivate(as('employerB'), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(webhooks.deliveries(as('employerB'), { subscriptionId: id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await webhooks.list(as('employerB'))).map((s) => s.id)).not.toContain(id);
    await expect(webhooks.list(as('employerB'), actors.organisations.employerA)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(webhooks.list(as('analyst'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await webhooks.list(as('admin'), actors.organisations.employerA)).map((s) => s.id)).toContain(id);
    const [row]: Array<{ active: boolean }> = await t.dataSource.query(
      'SELECT active FROM webhook_subscriptions WHERE id = $1',
      [id],
    );
    expect(row.active).toBe(true);
  });
});
