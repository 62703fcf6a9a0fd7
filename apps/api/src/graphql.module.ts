import { join } from 'node:path';
import { Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig, projectRoot } from '@plekwijzer/config';
import { formatGraphqlError } from '@plekwijzer/graphql';
import { ConfigModule } from './config/config.module.js';
import { depthLimit } from './common/depth-limit.js';

const logger = new Logger('GraphQL');

/** Code-first schema, written to the committed schema.gql outside production. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [ConfigModule],
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        autoSchemaFile: config.isProduction ? true : join(projectRoot(), 'schema.gql'),
        sortSchema: true,
        path: '/graphql',
        playground: false,
        graphiql: config.GRAPHQL_IDE && !config.isProduction,
        introspection: !config.isProduction,
        context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
        validationRules: [depthLimit(12)],
        // No field sets cache hints (answers are personal and never cached by HTTP), and the
        // plugin otherwise wraps every resolved field: ~3,000 per match list.
        plugins: [ApolloServerPluginCacheControlDisabled()],
        formatError: (formatted, error) =>
          formatGraphqlError(
            formatted,
            (f, original) => logger.error({ message: f.message, path: f.path, err: original }, 'Unexpected GraphQL error'),
            error,
          ),
      }),
    }),
  ],
})
export class AppGraphqlModule {}
