// Lints the committed GraphQL schema (schema.gql): the contract the web app and other clients
// generate their types from. Separate from eslint.config.js (which lints TypeScript with type
// information); run with `npm run lint:schema`, which CI runs.
import graphql from '@graphql-eslint/eslint-plugin';

const recommended = graphql.configs['flat/schema-recommended'].rules;
const [, namingDefaults] = recommended['@graphql-eslint/naming-convention'];

/**
 * Types that are values inside another object (a place's location, one criterion of a match), not
 * things a client looks up or caches by identity: they have no id of their own, and a made-up one
 * would break a client cache. Every other object type must have `id: ID!`.
 */
const VALUE_TYPES = [
  'ActivityHours',
  'Check',
  'Childcare',
  'Commitment',
  'IntroductionTransition',
  // Insights are aggregates: a table, its rows, columns and figures have no identity of their own.
  'InsightsColumn',
  'InsightsFigure',
  'InsightsRow',
  'InsightsSnapshot',
  'InsightsTable',
  'LanguageLevels',
  'LanguageRequirement',
  'Location',
  'Match',
  'PageInfo',
  'NearMiss',
  'ParticipantCandidate',
  'ParticipantChildcare',
  'ParticipantProgress',
  'PlaceIntroductionTransition',
  'Schedule',
  'ScoreItem',
  'SearchFacetCounts',
  'SearchFacetValue',
  'SearchHit',
  'SearchStatus',
  'SharedProfile',
  'Support',
  'TargetProgress',
  'TimeRange',
  'Travel',
  'WebhookEventType',
  'WeekHours',
];

export default [
  {
    files: ['schema.gql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema: 'schema.gql' } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      // Known names, unique names, block-string descriptions, no unreachable types, deprecations
      // with a reason, no `__typename`-prefixed fields, PascalCase/camelCase/UPPER_CASE names.
      ...recommended,
      // The schema is the API reference: every type, field, argument, input field and enum value
      // says what it means.
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          DirectiveDefinition: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
        },
      ],
      '@graphql-eslint/naming-convention': [
        'error',
        {
          ...namingDefaults,
          // Inputs are named for what they are inputs to: `CreatePlacementInput`, `PageInput`.
          InputObjectTypeDefinition: { style: 'PascalCase', requiredSuffixes: ['Input'] },
          // "Type" as a GraphQL suffix is noise (`PlacementType`), but "event type" is the domain's word.
          'ObjectTypeDefinition,ObjectTypeExtension': {
            ...namingDefaults['ObjectTypeDefinition,ObjectTypeExtension'],
            ignorePattern: '^WebhookEventType$',
          },
        },
      ],
      // Entities carry `id: ID!` so that a normalised client cache can keep them; value types and
      // the containers of a list or a result do not.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          acceptedIdNames: ['id'],
          acceptedIdTypes: ['ID'],
          exceptions: { types: VALUE_TYPES, suffixes: ['Page', 'Result', 'Connection', 'Edge', 'Payload'] },
        },
      ],
      '@graphql-eslint/require-deprecation-date': 'error',
      '@graphql-eslint/require-nullable-fields-with-oneof': 'error',
      '@graphql-eslint/require-type-pattern-with-oneof': 'error',

      // Issue 9 §2: Relay connections for every list, one `input` argument and a payload type per
      // mutation. Lists inside an object (a place's skills, a match's checks) are values of that
      // object, not pages, so a list may wrap other types than an edge; at the root only the small
      // fixed vocabularies (`webhookEventTypes`, `whyNot`'s criteria) are plain lists.
      '@graphql-eslint/relay-connection-types': 'error',
      '@graphql-eslint/relay-edge-types': [
        'error',
        { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false },
      ],
      '@graphql-eslint/relay-page-info': 'error',
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      '@graphql-eslint/input-name': [
        'error',
        { checkInputType: true, caseSensitiveInputType: false, checkMutations: true },
      ],
      '@graphql-eslint/no-scalar-result-type-on-mutation': 'error',
      // Not enabled: a `query: Query!` field on every payload needs the root type as an object type,
      // which Nest's code-first schema does not offer (the root types are built from resolvers).
      // '@graphql-eslint/require-field-of-type-query-in-mutation-result': 'error',
    },
  },
];
