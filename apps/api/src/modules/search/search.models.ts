import {
  ArgsType,
  Field,
  Float,
  GraphQLISODateTime,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs, Edge, PageInfo, type PageInput } from '@plekwijzer/graphql';
import type { SearchFacetName } from '@plekwijzer/search';
import {
  ChildcareKind,
  Compensation,
  LanguageLevel,
  PlacementType,
  Sector,
} from '@plekwijzer/api/common/domain.enums.js';
import { NearInput } from '@plekwijzer/api/modules/placements/dto/placements.args.js';
import { PlacementModel } from '@plekwijzer/api/modules/placements/placement.model.js';

export enum SearchFacet {
  TYPE = 'TYPE',
  SECTOR = 'SECTOR',
  LANGUAGE_LEVEL = 'LANGUAGE_LEVEL',
  CHILDCARE = 'CHILDCARE',
  COMPENSATION = 'COMPENSATION',
  DISTRICT = 'DISTRICT',
}
registerEnumType(SearchFacet, {
  name: 'SearchFacet',
  description: 'A property to count search results by.',
  valuesMap: {
    TYPE: { description: 'PlacementType values.' },
    SECTOR: { description: 'Sector values.' },
    LANGUAGE_LEVEL: { description: 'The highest required taalniveau of a place (NONE … C2).' },
    CHILDCARE: { description: 'ChildcareKind values.' },
    COMPENSATION: { description: 'Compensation values.' },
    DISTRICT: { description: 'The postcode area (PC4) of the place, e.g. 3811.' },
  },
});

export const FACET_NAMES: Readonly<Record<SearchFacet, SearchFacetName>> = {
  TYPE: 'type',
  SECTOR: 'sector',
  LANGUAGE_LEVEL: 'languageLevel',
  CHILDCARE: 'childcare',
  COMPENSATION: 'compensation',
  DISTRICT: 'district',
};

