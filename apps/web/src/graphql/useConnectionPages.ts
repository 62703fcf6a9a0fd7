import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  CombinedError,
  useClient,
  useQuery,
  type AnyVariables,
  type OperationContext,
  type TypedDocumentNode,
} from 'urql';
import { mergePages, newIds, PAGE_SIZE, reloadPages, type ConnectionPage } from './connectionPages';
import { summariseError } from './errors';
import { errorText, type ErrorText } from './errorText';

export interface ConnectionPagesOptions<Data, Variables extends AnyVariables, N extends { id: string }> {
  /** A query with `$first: Int!` and `$after: String` on the connection. */
  query: TypedDocumentNode<Data, Variables>;
  /** The query's other variables (a filter, an organisation). */
  variables: Omit<Variables, 'first' | 'after'>;
  /** The connection inside an answer. */
  connection: (data: Data) => ConnectionPage<N>;
  /** urql's context of the first page (additionalTypenames, so that a mutation reloads the list). */
  context?: Partial<OperationContext>;
  /** The list's name, unique on its page: marks its newly loaded rows for the focus (app/LoadMore.tsx). */
  name: string;
}

/** What a list and its "Meer laden" button need. */
export interface ConnectionPages<Data, N> {
  /** The answer of the first page shown (for the query's other fields); undefined until it is there. */
  data: Data | undefined;
  /** The first page's state, for QueryState. */
  fetching: boolean;
  error: CombinedError | undefined;
  /** Every row loaded so far, in the API's order. */
  nodes: N[];
  totalCount: number;
  hasNextPage: boolean;
  /** More than one page exists or was loaded: the list says how many of how many it shows. */
  paged: boolean;
  loadingMore: boolean;
  /** The catalogue's sentence when loading more (or reloading the pages loaded) failed. */
  moreError: ErrorText | undefined;
  loadMore(): Promise<void>;
  /** Props for the element of a row that gets the focus when its page has just been loaded. */
  rowProps(id: string): { tabIndex?: number; 'data-new-row'?: string };
  /** Counts the pages loaded by the button; app/LoadMore.tsx moves the focus when it changes. */
  batch: number;
  name: string;
}

interface Snapshot<Data, N extends { id: string }> {
  /** The variables the pages were loaded with. */
  key: string;
  /** The first page's answer the later pages follow on. */
  base: Data;
  more: Array<ConnectionPage<N>>;
  /** The rows the last "Meer laden" added. */
  fresh: ReadonlySet<string>;
  batch: number;
}

function problemOf(error: unknown): ErrorText {
  return error instanceof CombinedError ? errorText(summariseError(error)) : { id: 'error.OTHER' };
}

/**
 * A Relay-style connection, `PAGE_SIZE` rows at a time: the first page through urql's useQuery (so
 * the document cache refreshes it after a mutation of its types, as before), later pages on demand
 * after the last page's `endCursor`, appended.
 *
 * When the first page's answer changes while later pages are shown (a mutation refreshed it, or the
 * cached answer was replaced by the network's), the pages loaded so far are asked again, each after
 * the cursor of the one before, and shown together once all have come: the list stays one
 * consistent list (a row that moved is not shown twice or lost, a deactivated user shows as such)
 * and as long as it was, so a user who acted on row 150 keeps their place and their focus. Resetting
 * to the first page would have been simpler but takes away the row just acted on. Until the new
 * pages are there, the previous pages stay on screen; when asking them again fails, the list falls
 * back to the fresh first page and says that loading more failed.
 */
export function useConnectionPages<Data, Variables extends AnyVariables, N extends { id: string }>(
  options: ConnectionPagesOptions<Data, Variables, N>,
): ConnectionPages<Data, N> {
  const { query, variables, connection, context, name } = options;
  const key = JSON.stringify(variables);
  // The variables by value: a new object with the same values each render asks nothing again.
  const firstVariables = useMemo(() => ({ ...variables, first: PAGE_SIZE }) as unknown as Variables, [key]);
  const [result] = useQuery<Data, Variables>({ query, variables: firstVariables, context });
  const client = useClient();
  const [snapshot, setSnapshot] = useState<Snapshot<Data, N> | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ErrorText>();
  // Each load or reload has its number: an answer for an older one is thrown away.
  const generation = useRef(0);
  // The caller's connection function is usually a new arrow each render; the latest is used.
  const connectionRef = useRef(connection);
  useEffect(() => {
    connectionRef.current = connection;
  });

  const current = snapshot && snapshot.key === key && snapshot.more.length > 0 ? snapshot : null;
  const base = current ? current.base : result.data;
  const rows = useMemo(
    () => mergePages(base === undefined ? [] : [connection(base), ...(current?.more ?? [])]),
    [base, current],
  );

  const fetchPage = useCallback(
    async (after: string): Promise<ConnectionPage<N>> => {
      const answer = await client
        .query<Data, Variables>(
          query,
          {
            ...(JSON.parse(key) as Record<string, unknown>),
            first: PAGE_SIZE,
            after,
          } as unknown as Variables,
          { ...context, requestPolicy: 'network-only' },
        )
        .toPromise();
      if (answer.error || answer.data === undefined) throw answer.error ?? new Error('no answer');
      return connectionRef.current(answer.data);
    },
    [client, query, key, context],
  );

  // A fresh first page while later pages are shown: ask those again after it.
  useEffect(() => {
    const fresh = result.data;
    if (!current || fresh === undefined || current.base === fresh) return;
    const gen = ++generation.current;
    setLoadingMore(true);
    reloadPages(connectionRef.current(fresh), current.more.length, fetchPage).then(
      (more) => {
        if (gen !== generation.current) return;
        setSnapshot({ ...current, base: fresh, more, fresh: new Set() });
        setLoadingMore(false);
      },
      (error: unknown) => {
        if (gen !== generation.current) return;
        setSnapshot(null);
        setMoreError(problemOf(error));
        setLoadingMore(false);
      },
    );
  }, [result.data, current, fetchPage]);

  const loadMore = useCallback(async () => {
    if (base === undefined || loadingMore || !rows.endCursor) return;
    const gen = ++generation.current;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const next = await fetchPage(rows.endCursor);
      if (gen !== generation.current) return;
      setSnapshot({
        key,
        base,
        more: [...(current?.more ?? []), next],
        fresh: newIds(rows.nodes, next),
        batch: (snapshot?.batch ?? 0) + 1,
      });
    } catch (error) {
      if (gen === generation.current) setMoreError(problemOf(error));
    } finally {
      if (gen === generation.current) setLoadingMore(false);
    }
  }, [base, loadingMore, rows, fetchPage, key, current, snapshot]);

  const fresh = current?.fresh;
  const rowProps = useCallback(
    (id: string) => (fresh?.has(id) ? { tabIndex: -1, 'data-new-row': name } : {}),
    [fresh, name],
  );

  return {
    data: base,
    fetching: result.fetching,
    error: result.error,
    nodes: rows.nodes,
    totalCount: rows.totalCount,
    hasNextPage: rows.hasNextPage,
    paged: rows.hasNextPage || current !== null,
    loadingMore,
    moreError,
    loadMore,
    rowProps,
    batch: current?.batch ?? 0,
    name,
  };
}
