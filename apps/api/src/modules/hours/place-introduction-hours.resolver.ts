import { Inject } from '@nestjs/common';
import { Args, ArgsType, Context, Field, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { loadInBatch } from '@plekwijzer/api/common/request-batch.js';
import { CurrentActor } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import type { Actor } from '@plekwijzer/api/modules/auth/role.js';
import { PlaceIntroductionModel } from '@plekwijzer/api/modules/introductions/introduction.models.js';
import { HoursEntryModel } from './hours.models.js';
import { HoursService, MAX_RECENT_HOURS } from './hours.service.js';

const FIRST_MESSAGE = `first must be a whole number from 1 to ${MAX_RECENT_HOURS}`;
/** A week of entries: what an employer's hours card shows. */
const RECENT_DEFAULT = 7;

@ArgsType()
class RecentHoursArgs {
  @Field(() => Int, {
    defaultValue: RECENT_DEFAULT,
    description: `How many entries at most (1–${MAX_RECENT_HOURS}).`,
  })
  @IsInt({ message: FIRST_MESSAGE })
  @Min(1, { message: FIRST_MESSAGE })
  @Max(MAX_RECENT_HOURS, { message: FIRST_MESSAGE })
  first: number = RECENT_DEFAULT;
}

/**
 * The cost of recentHours: 1 and what an entry selects, once — not `first` times, as a connection
 * counts. The entries of a whole page are one read (HoursService.recentOfIntroductions) and `first`
 * is at most MAX_RECENT_HOURS, so the answer stays small; counted like a connection, the web's page
 * of 100 cards with a week's entries each would cost 7,801, over GRAPHQL_MAX_COST (5,000).
 */
const recentHoursCost = ({ childComplexity }: { childComplexity: number }) => 1 + childComplexity;

/** The hours a place sees on its introductions (hours depends on introductions, not the other way). */
@Resolver(() => PlaceIntroductionModel)
export class PlaceIntroductionHoursResolver {
  constructor(@Inject(HoursService) private readonly service: HoursService) {}

  /**
   * Batched per operation: the introductions of one page are asked for together, in one statement
   * (loadInBatch). Who may read them is the service's rule, as for hoursForIntroduction.
   */
  @ResolveField('recentHours', () => [HoursEntryModel], {
    description:
      'The newest hours entries that stand (a corrected entry is left out, its correction is in), newest day first, at most `first`. Every entry, corrections included: hoursForIntroduction.',
    complexity: recentHoursCost,
  })
  recentHours(
    @Parent() introduction: PlaceIntroductionModel,
    @Args() args: RecentHoursArgs,
    @CurrentActor() actor: Actor,
    @Context() context: object,
  ): Promise<HoursEntryModel[]> {
    const first = args.first;
    return loadInBatch(context, `recentHours:${first}`, introduction.id, (ids) =>
      this.service.recentOfIntroductions(actor, ids, first),
    ).then((entries) => entries ?? []);
  }
}
