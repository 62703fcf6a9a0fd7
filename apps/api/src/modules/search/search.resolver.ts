import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role } from '@plekwijzer/api/modules/auth/role.js';
import { toPlacementModel } from '@plekwijzer/api/modules/placements/placement.mapper.js';
import { SearchPlacementsArgs, SearchResultModel, SearchStatusModel } from './search.models.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(@Inject(SearchService) private readonly service: SearchService) {}

  @Query(() => SearchResultModel, {
    description:
      'Published places by words (Dutch word forms, typos and a prefix of the last word are fine), narrowed by filters and a radius, with facet counts and marked matches. Any signed-in user.',
  })
  async searchPlacements(@Args() args: SearchPlacementsArgs) {
    const page = await this.service.search(args);
    return { ...page, hits: page.hits.map((h) => ({ ...h, placement: toPlacementModel(h.placement) })) };
  }

  @Roles(Role.ADMIN)
  @Query(() => SearchStatusModel, {
    description: 'Admin: the search engine in use, documents indexed and how far the index lags behind.',
  })
  searchStatus() {
    return this.service.status();
  }
}
