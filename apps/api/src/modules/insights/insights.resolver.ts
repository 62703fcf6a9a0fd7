import { Inject, Logger } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DomainError } from '@plekwijzer/graphql';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { InsightsRefresher } from './insights-refresh.service.js';
import type { ChartLayout as Layout } from '@plekwijzer/insights';
import { chartSvg, type ChartFigure as Figure, type ChartLanguage as Language } from './insights-report.js';
import {
  BottleneckBreakdown,
  ChartFigure,
  ChartLanguage,
  ChartLayout,
  InsightsSnapshotModel,
  InsightsTableModel,
  RefreshInsightsInput,
  PlaceInsightsModel,
  RefreshInsightsPayload,
  RiskTarget,
  SupplyBreakdown,
} from './insights.models.js';
import {
  InsightsService,
  type BottleneckBreakdown as Bottleneck,
  type RiskTarget as Target,
  type SupplyBreakdown as Supply,
} from './insights.service.js';

@Resolver()
export class InsightsResolver {
  private readonly logger = new Logger('InsightsResolver');

  constructor(
    @Inject(InsightsService) private readonly service: InsightsService,
    @Inject(InsightsRefresher) private readonly refresher: InsightsRefresher,
  ) {}

  @Roles(Role.ANALYST, Role.ADMIN)
  @Query(() => InsightsSnapshotModel, {
    nullable: true,
    description:
      'The insights snapshot the tables are read from; null before the first refresh. Analysts and admins.',
  })
  insightsSnapshot(@CurrentActor() actor: Actor) {
    return this.service.snapshot(actor);
  }

  @Roles(Role.ANALYST, Role.ADMIN)
  @Query(() => InsightsTableModel, {
    description:
      'Where participation stalls: active participants by a fixed breakdown × what blocks them (three or more matches; else the criterion failing most of their near misses; else nothing close). Suppressed; analysts and admins; every read is audited.',
  })
  insightsBottlenecks(
    @CurrentActor() actor: Actor,
    @Args('by', { type: () => BottleneckBreakdown, description: 'How to split the participants.' })
    by: Bottleneck,
  ) {
    return this.service.bottlenecks(actor, by);
  }

  @Roles(Role.ANALYST, Role.ADMIN)
  @Query(() => InsightsTableModel, {
    description:
      'Supply and demand: published places, their capacity and free spots, places no active participant fits (blind spots), and participants who fit at least one place, by a fixed breakdown. Suppressed; analysts and admins; audited.',
  })
  insightsSupplyDemand(
    @CurrentActor() actor: Actor,
    @Args('by', { type: () => SupplyBreakdown, description: 'How to split the places.' }) by: Supply,
  ) {
    return this.service.supplyDemand(actor, by);
  }

  @Roles(Role.ANALYST, Role.ADMIN)
  @Query(() => InsightsTableModel, {
    description:
      'The introduction pipeline: introductions by quarter of proposal × where they stand now (declines and early ends by reason). Suppressed; analysts and admins; audited.',
  })
  insightsPipeline(@CurrentActor() actor: Actor) {
    return this.service.pipeline(actor);
  }

  @Roles(Role.ANALYST, Role.ADMIN)
  @Query(() => InsightsTableModel, {
    description:
      'What one change unlocks most: active participants without a single match, by learning route × the one-step change of their own data that would give them at least one (one language level more, 10 more minutes of travel, one more way to travel, childcare on one more half-day, one language-class block moved). One person can count under several changes, so rows have no total. Suppressed; analysts and admins; audited.',
  })
  insightsUnlocks(@CurrentActor() actor: Actor) {
    return this.service.unlocks(actor);
  }

  @Roles(Role.ANALYST, Role.ADMIN)
  @Query(() => InsightsTableModel, {
    description:
      'Days from proposal to start: median and 75th percentile per quarter of proposal, of the introductions that started; "–" for a quarter with fewer than k starts. Analysts and admins; audited.',
  })
  insightsPipelineTimes(@CurrentActor() actor: Actor) {
    return this.service.pipelineTimes(actor);
  }

  @Roles(Role.ANALYST, Role.ADMIN)
  @Query(() => InsightsTableModel, {
    description:
      'Approved hours per quarter × who logged them (the employer or partner at its place; the coach at a place or for an activity). A cell from fewer than k participants is "–"; no totals. Analysts and admins; audited.',
  })
  insightsHoursBySource(@CurrentActor() actor: Actor) {
    return this.service.hoursBySource(actor);
  }

