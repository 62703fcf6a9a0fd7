import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type {
  ApolloServerPlugin,
  GraphQLRequestContext,
  GraphQLRequestContextWillSendResponse,
  GraphQLRequestListener,
} from '@apollo/server';
import { MetricsService } from './metrics.service.js';
import { annotateRequest } from './request-annotations.js';

interface Context {
  req?: unknown;
}

/**
 * Times every GraphQL operation by its (bounded) name, counts the errors in its response by
 * `extensions.code`, and puts the operation name on the request for the request log line.
 * Found by @nestjs/apollo's plugin explorer (the @Plugin decorator); GraphQL's module is not touched.
 */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin<Context> {
  constructor(@Inject(MetricsService) private readonly metrics: MetricsService) {}

  async requestDidStart(start: GraphQLRequestContext<Context>): Promise<GraphQLRequestListener<Context>> {
    const metrics = this.metrics;
    const started = process.hrtime.bigint();
    const label = (ctx: GraphQLRequestContext<Context>): string => {
      // Resolved from the document once it is valid; before that (a parse or validation error),
      // what the client asked for.
      const operation = metrics.operationLabel(ctx.operationName ?? ctx.request.operationName);
      annotateRequest(ctx.contextValue.req, { operation });
      return operation;
    };
    label(start);
    return {
      async didResolveOperation(ctx) {
        label(ctx);
      },
      async willSendResponse(ctx: GraphQLRequestContextWillSendResponse<Context>) {
        const operation = label(ctx);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        metrics.graphqlDuration.observe({ operation, type: ctx.operation?.operation ?? 'unknown' }, seconds);
        const { body } = ctx.response;
        const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
        for (const error of errors ?? []) metrics.countError(error.extensions?.code);
      },
    };
  }
}
