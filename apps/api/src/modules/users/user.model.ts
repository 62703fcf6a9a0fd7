import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@plekwijzer/api/modules/auth/role.js';

@ObjectType('User', {
  description: 'Someone who signs in: a coach, an employer, a partner, an analyst or an admin.',
})
export class UserModel {
  @Field(() => ID, { description: "The user's id." })
  id: string;

  @Field(() => ID, { description: 'The organisation the user belongs to.' })
  organisationId: string;

  @Field(() => Role, { description: 'What the user may do.' })
  role: Role;

  @Field({ description: 'Name shown to colleagues.' })
  displayName: string;

  @Field({ description: 'Work e-mail address.' })
  email: string;

  @Field({ description: 'Whether the user can sign in.' })
  active: boolean;
}
