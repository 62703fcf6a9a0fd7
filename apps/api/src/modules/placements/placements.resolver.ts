import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { uuidArg } from '@plekwijzer/api/common/uuid-arg.js';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { CreatePlacementInput, UpdatePlacementInput } from './dto/placement-fields.input.js';
import { PlacementsArgs } from './dto/placements.args.js';
import { toPlacementModel } from './placement.mapper.js';
import { PlacementModel, PlacementPageModel } from './placement.model.js';
import { PlacementsService } from './placements.service.js';

const MANAGERS = [Role.ADMIN, Role.EMPLOYER, Role.PARTNER];

@Resolver(() => PlacementModel)
export class PlacementsResolver {
  constructor(@Inject(PlacementsService) private readonly service: PlacementsService) {}

  @Query(() => PlacementModel, {
    description: 'One place. Drafts, paused and closed places only for their own organisation.',
  })
  async placement(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: "The place's id." }, uuidArg('id')) id: string,
  ) {
    return toPlacementModel(await this.service.get(actor, id));
  }

  @Query(() => PlacementPageModel, { description: 'Places, filtered and paged (at most 100 a page).' })
  async placements(@CurrentActor() actor: Actor, @Args() args: PlacementsArgs) {
    const page = await this.service.list(actor, args);
    return { ...page, items: page.items.map(toPlacementModel) };
  }

  @Roles(...MANAGERS)
  @Mutation(() => PlacementModel, { description: 'Post a new place as a draft.' })
  async createPlacement(
    @CurrentActor() actor: Actor,
    @Args('input', {
      description:
        "The new place; fields left out can be filled in before publishing. The location defaults to the organisation's address.",
    })
    input: CreatePlacementInput,
  ) {
    return toPlacementModel(await this.service.create(actor, input));
  }

  @Roles(...MANAGERS)
  @Mutation(() => PlacementModel, {
    description: 'Change a place of your organisation. A published place must stay complete.',
  })
  async updatePlacement(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The place to change (not a closed one).' }, uuidArg('id'))
    id: string,
    @Args('input', {
      description: 'The fields to change; omitted fields keep their value and null clears a clearable one.',
    })
    input: UpdatePlacementInput,
  ) {
    return toPlacementModel(await this.service.update(actor, id, input));
  }

  @Roles(...MANAGERS)
  @Mutation(() => PlacementModel, { description: 'Publish a complete draft, or resume a paused place.' })
  async publishPlacement(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The draft or paused place to publish.' }, uuidArg('id'))
    id: string,
  ) {
    return toPlacementModel(await this.service.publish(actor, id));
  }

  @Roles(...MANAGERS)
  @Mutation(() => PlacementModel, {
    description: 'Pause a published place: it stops being matched until published again.',
  })
  async pausePlacement(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The published place to pause.' }, uuidArg('id')) id: string,
  ) {
    return toPlacementModel(await this.service.pause(actor, id));
  }

  @Roles(...MANAGERS)
  @Mutation(() => PlacementModel, { description: 'Close a place for good.' })
  async closePlacement(
    @CurrentActor() actor: Actor,
    @Args(
      'id',
      { type: () => ID, description: 'The place to close (draft, published or paused).' },
      uuidArg('id'),
    )
    id: string,
  ) {
    return toPlacementModel(await this.service.close(actor, id));
  }
}
