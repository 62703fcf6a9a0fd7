import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { canMove, DECLINE_REASONS, END_REASONS, type IntroductionStatus } from '@plekwijzer/domain';
import { useMemo, useState } from 'react';
import { FormattedDate, FormattedMessage } from 'react-intl';
import { useMutation } from 'urql';
import { AppLink } from '../../../app/links';
import { LoadMore } from '../../../app/LoadMore';
import { QueryState } from '../../../app/QueryState';
import { graphql } from '../../../gql';
import type { IntroductionsQuery } from '../../../gql/graphql';
import { summariseError, type ApiErrorLike } from '../../../graphql/errors';
import { formProblems, type GeneralProblem } from '../../../graphql/fieldProblems';
import { useConnectionPages, type ConnectionPages } from '../../../graphql/useConnectionPages';
import { LastingRefusal, useLastingRefusal } from '../../employer/shared/LastingRefusal';
import { groupIntroductions } from './board';
import { EndEarlyForm } from './EndEarlyForm';

const IntroductionsQueryDocument = graphql(`
  query Introductions($first: Int!, $after: String, $filter: IntroductionFilterInput) {
    myIntroductions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          createdAt
          startDate
          endDate
          message
          supportNeeded
          declineReason
          declineNote
          endReason
          participant {
            id
            nickname
            clientReference
          }
          placement {
            id
            title
            type
          }
          history {
            at
            fromStatus
            toStatus
            reason
            note
          }
        }
      }
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation WithdrawIntroduction($input: WithdrawIntroductionInput!) {
    withdrawIntroduction(input: $input) {
      introduction {
        id
        status
      }
    }
  }
`);

type IntroductionNode = IntroductionsQuery['myIntroductions']['edges'][number]['node'];

const STATUS_BADGE: Record<IntroductionStatus, string> = {
  PROPOSED: 'warning',
  ACCEPTED: 'active',
  STARTED: 'safe',
  COMPLETED: 'neutral',
  DECLINED: 'danger',
  WITHDRAWN: 'neutral',
  ENDED_EARLY: 'neutral',
};

/**
 * The board's words for ILLEGAL_TRANSITION: the general sentence asks to reload the page, but the
 * board has just reloaded by itself.
 */
const OWN_WORDS = { ILLEGAL_TRANSITION: 'introductions.changedMeanwhile' };

// The list's answer holds Introduction objects; withdrawing answers an IntroductionState: both
// names make the document cache refetch the board after a change.
const CONTEXT = { additionalTypenames: ['Introduction', 'IntroductionState'] };

/** A refused withdrawal: which introduction, and what to say about it. */
interface Refusal {
  introductionId: string;
  name: string;
  place: string;
  lines: GeneralProblem[];
}

/**
 * The introductions of the coach's caseload, grouped by where they stand (open, running, ended),
 * each with its status history and — while still open — a withdraw button. With a participant, only
 * that client's, asked of the API by participantId (not picked from the caseload's pages).
 *
 * The introductions come a page at a time (graphql/useConnectionPages.ts), newest first: "Meer
 * laden" below the columns adds older ones, each to its column, the focus on the first new card.
 * On a client's tab the pages are that client's alone, so the button shows only when the client
 * has more than a page.
 *
 * A refused withdrawal is said above the columns, not in the card: the refusal makes the board
 * reload, and the card (the place declined meanwhile) moves to another column and is drawn anew, so
 * a message inside it would vanish before anyone read it. It stays until the coach does something
 * else on the board or closes it.
 */
