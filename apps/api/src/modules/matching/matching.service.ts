import { today, LearningRoute } from '@plekwijzer/domain';
import { Inject, Injectable } from '@nestjs/common';
import { TravelTimeEstimator } from '@plekwijzer/geo';
import { DomainError } from '@plekwijzer/graphql';
import {
  createMatcher,
  type Check,
  type ExplanationTexts,
  type Match,
  type Matcher,
  type MatchOptions,
  type MatchResult,
  type PairOptions,
  type ParticipantProfile,
  type PlacementProfile,
  type RankResult,
} from '@plekwijzer/matching';
import type { Actor } from '@plekwijzer/api/modules/auth/role.js';
import { PostcodeLookup } from '@plekwijzer/api/modules/geo/postcode-lookup.service.js';
import { HoursService } from '@plekwijzer/api/modules/hours/hours.service.js';
import { IntroductionsService } from '@plekwijzer/api/modules/introductions/introductions.service.js';
import type { ParticipantEntity } from '@plekwijzer/api/modules/participants/participant.entity.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import type { PlacementEntity } from '@plekwijzer/api/modules/placements/placement.entity.js';
import { hasMatchingInputs } from '@plekwijzer/api/modules/placements/placement-rules.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { SearchService } from '@plekwijzer/api/modules/search/search.service.js';
import { MatcherCache } from './matcher-cache.service.js';
import { toCandidate, toProfile } from './matching.mapper.js';
import type { MatchOptionsInput, PairOptionsInput } from './matching.models.js';

/** Near misses a coach sees by default (MatchOptionsInput.maxResults): what rankAll counts. */
export const NEAR_MISSES_SEEN = 25;

/** What rankAll ranked a participant with: enough to run the engine again on a changed profile. */
export interface RankContext {
  matcher: Matcher;
  profile: ParticipantProfile;
  options: MatchOptions;
  nearMissCap: number;
}

/**
 * The engine's answer as it is, and the place behind each `placementId`. The caller attaches the
 * places while it shapes the answer for its client: copying every match here only to copy it again
 * in the resolver cost measurable time per request (issue 13).
 */
export interface MatchOutcome extends MatchResult {
  /**
   * The compiled places by id; every id in this outcome is in it. The same map until the next
   * compile, which brings a new one: a caller may key what it derives from a place on it.
   */
  placements: ReadonlyMap<string, PlacementEntity>;
}

/**
 * Use cases around the pure engine: load what the coach may see, translate rows to engine input,
 * and hand the engine's answer back with the places attached. Ownership is checked here through
 * ParticipantsService (own caseload only) and PlacementsService (visible places only).
 */
@Injectable()
export class MatchingService {
  constructor(
    @Inject(MatcherCache) private readonly cache: MatcherCache,
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
    @Inject(PlacementsService) private readonly placements: PlacementsService,
    @Inject(PostcodeLookup) private readonly postcodes: PostcodeLookup,
    @Inject(TravelTimeEstimator) private readonly travel: TravelTimeEstimator,
    @Inject(SearchService) private readonly search: SearchService,
    @Inject(HoursService) private readonly hours: HoursService,
    @Inject(IntroductionsService) private readonly introductions: IntroductionsService,
  ) {}

  async matchesForParticipant(
    actor: Actor,
    participantId: string,
    input: MatchOptionsInput,
    texts?: ExplanationTexts,
  ): Promise<MatchOutcome> {
    // The participant and their approved hours in one query (and the audit entry): two statements.
    const { participant, columns } = await this.participants.getOwnedWith(
      actor,
      participantId,
      'MATCH',
      this.hours.matchingHoursColumns,
    );
    // The text narrows the candidates through the same index as searchPlacements.
    const candidateIds = input.text?.trim() ? await this.search.candidateIds(input.text) : undefined;
    const snapshot = await this.cache.snapshot();
    const options: MatchOptions = {
      stretchLanguage: input.stretchLanguage,
      includeNearMisses: input.includeNearMisses,
      excludeNonCountingForZRoute: input.excludeNonCountingForZRoute,
      maxResults: input.maxResults,
      referenceDate: today(),
      types: input.types,
      sectors: input.sectors,
      compensation: input.compensation,
      candidateIds,
      texts,
    };
    const hours = this.hours.matchingHoursFrom(participant, columns);
    const profile = this.profileOf(participant, hours.zRouteHoursDone, hours.mapPracticeHoursNeeded);
    const result = snapshot.matcher.match(profile, options);
    return { ...result, placements: snapshot.placements };
  }

  /** Every criterion for one participant and one place the coach can see, published or not. */
  async whyNot(
    actor: Actor,
    participantId: string,
    placementId: string,
    input: PairOptionsInput,
  ): Promise<Check[]> {
    const participant = await this.participants.getOwned(actor, participantId, 'WHY_NOT');
    const placement = await this.placements.get(actor, placementId);
    const matcher = await this.singlePlaceMatcher(placement);
    const [profile] = await this.profilesOf([participant]);
    const checks = matcher.explain(profile, placement.id, this.pairOptions(input));
    if (!checks)
      throw new DomainError('CONFLICT', 'This place is not complete yet, so it cannot be compared', {
        reason: 'PLACE_INCOMPLETE',
      });
    return checks;
  }

