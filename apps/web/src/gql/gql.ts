/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n      organisationId\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Caseload {\n    caseloadProgress(first: 100) {\n      totalCount\n      edges {\n        node {\n          risk\n          pendingHours\n          participation {\n            done\n            target\n          }\n          map {\n            done\n            target\n          }\n          participant {\n            id\n            nickname\n            clientReference\n            route\n          }\n        }\n      }\n    }\n    myIntroductions(first: 100, filter: { status: [PROPOSED, ACCEPTED] }) {\n      edges {\n        node {\n          id\n          participant {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n      organisationId\n    }\n  }\n": types.MeDocument,
    "\n  query Caseload {\n    caseloadProgress(first: 100) {\n      totalCount\n      edges {\n        node {\n          risk\n          pendingHours\n          participation {\n            done\n            target\n          }\n          map {\n            done\n            target\n          }\n          participant {\n            id\n            nickname\n            clientReference\n            route\n          }\n        }\n      }\n    }\n    myIntroductions(first: 100, filter: { status: [PROPOSED, ACCEPTED] }) {\n      edges {\n        node {\n          id\n          participant {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CaseloadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      role\n      organisationId\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      role\n      organisationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload {\n    caseloadProgress(first: 100) {\n      totalCount\n      edges {\n        node {\n          risk\n          pendingHours\n          participation {\n            done\n            target\n          }\n          map {\n            done\n            target\n          }\n          participant {\n            id\n            nickname\n            clientReference\n            route\n          }\n        }\n      }\n    }\n    myIntroductions(first: 100, filter: { status: [PROPOSED, ACCEPTED] }) {\n      edges {\n        node {\n          id\n          participant {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Caseload {\n    caseloadProgress(first: 100) {\n      totalCount\n      edges {\n        node {\n          risk\n          pendingHours\n          participation {\n            done\n            target\n          }\n          map {\n            done\n            target\n          }\n          participant {\n            id\n            nickname\n            clientReference\n            route\n          }\n        }\n      }\n    }\n    myIntroductions(first: 100, filter: { status: [PROPOSED, ACCEPTED] }) {\n      edges {\n        node {\n          id\n          participant {\n            id\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;