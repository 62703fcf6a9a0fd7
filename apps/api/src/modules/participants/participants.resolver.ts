import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageInput } from '@plekwijzer/graphql';
import { uuidArg } from '@plekwijzer/api/common/uuid-arg.js';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { CreateParticipantInput, UpdateParticipantInput } from './dto/participant-fields.input.js';
import { toParticipantModel } from './participant.mapper.js';
import { ParticipantModel, ParticipantPageModel } from './participant.model.js';
import { ParticipantsService } from './participants.service.js';

@Roles(Role.COACH, Role.ADMIN)
@Resolver(() => ParticipantModel)
export class ParticipantsResolver {
  constructor(@Inject(ParticipantsService) private readonly service: ParticipantsService) {}

  @Query(() => ParticipantModel, { description: 'One participant of your caseload.' })
  async participant(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: "The participant's id." }, uuidArg('id')) id: string,
  ) {
    return toParticipantModel(await this.service.getOwned(actor, id));
  }

  @Query(() => ParticipantPageModel, { description: 'Your caseload, newest first (admins: every caseload).' })
  async caseload(
    @CurrentActor() actor: Actor,
    @Args('page', {
      type: () => PageInput,
      nullable: true,
      description: 'Which page; the first 20 participants when omitted.',
    })
    page?: PageInput,
  ) {
    const result = await this.service.caseload(actor, page);
    return { ...result, items: result.items.map(toParticipantModel) };
  }

  @Roles(Role.COACH)
  @Mutation(() => ParticipantModel, { description: 'Add a participant to your caseload.' })
  async createParticipant(
    @CurrentActor() actor: Actor,
    @Args('input', {
      description: 'The new participant; the client reference must be unique in your caseload.',
    })
    input: CreateParticipantInput,
  ) {
    return toParticipantModel(await this.service.create(actor, input));
  }

  @Mutation(() => ParticipantModel, { description: 'Change a participant of your caseload.' })
  async updateParticipant(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The participant to change.' }, uuidArg('id')) id: string,
    @Args('input', { description: 'The fields to change; omitted fields keep their value.' })
    input: UpdateParticipantInput,
  ) {
    return toParticipantModel(await this.service.update(actor, id, input));
  }

  @Mutation(() => Boolean, { description: 'Remove a participant and their data from your caseload.' })
  removeParticipant(
    @CurrentActor() actor: Actor,
    @Args(
      'id',
      { type: () => ID, description: 'The participant to remove, with their introductions.' },
      uuidArg('id'),
    )
    id: string,
  ) {
    return this.service.remove(actor, id);
  }
}
