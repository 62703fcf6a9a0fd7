import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Every error a resolver throws goes to Apollo as it is, and from there through
 * formatGraphqlError: the one handler that answers the client and logs what was unexpected
 * (without SQL or query parameters). A DomainError is an answer to the client (bad input, not
 * found, forbidden…), not a fault of the service, and is not logged. Without this filter Nest's
 * own handler would log every other error a second time, with its stack and everything it carries.
 */
@Catch()
export class DomainErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    // Plain HTTP routes (health): Nest's own answer.
    return super.catch(error, host);
  }
}
