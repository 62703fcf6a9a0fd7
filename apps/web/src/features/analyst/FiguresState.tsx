import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, type ComponentProps } from 'react';
import { FormattedMessage } from 'react-intl';
import { useQuery, type AnyVariables, type CombinedError, type UseQueryArgs } from 'urql';
import { QueryState } from '../../app/QueryState';
import { summariseError } from '../../graphql/errors';

/** How long a page without figures waits before it asks again. */
export const NOT_READY_RETRY_MS = 10_000;

const notReady = (error: CombinedError | undefined): boolean =>
  error !== undefined && summariseError(error).reason === 'INSIGHTS_NOT_READY';

/**
 * An insights page's query. Until the first snapshot exists (a new installation, a minute or so
 * after the start) the API answers INSIGHTS_NOT_READY; the page then asks again every ten seconds,
 * so the figures appear by themselves. Reloading is no way out: it signs the analyst out.
 */
export function useInsightsQuery<Data, Variables extends AnyVariables>(args: UseQueryArgs<Variables, Data>) {
  const [result, reexecute] = useQuery<Data, Variables>(args);
  const waiting = notReady(result.error);
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = setTimeout(() => reexecute({ requestPolicy: 'network-only' }), NOT_READY_RETRY_MS);
    return () => clearTimeout(timer);
    // Each refused answer is a new error object: one timer per answer.
  }, [waiting, result.error, reexecute]);
  return result;
}

/**
 * Loading, failed, or the figures; "not computed yet" is news, not a failure: a polite status
 * that says the figures will come, instead of a red alert.
 */
export function FiguresState({ fetching, error, children }: ComponentProps<typeof QueryState>) {
  if (notReady(error))
    return (
      <Alert type="info" role="status">
        <Paragraph>
          <FormattedMessage id="analyst.notReady" />
        </Paragraph>
      </Alert>
    );
  return (
    <QueryState fetching={fetching} error={error}>
      {children}
    </QueryState>
  );
}
