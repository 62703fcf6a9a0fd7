import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { pageOf, toConnection } from '@plekwijzer/graphql';
import { CaseloadArgs } from './dto/caseload.args.js';
import { uuidArg } from '@plekwijzer/api/common/uuid-arg.js';
import { CurrentActor, Roles } from '@plekwijzer/api/modules/auth/auth.decorators.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { CreateParticipantInput } from './dto/participant-fields.input.js';
import { toParticipantModel } from './participant.mapper.js';
import { ParticipantConnection, ParticipantModel } from './participant.model.js';
import {
  CreateParticipantPayload,
  RemoveParticipantInput,
  RemoveParticipantPayload,
  UpdateParticipantMutationInput,
  UpdateParticipantPayload,
} from './participant.payloads.js';
import { Gender } from './participant.enums.js';
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

  @Query(() => ParticipantConnection, {
    description:
      'Your caseload, newest first (admins: every caseload). The filter finds participants by part of their nickname or client reference.',
  })
  async caseload(@CurrentActor() actor: Actor, @Args() args: CaseloadArgs) {
    const page = pageOf(args);
    const result = await this.service.caseload(actor, page, args.filter?.search);
    return toConnection(result.items.map(toParticipantModel), result.totalCount, page.offset);
  }

  /**
   * The gender serves one purpose, matching women's and men's places for the coach: only the
   * participant's own coach reads it, wherever a Participant appears (an admin reads null).
   */
  @ResolveField('gender', () => Gender, { nullable: true })
  gender(@Parent() participant: ParticipantModel, @CurrentActor() actor: Actor): Gender | null {
    return actor.role === Role.COACH && actor.userId === participant.coachId ? participant.gender : null;
  }

  @Roles(Role.COACH)
  @Mutation(() => CreateParticipantPayload, { description: 'Add a participant to your caseload.' })
  async createParticipant(
    @CurrentActor() actor: Actor,
    @Args('input', {
      description: 'The new participant; the client reference must be unique in your caseload.',
    })
    input: CreateParticipantInput,
  ): Promise<CreateParticipantPayload> {
    return { participant: toParticipantModel(await this.service.create(actor, input)) };
  }

  @Mutation(() => UpdateParticipantPayload, { description: 'Change a participant of your caseload.' })
  async updateParticipant(
    @CurrentActor() actor: Actor,
    @Args('input', {
      description: 'The participant and the fields to change; omitted fields keep their value.',
    })
    input: UpdateParticipantMutationInput,
  ): Promise<UpdateParticipantPayload> {
    const { participantId, ...changes } = input;
    return { participant: toParticipantModel(await this.service.update(actor, participantId, changes)) };
  }

  @Mutation(() => RemoveParticipantPayload, {
    description: 'Remove a participant and their data from your caseload.',
  })
  async removeParticipant(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The participant to remove.' }) input: RemoveParticipantInput,
  ): Promise<RemoveParticipantPayload> {
    await this.service.remove(actor, input.participantId);
    return { removedParticipantId: input.participantId };
  }
}
