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
import type { AppConfig } from '@plekwijzer/config';
import { TravelTimeEstimator } from '@plekwijzer/geo';
import type { ParticipantProfile } from '@plekwijzer/matching';
import { MatchingInputsSignal } from '@plekwijzer/api/common/matching-inputs.js';
import type { Role, Actor } from '@plekwijzer/api/modules/auth/role.js';
import { PostcodeLookup } from '@plekwijzer/api/modules/geo/postcode-lookup.service.js';
import { IntroductionsService } from '@plekwijzer/api/modules/introductions/introductions.service.js';
import type { CreateParticipantInput } from '@plekwijzer/api/modules/participants/dto/participant-fields.input.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import type { CreatePlacementInput } from '@plekwijzer/api/modules/placements/dto/placement-fields.input.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { today } from '@plekwijzer/domain';
import { MatcherCache, type CompiledSnapshot } from './matcher-cache.service.js';
import { toProfile } from './matching.mapper.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The matcher cache on the real database: a change made through this process is matched at once
 * (MatchingInputsSignal), a change made by another replica within MATCHER_REFRESH_MS. The other
 * replica is a second cache on the same database with its own signal, as a second process would
 * have: it hears nothing of this process's changes except through the database.
 */
describe('MatcherCache', () => {
  let t: TestApp;
  let actors: StandardActors;
  let cache: MatcherCache;
  let placements: PlacementsService;
  let introductions: IntroductionsService;
  let profile: ParticipantProfile;
  let placeId: string;
  const as = (name: StandardActorName): Actor => actorOf<Role>(actors[name]);

  /** What the participant matches in a snapshot. */
  const matchedIn = (snapshot: CompiledSnapshot): string[] =>
    snapshot.matcher
      .match(profile, {
        stretchLanguage: false,
        includeNearMisses: false,
        excludeNonCountingForZRoute: false,
        maxResults: 100,
        referenceDate: today(),
        candidateIds: new Set([placeId]),
      })
      .matches.map((m) => m.placementId);

  /** A cache like another replica's: the same database, its own change signal. */
  const replicaCache = (refreshMs: number): MatcherCache =>
    new MatcherCache(
      t.app.get(PlacementsService),
      t.app.get(IntroductionsService),
      t.app.get(TravelTimeEstimator),
      t.app.get(PostcodeLookup),
      new MatchingInputsSignal(),
      { ...t.config, MATCHER_REFRESH_MS: refreshMs } as AppConfig,
    );

  beforeAll(async () => {
    // The app's own cache would not look at the database again for a minute.
    t = await createTestApp({ env: { MATCHER_REFRESH_MS: '60000' } });
    actors = await insertStandardActors(t.dataSource);
    cache = t.app.get(MatcherCache);
    placements = t.app.get(PlacementsService);
    introductions = t.app.get(IntroductionsService);
    const place = await placements.create(as('employerA'), placeInput<CreatePlacementInput>({ capacity: 1 }));
    placeId = place.id;
    await placements.publish(as('employerA'), placeId);
    const participant = await t.app
      .get(ParticipantsService)
      .create(as('coach'), participantInput<CreateParticipantInput>());
    profile = toProfile(participant, t.app.get(PostcodeLookup).locationOf(participant.homePostcode)!, 0);
  });
  afterAll(() => t.close());

  /** Another participant of the coach takes the place's only spot; returns the introduction. */
  async function takeTheSpot(): Promise<string> {
    const other = await t.app
      .get(ParticipantsService)
      .create(as('coach'), participantInput<CreateParticipantInput>());
    const { id } = await introductions.propose(as('coach'), {
      participantId: other.id,
      placementId: placeId,
      consentConfirmed: true,
    });
    await introductions.accept(as('employerA'), id);
    return id;
  }

  describe('a change through this process', () => {
    it('is matched at once: a pause, a new publication, a full place and a freed spot', async () => {
      expect(matchedIn(await cache.snapshot())).toEqual([placeId]);
      await placements.pause(as('employerA'), placeId);
      expect(matchedIn(await cache.snapshot())).toEqual([]);
      await placements.publish(as('employerA'), placeId);
      expect(matchedIn(await cache.snapshot())).toEqual([placeId]);

      const intro = await takeTheSpot();
      const full = await cache.snapshot();
      expect(matchedIn(full)).toEqual([]);
      expect(
        full.matcher
          .explain(profile, placeId, {
            stretchLanguage: false,
            excludeNonCountingForZRoute: false,
            referenceDate: today(),
          })
          ?.find((c) => c.criterion === 'CAPACITY')?.passed,
      ).toBe(false);
      await introductions.withdraw(as('coach'), intro);
      expect(matchedIn(await cache.snapshot())).toEqual([placeId]);
    });

    it('keeps one compilation while nothing changes, and builds once for callers that arrive together', async () => {
      const first = await cache.snapshot();
      expect(await cache.snapshot()).toBe(first);
      await placements.update(as('employerA'), placeId, {
        title: 'Magazijn, ochtend',
      });
      const together = await Promise.all([1, 2, 3, 4, 5].map(() => cache.snapshot()));
      expect(new Set(together).size).toBe(1);
      expect(together[0]).not.toBe(first);
      expect(together[0].placements.get(placeId)?.title).toBe('Magazijn, ochtend');
    });
  });

  describe('a change by another replica', () => {
    it('is matched within the refresh interval, not before the next database check', async () => {
      const refreshMs = 1500;
      const replica = replicaCache(refreshMs);
      const primed = await replica.snapshot();
      expect(matchedIn(primed)).toEqual([placeId]);

      // This process pauses the place; the replica's signal does not move.
      await placements.pause(as('employerA'), placeId);
      // Within the interval the replica answers from what it compiled (it does not ask the
      // database on every request): the documented lag.
      expect(await replica.snapshot()).toBe(primed);
      await sleep(refreshMs + 100);
      expect(matchedIn(await replica.snapshot())).toEqual([]);

      await placements.publish(as('employerA'), placeId);
      await sleep(refreshMs + 100);
      expect(matchedIn(await replica.snapshot())).toEqual([placeId]);
    });

    it('sees spots taken and freed elsewhere within the refresh interval', async () => {
      const replica = replicaCache(200);
      expect(matchedIn(await replica.snapshot())).toEqual([placeId]);
      const intro = await takeTheSpot();
      await sleep(300);
      expect(matchedIn(await replica.snapshot())).toEqual([]);
      await introductions.withdraw(as('coach'), intro);
      await sleep(300);
      expect(matchedIn(await replica.snapshot())).toEqual([placeId]);
    });

    it('sees a change made by hand in SQL within the refresh interval', async () => {
      const replica = replicaCache(200);
      expect(matchedIn(await replica.snapshot())).toEqual([placeId]);
      await t.dataSource.query(`UPDATE placements SET status = 'PAUSED', updated_at = now() WHERE id = $1`, [
        placeId,
      ]);
      await sleep(300);
      expect(matchedIn(await replica.snapshot())).toEqual([]);
      await t.dataSource.query(
        `UPDATE placements SET status = 'PUBLISHED', updated_at = now() WHERE id = $1`,
        [placeId],
      );
      await sleep(300);
      expect(matchedIn(await replica.snapshot())).toEqual([placeId]);
    });
  });
});
