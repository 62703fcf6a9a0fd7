import { join } from 'node:path';
import { Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLSchema } from 'graphql';
import { AppConfig, projectRoot } from '@plekwijzer/config';
import { formatGraphqlError } from '@plekwijzer/graphql';
import { ConfigModule } from '@plekwijzer/api/config/config.module.js';
import { depthLimit } from '@plekwijzer/api/common/depth-limit.js';
import { rootFieldLimit } from '@plekwijzer/api/common/root-field-limit.js';

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
        playground: false,
        graphiql: config.GRAPHQL_IDE && !config.isProduction,
        introspection: !config.isProduction,
        context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
        validationRules: [
          depthLimit(12),
          rootFieldLimit({
            maxRootFields: 20,
            maxCostly: 5,
            costlyFields: new Set([
              'matchesForParticipant',
              'candidatesForPlacement',
              'whyNot',
              'searchPlacements',
              'caseloadProgress',
              'participantProgress',
              'placements',
            ]),
          }),
        ],
        // No field sets cache hints (answers are personal and never cached by HTTP), and the
        // plugin otherwise wraps every resolved field: ~3,000 per match list.
        plugins: [ApolloServerPluginCacheControlDisabled()],
        formatError: (formatted, error) =>
          formatGraphqlError(
            formatted,
            (f, original) =>
              logger.error({ message: f.message, path: f.path, err: original }, 'Unexpected GraphQL error'),
            error,
          ),
      }),
    }),
  ],
})
export class AppGraphqlModule {}