@InputType({ description: 'Narrows a search. All given conditions must hold; within a list any value may.' })
export class SearchFilterInput {
  @Field(() => [PlacementType], { nullable: true, description: 'Only places of one of these types.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(PlacementType, { each: true })
  types?: PlacementType[];

  @Field(() => [Sector], { nullable: true, description: 'Only places in one of these sectors.' })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsEnum(Sector, { each: true })
  sectors?: Sector[];

  @Field(() => LanguageLevel, {
    nullable: true,
    description: 'Only places whose highest required level is at most this.',
  })
  @IsOptional()
  @IsEnum(LanguageLevel)
  maxLanguageLevel?: LanguageLevel;

  @Field(() => [ChildcareKind], {
    nullable: true,
    description: 'Only places offering one of these kinds of childcare.',
  })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsEnum(ChildcareKind, { each: true })
  childcare?: ChildcareKind[];

  @Field(() => [Compensation], {
    nullable: true,
    description: 'Only places with one of these kinds of compensation.',
  })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsEnum(Compensation, { each: true })
  compensation?: Compensation[];

  @Field(() => [String], { nullable: true, description: 'Postcode areas (PC4), e.g. ["3811", "3813"].' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(/^[1-9][0-9]{3}$/, {
    each: true,
    message: 'districts must be 4-digit postcode areas such as 3811',
  })
  districts?: string[];
}

@ArgsType()
export class SearchPlacementsArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words to look for, e.g. "magazijn", "koken", "vrijwilligerswerk met kinderen". Typos and Dutch word forms are fine.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string | null;

  @Field(() => SearchFilterInput, {
    nullable: true,
    description: 'Conditions the places must meet; no filter when omitted.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFilterInput)
  filter?: SearchFilterInput;

  /** What the search service reads: `filter` (set by the resolver; not a GraphQL argument). */
  filters?: SearchFilterInput;

  @Field(() => [SearchFacet], {
    nullable: true,
    description: 'Which facets to count; all when omitted, none for [].',
  })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(SearchFacet, { each: true })
  facets?: SearchFacet[] | null;

  @Field(() => NearInput, { nullable: true, description: 'Only places within a radius of a postcode.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NearInput)
  near?: NearInput;

  /** The window the resolver derives from `first` and `after` (not a GraphQL argument). */
  page?: PageInput;
}

@ObjectType('SearchHit', { description: 'A published place that matches, with the matched words marked.' })
export class SearchHitModel {
  @Field(() => PlacementModel, { description: 'The place found.' })
  placement: PlacementModel;

  @Field(() => Float, {
    nullable: true,
    description: 'Relevance as the search engine gives it (higher is better); empty without text.',
  })
  score: number | null;

  @Field({ description: 'The title, HTML-escaped, with matched words in <mark>…</mark>.' })
  titleHighlighted: string;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the description, HTML-escaped, with matched words in <mark>…</mark>.',
  })
  snippet: string | null;
}

@ObjectType('SearchFacetValue', { description: 'One value of a facet and how many matching places have it.' })
export class SearchFacetValueModel {
  @Field({ description: 'The value, e.g. `HORECA` for SECTOR or `3811` for DISTRICT.' })
  value: string;

  @Field(() => Int, { description: 'Matching places with this value, over all pages.' })
  count: number;
}

@ObjectType('SearchFacetCounts', {
  description: 'How many matching places have each value, most frequent first.',
})
export class SearchFacetCountsModel {
  @Field(() => SearchFacet, { description: 'The property counted.' })
  facet: SearchFacet;

  @Field(() => [SearchFacetValueModel], { description: 'The values found, most frequent first.' })
  values: SearchFacetValueModel[];
}

const SearchHitEdge = Edge(SearchHitModel, 'SearchHit');

@ObjectType('SearchHitConnection', {
  description:
    'A page of published places found (Relay cursor connection), with facet counts over all matches.',
})
export class SearchHitConnection {
  @Field(() => [SearchHitEdge], {
    description:
      'The places on this page: most relevant first, or most recently published first without text.',
  })
  edges: Array<{ cursor: string; node: SearchHitModel }>;

  @Field(() => PageInfo, { description: 'Cursors and whether more hits follow.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'All matching places over all pages.' })
  totalCount: number;

  @Field({
    description:
      'False when the engine estimated totalCount (Meilisearch with an offset that is not a multiple of first).',
  })
  totalIsExact: boolean;

  @Field(() => [SearchFacetCountsModel], {
    description: 'Counts per requested facet, over all matching places.',
  })
  facets: SearchFacetCountsModel[];
}

@ObjectType('SearchStatus', { description: 'Admin: which search engine is in use and how far behind it is.' })
export class SearchStatusModel {
  @Field({ description: 'postgres or meilisearch.' })
  adapter: string;

  @Field({ description: 'Whether the index answered just now.' })
  reachable: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Documents (published places) in the index; empty when it did not answer.',
  })
  documentsIndexed: number | null;

  @Field(() => Int, { description: 'Published places in PostgreSQL, to compare with documentsIndexed.' })
  publishedPlaces: number;

  @Field(() => Int, { description: 'Changes to places not yet in the index (outbox lag).' })
  outboxPending: number;

  @Field(() => Int, { description: 'Of those, changes that failed at least once and wait for a retry.' })
  outboxFailing: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Age in seconds of the oldest change not yet in the index.',
  })
  oldestPendingSeconds: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the index did not answer just now, or else the latest failure of a pending change; empty when none.',
  })
  lastError: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When this replica last finished draining the outbox.',
  })
  lastIndexerRunAt: Date | null;

  @Field({ description: 'Whether searches forgive typos (see notes when they do not).' })
  typoTolerance: boolean;

  @Field(() => [String], { description: 'Remarks for operators, e.g. why typo tolerance is off.' })
  notes: string[];
}
