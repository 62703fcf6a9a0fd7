import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  FormFieldCheckbox,
  FormFieldTextarea,
  FormFieldTextbox,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { AppLink } from '../../../app/links';
import { graphql } from '../../../gql';
import { LanguageLevels } from '../shared/LanguageLevels';
import { summariseError } from '../../../graphql/errors';
import { formProblems, type GeneralProblem } from '../../../graphql/fieldProblems';
import { ProblemText, type Problem } from '../../employer/shared/Field';
import { GeneralProblems } from '../../employer/shared/GeneralProblems';
import type { ClientSummary } from '../client/ClientPage';
import { parseSupport } from './propose';

const ProposeMutation = graphql(`
  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {
    proposeIntroduction(input: $input) {
      introduction {
        id
        status
      }
    }
  }
`);

/** The fields the dialog shows; the API's errors on others (participantId, placementId) go to its general alert. */
const SHOWN = ['supportNeeded', 'message', 'consentConfirmed'];

export interface ProposedPlace {
  id: string;
  title: string;
  travel: { minutes: number; mode: string };
}

/**
 * Proposing a client for a place: a modal dialog that repeats what the place will see, asks for
 * the message and the support needed, and requires the coach to confirm the client's consent.
 * Field errors from the API appear beside their field.
 */
export function ProposeDialog({
  client,
  place,
  onClose,
}: {
  client: ClientSummary;
  place: ProposedPlace;
  onClose: () => void;
}) {
  const intl = useIntl();
  const dialog = useRef<HTMLDialogElement>(null);
  // One key per dialog: a double click or a retry after a lost answer proposes once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [message, setMessage] = useState('');
  const [support, setSupport] = useState('');
  const [consent, setConsent] = useState(false);
  const [problem, setProblem] = useState<{ fields: Record<string, Problem>; general?: GeneralProblem[] }>();
  const [{ fetching, data }, propose] = useMutation(ProposeMutation);

  // Opened as a modal (focus moves in, the page behind is inert; Escape closes it). No close() on
  // clean-up: removing the element ends the modal, and a close() would fire onClose.
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!consent) {
      setProblem({ fields: { consentConfirmed: { id: 'propose.consentRequired' } } });
      return;
    }
    setProblem(undefined);
    const result = await propose({
      input: {
        participantId: client.id,
        placementId: place.id,
        consentConfirmed: true,
        message: message.trim() || undefined,
        supportNeeded: parseSupport(support),
        idempotencyKey,
      },
    });
    if (result.error) {
      setProblem(formProblems(summariseError(result.error), SHOWN));
    }
  }

  const nickname = client.nickname ?? intl.formatMessage({ id: 'propose.noNickname' });
  const fieldError = (name: string) => {
    const found = problem?.fields[name];
    return found && <ProblemText problem={found} />;
  };
  const done = data?.proposeIntroduction.introduction;

  return (
    <dialog ref={dialog} className="pw-dialog" aria-labelledby="propose-title" onClose={onClose}>
      <Heading2 id="propose-title">
        <FormattedMessage id="propose.title" values={{ place: place.title }} />
      </Heading2>
      {done ? (
        <>
          <Alert type="ok" role="status">
            <Paragraph>
              <FormattedMessage id="propose.sent" values={{ place: place.title }} />
            </Paragraph>
          </Alert>
          <ButtonGroup>
            <AppLink to={`/coach/clients/${client.id}/introductions`}>
              <FormattedMessage id="propose.toIntroductions" />
            </AppLink>
            <Button appearance="secondary-action-button" onClick={() => dialog.current?.close()}>
              <FormattedMessage id="common.close" />
            </Button>
          </ButtonGroup>
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Paragraph>
            <FormattedMessage id="propose.whatPlaceSees" />
          </Paragraph>
          <DataList className="pw-card pw-shared-profile">
            <DataListItem>
              <DataListKey>
                <FormattedMessage id="propose.nickname" />
              </DataListKey>
              <DataListValue>{nickname}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>
                <FormattedMessage id="client.languageLevels" />
              </DataListKey>
              <DataListValue>
                <LanguageLevels levels={client.languageLevels} />
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>
                <FormattedMessage id="propose.times" />
              </DataListKey>
              <DataListValue>
                <FormattedMessage id="propose.times.value" />
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>
                <FormattedMessage id="propose.travel" />
              </DataListKey>
              <DataListValue>
                <FormattedMessage
                  id="matches.travel"
                  values={{
                    minutes: place.travel.minutes,
                    mode: <FormattedMessage id={`travelMode.${place.travel.mode}`} />,
                  }}
                />
              </DataListValue>
            </DataListItem>
          </DataList>
          <FormFieldTextbox
            id="propose-support"
            name="supportNeeded"
            label={intl.formatMessage({ id: 'propose.support' })}
            description={intl.formatMessage({ id: 'propose.support.description' })}
            value={support}
            // The library types this as the field's div event; the target is its input.
            onChange={(e) => setSupport((e.target as HTMLInputElement).value)}
            invalid={Boolean(fieldError('supportNeeded'))}
            errorMessage={fieldError('supportNeeded')}
          />
          <FormFieldTextarea
            id="propose-message"
            name="message"
            label={intl.formatMessage({ id: 'propose.message' })}
            description={intl.formatMessage({ id: 'propose.message.description' })}
            value={message}
            rows={4}
            onChange={(e) => setMessage(e.target.value)}
            invalid={Boolean(fieldError('message'))}
            errorMessage={fieldError('message')}
          />
          <FormFieldCheckbox
            id="propose-consent"
            name="consentConfirmed"
            label={intl.formatMessage({ id: 'propose.consent' }, { nickname })}
            checked={consent}
            required
            onChange={(e) => setConsent(e.target.checked)}
            invalid={Boolean(fieldError('consentConfirmed'))}
            errorMessage={fieldError('consentConfirmed')}
          />
          <GeneralProblems lines={problem?.general ?? []} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={fetching} disabled={fetching}>
              <FormattedMessage id="propose.submit" />
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => dialog.current?.close()}
            >
              <FormattedMessage id="common.cancel" />
            </Button>
          </ButtonGroup>
        </form>
      )}
    </dialog>
  );
}
