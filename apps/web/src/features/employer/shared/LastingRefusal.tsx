import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { FormattedMessage } from 'react-intl';
import type { GeneralProblem } from '../../../graphql/fieldProblems';
import { GeneralProblems } from './GeneralProblems';

/**
 * A refusal kept by a page whose list reloads after it (the coach's board, the hours inbox, the
 * employer's introductions): the item the refused button belonged to moves or disappears with the
 * reload, so a message beside it would vanish before anyone read it. The page keeps the refusal instead and says it above the list;
 * the focus goes to the message, since the pressed button is gone.
 */
export function useLastingRefusal<R>() {
  const [refusal, setRefusal] = useState<R>();
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal) alertRef.current?.focus();
  }, [refusal]);
  return { refusal, setRefusal, alertRef };
}

/** The kept refusal: what it is about (`lead`), why, and a button that closes it. */
export function LastingRefusal({
  alertRef,
  className,
  lead,
  lines,
  onDismiss,
}: {
  alertRef: RefObject<HTMLDivElement | null>;
  className: string;
  lead: ReactNode;
  lines: readonly GeneralProblem[];
  onDismiss: () => void;
}) {
  return (
    <div ref={alertRef} tabIndex={-1} className={className}>
      <GeneralProblems lines={lines} lead={lead}>
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={onDismiss}>
            <FormattedMessage id="common.dismiss" />
          </Button>
        </ButtonGroup>
      </GeneralProblems>
    </div>
  );
}
