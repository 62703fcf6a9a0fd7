/**
 * Paging a Relay-style connection (`first`/`after`, `pageInfo { hasNextPage endCursor }`,
 * `totalCount`) a page at a time, apart from React so that it is tested on its own; the hook
 * (graphql/useConnectionPages.ts) and the "Meer laden" button (app/LoadMore.tsx) use it.
 */

/** How many rows one page asks for: the most the API gives in one answer (`first`: 1–100). */
export const PAGE_SIZE = 100;

/** The part of a connection a list needs. */
export interface ConnectionPage<N extends { id: string }> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: ReadonlyArray<{ node: N }>;
}

/** The pages loaded so far, as one list. */
export interface LoadedRows<N> {
  /** Every row in the API's order; a row that moved onto a later page while paging is shown once. */
  nodes: N[];
  /** The count of the newest answer (rows can be added or removed between pages). */
  totalCount: number;
  hasNextPage: boolean;
  /** Where the next page starts; null when there is none. */
  endCursor: string | null;
}

export function mergePages<N extends { id: string }>(pages: ReadonlyArray<ConnectionPage<N>>): LoadedRows<N> {
  const seen = new Set<string>();
  const nodes: N[] = [];
  for (const page of pages) {
    for (const { node } of page.edges) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      nodes.push(node);
    }
  }
  const last = pages.at(-1);
  return {
    nodes,
    totalCount: last?.totalCount ?? 0,
    hasNextPage: Boolean(last?.pageInfo.hasNextPage && last.pageInfo.endCursor),
    endCursor: last?.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? null) : null,
  };
}

/** One page after a cursor; throws (with urql's error) when the API refused or was not reached. */
export type FetchPage<N extends { id: string }> = (after: string) => Promise<ConnectionPage<N>>;

/**
 * The pages after a freshly loaded first page, as many as had been loaded before (`count`), each
 * asked after the previous one's end cursor: together they are one consistent list again, with the
 * rows as they are now (a deactivated user, a paused place), none twice and none missing. Stops
 * early when the list has become shorter.
 */
export async function reloadPages<N extends { id: string }>(
  first: ConnectionPage<N>,
  count: number,
  fetchPage: FetchPage<N>,
): Promise<Array<ConnectionPage<N>>> {
  const pages: Array<ConnectionPage<N>> = [];
  let previous = first;
  while (pages.length < count && previous.pageInfo.hasNextPage && previous.pageInfo.endCursor) {
    previous = await fetchPage(previous.pageInfo.endCursor);
    pages.push(previous);
  }
  return pages;
}

/** The ids of the rows a new page adds to those already shown. */
export function newIds<N extends { id: string }>(
  shown: ReadonlyArray<{ id: string }>,
  page: ConnectionPage<N>,
): Set<string> {
  const before = new Set(shown.map((n) => n.id));
  return new Set(page.edges.map((e) => e.node.id).filter((id) => !before.has(id)));
}
