/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Leerroute under the Wet inburgering 2021. */
export type LearningRoute =
  /** B1-route: language exam at B1, participation encouraged. */
  | 'B1_ROUTE'
  /** Amersfoort's route for young people towards mbo. */
  | 'JONGERENROUTE'
  /** Towards mbo, hbo or university. */
  | 'ONDERWIJSROUTE'
  /** Zelfredzaamheidsroute: A1 plus 800 participation hours. */
  | 'Z_ROUTE';

/** ON_TRACK: the recent weekly pace reaches what is needed; AT_RISK: at least 60% of it; OFF_TRACK: less, or the term is over with hours missing. */
export type RiskLevel =
  /** The recent weekly pace is at least 60% of what is needed each week, but less than all of it. */
  | 'AT_RISK'
  /** The recent pace is below 60% of what is needed, or the term is over with hours missing. */
  | 'OFF_TRACK'
  /** The target is reached, or the recent weekly pace is at least what is needed each week. */
  | 'ON_TRACK';

/** What a user may do. A user belongs to exactly one organisation. */
export type Role =
  /** Manages organisations and users; sees everything. */
  | 'ADMIN'
  /** Policy analyst: reads anonymised aggregates only, never a person. */
  | 'ANALYST'
  /** Integratiebegeleider or jobhunter: keeps a caseload, searches places, proposes clients. */
  | 'COACH'
  /** Werkgever: posts places and answers introductions for their own organisation. */
  | 'EMPLOYER'
  /** Partner organisation (Indebuurt033, taalcafé, …): registers activities and volunteer roles. */
  | 'PARTNER';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, role: Role, organisationId: string } };

export type CaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadQuery = { caseloadProgress: { totalCount: number, edges: Array<{ node: { risk: RiskLevel, pendingHours: number, participation: { done: number, target: number } | null, map: { done: number, target: number }, participant: { id: string, nickname: string | null, clientReference: string, route: LearningRoute } } }> }, myIntroductions: { edges: Array<{ node: { id: string, participant: { id: string } } }> } };


export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseloadProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"pendingHours"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"map"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"clientReference"}},{"kind":"Field","name":{"kind":"Name","value":"route"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myIntroductions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROPOSED"},{"kind":"EnumValue","value":"ACCEPTED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;