import { join } from 'node:path';
import { Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLSchema } from 'graphql';
import { AppConfig, projectRoot } from '@plekwijzer/config';
import { formatGraphqlError } from '@plekwijzer/graphql';
import { isDatabaseOutage } from '@plekwijzer/database';
import { ConfigModule } from '@plekwijzer/api/config/config.module.js';
import { depthLimit } from '@plekwijzer/api/common/depth-limit.js';
import { rootFieldLimit } from '@plekwijzer/api/common/root-field-limit.js';
import { queryCostPlugin } from '@plekwijzer/api/common/query-cost.js';
import { COSTLY_FIELDS } from '@plekwijzer/api/common/costly-fields.js';
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

/** Code-first schema, written to the committed schema.gql outside production. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [ConfigModule],
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        autoSchemaFile: config.isProduction ? true : join(projectRoot(), 'schema.gql'),
        transformSchema: describeRootTypes,
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
        plugins: [ApolloServerPluginCacheControlDisabled(), queryCostPlugin(config.GRAPHQL_MAX_COST)],
        // The one place where unexpected errors are logged: the error goes under `err`, whose
        // serializer (logging.module.ts) drops SQL, query parameters and database messages.
        formatError: (formatted, error) =>
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
      }),
    }),
  ],
})
export class AppGraphqlModule {}
