import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionArgs, MAX_SEARCH_LENGTH, NoControlCharacters } from '@plekwijzer/graphql';

@InputType({ description: 'Narrows the list of organisations. All given conditions must hold.' })
export class OrganisationFilterInput {
  @Field(() => String, {
    nullable: true,
    description: `Only organisations whose name contains this text, ignoring case and accents (% and _ are plain characters); at most ${MAX_SEARCH_LENGTH} characters. Empty or spaces only: no condition.`,
  })
  @IsOptional()
  @IsString()
  @NoControlCharacters()
  @MaxLength(MAX_SEARCH_LENGTH, { message: `search can be at most ${MAX_SEARCH_LENGTH} characters` })
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
