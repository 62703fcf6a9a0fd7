import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ConnectionPages } from '../graphql/useConnectionPages';

/**
 * Below a list that comes a page at a time (graphql/useConnectionPages.ts): how many of how many
 * rows it shows (a polite status, so a screen reader hears the new count after loading), the
 * "Meer laden" button while there is a next page, and what went wrong when loading failed.
 *
 * After loading, the focus moves to the first newly loaded row as the list shows it (its element
 * carries `rowProps`): the new rows come before the button, so a keyboard or screen-reader user goes
 * on reading and tabbing where the new rows start instead of having to go back through the list;
 * and after the last page the button is gone, so the focus could not stay on it. When the list's
 * own filter hides every new row, the focus stays on the button, or goes to the count when the
 * button is gone. The button is never disabled while loading (a disabled button drops the focus),
 * it says it is busy and a second press does nothing.
 */
export function LoadMore<N>({
  pages,
  what,
}: {
  pages: ConnectionPages<unknown, N>;
  /**
   * What the button loads, for screen readers only, when a page has two lists with "Meer laden"
   * (a picker above a table): "Meer laden: organisaties". The visible words stay first in the name.
   */
  what?: string;
}) {
  const button = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const { batch, name } = pages;
  useEffect(() => {
    if (batch === 0) return;
    const first = document.querySelector<HTMLElement>(`[data-new-row="${name}"]`);
    (first ?? button.current ?? status.current)?.focus();
  }, [batch, name]);

  return (
    <div className="pw-load-more">
      <Paragraph role="status" ref={status} tabIndex={-1} className="pw-load-more__status">
        {pages.paged && (
          <FormattedMessage
            id="common.shownOf"
            values={{ shown: pages.nodes.length, count: pages.totalCount }}
          />
        )}
      </Paragraph>
      {pages.moreError && (
        <Alert type="error" role="alert">
          <Paragraph>
            <FormattedMessage id="common.loadMoreFailed" /> <FormattedMessage id={pages.moreError.id} />
          </Paragraph>
        </Alert>
      )}
      {pages.hasNextPage && (
        <Button
          ref={button}
          appearance="secondary-action-button"
          busy={pages.loadingMore}
          aria-busy={pages.loadingMore || undefined}
          onClick={() => void pages.loadMore()}
        >
          <FormattedMessage id="common.loadMore" />
          {what && <span className="pw-visually-hidden">{`: ${what}`}</span>}
        </Button>
      )}
    </div>
  );
}
