import { Args, ArgsType, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Inject } from '@nestjs/common';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { Connection, ConnectionArgs, pageOf, sliceToConnection } from '@plekwijzer/graphql';
import { CreateUserInput } from './dto/create-user.input.js';
import { DeactivateUserInput } from './dto/deactivate-user.input.js';
import { UserModel } from './user.model.js';
import { UsersService } from './users.service.js';

@ObjectType('CreateUserPayload', { description: 'The result of createUser.' })
class CreateUserPayload {
  @Field(() => UserModel, { description: 'The new user.' })
  user: UserModel;
}

@ObjectType('DeactivateUserPayload', { description: 'The result of deactivateUser.' })
class DeactivateUserPayload {
  @Field(() => UserModel, { description: 'The user, no longer active.' })
  user: UserModel;
}

@ArgsType()
class UsersArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The organisation whose users to list.' })
  @IsUUID('all', { message: 'organisationId must be an id' })
  organisationId: string;
}

/** `UserConnection`: a page of users. */
const UserConnection = Connection(UserModel, 'User', 'users');

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(@Inject(UsersService) private readonly service: UsersService) {}

  @Query(() => UserModel, { description: 'The signed-in user.' })
  me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return this.service.me(actor);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CreateUserPayload, { description: 'Admin: add a user to an organisation.' })
  async createUser(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new user; the e-mail address and external subject must be unique.' })
    input: CreateUserInput,
  ): Promise<CreateUserPayload> {
    return { user: await this.service.create(actor, input) };
  }

  @Roles(Role.ADMIN)
  @Query(() => UserConnection, {
    description: 'Admin: the users of an organisation (active and deactivated), by name.',
  })
  async users(@CurrentActor() actor: Actor, @Args() args: UsersArgs) {
    const users = await this.service.listForOrganisation(actor, args.organisationId.toLowerCase());
    return sliceToConnection(users, pageOf(args));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => DeactivateUserPayload, {
    description:
      'Admin: a user may no longer sign in; their tokens are refused from the next request. Their records stay. Deactivating an inactive user changes nothing; you cannot deactivate yourself.',
  })
  async deactivateUser(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The user to deactivate.' }) input: DeactivateUserInput,
  ): Promise<DeactivateUserPayload> {
    return { user: await this.service.deactivate(actor, input.userId.toLowerCase()) };
  }
}
