import { Query, Resolver } from '@nestjs/graphql';
import { ERROR_REASONS } from '@plekwijzer/domain';
import { ErrorReason } from './error-reason.enum.js';

/** Lists the error reasons, as `webhookEventTypes` lists the event types; also puts the enum in the schema. */
@Resolver()
export class ErrorReasonsResolver {
  @Query(() => [ErrorReason], {
    description:
      'Every reason an error can carry in `extensions.reason`; the ErrorReason enum says what each means. A small fixed vocabulary, so a plain list, not a connection.',
  })
  errorReasons(): ErrorReason[] {
    return [...ERROR_REASONS];
  }
}
