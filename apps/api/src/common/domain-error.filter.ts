import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@plekwijzer/graphql';

/**
 * A DomainError is an answer to the client (bad input, not found, forbidden…), not a fault of the
 * service: hand it to Apollo as it is. Without this filter Nest logs every such error at level
 * error with a stack trace, which buries the real faults; those are still logged by
 * formatGraphqlError.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
