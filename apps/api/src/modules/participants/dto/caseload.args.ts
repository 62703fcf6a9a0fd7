import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ConnectionArgs, SearchTextField } from '@plekwijzer/graphql';

@InputType({ description: 'Narrows your caseload. All given conditions must hold.' })
export class CaseloadFilterInput {
  @SearchTextField('participants whose nickname or client reference')
  search?: string | null;
}

@ArgsType()
export class CaseloadArgs extends ConnectionArgs {
  @Field(() => CaseloadFilterInput, {
    nullable: true,
    description: 'Conditions the participants must meet; your whole caseload when omitted.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseloadFilterInput)
  filter?: CaseloadFilterInput | null;
}
