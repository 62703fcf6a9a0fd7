import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { UpdatePlacementInput } from './dto/placement-fields.input.js';
import { PlacementModel } from './placement.model.js';

@InputType('UpdatePlacementInput', {
  description:
    'Which place to change and the changes; omitted fields keep their value and null clears a clearable one.',
})
export class UpdatePlacementMutationInput extends UpdatePlacementInput {
  @Field(() => ID, { description: 'The place to change (not a closed one).' })
  @IsUUID('all', { message: 'placementId must be an id' })
  placementId: string;
}

@InputType('PublishPlacementInput', { description: 'Which place to publish.' })
export class PublishPlacementInput {
  @Field(() => ID, { description: 'The draft or paused place to publish.' })
  @IsUUID('all', { message: 'placementId must be an id' })
  placementId: string;
}

@InputType('PausePlacementInput', { description: 'Which place to pause.' })
export class PausePlacementInput {
  @Field(() => ID, { description: 'The published place to pause.' })
  @IsUUID('all', { message: 'placementId must be an id' })
  placementId: string;
}

@InputType('ClosePlacementInput', { description: 'Which place to close.' })
export class ClosePlacementInput {
  @Field(() => ID, { description: 'The place to close (draft, published or paused).' })
  @IsUUID('all', { message: 'placementId must be an id' })
  placementId: string;
}

/** The payload of a mutation on one place: `{ placement }`. */
function placementPayload(name: string, mutation: string) {
  @ObjectType(name, { description: `The result of ${mutation}.` })
  class PlacementPayload {
    @Field(() => PlacementModel, { description: 'The place after the change.' })
    placement: PlacementModel;
  }
  return PlacementPayload;
}

export const CreatePlacementPayload = placementPayload('CreatePlacementPayload', 'createPlacement');
export const UpdatePlacementPayload = placementPayload('UpdatePlacementPayload', 'updatePlacement');
export const PublishPlacementPayload = placementPayload('PublishPlacementPayload', 'publishPlacement');
export const PausePlacementPayload = placementPayload('PausePlacementPayload', 'pausePlacement');
export const ClosePlacementPayload = placementPayload('ClosePlacementPayload', 'closePlacement');
