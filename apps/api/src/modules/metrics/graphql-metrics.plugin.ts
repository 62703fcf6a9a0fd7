import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type {
  ApolloServerPlugin,
  GraphQLRequestContextWillSendResponse,
  GraphQLRequestListener,
} from '@apollo/server';
import { MetricsService } from './metrics.service.js';
import { annotateRequest } from './request-annotations.js';

interface Context {
  req?: unknown;
}

/** AuthGuard caches the signed-in user's actor on the request. */
const hasActor = (req: unknown): boolean =>
  typeof req === 'object' && req !== null && (req as { actor?: unknown }).actor !== undefined;

/**
 * Times every GraphQL operation by its (bounded) name, counts the errors in its response by
 * `extensions.code`, and puts the operation name on the request for the request log line.
 * Found by @nestjs/apollo's plugin explorer (the @Plugin decorator); GraphQL's module is not touched.
 */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin<Context> {
  constructor(@Inject(MetricsService) private readonly metrics: MetricsService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
    const metrics = this.metrics;
    const started = process.hrtime.bigint();
    return {
      async willSendResponse(ctx: GraphQLRequestContextWillSendResponse<Context>) {
        // Resolved from the document once it is valid; for a parse or validation error, what the
        // client asked for. Only a signed-in user's valid operation may add a name to the labels.
        const learn = ctx.operation !== undefined && hasActor(ctx.contextValue.req);
        const operation = metrics.operationLabel(ctx.operationName ?? ctx.request.operationName, learn);
        annotateRequest(ctx.contextValue.req, { operation });
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        metrics.graphqlDuration.observe({ operation, type: ctx.operation?.operation ?? 'unknown' }, seconds);
        const { body } = ctx.response;
        const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
        for (const error of errors ?? []) metrics.countError(error.extensions?.code);
      },
    };
  }
}
