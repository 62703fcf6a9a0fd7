import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { CombinedError } from 'urql';
import { summariseError } from '../graphql/errors';
import { errorText } from '../graphql/errorText';

/**
 * The three states of a page's data: loading (a status line that keeps the layout), failed (what
 * happened and what to do) or the content.
 */
export function QueryState({
  fetching,
  error,
  children,
}: {
  fetching: boolean;
  error?: CombinedError;
  children: ReactNode;
}) {
  if (error) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>
          <FormattedMessage id={errorText(summariseError(error)).id} />
        </Paragraph>
      </Alert>
    );
  }
  if (fetching)
    return (
      <Paragraph role="status" className="pw-muted">
        <FormattedMessage id="common.loading" />
      </Paragraph>
    );
  return children;
}
