import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { pageOf, toConnection } from '@plekwijzer/graphql';
import { uuidArg } from '@plekwijzer/api/common/uuid-arg.js';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { CreatePlacementInput } from './dto/placement-fields.input.js';
import { PlacementsArgs } from './dto/placements.args.js';
import { toPlacementModel } from './placement.mapper.js';
import { PlacementConnection, PlacementModel } from './placement.model.js';
import {
  ClosePlacementInput,
  ClosePlacementPayload,
  CreatePlacementPayload,
  PausePlacementInput,
  PausePlacementPayload,
  PublishPlacementInput,
  PublishPlacementPayload,
  UpdatePlacementMutationInput,
  UpdatePlacementPayload,
} from './placement.payloads.js';
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

  @Query(() => PlacementConnection, {
    description: 'Places, filtered, most recently published first (at most 100 a page).',
  })
  async placements(@CurrentActor() actor: Actor, @Args() args: PlacementsArgs) {
    const page = pageOf(args);
    const result = await this.service.list(actor, { filter: args.filter, page } as PlacementsArgs);
    return toConnection(result.items.map(toPlacementModel), result.totalCount, page.offset);
  }

  @Roles(...MANAGERS)
  @Mutation(() => CreatePlacementPayload, { description: 'Post a new place as a draft.' })
  async createPlacement(
    @CurrentActor() actor: Actor,
    @Args('input', {
      description:
        "The new place; fields left out can be filled in before publishing. The location defaults to the organisation's address.",
    })
    input: CreatePlacementInput,
  ) {
    return { placement: toPlacementModel(await this.service.create(actor, input)) };
  }

  @Roles(...MANAGERS)
  @Mutation(() => UpdatePlacementPayload, {
    description: 'Change a place of your organisation. A published place must stay complete.',
  })
  async updatePlacement(
    @CurrentActor() actor: Actor,
    @Args('input', {
      description:
        'The place and the fields to change; omitted fields keep their value and null clears a clearable one.',
    })
    input: UpdatePlacementMutationInput,
  ) {
    const { placementId, ...changes } = input;
    return { placement: toPlacementModel(await this.service.update(actor, placementId, changes)) };
  }

  @Roles(...MANAGERS)
  @Mutation(() => PublishPlacementPayload, {
    description: 'Publish a complete draft, or resume a paused place.',
  })
  async publishPlacement(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The draft or paused place to publish.' }) input: PublishPlacementInput,
  ) {
    return { placement: toPlacementModel(await this.service.publish(actor, input.placementId)) };
  }

  @Roles(...MANAGERS)
  @Mutation(() => PausePlacementPayload, {
    description: 'Pause a published place: it stops being matched until published again.',
  })
  async pausePlacement(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The published place to pause.' }) input: PausePlacementInput,
  ) {
    return { placement: toPlacementModel(await this.service.pause(actor, input.placementId)) };
  }

  @Roles(...MANAGERS)
  @Mutation(() => ClosePlacementPayload, { description: 'Close a place for good.' })
  async closePlacement(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The place to close (draft, published or paused).' })
    input: ClosePlacementInput,
  ) {
    return { placement: toPlacementModel(await this.service.close(actor, input.placementId)) };
  }
}
