import {
  Button,
  ButtonGroup,
  FormFieldTextbox,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { FormattedDate, FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { ColumnHeaders } from '../../../app/ColumnHeaders';
import { AppLink } from '../../../app/links';
import { QueryState } from '../../../app/QueryState';
import { usePageTitle } from '../../../app/usePageTitle';
import { graphql } from '../../../gql';
import type { PendingHoursQuery } from '../../../gql/graphql';
import { summariseError, type ApiErrorLike } from '../../../graphql/errors';
import { formProblems, type GeneralProblem } from '../../../graphql/fieldProblems';
import { ProblemText, type Problem } from '../../employer/shared/Field';
import { LastingRefusal, useLastingRefusal } from '../../employer/shared/LastingRefusal';
import { byIntroduction } from './hours';

/** The oldest page of the inbox; deciding on entries brings the next ones up (the list refetches). */
const INBOX_PAGE = 100;

const PendingHoursQuery = graphql(`
  query PendingHours($first: Int!) {
    pendingHoursForCaseload(first: $first) {
      totalCount
      edges {
        node {
          introductionId
          participantId
          participantNickname
          clientReference
          placementTitle
          entry {
            id
            workDate
            hours
          }
        }
      }
    }
  }
`);

const ApproveHoursMutation = graphql(`
  mutation ApproveHours($input: ApproveHoursInput!) {
    approveHours(input: $input) {
      hoursEntry {
        id
        status
      }
    }
  }
`);

const RejectHoursMutation = graphql(`
  mutation RejectHours($input: RejectHoursInput!) {
    rejectHours(input: $input) {
      hoursEntry {
        id
        status
        rejectReason
      }
    }
  }
`);

type InboxNode = PendingHoursQuery['pendingHoursForCaseload']['edges'][number]['node'];

/** A refused decision: which one, on whose hours of which day, and what to say about it. */
interface Refusal {
  kind: 'approve' | 'reject';
  introductionId: string;
  name: string;
  place: string;
  date: string;
  lines: GeneralProblem[];
}

/**
 * Uren: the hours places logged that wait for the coach — one query for the whole inbox (the API's
 * pendingHoursForCaseload, own clients only), shown per client and place, each entry approved or
 * rejected with a reason — on one screen, with the keyboard alone.
 *
 * A refused decision is said above the list, not in its row: the refusal makes the list reload, and
 * the entry (decided or corrected elsewhere meanwhile) is no longer in it, so a message in its row
 * would vanish before anyone read it. It stays until the coach decides on something else or closes it.
 */
export function HoursInboxPage() {
  usePageTitle('hours.title');
  const [{ data, fetching, error }] = useQuery({
    query: PendingHoursQuery,
    variables: { first: INBOX_PAGE },
    context: HOURS_CONTEXT,
  });
  const { refusal, setRefusal, alertRef } = useLastingRefusal<Refusal>();
  function dismiss() {
    const id = refusal && `hours-${refusal.introductionId}`;
    setRefusal(undefined);
    // Back to the client and place it was about, or to the page when none of their hours still wait.
    (document.getElementById(id ?? '') ?? document.getElementById('main'))?.focus();
  }
  const inbox = data?.pendingHoursForCaseload;
  const items = inbox?.edges.map((e) => e.node) ?? [];
  return (
    <>
      <Heading1>
        <FormattedMessage id="hours.title" />
      </Heading1>
      <QueryState fetching={fetching && !data} error={error}>
        {refusal && (
          <LastingRefusal
            alertRef={alertRef}
            className="pw-hours__alert"
            lines={refusal.lines}
            onDismiss={dismiss}
            lead={
              <FormattedMessage
                id={refusal.kind === 'approve' ? 'hours.approveRefused' : 'hours.rejectRefused'}
                values={{
                  name: refusal.name,
                  place: refusal.place,
                  // Formatted here, so that it follows a change of language like the rest.
                  day: <FormattedDate value={refusal.date} dateStyle="medium" timeZone="UTC" />,
                }}
              />
            }
          />
        )}
        {inbox && items.length === 0 && (
          <Paragraph>
            <FormattedMessage id="hours.empty" />
          </Paragraph>
        )}
        {inbox && inbox.totalCount > items.length && (
          <Paragraph role="status">
            <FormattedMessage
              id="hoursInbox.oldestShown"
              values={{ shown: items.length, total: inbox.totalCount }}
            />
          </Paragraph>
        )}
        {byIntroduction(items).map((group) => (
          <IntroductionHours
            key={group.first.introductionId}
            first={group.first}
            entries={group.items}
            onAction={() => setRefusal(undefined)}
            onRefused={setRefusal}
          />
        ))}
      </QueryState>
    </>
  );
}

function IntroductionHours({
  first,
  entries,
  onAction,
  onRefused,
}: {
  first: InboxNode;
  entries: InboxNode[];
  /** The coach decides on something: a message about an earlier refusal has had its time. */
  onAction: () => void;
  onRefused: (refusal: Refusal) => void;
}) {
  const intl = useIntl();
  const headingId = `hours-${first.introductionId}`;
  const name = first.participantNickname ?? first.clientReference;
  return (
    <section className="pw-card" aria-labelledby={headingId}>
      {/* Focusable by script only: closing a refusal's message brings the focus back here. */}
      <Heading2 id={headingId} tabIndex={-1}>
        <AppLink to={`/coach/clients/${first.participantId}`}>{name}</AppLink> — {first.placementTitle}
      </Heading2>
      <div className="pw-table-scroll">
        <Table className="pw-table pw-table--stack">
          <ColumnHeaders
            labels={['hours.col.date', 'hours.col.hours', 'hours.col.decide'].map((id) =>
              intl.formatMessage({ id }),
            )}
          />
          <TableBody>
            {entries.map(({ entry: e }) => (
              <TableRow key={e.id}>
                <TableHeaderCell scope="row">
                  <FormattedDate value={e.workDate} dateStyle="full" timeZone="UTC" />
                </TableHeaderCell>
                <TableCell data-label={intl.formatMessage({ id: 'hours.col.hours' })}>
                  <FormattedNumber value={e.hours} maximumFractionDigits={2} />
                </TableCell>
                <TableCell data-label={intl.formatMessage({ id: 'hours.col.decide' })}>
                  <Decision
                    entryId={e.id}
                    date={e.workDate}
                    onAction={onAction}
                    onRefused={(kind, lines) =>
                      onRefused({
                        kind,
                        introductionId: first.introductionId,
                        name,
                        place: first.placementTitle,
                        date: e.workDate,
                        lines,
                      })
                    }
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

// Hours entries answer as HoursEntry: an approval or rejection refetches the lists.
const HOURS_CONTEXT = { additionalTypenames: ['HoursEntry'] };

/**
 * The inbox's words for ALREADY_DECIDED: the general sentence asks to reload the page, but the list
 * has just reloaded by itself.
 */
const OWN_WORDS = { ALREADY_DECIDED: 'hours.alreadyDecided' };

function Decision({
  entryId,
  date,
  onAction,
  onRefused,
}: {
  entryId: string;
  date: string;
  onAction: () => void;
  /** A refusal's general alert (the reason's sentence, an error on entryId), for the page to keep. */
  onRefused: (kind: 'approve' | 'reject', lines: GeneralProblem[]) => void;
}) {
  const intl = useIntl();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<Record<string, Problem>>({});
  const [approveState, approve] = useMutation(ApproveHoursMutation);
  const [rejectState, reject] = useMutation(RejectHoursMutation);
  const busy = approveState.fetching || rejectState.fetching;
  const day = intl.formatDate(date, { dateStyle: 'medium', timeZone: 'UTC' });
  const act = (run: () => void) => () => {
    onAction();
    run();
  };

  /** The problems beside the reason stay here; the rest goes above the list, which may drop this row. */
  function settle(kind: 'approve' | 'reject', error: ApiErrorLike | undefined, shown: readonly string[]) {
    const problems = error ? formProblems(summariseError(error), shown, { own: OWN_WORDS }) : undefined;
    setFields(problems?.fields ?? {});
    if (problems && problems.general.length > 0) onRefused(kind, problems.general);
  }

  async function submitReject(e: FormEvent) {
    e.preventDefault();
    onAction();
    if (!reason.trim()) {
      setFields({ reason: { id: 'hours.reasonRequired' } });
      return;
    }
    const result = await reject({ input: { entryId, reason: reason.trim() } }, HOURS_CONTEXT);
    settle('reject', result.error, ['reason']);
  }

  async function doApprove() {
    onAction();
    const result = await approve({ input: { entryId } }, HOURS_CONTEXT);
    settle('approve', result.error, []);
  }

  return rejecting ? (
    <form onSubmit={(e) => void submitReject(e)} noValidate className="pw-reject">
      <FormFieldTextbox
        id={`reason-${entryId}`}
        label={intl.formatMessage({ id: 'hours.reason' })}
        value={reason}
        required
        // The library types this as the field's div event; the target is its input.
        onChange={(e) => setReason((e.target as HTMLInputElement).value)}
        invalid={Boolean(fields.reason)}
        errorMessage={fields.reason && <ProblemText problem={fields.reason} />}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" hint="danger" busy={busy} disabled={busy}>
          <FormattedMessage id="hours.confirmReject" />
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={act(() => setRejecting(false))}>
          <FormattedMessage id="common.cancel" />
        </Button>
      </ButtonGroup>
    </form>
  ) : (
    <ButtonGroup>
      <Button
        appearance="primary-action-button"
        busy={busy}
        disabled={busy}
        aria-label={intl.formatMessage({ id: 'hours.approveDay' }, { day })}
        onClick={() => void doApprove()}
      >
        <FormattedMessage id="hours.approve" />
      </Button>
      <Button
        appearance="secondary-action-button"
        aria-label={intl.formatMessage({ id: 'hours.rejectDay' }, { day })}
        onClick={act(() => setRejecting(true))}
      >
        <FormattedMessage id="hours.reject" />
      </Button>
    </ButtonGroup>
  );
}
