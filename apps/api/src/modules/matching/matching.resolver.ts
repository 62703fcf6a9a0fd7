import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Info, Query, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import {
  Connection,
  ConnectionArgs,
  pageOf,
  selectedFieldPaths,
  sliceToConnection,
  type SelectionInfo,
} from '@plekwijzer/graphql';
import type { ExplanationTexts } from '@plekwijzer/matching';
import { uuidArg } from '@plekwijzer/api/common/uuid-arg.js';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { toParticipantModel } from '@plekwijzer/api/modules/participants/participant.mapper.js';
import { toPlacementModel } from '@plekwijzer/api/modules/placements/placement.mapper.js';
import type { PlacementEntity } from '@plekwijzer/api/modules/placements/placement.entity.js';
import {
  CandidateModel,
  CheckModel,
  MatchOptionsInput,
  MatchResultModel,
  PairOptionsInput,
} from './matching.models.js';
import { MatchingService } from './matching.service.js';

/** `ParticipantCandidateConnection`: a page of the participants who fit a place. */
const CandidateConnection = Connection(
  CandidateModel,
  'ParticipantCandidate',
  'participants who fit a place',
);

@ArgsType()
class CandidatesForPlacementArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The place to find participants for; it must be complete.' })
  @IsUUID('all', { message: 'placementId must be an id' })
  placementId: string;

  @Field(() => PairOptionsInput, {
    nullable: true,
    description: 'How to compare; the defaults when omitted.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PairOptionsInput)
  options?: PairOptionsInput;
}

const defaults = (): MatchOptionsInput => new MatchOptionsInput();

type PlacementModel = ReturnType<typeof toPlacementModel>;

/**
 * Place models by id, one map per compiled set of places, shared by every answer that lists them:
 * the matcher's places are immutable until the next compile (which brings a new map of entities),
 * and a model depends on its place alone. One lookup by id per listed place; a WeakMap keyed by
 * each entity cost a measurable share of a match request (issue 13).
 */
const modelsByCompile = new WeakMap<ReadonlyMap<string, PlacementEntity>, Map<string, PlacementModel>>();
function placeModelsOf(places: ReadonlyMap<string, PlacementEntity>): (id: string) => PlacementModel {
  let models = modelsByCompile.get(places);
  if (!models) modelsByCompile.set(places, (models = new Map<string, PlacementModel>()));
  const cache = models;
  return (id) => {
    let model = cache.get(id);
    if (model === undefined) cache.set(id, (model = toPlacementModel(places.get(id)!)));
    return model;
  };
}

/** The texts of a match list the query reads: the engine writes only those (issue 13). */
function textsSelected(info: SelectionInfo): ExplanationTexts {
  const paths = selectedFieldPaths(info);
  const either = (prefix: string, nl: string, en: string) =>
    paths.has(`${prefix}.${nl}`) || paths.has(`${prefix}.${en}`);
  return {
    matchChecks: either('matches.checks', 'detailNl', 'detailEn'),
    scoreItems: either('matches.scoreBreakdown', 'detailNl', 'detailEn'),
    nearMissChecks: either('nearMisses.checks', 'detailNl', 'detailEn'),
    fixHints: either('nearMisses', 'fixHintNl', 'fixHintEn'),
  };
}

/** Coach-only: analysts, employers and partners are refused by role. */
@Roles(Role.COACH)
@Resolver()
export class MatchingResolver {
  constructor(@Inject(MatchingService) private readonly service: MatchingService) {}

  @Query(() => MatchResultModel, {
    description:
      'Every published place that fits a participant of your caseload, ranked, and the near misses.',
  })
  async matchesForParticipant(
    @CurrentActor() actor: Actor,
    @Args(
      'participantId',
      { type: () => ID, description: 'A participant of your caseload.' },
      uuidArg('participantId'),
    )
    participantId: string,
    // Before `options`: an optional parameter's type (the validation pipe's class) must stay plain.
    @Info() info: SelectionInfo,
    @Args('options', {
      type: () => MatchOptionsInput,
      nullable: true,
      description: 'How to match; the defaults when omitted.',
    })
    options?: MatchOptionsInput,
  ) {
    const result = await this.service.matchesForParticipant(
      actor,
      participantId,
      options ?? defaults(),
      textsSelected(info),
    );
    const placement = placeModelsOf(result.placements);
    return {
      totalCandidates: result.totalCandidates,
      matches: result.matches.map((m) => ({ ...m, placement: placement(m.placementId) })),
      nearMisses: result.nearMisses.map((n) => ({ ...n, placement: placement(n.placementId) })),
    };
  }

  @Query(() => [CheckModel], {
    description:
      'Why a place does or does not fit a participant: every criterion with its reason. A fixed set of criteria, so a plain list, not a connection.',
  })
  whyNot(
    @CurrentActor() actor: Actor,
    @Args(
      'participantId',
      { type: () => ID, description: 'A participant of your caseload.' },
      uuidArg('participantId'),
    )
    participantId: string,
    @Args(
      'placementId',
      { type: () => ID, description: 'The place to compare; it must be complete.' },
      uuidArg('placementId'),
    )
    placementId: string,
    @Args('options', {
      type: () => PairOptionsInput,
      nullable: true,
      description: 'How to compare; the defaults when omitted.',
    })
    options?: PairOptionsInput,
  ) {
    return this.service.whyNot(actor, participantId, placementId, options ?? new PairOptionsInput());
  }

  @Query(() => CandidateConnection, {
    description: 'Participants of your caseload who fit a place, best first, a page at a time.',
  })
  async candidatesForPlacement(@CurrentActor() actor: Actor, @Args() args: CandidatesForPlacementArgs) {
    const { placementId, options } = args;
    const candidates = await this.service.candidatesForPlacement(
      actor,
      placementId.toLowerCase(),
      options ?? new PairOptionsInput(),
    );
    const items = candidates.map(({ participant, match }) => ({
      participant: toParticipantModel(participant),
      score: match.score,
      travel: match.travel,
      countsTowardsZRouteHours: match.countsTowardsZRouteHours,
      checks: match.checks,
    }));
    return sliceToConnection(items, pageOf(args));
  }
}
