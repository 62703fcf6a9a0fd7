import { join } from 'node:path';
import { HttpException, Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { unwrapResolverError } from '@apollo/server/errors';
import { isObjectType, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { AppConfig, projectRoot } from '@plekwijzer/config';
import { formatGraphqlError } from '@plekwijzer/graphql';
import { isDatabaseOutage } from '@plekwijzer/database';
import { ConfigModule } from '@plekwijzer/api/config/config.module.js';
import { depthLimit } from '@plekwijzer/api/common/depth-limit.js';
import { rootFieldLimit } from '@plekwijzer/api/common/root-field-limit.js';
import { queryCostPlugin } from '@plekwijzer/api/common/query-cost.js';
import { COSTLY_FIELDS } from '@plekwijzer/api/common/costly-fields.js';
import {
  compiledExecutionPlugin,
  CompiledExecutionStatsHolder,
} from '@plekwijzer/api/common/compiled-execution.js';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';

const logger = new Logger('GraphQL');

/**
 * Code-first has no decorator for the descriptions of the root types themselves, so they are set
 * here, for the served schema and for schema.gql alike. Descriptions only: nothing else changes.
 */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query)
    query.description ??=
      'Everything you can read. What a query returns depends on your role and organisation.';
  const mutation = schema.getMutationType();
  if (mutation)
    mutation.description ??= 'Everything you can change. Each mutation checks your role and organisation.';
  return schema;
}

/**
 * Nest gives every plain object field a resolver that reads the property (rootFieldResolver).
 * Such a field resolves by property anyway; without the resolver graphql-js uses its default one
 * and graphql-jit reads the property inline instead of calling a function per field (~3,000 per
 * match list). Only Nest's own reader is removed, and only where a probe shows that it reads the
 * property of the same name and has no default value; fields with middleware or @ResolveField keep
 * theirs.
 */
export function plainFieldsByProperty(schema: GraphQLSchema): GraphQLSchema {
  const probe = Symbol('probe');
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as ((source: unknown) => unknown) | undefined;
      if (resolve?.name !== 'rootFieldResolver') continue;
      if (resolve({ [field.name]: probe }) === probe && resolve({}) === undefined) field.resolve = undefined;
    }
  }
  return schema;
}

const NEST_HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  422: 'BAD_USER_INPUT',
};

/**
 * A Nest HttpException thrown by a resolver gets a code from its status, as Nest's own Apollo
 * driver would do (its autoTransformHttpErrors, turned off below): done here, in the one error
 * formatter that both execution paths (compiled and interpreted) share.
 */
function withHttpExceptionCodes(
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const exception = unwrapResolverError(error);
    if (!(exception instanceof HttpException)) return format(formatted, error);
    const status = exception.getStatus();
    return format(
      {
        message: exception.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...formatted.extensions, code: NEST_HTTP_CODES[status] ?? 'INTERNAL_SERVER_ERROR' },
      },
      error,
    );
  };
}

/** The compiled path's counters, injectable (tests read them). */
@Module({ providers: [CompiledExecutionStatsHolder], exports: [CompiledExecutionStatsHolder] })
class CompiledExecutionModule {}

/** Code-first schema, written to the committed schema.gql outside production. */
@Module({
  imports: [
    CompiledExecutionModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [ConfigModule, CompiledExecutionModule],
      inject: [AppConfig, CompiledExecutionStatsHolder],
      useFactory: (config: AppConfig, compiled: CompiledExecutionStatsHolder): ApolloDriverConfig => {
        // The one place where unexpected errors are logged: the error goes under `err`, whose
        // serializer (logging.module.ts) drops SQL, query parameters and database messages.
        const formatError = withHttpExceptionCodes((formatted, error) =>
          formatGraphqlError(
            formatted,
            (f, original) => logger.error({ path: f.path, err: original }, 'Unexpected GraphQL error'),
            error,
            {
              hideSuggestions: config.isProduction,
              isOutage: isDatabaseOutage,
              onOutage: (f, original) =>
                logger.warn(
                  { path: f.path, err: original },
                  'Service unavailable (database outage or timeout)',
                ),
            },
          ),
        );
        return {
          autoSchemaFile: config.isProduction ? true : join(projectRoot(), 'schema.gql'),
          transformSchema: (schema: GraphQLSchema) => plainFieldsByProperty(describeRootTypes(schema)),
          transformAutoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          // No Apollo or Nest landing page (both load from a CDN): the GraphiQL page is served from
          // the installed package by common/graphiql.ts, outside production.
          playground: false,
          graphiql: false,
          introspection: !config.isProduction,
          // No "Did you mean …?" in production: suggestions would map the schema without introspection.
          hideSchemaDetailsFromClientErrors: config.isProduction,
          // The parser stops at the first token over the limit, before any validation work.
          parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          validationRules: [
            depthLimit(12),
            rootFieldLimit({
              maxRootFields: 20,
              maxCostly: 5,
              costlyFields: COSTLY_FIELDS,
            }),
            maxAliasesRule({
              n: config.GRAPHQL_MAX_ALIASES,
              // Reported as a validation error instead of thrown out of the validator.
              propagateOnRejection: false,
              onReject: [(context, error) => context?.reportError(error)],
            }),
          ],
          // No field sets cache hints (answers are personal and never cached by HTTP), and the
          // plugin otherwise wraps every resolved field: ~3,000 per match list.
          plugins: [
            ApolloServerPluginCacheControlDisabled(),
            queryCostPlugin(config.GRAPHQL_MAX_COST),
            ...(config.GRAPHQL_COMPILED_EXECUTION
              ? [compiledExecutionPlugin({ formatError, stats: compiled.stats })]
              : []),
          ],
          // Guards, interceptors and filters run on root fields only, never on object fields.
          fieldResolverEnhancers: [],
          formatError,
          // Nest's HttpException transform is in formatError (withHttpExceptionCodes), shared with
          // the compiled path.
          autoTransformHttpErrors: false,
        };
      },
    }),
  ],
  exports: [CompiledExecutionModule],
})
export class AppGraphqlModule {}
