import {
  Alert,
  Button,
  Checkbox,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { FormattedDate, FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../../../app/QueryState';
import { graphql } from '../../../../gql';
import { summariseError } from '../../../../graphql/errors';
import { formProblems, type GeneralProblem } from '../../../../graphql/fieldProblems';
import { describedBy, Field } from '../../../employer/shared/Field';
import { GeneralProblems } from '../../../employer/shared/GeneralProblems';
import '../client.css';
import { parseNumber, type FieldProblem } from '../form/participantForm';

const ProgressQuery = graphql(`
  query ClientProgress($participantId: ID!) {
    participantProgress(participantId: $participantId) {
      risk
      weeksLeft
      integrationTermLastDay
      mapPhase
      mapStartDate
      mapExemption
      pendingHours
      nonCountingParticipationHours
      participation {
        done
        target
        remaining
        neededPerWeek
      }
      map {
        done
        target
        remaining
      }
      hoursByActivity {
        activity
        approvedHours
        qualifyingHours
      }
    }
  }
`);

const LogHoursMutation = graphql(`
  mutation LogParticipationHours($input: LogParticipationHoursInput!) {
    logParticipationHours(input: $input) {
      hoursEntry {
        id
        hours
        workDate
      }
    }
  }
`);

const ACTIVITIES = ['STAP_IN_PVT', 'TAALCAFE', 'OTHER_ACTIVITY'] as const;

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>
        <FormattedMessage id={label} />
      </DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

const hours = (value: number) => <FormattedNumber value={value} maximumFractionDigits={2} />;

/**
 * Voortgang: the 800 hours and the MAP (phase, start, exemption, deadline), hours per activity,
 * and logging hours made outside a place (Stap-in/PVT, taalcafé, other activity).
 */
export function ProgressPage() {
  const { participantId = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ProgressQuery,
    variables: { participantId },
    requestPolicy: 'cache-and-network',
  });
  const p = data?.participantProgress;
  return (
    <div className="pw-columns">
      <section className="pw-card" aria-labelledby="progress-detail-heading">
        <Heading2 id="progress-detail-heading">
          <FormattedMessage id="client.progressPage.heading" />
        </Heading2>
        <QueryState fetching={fetching && !data} error={error}>
          {p && (
            <>
              <DataList>
                {p.participation && (
                  <Item label="client.progress.participation">
                    <FormattedMessage
                      id="client.progressPage.doneOf"
                      values={{
                        done: hours(p.participation.done),
                        target: p.participation.target,
                        remaining: hours(p.participation.remaining),
                      }}
                    />
                  </Item>
                )}
                <Item label="client.progress.map">
                  <FormattedMessage
                    id="client.progressPage.doneOf"
                    values={{
                      done: hours(p.map.done),
                      target: p.map.target,
                      remaining: hours(p.map.remaining),
                    }}
                  />
                </Item>
                <Item label="client.progressPage.mapPhase">
                  <FormattedMessage id={`client.mapPhase.${p.mapPhase}`} />
                </Item>
                <Item label="client.progressPage.mapStart">
                  <FormattedDate value={p.mapStartDate} dateStyle="long" timeZone="UTC" />
                </Item>
                <Item label="client.progressPage.mapExemption">
                  <FormattedMessage id={`client.mapExemption.${p.mapExemption}`} />
                </Item>
                <Item label="client.progressPage.deadline">
                  <FormattedDate value={p.integrationTermLastDay} dateStyle="long" timeZone="UTC" />{' '}
                  <span className="pw-muted">
                    <FormattedMessage
                      id="client.weeksLeft"
                      values={{ weeks: Math.max(0, Math.floor(p.weeksLeft)) }}
                    />
                  </span>
                </Item>
                <Item label="client.progress.pending">{hours(p.pendingHours)}</Item>
              </DataList>
              <Heading2 id="by-activity">
                <FormattedMessage id="client.progressPage.byActivity" />
              </Heading2>
              <DataList aria-labelledby="by-activity">
                {p.hoursByActivity.map((a) => (
                  <Item key={a.activity} label={`client.activity.${a.activity}`}>
                    <FormattedMessage
                      id="client.progressPage.activityHours"
                      values={{ approved: hours(a.approvedHours), counting: hours(a.qualifyingHours) }}
                    />
                  </Item>
                ))}
              </DataList>
            </>
          )}
        </QueryState>
      </section>
      <LogHoursForm
        participantId={participantId}
        onLogged={() => refetch({ requestPolicy: 'network-only' })}
      />
    </div>
  );
}

/** The fields the log form shows; the API's errors on others (participantId) go to its general alert. */
const LOG_SHOWN = ['activity', 'date', 'hours', 'note'];

function LogHoursForm({ participantId, onLogged }: { participantId: string; onLogged: () => void }) {
  const intl = useIntl();
  const [activity, setActivity] = useState<(typeof ACTIVITIES)[number]>('TAALCAFE');
  const [date, setDate] = useState('');
  const [amount, setAmount] = useState('');
  const [dutch, setDutch] = useState(true);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [general, setGeneral] = useState<GeneralProblem[]>([]);
  const [logged, setLogged] = useState<number>();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [{ fetching }, log] = useMutation(LogHoursMutation);

  async function submit() {
    const own: Record<string, FieldProblem> = {};
    if (!date) own.date = { id: 'participantForm.error.required' };
    const value = parseNumber(amount);
    if (!(value > 0 && value <= 24))
      own.hours = { id: 'participantForm.error.range', values: { min: 0.25, max: 24 } };
    setProblems(own);
    setGeneral([]);
    setLogged(undefined);
    if (Object.keys(own).length) return;
    const result = await log(
      {
        input: {
          participantId,
          activity,
          date,
          hours: value,
          dutchSpeakingEnvironment: dutch,
          note: note.trim() || null,
          idempotencyKey,
        },
      },
      { additionalTypenames: ['ParticipantProgress', 'ParticipantProgressConnection', 'HoursEntry'] },
    );
    if (result.error || !result.data) {
      const found = formProblems(summariseError(result.error!), LOG_SHOWN);
      setProblems(found.fields);
      setGeneral(found.general);
      return;
    }
    setLogged(result.data.logParticipationHours.hoursEntry.hours);
    setIdempotencyKey(crypto.randomUUID());
    setAmount('');
    setNote('');
    onLogged();
  }

  return (
    <section className="pw-card" aria-labelledby="log-heading">
      <Heading2 id="log-heading">
        <FormattedMessage id="client.logHours.heading" />
      </Heading2>
      <Paragraph className="pw-muted">
        <FormattedMessage id="client.logHours.intro" />
      </Paragraph>
      <div role="status">
        {logged !== undefined && (
          <Alert type="ok">
            <Paragraph>
              <FormattedMessage id="client.logHours.done" values={{ hours: hours(logged) }} />
            </Paragraph>
          </Alert>
        )}
      </div>
      <GeneralProblems lines={general} />
      <form
        noValidate
        className="pw-client-log"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field
          id="log-activity"
          label={<FormattedMessage id="client.logHours.activity" />}
          problem={problems.activity}
        >
          <Select
            id="log-activity"
            value={activity}
            onChange={(e) => setActivity(e.target.value as typeof activity)}
          >
            {ACTIVITIES.map((a) => (
              <SelectOption key={a} value={a}>
                {intl.formatMessage({ id: `client.activity.${a}` })}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="log-date" label={<FormattedMessage id="client.logHours.date" />} problem={problems.date}>
          <Textbox
            id="log-date"
            type="date"
            value={date}
            invalid={Boolean(problems.date)}
            aria-describedby={describedBy('log-date', false, problems.date)}
            onChange={(e) => setDate(e.target.value)}
          />
        </Field>
        <Field
          id="log-hours"
          label={<FormattedMessage id="client.logHours.hours" />}
          problem={problems.hours}
        >
          <Textbox
            id="log-hours"
            inputMode="decimal"
            className="pw-client-short"
            value={amount}
            invalid={Boolean(problems.hours)}
            aria-describedby={describedBy('log-hours', false, problems.hours)}
            onChange={(e) => setAmount(e.target.value)}
          />
        </Field>
        <FormField type="checkbox">
          <Checkbox id="log-dutch" checked={dutch} onChange={(e) => setDutch(e.target.checked)} />
          <FormLabel htmlFor="log-dutch" type="checkbox">
            <FormattedMessage id="client.logHours.dutch" />
          </FormLabel>
        </FormField>
        <Field id="log-note" label={<FormattedMessage id="client.logHours.note" />} problem={problems.note}>
          <Textbox
            id="log-note"
            value={note}
            invalid={Boolean(problems.note)}
            aria-describedby={describedBy('log-note', false, problems.note)}
            onChange={(e) => setNote(e.target.value)}
          />
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={fetching} disabled={fetching}>
          <FormattedMessage id="client.logHours.submit" />
        </Button>
      </form>
    </section>
  );
}
