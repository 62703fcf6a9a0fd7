import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Criterion, ScoreComponent } from '@plekwijzer/domain';
import { Compensation, PlacementType, Sector } from '@plekwijzer/api/common/domain.enums.js';
import { TravelMode } from '@plekwijzer/api/modules/participants/participant.enums.js';
import { ParticipantModel } from '@plekwijzer/api/modules/participants/participant.model.js';
import { PlacementModel } from '@plekwijzer/api/modules/placements/placement.model.js';

registerEnumType(Criterion, {
  name: 'MatchCriterion',
  description: 'A criterion of the matching engine (see the README: matching semantics).',
  valuesMap: {
    STATUS: { description: 'The place is published.' },
    CAPACITY: { description: 'The place has a free spot.' },
    AUDIENCE: {
      description:
        'Who the place is for: a women’s or men’s place fits only a participant recorded as such. Never a near miss.',
    },
    GROUP_LANGUAGE: {
      description:
        'A place held in another language than Dutch fits only a participant who speaks it. Never a near miss.',
    },
    COMPENSATION: {
      description: 'A participant who wants paid work only fits only paid places. Never a near miss.',
    },
    ROUTE: { description: "The place is open to the participant's learning route." },
    TARGET_GROUP: { description: "The place is open to the participant's target group." },
    PHYSICAL_LOAD: { description: "The place's physical load is within the participant's capacity." },
    HOURS: { description: "The place's minimum hours per week are within the participant's maximum." },
    DATES: {
      description: "The place's dates overlap the participant's availability and the three-year term.",
    },
    Z_ROUTE_COUNTING: {
      description: 'Z-route: whether the hours count towards the 800 (Dutch-speaking environment).',
    },
    LANGUAGE: { description: 'Taalniveau per required skill (a stretch of one level may be allowed).' },
    TRAVEL: { description: 'Reistijd by the best mode the participant can use.' },
    AVAILABILITY: {
      description: 'Beschikbaarheid: the schedule fits the free time around language classes.',
    },
    CHILDCARE: {
      description: 'Kinderopvang: the hours fall in covered time, or the place offers childcare.',
    },
  },
});

registerEnumType(ScoreComponent, {
  name: 'ScoreComponent',
  description: 'A part of a match score.',
  valuesMap: {
    INTERESTS: {
      description: "30 points when the place's sector is one of the participant's interests, else 0.",
    },
    TRAVEL: { description: 'Up to 20 points: 20 at the door, falling to 0 at the maximum travel time.' },
    HOURS_NEED: {
      description:
        'Up to 20 points for the share of the weekly hours still needed that the place offers (Z-route: the rest of the 800 spread over the term; otherwise 8 a week); 0 for a Z-route participant when the hours do not count.',
    },
    SUPPORT: {
      description:
        'Up to 20 points: 5 for a buddy, 5 for a supervisor, 10 when staff speak a language the participant speaks.',
    },
    PREFERRED_LANGUAGE: {
      description:
        'Up to 10 points for the share of preferred (not required) language levels the participant meets; 10 when none are preferred.',
    },
    STRETCH_PENALTY: {
      description: 'Minus 10 points per required skill met only thanks to the one-level language stretch.',
    },
    PAID_WORK: {
      description:
        'Minus 35 points for a place that is not paid when the participant prefers paid work (PAID_PREFERRED); 0 otherwise.',
    },
    MAP_PRACTICE: {
      description:
        "15 points when the place offers MAP practice while the participant's MAP runs (from term month MAP_START_MONTH, not exempt, practice hours still needed); else 0.",
    },
  },
});

@ObjectType('Check', {
  description: 'One criterion for one participant and place, with the reason in Dutch and English.',
})
export class CheckModel {
  @Field(() => Criterion, { description: 'The criterion checked.' })
  criterion: string;

  @Field({ description: 'Whether the criterion is met (a language stretch, when allowed, counts as met).' })
  passed: boolean;

  @Field({
    description: 'Passed with a remark (a language stretch; hours that do not count for the Z-route).',
  })
  flagged: boolean;

  @Field({ description: 'E.g. "fiets 14 min ≤ 20 min".' })
  detailNl: string;

  @Field({ description: 'E.g. "bike 14 min ≤ 20 min".' })
  detailEn: string;
}

@ObjectType('ScoreItem', {
  description: 'One part of a match score: its points and the reason in Dutch and English.',
})
export class ScoreItemModel {
  @Field(() => ScoreComponent, { description: 'Which part of the score.' })
  criterion: string;

  @Field(() => Float, { description: 'Points this part adds (negative for the stretch penalty).' })
  points: number;

  @Field({ description: 'The reason in Dutch, e.g. "14 van max 20 min reizen".' })
  detailNl: string;

  @Field({ description: 'The reason in English, e.g. "14 of max 20 min travel".' })
  detailEn: string;
}

@ObjectType('Travel', { description: 'Estimated one-way travel from the home postcode area to the place.' })
export class TravelModel {
  @Field(() => Int, { description: 'Estimated one-way travel time in minutes (reistijd).' })
  minutes: number;

  @Field(() => TravelMode, {
    description: "The fastest of the participant's travel modes, which the minutes are for.",
  })
  mode: string;

