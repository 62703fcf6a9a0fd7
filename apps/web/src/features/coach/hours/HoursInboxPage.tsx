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
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { FormattedDate, FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { AppLink } from '../../../app/links';
import { QueryState } from '../../../app/QueryState';
import { usePageTitle } from '../../../app/usePageTitle';
import { graphql } from '../../../gql';
import type { PendingHoursQuery } from '../../../gql/graphql';
import { summariseError, type ApiErrorLike } from '../../../graphql/errors';
import { formProblems, type GeneralProblem } from '../../../graphql/fieldProblems';
import { ProblemText, type Problem } from '../../employer/shared/Field';
import { GeneralProblems } from '../../employer/shared/GeneralProblems';
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

/**
 * Uren: the hours places logged that wait for the coach — one query for the whole inbox (the API's
 * pendingHoursForCaseload, own clients only), shown per client and place, each entry approved or
 * rejected with a reason — on one screen, with the keyboard alone.
 */
export function HoursInboxPage() {
  usePageTitle('hours.title');
  const [{ data, fetching, error }] = useQuery({
    query: PendingHoursQuery,
    variables: { first: INBOX_PAGE },
    context: HOURS_CONTEXT,
  });
  const inbox = data?.pendingHoursForCaseload;
  const items = inbox?.edges.map((e) => e.node) ?? [];
  return (
    <>
      <Heading1>
        <FormattedMessage id="hours.title" />
      </Heading1>
      <QueryState fetching={fetching && !data} error={error}>
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
          <IntroductionHours key={group.first.introductionId} first={group.first} entries={group.items} />
        ))}
      </QueryState>
    </>
  );
}

function IntroductionHours({ first, entries }: { first: InboxNode; entries: InboxNode[] }) {
  const intl = useIntl();
  const headingId = `hours-${first.introductionId}`;
  return (
    <section className="pw-card" aria-labelledby={headingId}>
      <Heading2 id={headingId}>
        <AppLink to={`/coach/clients/${first.participantId}`}>
          {first.participantNickname ?? first.clientReference}
        </AppLink>{' '}
        — {first.placementTitle}
      </Heading2>
      <div className="pw-table-scroll">
        <Table className="pw-table pw-table--stack">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">
                <FormattedMessage id="hours.col.date" />
              </TableHeaderCell>
              <TableHeaderCell scope="col">
                <FormattedMessage id="hours.col.hours" />
              </TableHeaderCell>
              <TableHeaderCell scope="col">
                <FormattedMessage id="hours.col.decide" />
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
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
                  <Decision entryId={e.id} date={e.workDate} />
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

/** A refused decision: the problem with the reason, when shown, and the general alert for the rest (entryId). */
function problemOf(error: ApiErrorLike | undefined, shown: readonly string[]) {
  return error ? formProblems(summariseError(error), shown) : undefined;
}

function Decision({ entryId, date }: { entryId: string; date: string }) {
  const intl = useIntl();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ fields: Record<string, Problem>; general?: GeneralProblem[] }>();
  const [approveState, approve] = useMutation(ApproveHoursMutation);
  const [rejectState, reject] = useMutation(RejectHoursMutation);
  const busy = approveState.fetching || rejectState.fetching;
  const day = intl.formatDate(date, { dateStyle: 'medium', timeZone: 'UTC' });

  async function submitReject(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) {
      setProblem({ fields: { reason: { id: 'hours.reasonRequired' } } });
      return;
    }
    const result = await reject({ input: { entryId, reason: reason.trim() } }, HOURS_CONTEXT);
    setProblem(problemOf(result.error, ['reason']));
  }

  async function doApprove() {
    const result = await approve({ input: { entryId } }, HOURS_CONTEXT);
    setProblem(problemOf(result.error, []));
  }

  return (
    <>
      {rejecting ? (
        <form onSubmit={(e) => void submitReject(e)} noValidate className="pw-reject">
          <FormFieldTextbox
            id={`reason-${entryId}`}
            label={intl.formatMessage({ id: 'hours.reason' })}
            value={reason}
            required
            // The library types this as the field's div event; the target is its input.
            onChange={(e) => setReason((e.target as HTMLInputElement).value)}
            invalid={Boolean(problem?.fields.reason)}
            errorMessage={problem?.fields.reason && <ProblemText problem={problem.fields.reason} />}
          />
          <ButtonGroup>
            <Button
              type="submit"
              appearance="primary-action-button"
              hint="danger"
              busy={busy}
              disabled={busy}
            >
              <FormattedMessage id="hours.confirmReject" />
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setRejecting(false)}>
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
            onClick={() => setRejecting(true)}
          >
            <FormattedMessage id="hours.reject" />
          </Button>
        </ButtonGroup>
      )}
      <GeneralProblems lines={problem?.general ?? []} />
    </>
  );
}