export function IntroductionsBoard({ participantId }: { participantId?: string }) {
  const pages = useConnectionPages({
    query: IntroductionsQueryDocument,
    variables: participantId ? { filter: { participantId } } : {},
    connection: (d) => d.myIntroductions,
    context: CONTEXT,
    name: 'introductions',
  });
  const { data, fetching, error } = pages;
  const { refusal, setRefusal, alertRef } = useLastingRefusal<Refusal>();
  function dismiss() {
    const id = refusal?.introductionId;
    setRefusal(undefined);
    // Back to the card it was about, wherever the reload put it.
    if (id) document.getElementById(`intro-${id}`)?.focus();
  }
  const groups = useMemo(() => groupIntroductions(pages.nodes), [pages.nodes]);
  const total = groups.open.length + groups.running.length + groups.ended.length;
  return (
    <QueryState fetching={fetching && !data} error={error}>
      {refusal && (
        <LastingRefusal
          alertRef={alertRef}
          className="pw-board__alert"
          lines={refusal.lines}
          onDismiss={dismiss}
          lead={
            <FormattedMessage
              id="introductions.withdrawRefused"
              values={{ name: refusal.name, place: refusal.place }}
            />
          }
        />
      )}
      {total === 0 ? (
        <Paragraph>
          <FormattedMessage id={participantId ? 'introductions.emptyClient' : 'introductions.empty'} />
        </Paragraph>
      ) : (
        <div className="pw-board">
          {(['open', 'running', 'ended'] as const)
            .filter((group) => groups[group].length > 0)
            .map((group) => (
              <section key={group} className="pw-board__column" aria-labelledby={`group-${group}`}>
                <Heading2 id={`group-${group}`}>
                  <FormattedMessage
                    id={`introductions.group.${group}`}
                    values={{ count: groups[group].length }}
                  />
                </Heading2>
                <UnorderedList className="pw-plain-list">
                  {groups[group].map((i) => (
                    <UnorderedListItem key={i.id}>
                      <IntroductionCard
                        introduction={i}
                        showClient={!participantId}
                        focus={pages.rowProps(i.id)}
                        onAction={() => setRefusal(undefined)}
                        onRefused={(refused) =>
                          setRefusal({
                            introductionId: i.id,
                            name: i.participant.nickname ?? i.participant.clientReference,
                            place: i.placement.title,
                            // The form shows no field: an error on introductionId is said by its code.
                            lines: formProblems(summariseError(refused), [], { own: OWN_WORDS }).general,
                          })
                        }
                      />
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              </section>
            ))}
        </div>
      )}
      {(total > 0 || pages.hasNextPage) && <LoadMore pages={pages} />}
    </QueryState>
  );
}

function IntroductionCard({
  introduction: i,
  showClient,
  focus,
  onAction,
  onRefused,
}: {
  introduction: IntroductionNode;
  showClient: boolean;
  /** Where the focus goes when this card has just been loaded (graphql/useConnectionPages.ts). */
  focus: ReturnType<ConnectionPages<unknown, unknown>['rowProps']>;
  /** The coach does something on this card: a message about an earlier refusal has had its time. */
  onAction: () => void;
  onRefused: (error: ApiErrorLike) => void;
}) {
  const [history, setHistory] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [ending, setEnding] = useState(false);
  const [{ fetching }, withdraw] = useMutation(WithdrawMutation);
  const historyId = `history-${i.id}`;
  const act = (run: () => void) => () => {
    onAction();
    run();
  };
  async function confirmWithdraw() {
    onAction();
    const result = await withdraw({ input: { introductionId: i.id } }, CONTEXT);
    if (result.error) onRefused(result.error);
  }
  return (
    <article className="pw-card pw-introduction" aria-labelledby={`intro-${i.id}`}>
      {/* Focusable by script only: closing a refusal's message brings the focus back here. */}
      <Heading3 id={`intro-${i.id}`} tabIndex={-1} {...focus}>
        {i.placement.title}
      </Heading3>
      <Paragraph className="pw-match__meta">
        <StatusBadge status={STATUS_BADGE[i.status]}>
          <FormattedMessage id={`introductionStatus.${i.status}`} />
        </StatusBadge>
        {showClient && (
          <AppLink to={`/coach/clients/${i.participant.id}/introductions`}>
            {i.participant.nickname ?? i.participant.clientReference}
          </AppLink>
        )}
        <span className="pw-muted">
          <FormattedMessage
            id="introductions.proposedOn"
            values={{ date: <FormattedDate value={i.createdAt} dateStyle="medium" /> }}
          />
        </span>
      </Paragraph>
      {i.declineReason && (
        <Paragraph>
          <FormattedMessage
            id="introductions.declined"
            values={{ reason: <FormattedMessage id={`declineReason.${i.declineReason}`} /> }}
          />
          {i.declineNote ? ` — ${i.declineNote}` : ''}
        </Paragraph>
      )}
      {history && (
        <ol id={historyId} className="pw-history">
          {i.history.map((h) => (
            <li key={`${h.at}-${h.toStatus}`}>
              <FormattedDate value={h.at} dateStyle="medium" timeStyle="short" />:{' '}
              <FormattedMessage id={`introductionStatus.${h.toStatus}`} />
              {h.reason && (
                <>
                  {' '}
                  (<ReasonText reason={h.reason} />)
                </>
              )}
              {h.note ? ` — ${h.note}` : ''}
            </li>
          ))}
        </ol>
      )}
      {ending && <EndEarlyForm introductionId={i.id} onDone={() => setEnding(false)} />}
      <ButtonGroup>
        <Button
          appearance="subtle-button"
          aria-expanded={history}
          aria-controls={history ? historyId : undefined}
          onClick={act(() => setHistory(!history))}
        >
          <FormattedMessage id={history ? 'introductions.hideHistory' : 'introductions.showHistory'} />
        </Button>
        {canMove(i.status, 'ENDED_EARLY') && !ending && (
          <Button appearance="secondary-action-button" onClick={act(() => setEnding(true))}>
            <FormattedMessage id="client.endEarly.open" />
          </Button>
        )}
        {canMove(i.status, 'WITHDRAWN') &&
          (confirming ? (
            <>
              <Button
                appearance="primary-action-button"
                hint="danger"
                busy={fetching}
                disabled={fetching}
                onClick={() => void confirmWithdraw()}
              >
                <FormattedMessage id="introductions.confirmWithdraw" />
              </Button>
              <Button appearance="secondary-action-button" onClick={act(() => setConfirming(false))}>
                <FormattedMessage id="common.cancel" />
              </Button>
            </>
          ) : (
            <Button appearance="secondary-action-button" onClick={act(() => setConfirming(true))}>
              <FormattedMessage id="introductions.withdraw" />
            </Button>
          ))}
      </ButtonGroup>
    </article>
  );
}

/** A history entry's reason: a decline or end reason in words; anything else as the API gave it. */
function ReasonText({ reason }: { reason: string }) {
  if ((DECLINE_REASONS as readonly string[]).includes(reason))
    return <FormattedMessage id={`declineReason.${reason}`} />;
  if ((END_REASONS as readonly string[]).includes(reason))
    return <FormattedMessage id={`endReason.${reason}`} />;
  return reason;
}
