import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

@InputType({ description: 'Which page of a list to return. Pages hold at most 100 items.' })
export class PageInput {
  @Field(() => Int, { defaultValue: 20, description: 'How many items to return (1–100).' })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => Int, { defaultValue: 0, description: 'How many items to skip from the start of the list.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset = 0;
}

@ArgsType()
export class PageArgs {
  @Field(() => PageInput, {
    nullable: true,
    description: 'Which page to return; the first 20 items when omitted.',
  })
  @IsOptional()
  page?: PageInput;
}
