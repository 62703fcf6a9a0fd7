import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { UpdateParticipantInput } from './dto/participant-fields.input.js';
import { ParticipantModel } from './participant.model.js';

@InputType('UpdateParticipantInput', {
  description: 'Which participant to change and the changes; omitted fields keep their value.',
})
export class UpdateParticipantMutationInput extends UpdateParticipantInput {
  @Field(() => ID, { description: 'The participant to change.' })
  @IsUUID('all', { message: 'participantId must be an id' })
  participantId: string;
}

@InputType('RemoveParticipantInput', { description: 'Which participant to remove.' })
export class RemoveParticipantInput {
  @Field(() => ID, { description: 'The participant to remove, with their introductions.' })
  @IsUUID('all', { message: 'participantId must be an id' })
  participantId: string;
}

@ObjectType('CreateParticipantPayload', { description: 'The result of createParticipant.' })
export class CreateParticipantPayload {
  @Field(() => ParticipantModel, { description: 'The new participant.' })
  participant: ParticipantModel;
}

@ObjectType('UpdateParticipantPayload', { description: 'The result of updateParticipant.' })
export class UpdateParticipantPayload {
  @Field(() => ParticipantModel, { description: 'The participant after the change.' })
  participant: ParticipantModel;
}

@ObjectType('RemoveParticipantPayload', { description: 'The result of removeParticipant.' })
export class RemoveParticipantPayload {
  @Field(() => ID, { description: 'The id of the removed participant.' })
  removedParticipantId: string;
}
