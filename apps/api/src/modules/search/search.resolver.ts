import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role } from '@plekwijzer/api/modules/auth/role.js';
import { toPlacementModel } from '@plekwijzer/api/modules/placements/placement.mapper.js';
import { pageOf, toConnection } from '@plekwijzer/graphql';
import { SearchHitConnection, SearchPlacementsArgs, SearchStatusModel } from './search.models.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(@Inject(SearchService) private readonly service: SearchService) {}

  @Query(() => SearchHitConnection, {
    description:
      'Published places by words (Dutch word forms, typos and a prefix of the last word are fine), narrowed by filters and a radius, with facet counts and marked matches. Any signed-in user.',
  })
  async searchPlacements(@Args() args: SearchPlacementsArgs): Promise<SearchHitConnection> {
    const page = pageOf(args);
    const { text, facets, near, filter } = args;
    const result = await this.service.search({
      text,
      facets,
      near,
      filters: filter,
      page,
    } as SearchPlacementsArgs);
    const hits = result.hits.map((h) => ({ ...h, placement: toPlacementModel(h.placement) }));
    return {
      ...toConnection(hits, result.total, page.offset),
      totalIsExact: result.totalIsExact,
      facets: result.facets,
    };
  }

  @Roles(Role.ADMIN)
  @Query(() => SearchStatusModel, {
    description: 'Admin: the search engine in use, documents indexed and how far the index lags behind.',
  })
  searchStatus() {
    return this.service.status();
  }
}
