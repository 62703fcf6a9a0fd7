import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs, NoControlCharacters, type PageInput } from '@plekwijzer/graphql';
import {
  ChildcareKind,
  LanguageLevel,
  PlacementStatus,
  PlacementType,
  Sector,
} from '@plekwijzer/api/common/domain.enums.js';

@InputType({ description: 'Places near a postcode.' })
export class NearInput {
  @Field({ description: 'Dutch postcode, `1234 AB` or `1234`.' })
  @IsString()
  @NoControlCharacters()
  @MaxLength(10)
  postcode: string;

  @Field(() => Float, { description: 'Radius in km (straight line between postcode-area centres), 0.1–100.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(100)
  km: number;
}

@InputType({ description: 'Narrows the list of places. All given conditions must hold.' })
export class PlacementFilterInput {
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

  @Field(() => [PlacementStatus], {
    nullable: true,
    description: 'Only your own organisation has non-published places.',
  })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(PlacementStatus, { each: true })
  statuses?: PlacementStatus[];

  @Field(() => ID, { nullable: true, description: 'Only places of this organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an id' })
  organisationId?: string;

  @Field(() => LanguageLevel, {
    nullable: true,
    description: 'Only places whose highest required level, over all skills, is at most this.',
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

  @Field(() => NearInput, { nullable: true, description: 'Only places within a radius of a postcode.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NearInput)
  near?: NearInput;
}

@ArgsType()
export class PlacementsArgs extends ConnectionArgs {
  @Field(() => PlacementFilterInput, {
    nullable: true,
    description: 'Conditions the places must meet; all places you can see when omitted.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlacementFilterInput)
  filter?: PlacementFilterInput;

  /** The window the resolver derives from `first` and `after` (not a GraphQL argument). */
  page?: PageInput;
}
