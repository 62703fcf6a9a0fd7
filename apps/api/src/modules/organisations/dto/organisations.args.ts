import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ConnectionArgs, SearchTextField } from '@plekwijzer/graphql';

@InputType({ description: 'Narrows the list of organisations. All given conditions must hold.' })
export class OrganisationFilterInput {
  @SearchTextField('organisations whose name')
  search?: string | null;
}

@ArgsType()
export class OrganisationsArgs extends ConnectionArgs {
  @Field(() => OrganisationFilterInput, {
    nullable: true,
    description: 'Conditions the organisations must meet; all you can see when omitted.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationFilterInput)
  filter?: OrganisationFilterInput | null;
}
