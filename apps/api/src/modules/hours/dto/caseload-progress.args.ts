import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { ConnectionArgs, SearchTextField } from '@plekwijzer/graphql';
import { LearningRoute } from '@plekwijzer/api/common/domain.enums.js';
import { RiskLevel } from '../hours.models.js';

@InputType({ description: 'Narrows your caseload’s progress. All given conditions must hold.' })
export class CaseloadProgressFilterInput {
  @SearchTextField('participants whose nickname or client reference')
  search?: string | null;

  @Field(() => LearningRoute, {
    nullable: true,
    description: 'Only participants on this learning route; every route when omitted.',
  })
  @IsOptional()
  @IsEnum(LearningRoute)
  route?: LearningRoute | null;

  @Field(() => RiskLevel, {
    nullable: true,
    description: 'Only participants whose overall risk (the row’s `risk`) is this; every risk when omitted.',
  })
  @IsOptional()
  @IsEnum(RiskLevel)
  risk?: RiskLevel | null;
}

@ArgsType()
export class CaseloadProgressArgs extends ConnectionArgs {
  @Field(() => CaseloadProgressFilterInput, {
    nullable: true,
    description:
      'Conditions the participants must meet, applied before paging (`totalCount` counts what meets them); your whole caseload when omitted.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseloadProgressFilterInput)
  filter?: CaseloadProgressFilterInput | null;
}
