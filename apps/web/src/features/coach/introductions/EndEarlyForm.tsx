import {
  Button,
  ButtonGroup,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { END_REASONS } from '@plekwijzer/domain';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { summariseError } from '../../../graphql/errors';
import { formProblems, type FieldProblem, type GeneralProblem } from '../../../graphql/fieldProblems';
import { describedBy, Field } from '../../employer/shared/Field';
import { GeneralProblems } from '../../employer/shared/GeneralProblems';
import '../client/client.css';

const EndEarlyMutation = graphql(`
  mutation CoachEndIntroductionEarly($input: EndIntroductionEarlyInput!) {
    endIntroductionEarly(input: $input) {
      introduction {
        id
        status
      }
    }
  }
`);

const CONTEXT = { additionalTypenames: ['Introduction', 'IntroductionState', 'ParticipantProgress'] };

/** The fields the form shows; the API's errors on others (introductionId) go to its general alert. */
const SHOWN = ['reason', 'endDate', 'note'];

/** Today in Amsterdam, as YYYY-MM-DD. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/**
 * The coach ends a running placement early (the client stopped, found work, …): why, the last day
 * (today unless changed) and an optional note; the API's field errors beside the fields.
 */
export function EndEarlyForm({ introductionId, onDone }: { introductionId: string; onDone: () => void }) {
  const intl = useIntl();
  const [reason, setReason] = useState('');
  const [endDate, setEndDate] = useState(today);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [general, setGeneral] = useState<GeneralProblem[]>([]);
  const [{ fetching }, end] = useMutation(EndEarlyMutation);
  const id = `end-${introductionId}`;

  async function submit() {
    const own: Record<string, FieldProblem> = {};
    if (!reason) own.reason = { id: 'client.endEarly.reasonRequired' };
    if (!endDate) own.endDate = { id: 'participantForm.error.required' };
    setProblems(own);
    setGeneral([]);
    if (Object.keys(own).length) return;
    const result = await end(
      {
        input: {
          introductionId,
          reason: reason as (typeof END_REASONS)[number],
          endDate,
          note: note.trim() || null,
        },
      },
      CONTEXT,
    );
    if (result.error) {
      const found = formProblems(summariseError(result.error), SHOWN);
      setProblems(found.fields);
      setGeneral(found.general);
      return;
    }
    onDone();
  }

  return (
    <form
      noValidate
      className="pw-client-log"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Paragraph id={`${id}-title`}>
        <strong>
          <FormattedMessage id="client.endEarly.title" />
        </strong>
      </Paragraph>
      <GeneralProblems lines={general} />
      <Field
        id={`${id}-reason`}
        label={<FormattedMessage id="client.endEarly.reason" />}
        problem={problems.reason}
      >
        <Select
          id={`${id}-reason`}
          value={reason}
          invalid={Boolean(problems.reason)}
          aria-describedby={describedBy(`${id}-reason`, false, problems.reason)}
          onChange={(e) => setReason(e.target.value)}
        >
          <SelectOption value="">{intl.formatMessage({ id: 'client.endEarly.choose' })}</SelectOption>
          {END_REASONS.map((r) => (
            <SelectOption key={r} value={r}>
              {intl.formatMessage({ id: `endReason.${r}` })}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Field
        id={`${id}-date`}
        label={<FormattedMessage id="client.endEarly.lastDay" />}
        problem={problems.endDate}
      >
        <Textbox
          id={`${id}-date`}
          type="date"
          value={endDate}
          invalid={Boolean(problems.endDate)}
          aria-describedby={describedBy(`${id}-date`, false, problems.endDate)}
          onChange={(e) => setEndDate(e.target.value)}
        />
      </Field>
      <Field id={`${id}-note`} label={<FormattedMessage id="client.endEarly.note" />} problem={problems.note}>
        <Textbox
          id={`${id}-note`}
          value={note}
          invalid={Boolean(problems.note)}
          aria-describedby={describedBy(`${id}-note`, false, problems.note)}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          hint="danger"
          busy={fetching}
          disabled={fetching}
        >
          <FormattedMessage id="client.endEarly.confirm" />
        </Button>
        <Button appearance="secondary-action-button" onClick={onDone}>
          <FormattedMessage id="common.cancel" />
        </Button>
      </ButtonGroup>
    </form>
  );
}
