import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { UserModel } from './user.model.js';
import { UsersService } from './users.service.js';

@ObjectType('CreateUserPayload', { description: 'The result of createUser.' })
class CreateUserPayload {
  @Field(() => UserModel, { description: 'The new user.' })
  user: UserModel;
}

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

  @Query(() => UserModel, { description: 'The signed-in user.' })
  me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return this.users.me(actor);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CreateUserPayload, { description: 'Admin: add a user to an organisation.' })
  async createUser(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new user; the e-mail address and external subject must be unique.' })
    input: CreateUserInput,
  ): Promise<CreateUserPayload> {
    return { user: await this.users.create(actor, input) };
  }
}
