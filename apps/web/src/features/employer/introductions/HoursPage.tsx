import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Paragraph,
  StatusBadge,
  Textbox,
} from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { FormattedDate, FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { AppLink } from '../../../app/links';
import { LoadMore } from '../../../app/LoadMore';
import { QueryState } from '../../../app/QueryState';
import { usePageTitle } from '../../../app/usePageTitle';
import { summariseError } from '../../../graphql/errors';
import { formProblems, type GeneralProblem } from '../../../graphql/fieldProblems';
import { useConnectionPages, type ConnectionPages } from '../../../graphql/useConnectionPages';
import type { PlaceStartedIntroductionsQuery } from '../../../gql/graphql';
import { TIME_ZONE } from '../../../i18n/locale';
import { describedBy, Field, type Problem } from '../shared/Field';
import { GeneralProblems } from '../shared/GeneralProblems';
import {
  LogHoursMutation,
  PlaceStartedIntroductionsQuery as PlaceStartedIntroductionsDocument,
} from './documents';
import { checkHours, scheduledHoursOn, todayIn } from './hours';
import { INTRODUCTIONS_CONTEXT, participantName } from './IntroductionsPage';

type StartedIntroduction = PlaceStartedIntroductionsQuery['placeIntroductions']['edges'][number]['node'];

const BADGE = { PENDING: 'warning', APPROVED: 'safe', REJECTED: 'danger' } as const;

/**
 * "Uren", made for a phone: one card per participant who has started, today and the day's
 * scheduled hours already filled in, so a usual day is one tap on "Opslaan". The cards come a page
 * at a time (graphql/useConnectionPages.ts): "Meer laden" adds the rest, the focus on the first new card.
 * Each card's latest hours come with its page (recentHours): one request for a page of 100 cards,
 * not one per card, which the per-user rate limit would soon refuse.
 */
export function HoursPage() {
  usePageTitle('employer.hours.title');
  const pages = useConnectionPages({
    query: PlaceStartedIntroductionsDocument,
    variables: {},
    connection: (d) => d.placeIntroductions,
    context: useMemo(() => INTRODUCTIONS_CONTEXT, []),
    name: 'started',
  });
  const { data, fetching, error } = pages;
  // The query asks for started introductions only.
  const started = pages.nodes;

  return (
    <>
      <Heading1>
        <FormattedMessage id="employer.hours.title" />
      </Heading1>
      <QueryState fetching={fetching && !data} error={error}>
        {started.length === 0 ? (
          <Paragraph>
            <FormattedMessage id="employer.hours.empty" />{' '}
            <AppLink to="/employer/introductions">
              <FormattedMessage id="employer.hours.toIntroductions" />
            </AppLink>
          </Paragraph>
        ) : (
          <ul className="pw-plain-list">
            {started.map((introduction) => (
              <li key={introduction.id}>
                <HoursCard introduction={introduction} focus={pages.rowProps(introduction.id)} />
              </li>
            ))}
          </ul>
        )}
        {started.length > 0 && <LoadMore pages={pages} />}
      </QueryState>
    </>
  );
}

function HoursCard({
  introduction,
  focus,
}: {
  introduction: StartedIntroduction;
  /** Where the focus goes when this card has just been loaded (graphql/useConnectionPages.ts). */
  focus: ReturnType<ConnectionPages<unknown, unknown>['rowProps']>;
}) {
  const intl = useIntl();
  const today = todayIn(TIME_ZONE);
  const prefill = (date: string) => {
    const hours = scheduledHoursOn(introduction.placement.schedule, date);
    return hours === undefined ? '' : intl.formatNumber(hours, { maximumFractionDigits: 2 });
  };
  const [date, setDate] = useState(today);
  const [hours, setHours] = useState(() => prefill(today));
  const [submitted, setSubmitted] = useState(false);
  const [apiProblems, setApiProblems] = useState<{
    date?: Problem;
    hours?: Problem;
    general?: GeneralProblem[];
  }>({});
  // One key per entry being typed: a second tap (or a retry after a lost answer) is not a second entry.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [saved, setSaved] = useState<{ date: string; hours: number }>();
  const [logging, log] = useMutation(LogHoursMutation);
  const who = participantName(introduction, intl.formatMessage({ id: 'employer.introductions.participant' }));
  const own = checkHours({
    date,
    hours,
    today,
    startDate: introduction.startDate,
    endDate: introduction.endDate,
  });
  const problems = {
    date: apiProblems.date ?? (submitted && own.date ? { id: own.date } : undefined),
    hours: apiProblems.hours ?? (submitted && own.hours ? { id: own.hours } : undefined),
  };
  const id = `hours-${introduction.id}`;

  async function save() {
    setSubmitted(true);
    setSaved(undefined);
    setApiProblems({});
    if (own.date || own.hours) return;
    const value = Number(hours.trim().replace(',', '.'));
    const result = await log({
      input: { introductionId: introduction.id, date, hours: value, idempotencyKey },
    });
    if (result.error) {
      // The form shows the date and the hours; an error on another field (introductionId) goes to its alert.
      const { fields, general } = formProblems(summariseError(result.error), ['date', 'hours']);
      setApiProblems({ date: fields.date, hours: fields.hours, general });
      return;
    }
    setSaved({ date, hours: value });
    setSubmitted(false);
    setIdempotencyKey(crypto.randomUUID());
  }

  // The page's query brings each card's newest entries (corrected ones left out); INTRODUCTIONS_CONTEXT
  // names HoursEntry, so logging hours asks the page again and the new entry shows here.
  const entries = introduction.recentHours;
  return (
    <article className="pw-card pw-hours" id={id} aria-labelledby={`${id}-heading`}>
      <Heading2 id={`${id}-heading`} {...focus}>
        <FormattedMessage
          id="employer.introductions.heading"
          values={{ name: who, place: introduction.placement.title }}
        />
      </Heading2>
      <form
        noValidate
        aria-labelledby={`${id}-heading`}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="pw-hours__fields">
          <Field
            id={`${id}-date`}
            label={<FormattedMessage id="employer.hours.date" />}
            problem={problems.date}
          >
            <Textbox
              id={`${id}-date`}
              type="date"
              max={today}
              min={introduction.startDate ?? undefined}
              value={date}
              invalid={Boolean(problems.date)}
              aria-describedby={describedBy(`${id}-date`, false, problems.date)}
              onChange={(e) => {
                setDate(e.target.value);
                setHours(prefill(e.target.value) || hours);
                setApiProblems({});
              }}
            />
          </Field>
          <Field
            id={`${id}-hours`}
            label={<FormattedMessage id="employer.hours.hours" />}
            problem={problems.hours}
          >
            <Textbox
              id={`${id}-hours`}
              inputMode="decimal"
              value={hours}
              invalid={Boolean(problems.hours)}
              aria-describedby={describedBy(`${id}-hours`, false, problems.hours)}
              onChange={(e) => {
                setHours(e.target.value);
                setApiProblems({});
              }}
            />
          </Field>
        </div>
        <Button
          type="submit"
          appearance="primary-action-button"
          className="pw-hours__save"
          busy={logging.fetching}
          disabled={logging.fetching}
        >
          <FormattedMessage id="employer.hours.save" />
        </Button>
      </form>
      {saved && (
        <Alert type="ok" role="status">
          <Paragraph>
            <FormattedMessage
              id="employer.hours.saved"
              values={{
                hours: <FormattedNumber value={saved.hours} maximumFractionDigits={2} />,
                date: <FormattedDate value={`${saved.date}T12:00:00Z`} dateStyle="full" timeZone="UTC" />,
              }}
            />
          </Paragraph>
        </Alert>
      )}
      <GeneralProblems lines={apiProblems.general ?? []} />
      {entries.length > 0 && (
        <>
          <Paragraph className="pw-muted">
            <FormattedMessage id="employer.hours.recent" />
          </Paragraph>
          <ul className="pw-plain-list pw-hours__list">
            {entries.map((entry) => (
              <li key={entry.id}>
                <FormattedDate
                  value={`${entry.workDate}T12:00:00Z`}
                  weekday="short"
                  day="numeric"
                  month="short"
                  timeZone="UTC"
                />
                {': '}
                <FormattedMessage
                  id="employer.hours.entryHours"
                  values={{ hours: <FormattedNumber value={entry.hours} maximumFractionDigits={2} /> }}
                />{' '}
                <StatusBadge status={BADGE[entry.status]}>
                  <FormattedMessage id={`employer.hoursStatus.${entry.status}`} />
                </StatusBadge>
                {entry.rejectReason && <span className="pw-block pw-muted">{entry.rejectReason}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
