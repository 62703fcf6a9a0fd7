// GraphQL Code Generator: typed documents for every `graphql(...)` call in apps/web/src, from the
// repository's schema.gql (`npm run codegen:web`; the output in src/gql is committed, and
// apps/web/src/graphql/documents.spec.ts fails when it is stale or an operation no longer validates).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    // CODEGEN_OUT: documents.spec.ts generates into a temporary folder to compare with src/gql.
    [process.env.CODEGEN_OUT ?? 'apps/web/src/gql/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};
export default config;