  @Field(() => Float, { description: 'Straight-line distance between the postcode-area centres.' })
  distanceKm: number;

  @Field({ description: 'ESTIMATE (from distance) or MATRIX (a loaded travel-time matrix).' })
  source: string;
}

@ObjectType('Match', { description: 'A place that fits, with its score and the reason for every criterion.' })
export class MatchModel {
  @Field(() => PlacementModel, { description: 'The place that fits.' })
  placement: PlacementModel;

  @Field(() => Float, {
    description:
      'Ranking score in points: a perfect place scores 100 (115 with MAP practice while the MAP runs); stretch penalties subtract.',
  })
  score: number;

  @Field(() => [ScoreItemModel], { description: 'The score per component; the points add up to score.' })
  scoreBreakdown: ScoreItemModel[];

  @Field(() => TravelModel, { description: "Travel from the participant's home area by their fastest mode." })
  travel: TravelModel;

  @Field(() => Float, { description: 'Hours a week the place and the free time overlap.' })
  weeklyOverlapHours: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Z-route: whether hours here count towards the 800 participation hours; empty for other routes.',
  })
  countsTowardsZRouteHours: boolean | null;

  @Field({ description: 'Matched only thanks to a one-level language stretch.' })
  stretched: boolean;

  @Field(() => [CheckModel], { description: 'Every criterion with its result and reason.' })
  checks: CheckModel[];
}

@ObjectType('NearMiss', {
  description: 'A place that fails exactly one criterion, and what would make it fit.',
})
export class NearMissModel {
  @Field(() => PlacementModel, { description: 'The place that almost fits.' })
  placement: PlacementModel;

  @Field(() => Criterion, { description: 'The one criterion the place fails.' })
  failedCriterion: string;

  @Field({ description: 'E.g. "past als er op woensdag 19:00–21:00 opvang is".' })
  fixHintNl: string;

  @Field({ description: 'E.g. "fits if childcare is arranged on Wednesday 19:00–21:00".' })
  fixHintEn: string;

  @Field(() => [CheckModel], { description: 'Every criterion with its result and reason.' })
  checks: CheckModel[];
}

@ObjectType('MatchResult', {
  description: 'The places that fit a participant, ranked, and the places that almost fit.',
})
export class MatchResultModel {
  @Field(() => [MatchModel], { description: 'Ranked best first.' })
  matches: MatchModel[];

  @Field(() => [NearMissModel], {
    description:
      'Published places with a free spot that fail exactly one criterion, nearest first, each with a hint; empty when includeNearMisses is false.',
  })
  nearMisses: NearMissModel[];

  @Field(() => Int, {
    description: 'Published places considered after the type, sector, compensation and text filters.',
  })
  totalCandidates: number;
}

@ObjectType('ParticipantCandidate', { description: 'A participant of your caseload who fits a place.' })
export class CandidateModel {
  @Field(() => ParticipantModel, { description: 'The participant who fits.' })
  participant: ParticipantModel;

  @Field(() => Float, {
    description: 'Ranking score in points, as in Match.score (a perfect fit scores 100).',
  })
  score: number;

  @Field(() => TravelModel, { description: "Travel from the participant's home area by their fastest mode." })
  travel: TravelModel;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Z-route: whether hours here count towards the 800 participation hours; empty for other routes.',
  })
  countsTowardsZRouteHours: boolean | null;

  @Field(() => [CheckModel], { description: 'Every criterion with its result and reason.' })
  checks: CheckModel[];
}

@InputType({ description: 'How to compare one participant with one place (whyNot, candidatesForPlacement).' })
export class PairOptionsInput {
  @Field({ defaultValue: false, description: 'Allow one CEFR level below a required level (flagged).' })
  @IsBoolean()
  stretchLanguage: boolean = false;

  @Field({
    defaultValue: false,
    description:
      'Z-route: treat a place that is not a Dutch-speaking environment (its hours do not count) as not fitting.',
  })
  @IsBoolean()
  excludeNonCountingForZRoute: boolean = false;
}

@InputType({ description: 'How to match a participant against all places.' })
export class MatchOptionsInput extends PairOptionsInput {
  @Field({ defaultValue: true, description: 'Also return places that fail exactly one criterion.' })
  @IsBoolean()
  includeNearMisses: boolean = true;

  @Field(() => [PlacementType], {
    nullable: true,
    description: 'matchesForParticipant only: consider only places of one of these types.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(PlacementType, { each: true })
  types?: PlacementType[];

  @Field(() => [Sector], {
    nullable: true,
    description: 'matchesForParticipant only: consider only places in one of these sectors.',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsEnum(Sector, { each: true })
  sectors?: Sector[];

  @Field(() => [Compensation], {
    nullable: true,
    description: 'matchesForParticipant only: consider only places with one of these kinds of compensation.',
  })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsEnum(Compensation, { each: true })
  compensation?: Compensation[];

  @Field({
    nullable: true,
    description:
      'Only consider places that the place search finds for this text (e.g. "magazijn", "koken"); Dutch word forms and typos are handled as in searchPlacements. Blank means no text filter.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field(() => Int, {
    defaultValue: 25,
    description: 'At most this many matches and this many near misses (1–100).',
  })
  @IsInt()
  @Min(1)
  @Max(100)
  maxResults: number = 25;
}
