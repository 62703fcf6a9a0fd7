import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionArgs, MAX_SEARCH_LENGTH, NoControlCharacters } from '@plekwijzer/graphql';

@InputType({ description: 'Narrows your caseload. All given conditions must hold.' })
export class CaseloadFilterInput {
  @Field(() => String, {
    nullable: true,
    description: `Only participants whose nickname or client reference contains this text, ignoring case and accents (% and _ are plain characters); at most ${MAX_SEARCH_LENGTH} characters. Empty or spaces only: no condition.`,
  })
  @IsOptional()
  @IsString()
  @NoControlCharacters()
  @MaxLength(MAX_SEARCH_LENGTH, { message: `search can be at most ${MAX_SEARCH_LENGTH} characters` })
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
