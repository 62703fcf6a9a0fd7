import {
  actorOf,
  createTestApp,
  insertStandardActors,
  participantInput,
  placeInput,
  type StandardActorName,
  type StandardActors,
  type TestApp,
} from '@plekwijzer/test-support';
import type { Actor, Role } from '@plekwijzer/api/modules/auth/role.js';
import { IntroductionsService } from '@plekwijzer/api/modules/introductions/introductions.service.js';
import type { CreateParticipantInput } from '@plekwijzer/api/modules/participants/dto/participant-fields.input.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import type { CreatePlacementInput } from '@plekwijzer/api/modules/placements/dto/placement-fields.input.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { MetricsService } from './metrics.service.js';

/** The figures a scrape reports are the database's, read at the scrape; the counters count. */
describe('MetricsService', () => {
  let t: TestApp;
  let actors: StandardActors;
  let metrics: MetricsService;
  const as = (name: StandardActorName): Actor => actorOf<Role>(actors[name]);

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    metrics = t.app.get(MetricsService);
  });
  afterAll(() => t.close());

  /** The value of a metric (with these labels, if given) in a fresh scrape. */
  async function scrape(): Promise<(name: string, labels?: string) => number | undefined> {
    const text = await metrics.render();
    return (name, labels) => {
      const line = text.split('\n').find((l) => l.startsWith(labels ? `${name}{${labels}} ` : `${name} `));
      return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
    };
  }
  const count = async (sql: string) => (await t.dataSource.query<Array<{ n: number }>>(sql))[0].n;

  it('the search outbox and webhook backlog gauges match the database, before and after a change', async () => {
    let read = await scrape();
    expect(read('plekwijzer_search_outbox_pending')).toBe(
      await count('SELECT count(*)::int AS n FROM search_outbox'),
    );
    expect(read('plekwijzer_webhook_events_undispatched')).toBe(
      await count('SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL'),
    );
    const pendingBefore = read('plekwijzer_search_outbox_pending')!;
    const eventsBefore = read('plekwijzer_webhook_events_undispatched')!;

    const placements = t.app.get(PlacementsService);
    const place = await placements.create(as('employerA'), placeInput<CreatePlacementInput>());
    await placements.publish(as('employerA'), place.id);
    const participant = await t.app
      .get(ParticipantsService)
      .create(as('coach'), participantInput<CreateParticipantInput>());
    await t.app
      .get(IntroductionsService)
      .propose(as('coach'), { participantId: participant.id, placementId: place.id, consentConfirmed: true });
    await t.dataSource.query(`UPDATE search_outbox SET created_at = now() - interval '120 seconds'`);

    read = await scrape();
    expect(read('plekwijzer_search_outbox_pending')).toBe(pendingBefore + 2);
    expect(read('plekwijzer_search_outbox_pending')).toBe(
      await count('SELECT count(*)::int AS n FROM search_outbox'),
    );
    expect(read('plekwijzer_search_outbox_oldest_pending_seconds')).toBeGreaterThanOrEqual(119);
    expect(read('plekwijzer_webhook_events_undispatched')).toBe(eventsBefore + 1);
    expect(read('plekwijzer_webhook_deliveries_pending')).toBe(
      await count(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'PENDING'`),
    );
  });

  it('an empty search outbox reads 0 seconds old, not NaN', async () => {
    await t.dataSource.query('DELETE FROM search_outbox');
    const read = await scrape();
    expect(read('plekwijzer_search_outbox_pending')).toBe(0);
    expect(read('plekwijzer_search_outbox_oldest_pending_seconds')).toBe(0);
  });

  it('the matcher age is NaN before the first match', async () => {
    expect(read(await scrape())).toBeNaN();
    function read(r: (name: string) => number | undefined) {
      return r('plekwijzer_matcher_snapshot_age_seconds');
    }
  });

  it('the pool gauges report the configured pool size on a PostgreSQL server, and nothing on the embedded database', async () => {
    const read = await scrape();
    if (t.config.usesEmbeddedDatabase) {
      expect(read('plekwijzer_db_pool_max_connections')).toBe(0);
    } else {
      expect(read('plekwijzer_db_pool_max_connections')).toBe(t.config.DB_POOL_SIZE);
      expect(read('plekwijzer_db_pool_connections')).toBeGreaterThanOrEqual(1);
    }
  });

  it('errors are counted by code; an unknown code is OTHER, none is NONE', async () => {
    const before = await scrape();
    const at = (r: typeof before, code: string) =>
      r('plekwijzer_graphql_errors_total', `code="${code}"`) ?? 0;
    metrics.countError('PLACE_FULL');
    metrics.countError('PLACE_FULL');
    metrics.countError('no such code!');
    metrics.countError(undefined);
    const after = await scrape();
    expect(at(after, 'PLACE_FULL') - at(before, 'PLACE_FULL')).toBe(2);
    expect(at(after, 'OTHER') - at(before, 'OTHER')).toBe(1);
    expect(at(after, 'NONE') - at(before, 'NONE')).toBe(1);
  });
});
