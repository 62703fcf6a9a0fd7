import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CRITERIA, SCORE_COMPONENTS } from '@plekwijzer/matching';
import { PlacementType, Sector } from '../../common/domain.enums.js';
import { TravelMode } from '../participants/participant.enums.js';
import { ParticipantModel } from '../participants/participant.model.js';
import { PlacementModel } from '../placements/placement.model.js';

export const MatchCriterion = Object.fromEntries(CRITERIA.map((c) => [c, c])) as { [K in (typeof CRITERIA)[number]]: K };
registerEnumType(MatchCriterion, {
  name: 'MatchCriterion',
  description: 'A criterion of the matching engine (see the README: matching semantics).',
  valuesMap: {
    STATUS: { description: 'The place is published.' },
    CAPACITY: { description: 'The place has a free spot.' },
    ROUTE: { description: "The place is open to the participant's learning route." },
    TARGET_GROUP: { description: "The place is open to the participant's target group." },
    PHYSICAL_LOAD: { description: "The place's physical load is within the participant's capacity." },
    HOURS: { description: "The place's minimum hours per week are within the participant's maximum." },
    DATES: { description: "The place's dates overlap the participant's availability and the three-year term." },
    Z_ROUTE_COUNTING: { description: 'Z-route: whether the hours count towards the 800 (Dutch-speaking environment).' },
    LANGUAGE: { description: 'Taalniveau per required skill (a stretch of one level may be allowed).' },
    TRAVEL: { description: 'Reistijd by the best mode the participant can use.' },
    AVAILABILITY: { description: 'Beschikbaarheid: the schedule fits the free time around language classes.' },
    CHILDCARE: { description: 'Kinderopvang: the hours fall in covered time, or the place offers childcare.' },
  },
});

export const ScoreComponent = Object.fromEntries(SCORE_COMPONENTS.map((c) => [c, c])) as {
  [K in (typeof SCORE_COMPONENTS)[number]]: K;
};
registerEnumType(ScoreComponent, { name: 'ScoreComponent', description: 'A part of a match score.' });

@ObjectType('Check', { description: 'One criterion for one participant and place, with the reason in Dutch and English.' })
export class CheckModel {
  @Field(() => MatchCriterion)
  criterion: string;

  @Field()
  passed: boolean;

  @Field({ description: 'Passed with a remark (a language stretch; hours that do not count for the Z-route).' })
  flagged: boolean;

  @Field({ description: 'E.g. "fiets 14 min ≤ 20 min".' })
  detailNl: string;

  @Field({ description: 'E.g. "bike 14 min ≤ 20 min".' })
  detailEn: string;
}

@ObjectType('ScoreItem')
export class ScoreItemModel {
  @Field(() => ScoreComponent)
  criterion: string;

  @Field(() => Float)
  points: number;

  @Field()
  detailNl: string;

  @Field()
  detailEn: string;
}

@ObjectType('Travel', { description: 'Estimated one-way travel from the home postcode area to the place.' })
export class TravelModel {
  @Field(() => Int)
  minutes: number;

  @Field(() => TravelMode)
  mode: string;

  @Field(() => Float, { description: 'Straight-line distance between the postcode-area centres.' })
  distanceKm: number;

  @Field({ description: 'ESTIMATE (from distance) or MATRIX (a loaded travel-time matrix).' })
  source: string;
}

@ObjectType('Match', { description: 'A place that fits, with its score and the reason for every criterion.' })
export class MatchModel {
  @Field(() => PlacementModel)
  placement: PlacementModel;

  @Field(() => Float)
  score: number;

  @Field(() => [ScoreItemModel])
  scoreBreakdown: ScoreItemModel[];

  @Field(() => TravelModel)
  travel: TravelModel;

  @Field(() => Float, { description: 'Hours a week the place and the free time overlap.' })
  weeklyOverlapHours: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Z-route: whether hours here count towards the 800 participation hours; empty for other routes.',
  })
  countsTowardsZRouteHours: boolean | null;

  @Field({ description: 'Matched only thanks to a one-level language stretch.' })
  stretched: boolean;

  @Field(() => [CheckModel])
  checks: CheckModel[];
}

@ObjectType('NearMiss', { description: 'A place that fails exactly one criterion, and what would make it fit.' })
export class NearMissModel {
  @Field(() => PlacementModel)
  placement: PlacementModel;

  @Field(() => MatchCriterion)
  failedCriterion: string;

  @Field({ description: 'E.g. "past als er op woensdag 19:00–21:00 opvang is".' })
  fixHintNl: string;

  @Field({ description: 'E.g. "fits if childcare is arranged on Wednesday 19:00–21:00".' })
  fixHintEn: string;

  @Field(() => [CheckModel])
  checks: CheckModel[];
}

@ObjectType('MatchResult')
export class MatchResultModel {
  @Field(() => [MatchModel], { description: 'Ranked best first.' })
  matches: MatchModel[];

  @Field(() => [NearMissModel])
  nearMisses: NearMissModel[];

  @Field(() => Int, { description: 'Published places considered after the type and sector filters.' })
  totalCandidates: number;
}

@ObjectType('PlacementCandidate', { description: 'A participant of your caseload who fits a place.' })
export class CandidateModel {
  @Field(() => ParticipantModel)
  participant: ParticipantModel;

  @Field(() => Float)
  score: number;

  @Field(() => TravelModel)
  travel: TravelModel;

  @Field(() => Boolean, { nullable: true })
  countsTowardsZRouteHours: boolean | null;

  @Field(() => [CheckModel])
  checks: CheckModel[];
}

@InputType({ description: 'How to match.' })
export class MatchOptionsInput {
  @Field({ defaultValue: false, description: 'Allow one CEFR level below a required level (flagged).' })
  @IsBoolean()
  stretchLanguage: boolean = false;

  @Field({ defaultValue: true, description: 'Also return places that fail exactly one criterion.' })
  @IsBoolean()
  includeNearMisses: boolean = true;

  @Field({
    defaultValue: false,
    description: 'Z-route: leave out places that are not a Dutch-speaking environment (their hours do not count).',
  })
  @IsBoolean()
  excludeNonCountingForZRoute: boolean = false;

  @Field(() => [PlacementType], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(PlacementType, { each: true })
  types?: PlacementType[];

  @Field(() => [Sector], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsEnum(Sector, { each: true })
  sectors?: Sector[];

  @Field({
    nullable: true,
    description:
      'Only consider places that the place search finds for this text (e.g. "magazijn", "koken"); Dutch word forms and typos are handled as in searchPlacements. Blank means no text filter.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field(() => Int, { defaultValue: 25, description: 'At most this many matches and this many near misses (1–100).' })
  @IsInt()
  @Min(1)
  @Max(100)
  maxResults: number = 25;
}
