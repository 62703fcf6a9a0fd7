import { Inject, Injectable } from '@nestjs/common';
import { TravelTimeEstimator } from '@plekwijzer/geo';
import { createMatcher, type Matcher, type PlacementProfile } from '@plekwijzer/matching';
import { AppConfig } from '@plekwijzer/config';
import { MatchingInputsSignal } from '@plekwijzer/api/common/matching-inputs.js';
import { PostcodeLookup } from '@plekwijzer/api/modules/geo/postcode-lookup.service.js';
import { IntroductionsService } from '@plekwijzer/api/modules/introductions/introductions.service.js';
import type { PlacementEntity } from '@plekwijzer/api/modules/placements/placement.entity.js';
import { hasMatchingInputs } from '@plekwijzer/api/modules/placements/placement-rules.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { toCandidate } from './matching.mapper.js';

/** What a compilation was made from: the local change count and the database stamp. */
interface Basis {
  version: number;
  dbStamp: string;
}

export interface CompiledSnapshot extends Basis {
  /** When it was compiled (Date.now()). */
  compiledAt: number;
  matcher: Matcher;
  placements: Map<string, PlacementEntity>;
  /** The engine's input the matcher was compiled from (for matchers over changed places). */
  candidates: PlacementProfile[];
}

const sameBasis = (a: Basis | undefined, b: Basis): boolean =>
  a?.version === b.version && a.dbStamp === b.dbStamp;

/**
 * The engine compiles all published places once (bitsets, a spatial index) and then answers a
 * participant in a millisecond or two. This cache recompiles when places or spots changed:
 * - at once after a change made through this process (MatchingInputsSignal);
 * - for changes made by other replicas (or by hand in SQL), after a database check that runs at
 *   most every MATCHER_REFRESH_MS. That check aggregates over places and introductions; running it
 *   on every request cost more than the match itself (see docs/PERFORMANCE.md).
 * A match list may therefore lag another replica's change by up to MATCHER_REFRESH_MS. Capacity is
 * not at risk: accepting an introduction re-checks free spots under a row lock.
 */
@Injectable()
export class MatcherCache {
  private current?: CompiledSnapshot;
  private building?: Basis & { promise: Promise<CompiledSnapshot> };
  private checkedAt = 0;
  private readonly refreshMs: number;

  constructor(
    @Inject(PlacementsService) private readonly places: PlacementsService,
    @Inject(IntroductionsService) private readonly introductions: IntroductionsService,
    @Inject(TravelTimeEstimator) private readonly travel: TravelTimeEstimator,
    @Inject(PostcodeLookup) private readonly postcodes: PostcodeLookup,
    @Inject(MatchingInputsSignal) private readonly signal: MatchingInputsSignal,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.refreshMs = config.MATCHER_REFRESH_MS;
  }

  async snapshot(): Promise<CompiledSnapshot> {
    // Read the local count before anything else: a change committing meanwhile bumps it again.
    const version = this.signal.version;
    if (Date.now() - this.checkedAt < this.refreshMs) {
      if (this.current?.version === version) return this.current;
      if (this.building?.version === version) return this.building.promise;
    }
    const checkedAt = Date.now();
    // Places and introductions (spots taken) both change what matches.
    const [placesStamp, introductionsStamp] = await Promise.all([
      this.places.changeStamp(),
      this.introductions.changeStamp(),
    ]);
    this.checkedAt = checkedAt;
    const basis: Basis = { version, dbStamp: `${placesStamp}|${introductionsStamp}` };
    if (this.current && sameBasis(this.current, basis)) return this.current;
    if (this.building && sameBasis(this.building, basis)) return this.building.promise;
    const promise = this.build(basis);
    this.building = { ...basis, promise };
    promise.then(
      (snapshot) => {
        // A newer build replaced this one while it ran: its result is already out of date.
        if (this.building?.promise !== promise) return;
        this.building = undefined;
        this.current = snapshot;
      },
      () => {
        if (this.building?.promise === promise) this.building = undefined;
      },
    );
    return promise;
  }

  private async build(basis: Basis): Promise<CompiledSnapshot> {
    const rows = await this.places.publishedForMatching();
    const occupied = await this.introductions.occupiedByPlacement();
    const placements = new Map<string, PlacementEntity>();
    const candidates: PlacementProfile[] = [];
    for (const row of rows) {
      const location = row.pc4 ? this.postcodes.locationOf(row.pc4) : undefined;
      if (!location || !hasMatchingInputs(row)) continue;
      placements.set(row.id, row);
      candidates.push(toCandidate(row, location, occupied.get(row.id) ?? 0));
    }
    return {
      ...basis,
      compiledAt: Date.now(),
      matcher: createMatcher(candidates, this.travel),
      placements,
      candidates,
    };
  }

  /**
   * For metrics: how long ago the current snapshot was compiled, and how long ago it was last
   * confirmed against the database; null before the first match.
   */
  age(now = Date.now()): { compiledAgeMs: number | null; checkedAgeMs: number | null } {
    return {
      compiledAgeMs: this.current ? now - this.current.compiledAt : null,
      checkedAgeMs: this.current && this.checkedAt > 0 ? now - this.checkedAt : null,
    };
  }
}
