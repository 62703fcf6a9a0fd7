import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { CreateOrganisationInput } from './dto/create-organisation.input.js';
import { OrganisationModel } from './organisation.model.js';
import { OrganisationsService } from './organisations.service.js';
import { uuidArg } from '@plekwijzer/api/common/uuid-arg.js';

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

  @Query(() => [OrganisationModel], {
    description: 'Organisations you can see: your own, or all for an admin.',
  })
  organisations(@CurrentActor() actor: Actor) {
    return this.service.listVisible(actor);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => OrganisationModel, { description: 'Admin: register an organisation.' })
  createOrganisation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new organisation; its KvK number, if given, must be unique.' })
    input: CreateOrganisationInput,
  ) {
    return this.service.create(actor, input);
  }
}
