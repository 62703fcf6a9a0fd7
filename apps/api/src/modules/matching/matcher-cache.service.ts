import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TravelTimeEstimator } from '@plekwijzer/geo';
import { createMatcher, type Matcher } from '@plekwijzer/matching';
import { AppConfig } from '@plekwijzer/config';
import { MatchingInputsSignal } from '../../common/matching-inputs.js';
import { PostcodeLookup } from '../geo/postcode-lookup.service.js';
import { PlacementStatus } from '../../common/domain.enums.js';
import { PlacementEntity } from '../placements/placement.entity.js';
import { toCandidate } from './matching.mapper.js';

export interface CompiledSnapshot {
  /** The database stamp and the local change count it was compiled at. */
  stamp: string;
  matcher: Matcher;
  placements: Map<string, PlacementEntity>;
}

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
  private building?: { stamp: string; promise: Promise<CompiledSnapshot> };
  private checkedAt = 0;
  private readonly refreshMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TravelTimeEstimator) private readonly travel: TravelTimeEstimator,
    @Inject(PostcodeLookup) private readonly postcodes: PostcodeLookup,
    @Inject(MatchingInputsSignal) private readonly signal: MatchingInputsSignal,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.refreshMs = config.MATCHER_REFRESH_MS;
  }

  async snapshot(): Promise<CompiledSnapshot> {
    // Read the local count before anything else: a change committing meanwhile bumps it again.
    const local = this.signal.version;
    const fresh = Date.now() - this.checkedAt < this.refreshMs;
    if (this.current && fresh && this.current.stamp.startsWith(`${local}/`)) return this.current;
    if (this.building && fresh && this.building.stamp.startsWith(`${local}/`)) return this.building.promise;

    const checkedAt = Date.now();
    const [row] = await this.dataSource.query<Array<{ stamp: string }>>(
      // Places and introductions (spots taken) both change what matches.
      `SELECT (SELECT count(*)::text || ':' || coalesce(max(updated_at)::text, '') FROM placements) || '|' ||
              (SELECT count(*)::text || ':' || coalesce(max(updated_at)::text, '') FROM introductions) AS stamp`,
    );
    this.checkedAt = checkedAt;
    const stamp = `${local}/${row.stamp}`;
    if (this.current?.stamp === stamp) return this.current;
    if (this.building?.stamp !== stamp) {
      const promise = this.build(stamp);
      this.building = { stamp, promise };
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
    }
    return this.building.promise;
  }
  private async build(stamp: string): Promise<CompiledSnapshot> {
    const rows = await this.dataSource.getRepository(PlacementEntity).find({ where: { status: PlacementStatus.PUBLISHED } });
    const occupiedRows: Array<{ placement_id: string; n: number }> = await this.dataSource.query(
      `SELECT placement_id, count(*)::int AS n FROM introductions WHERE status IN ('ACCEPTED', 'STARTED') GROUP BY placement_id`,
    );
    const occupied = new Map(occupiedRows.map((r) => [r.placement_id, r.n]));
    const placements = new Map<string, PlacementEntity>();
    const candidates = [];
    for (const row of rows) {
      const location = row.pc4 ? this.postcodes.locationOf(row.pc4) : undefined;
      if (!location || !row.schedule) continue;
      placements.set(row.id, row);
      candidates.push(toCandidate(row, location, occupied.get(row.id) ?? 0));
    }
    return { stamp, matcher: createMatcher(candidates, this.travel), placements };
  }
}
