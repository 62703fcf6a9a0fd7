import { Inject } from '@nestjs/common';
import { Args, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { CreateOrganisationInput } from './dto/create-organisation.input.js';
import { OrganisationModel } from './organisation.model.js';
import { OrganisationsService } from './organisations.service.js';
import { uuidArg } from '@plekwijzer/api/common/uuid-arg.js';
import { Connection, pageOf, toConnection } from '@plekwijzer/graphql';
import { OrganisationsArgs } from './dto/organisations.args.js';

/** `OrganisationConnection`: a page of organisations. */
const OrganisationConnection = Connection(OrganisationModel, 'Organisation', 'organisations');

@ObjectType('CreateOrganisationPayload', { description: 'The result of createOrganisation.' })
class CreateOrganisationPayload {
  @Field(() => OrganisationModel, { description: 'The new organisation.' })
  organisation: OrganisationModel;
}

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(@Inject(OrganisationsService) private readonly service: OrganisationsService) {}

  @Query(() => OrganisationModel, { description: 'One organisation: your own, or any for an admin.' })
  organisation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: "The organisation's id." }, uuidArg('id')) id: string,
  ) {
    return this.service.getVisible(actor, id);
  }

  @Query(() => OrganisationConnection, {
    description:
      'Organisations you can see: your own, or all for an admin; by name. The filter finds them by part of the name.',
  })
  async organisations(@CurrentActor() actor: Actor, @Args() args: OrganisationsArgs) {
    const page = pageOf(args);
    const { items, totalCount } = await this.service.listVisible(actor, page, args.filter?.search);
    return toConnection(items, totalCount, page.offset);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CreateOrganisationPayload, { description: 'Admin: register an organisation.' })
  async createOrganisation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new organisation; its KvK number, if given, must be unique.' })
    input: CreateOrganisationInput,
  ) {
    return { organisation: await this.service.create(actor, input) };
  }
}
