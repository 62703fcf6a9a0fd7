import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'Which user may no longer sign in.' })
export class DeactivateUserInput {
  @Field(() => ID, { description: 'The user to deactivate.' })
  @IsUUID('all', { message: 'userId must be an id' })
  userId: string;
}
