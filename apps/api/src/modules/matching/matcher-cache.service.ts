import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TravelTimeEstimator } from '@plekwijzer/geo';
import { createMatcher, type Matcher } from '@plekwijzer/matching';
import { PostcodeLookup } from '../geo/postcode-lookup.service.js';
import { PlacementStatus } from '../../common/domain.enums.js';
import { PlacementEntity } from '../placements/placement.entity.js';
import { toCandidate } from './matching.mapper.js';

export interface CompiledSnapshot {
  stamp: string;
  matcher: Matcher;
  placements: Map<string, PlacementEntity>;
}

/**
 * The engine compiles all published places once (bitsets, a spatial index) and then answers a
 * participant in milliseconds. This cache rebuilds that compilation when any place changed, which
 * it detects with one cheap aggregate per request — so every replica sees changes at once without
 * shared memory.
 */
@Injectable()
export class MatcherCache {
  private current?: CompiledSnapshot;
  private building?: { stamp: string; promise: Promise<CompiledSnapshot> };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TravelTimeEstimator) private readonly travel: TravelTimeEstimator,
    @Inject(PostcodeLookup) private readonly postcodes: PostcodeLookup,
  ) {}

  async snapshot(): Promise<CompiledSnapshot> {
    const [row] = await this.dataSource.query<Array<{ stamp: string }>>(
      // Places and introductions (spots taken) both change what matches.
      `SELECT (SELECT count(*)::text || ':' || coalesce(max(updated_at)::text, '') FROM placements) || '|' ||
              (SELECT count(*)::text || ':' || coalesce(max(updated_at)::text, '') FROM introductions) AS stamp`,
    );
    if (this.current?.stamp === row.stamp) return this.current;
    if (this.building?.stamp !== row.stamp) {
      const promise = this.build(row.stamp);
      this.building = { stamp: row.stamp, promise };
      promise.then(
        (snapshot) => {
          if (this.building?.promise === promise) this.building = undefined;
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
