import { validateInput } from '@plekwijzer/graphql';
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
import type { CreateParticipantInput } from '@plekwijzer/api/modules/participants/dto/participant-fields.input.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import type { CreatePlacementInput } from '@plekwijzer/api/modules/placements/dto/placement-fields.input.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { SearchIndexer } from '@plekwijzer/api/modules/search/search-indexer.service.js';
import { MatchOptionsInput, PairOptionsInput } from './matching.models.js';
import { MatchingService } from './matching.service.js';

/**
 * The matching use cases around the engine (the engine's own rules are tested in libs/matching):
 * whose participant may be matched, the options' limits, the type/sector filters and the text
 * narrowing through the search index. Places here have free spots and no introductions, so
 * nothing below depends on how occupancy is counted.
 */
describe('MatchingService', () => {
  let t: TestApp;
  let actors: StandardActors;
  let matching: MatchingService;
  let participants: ParticipantsService;
  let placements: PlacementsService;
  let participantId: string;
  let fietsen: string;
  let magazijn: string;
  const as = (name: StandardActorName): Actor => actorOf<Role>(actors[name]);
  const options = (plain: object = {}): MatchOptionsInput => validateInput(MatchOptionsInput, plain).value;
  const pair = (): PairOptionsInput => validateInput(PairOptionsInput, {}).value;

  /** Drains the search outbox; a run skipped because another app on the server holds the lock is retried. */
  async function drain(): Promise<void> {
    const indexer = t.app.get(SearchIndexer);
    for (let i = 0; i < 100; i++) {
      if (!(await indexer.runOnce()).skipped) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the indexer lock stayed taken');
  }

  async function publishedPlace(overrides: Record<string, unknown>): Promise<string> {
    const place = await placements.create(
      as('employerA'),
      placeInput<CreatePlacementInput>({ capacity: 5, ...overrides }),
    );
    await placements.publish(as('employerA'), place.id);
    return place.id;
  }

  const matchedIds = async (plain: object = {}) => {
    const outcome = await matching.matchesForParticipant(as('coach'), participantId, options(plain));
    return {
      matches: outcome.matches.map((m) => m.placementId),
      nearMisses: outcome.nearMisses.map((n) => n.placementId),
      totalCandidates: outcome.totalCandidates,
    };
  };

  beforeAll(async () => {
    t = await createTestApp();
    actors = await insertStandardActors(t.dataSource);
    matching = t.app.get(MatchingService);
    participants = t.app.get(ParticipantsService);
    placements = t.app.get(PlacementsService);
    participantId = (await participants.create(as('coach'), participantInput<CreateParticipantInput>())).id;
    fietsen = await publishedPlace({
      title: 'Fietsenmaker in de werkplaats',
      sector: 'TECHNIEK',
      type: 'STAGE',
    });
    magazijn = await publishedPlace({ title: 'Magazijnmedewerker' });
    await drain();
  });
  afterAll(() => t.close());

  describe('whose participant', () => {
    it('the coach matches their own participant; both fitting places are found', async () => {
      const { matches } = await matchedIds();
      expect(matches).toEqual(expect.arrayContaining([fietsen, magazijn]));
    });

    it.each<StandardActorName>(['otherCoach', 'employerA', 'partner', 'analyst'])(
      "%s gets NOT_FOUND for someone else's participant, and the attempt is audited as DENIED",
      async (who) => {
        await expect(matching.matchesForParticipant(as(who), participantId, options())).rejects.toMatchObject(
          {
            code: 'NOT_FOUND',
          },
        );
        const rows = await t.dataSource.query<Array<{ n: number }>>(
          `SELECT count(*)::int AS n FROM audit_log WHERE action = 'PARTICIPANT_MATCH' AND result = 'DENIED' AND actor_user_id = $1`,
          [actors[who].id],
        );
        expect(rows[0].n).toBeGreaterThanOrEqual(1);
      },
    );

    it('an admin may match anyone’s participant', async () => {
      const outcome = await matching.matchesForParticipant(as('admin'), participantId, options());
      expect(outcome.matches.map((m) => m.placementId)).toContain(magazijn);
    });

    it("whyNot is refused for another coach's participant; it explains a visible place for the own one", async () => {
      await expect(matching.whyNot(as('otherCoach'), participantId, magazijn, pair())).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      const checks = await matching.whyNot(as('coach'), participantId, magazijn, pair());
      expect(checks.length).toBeGreaterThan(0);
      expect(checks.every((c) => typeof c.criterion === 'string')).toBe(true);
    });

    it('candidatesForPlacement lists only the coach’s own caseload', async () => {
      const other = await participants.create(as('otherCoach'), participantInput<CreateParticipantInput>());
      const mine = await matching.candidatesForPlacement(as('coach'), magazijn, pair());
      expect(mine.map((c) => c.participant.id)).toEqual([participantId]);
      const theirs = await matching.candidatesForPlacement(as('otherCoach'), magazijn, pair());
      expect(theirs.map((c) => c.participant.id)).toEqual([other.id]);
    });
  });

  describe('options', () => {
    it('the defaults: near misses on, 25 results, no stretching, no filters', () => {
      const { value, errors } = validateInput(MatchOptionsInput, {});
      expect(errors).toEqual([]);
      expect(value).toMatchObject({
        includeNearMisses: true,
        maxResults: 25,
        stretchLanguage: false,
        excludeNonCountingForZRoute: false,
      });
    });

    it.each([
      [{ maxResults: 0 }, 'maxResults'],
      [{ maxResults: 101 }, 'maxResults'],
      [{ maxResults: 2.5 }, 'maxResults'],
      [{ text: 'x'.repeat(201) }, 'text'],
      [{ types: ['PARTICIPATIEPLEK', 'ONBEKEND'] }, 'types'],
      [{ sectors: Array.from({ length: 31 }, () => 'ZORG') }, 'sectors'],
    ])('%p is refused on %s', (plain, path) => {
      const { errors } = validateInput(MatchOptionsInput, plain);
      expect(errors.map((e) => e.path)).toEqual([path]);
    });

    it('maxResults caps the matches', async () => {
      expect((await matchedIds({ maxResults: 1 })).matches).toHaveLength(1);
    });

    it('types and sectors keep only places of those', async () => {
      expect((await matchedIds({ sectors: ['TECHNIEK'] })).matches).toEqual([fietsen]);
      expect((await matchedIds({ types: ['WERKERVARINGSPLEK'] })).matches).toEqual([magazijn]);
      const none = await matchedIds({ sectors: ['ZORG'] });
      expect(none.matches).toEqual([]);
      expect(none.nearMisses).toEqual([]);
    });
  });

  describe('text narrowing', () => {
    it('a text keeps only the places the search finds for it', async () => {
      const found = await matchedIds({ text: 'fietsenmaker' });
      expect(found.matches).toEqual([fietsen]);
      expect(found.nearMisses).not.toContain(magazijn);
    });

    it('a text that finds nothing leaves nothing; a blank text narrows nothing', async () => {
      const nothing = await matchedIds({ text: 'onvindbaarwoord' });
      expect(nothing.matches).toEqual([]);
      expect(nothing.nearMisses).toEqual([]);
      expect((await matchedIds({ text: '   ' })).matches).toEqual(
        expect.arrayContaining([fietsen, magazijn]),
      );
    });
  });
});