  @Roles(Role.ANALYST, Role.ADMIN)
  @Query(() => InsightsTableModel, {
    description:
      'Active participants on track, at risk or off track for one hours target, per learning route (the same risk their coach sees). Both targets are suppressed together. Analysts and admins; audited.',
  })
  insightsRisks(
    @CurrentActor() actor: Actor,
    @Args('target', { type: () => RiskTarget, description: 'Which target.' }) target: Target,
  ) {
    return this.service.risks(actor, target);
  }

  @Roles(Role.ANALYST, Role.ADMIN)
  @Query(() => InsightsTableModel, {
    description:
      'Demand without supply: active participants free in a part of the week (at least an hour after their classes) with no fitting place in that part, by route and whether they need childcare × week part. Rows have no total (one person can be free in several parts). Suppressed; analysts and admins; audited.',
  })
  insightsDemandWithoutSupply(@CurrentActor() actor: Actor) {
    return this.service.demandWithoutSupply(actor);
  }

  @Roles(Role.ANALYST, Role.ADMIN)
  @Query(() => String, {
    description:
      'One figure as an SVG chart (an <svg> document), rendered on the server from the same Vega-Lite spec as the council report; suppressed figures are not drawn (the chart says how many, unless titled is false). Show the table beside it as the accessible alternative. Analysts and admins; audited like the table.',
  })
  insightsChartSvg(
    @CurrentActor() actor: Actor,
    @Args('figure', { type: () => ChartFigure, description: 'Which figure.' }) figure: Figure,
    @Args('bottleneckBy', {
      type: () => BottleneckBreakdown,
      nullable: true,
      description: 'For BOTTLENECKS (default ROUTE).',
    })
    bottleneckBy?: Bottleneck,
    @Args('supplyBy', {
      type: () => SupplyBreakdown,
      nullable: true,
      description: 'For SUPPLY_DEMAND (default SECTOR).',
    })
    supplyBy?: Supply,
    @Args('titled', {
      type: () => Boolean,
      nullable: true,
      defaultValue: true,
      description:
        'Draw the Dutch title and the note on how many figures are suppressed above the chart (default). false leaves both out, for a page that captions the chart itself in its reader’s language.',
    })
    titled?: boolean | null,
    @Args('language', {
      type: () => ChartLanguage,
      nullable: true,
      defaultValue: 'NL',
      description:
        'The language of the axis titles and labels and the legend (default NL), for a page in its reader’s language.',
    })
    language?: Language | null,
    @Args('layout', {
      type: () => ChartLayout,
      nullable: true,
      defaultValue: 'WIDE',
      description:
        'WIDE for a wide screen (default, as in the council report); NARROW for a phone: at most 320 px wide, to be shown at its own size rather than scaled down.',
    })
    layout?: Layout | null,
  ) {
    return chartSvg(
      this.service,
      actor,
      figure,
      { bottlenecks: bottleneckBy ?? undefined, supply: supplyBy ?? undefined },
      { titled: titled ?? true, language: language ?? 'NL', layout: layout ?? 'WIDE' },
    );
  }

  @Roles(Role.EMPLOYER, Role.PARTNER)
  @Query(() => [PlaceInsightsModel], {
    description:
      'For employers and partners: their own places, each with how many active participants fit it now and how many more would if it lowered its language threshold one level, widened its hours, or offered childcare. Counts only, suppressed ("< 5"); from the last insights snapshot (empty before the first); audited.',
  })
  insightsForMyPlaces(
    @CurrentActor() actor: Actor,
    @Args('placementId', {
      type: () => ID,
      nullable: true,
      description: 'Only this place (one of your own; NOT_FOUND otherwise).',
    })
    placementId?: string,
  ) {
    return this.service.forOwnPlaces(actor, placementId ?? undefined);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => RefreshInsightsPayload, {
    description:
      'Recompute the insights snapshot now (it also runs nightly). One replica computes at a time; readers keep the previous snapshot until the new one is complete. Admins only.',
  })
  async refreshInsights(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'Whether to wait for the result.' }) input: RefreshInsightsInput,
  ): Promise<RefreshInsightsPayload> {
    if (actor.role !== Role.ADMIN) throw DomainError.forbidden();
    if (!input.wait) {
      this.refresher
        .refresh(actor)
        .catch((error: unknown) => this.logger.error({ err: error }, 'Insights refresh failed'));
      return { started: true, snapshot: null };
    }
    const report = await this.refresher.refresh(actor);
    return { started: report !== null, snapshot: report ? await this.service.snapshot(actor) : null };
  }
}
