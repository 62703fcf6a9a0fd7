// Test support that boots the real app. It lives outside libs/ so that no lib imports apps/;
// it re-exports @plekwijzer/testing so a spec needs one import.
export * from './test-app.js';
export * from '@plekwijzer/testing';

/** A Relay connection as the API answers it (the fields a test asks for). */
export interface Conn<T> {
  edges: Array<{ cursor?: string; node: T }>;
  totalCount?: number;
  pageInfo?: {
    hasNextPage?: boolean;
    hasPreviousPage?: boolean;
    startCursor?: string | null;
    endCursor?: string | null;
  };
}

/** The items of a connection, in order. */
export const nodes = <T>(connection: Conn<T>): T[] => connection.edges.map((e) => e.node);