  /**
   * The coach's own participants who match a place, best first. Who already has an open
   * introduction there (proposed, accepted or started) is no candidate for it.
   */
  async candidatesForPlacement(actor: Actor, placementId: string, input: PairOptionsInput) {
    const placement = await this.placements.get(actor, placementId);
    const matcher = await this.singlePlaceMatcher(placement);
    const options = this.pairOptions(input);
    const introduced = await this.introductions.participantsWithOpenIntroduction(placement.id);
    const caseload = (await this.participants.listForCoach(actor, 'MATCH')).filter(
      (p) => !introduced.has(p.id),
    );
    const profiles = await this.profilesOf(caseload);
    const candidates: Array<{ participant: ParticipantEntity; match: Match }> = [];
    caseload.forEach((participant, i) => {
      const match = matcher.matchesPlacement(profiles[i], placement.id, options);
      if (match) candidates.push({ participant, match });
    });
    return candidates.sort(
      (a, b) =>
        b.match.score - a.match.score ||
        a.participant.clientReference.localeCompare(b.participant.clientReference),
    );
  }

  /**
   * Every participant against every published place, with the engine's bulk ranking: all matches
   * (no cap), and the near misses a coach sees by default (the nearest NEAR_MISSES_SEEN). Capping
   * the near misses is on purpose: uncapped, every place across the country that fails only on
   * travel would count as a near miss, and travel would "block" everyone. For the insights refresh,
   * a system job: no actor, nothing audited here (the caller audits the run). Profiles are built in
   * batches so that memory stays flat on a national data set. Returns the places ranked against.
   */
  async rankAll(
    participants: readonly ParticipantEntity[],
    referenceDate: string,
    visit: (participant: ParticipantEntity, result: RankResult, context: RankContext) => void,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ReadonlyMap<string, PlacementEntity>> {
    const snapshot = await this.cache.snapshot();
    // One engine pass per participant: every match, and only the nearest near misses.
    const options: MatchOptions = {
      stretchLanguage: false,
      excludeNonCountingForZRoute: false,
      referenceDate,
      includeNearMisses: true,
      maxResults: Number.MAX_SAFE_INTEGER,
      maxNearMisses: NEAR_MISSES_SEEN,
    };
    const batch = 1000;
    for (let from = 0; from < participants.length; from += batch) {
      const slice = participants.slice(from, from + batch);
      const profiles = await this.profilesOf(slice);
      slice.forEach((participant, i) => {
        visit(participant, snapshot.matcher.rank(profiles[i], options), {
          matcher: snapshot.matcher,
          profile: profiles[i],
          options,
          nearMissCap: NEAR_MISSES_SEEN,
        });
      });
      onProgress?.(from + slice.length, participants.length);
    }
    return snapshot.placements;
  }

  /**
   * Matchers over every published place changed one way (for the insights' "what if the place …"),
   * compiled from the same input as the current matcher.
   */
  async variantMatchers<K extends string>(
    kinds: readonly K[],
    change: (place: PlacementProfile, kind: K) => PlacementProfile,
  ): Promise<Record<K, Matcher>> {
    const { candidates } = await this.cache.snapshot();
    return Object.fromEntries(
      kinds.map((kind) => [
        kind,
        createMatcher(
          candidates.map((c) => change(c, kind)),
          this.travel,
        ),
      ]),
    ) as Record<K, Matcher>;
  }

  private pairOptions(input: PairOptionsInput): PairOptions {
    return {
      stretchLanguage: input.stretchLanguage,
      excludeNonCountingForZRoute: input.excludeNonCountingForZRoute,
      referenceDate: today(),
    };
  }

  /** A matcher over one place, with its spots taken counted as for the ranked list. */
  private async singlePlaceMatcher(placement: PlacementEntity) {
    const location = placement.pc4 ? this.postcodes.locationOf(placement.pc4) : undefined;
    if (!location || !hasMatchingInputs(placement)) {
      throw new DomainError('CONFLICT', 'This place is not complete yet, so it cannot be compared', {
        reason: 'PLACE_INCOMPLETE',
      });
    }
    const occupied = await this.introductions.occupiedAt(placement.id);
    return createMatcher([toCandidate(placement, location, occupied)], this.travel);
  }

  /**
   * Engine input per participant, with the Z-route hours already made (they set the weekly need)
   * and the MAP practice hours still needed while their MAP runs (MAP practice places rank higher).
   */
  private async profilesOf(participants: ParticipantEntity[]) {
    const zRoute = participants.filter((p) => p.route === LearningRoute.Z_ROUTE).map((p) => p.id);
    const done = await this.hours.countingParticipationHours(zRoute);
    const mapNeeded = await this.hours.mapPracticeHoursNeeded(participants);
    return participants.map((participant) =>
      this.profileOf(participant, done.get(participant.id) ?? 0, mapNeeded.get(participant.id) ?? 0),
    );
  }

  private profileOf(participant: ParticipantEntity, zRouteHoursDone: number, mapPracticeHoursNeeded: number) {
    const home = this.postcodes.locationOf(participant.homePostcode);
    // The postcode was validated on save; a table without it means the bundled data changed.
    if (!home)
      throw new DomainError(
        'CONFLICT',
        `The home postcode area ${participant.homePostcode} is no longer known; update the participant`,
        { reason: 'HOME_POSTCODE_UNKNOWN' },
      );
    return { ...toProfile(participant, home, zRouteHoursDone), mapPracticeHoursNeeded };
  }
}
