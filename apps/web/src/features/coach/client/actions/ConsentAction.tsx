import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useMutation } from 'urql';
import { graphql } from '../../../../gql';
import { summariseError } from '../../../../graphql/errors';
import { errorText, type ErrorText } from '../../../../graphql/errorText';

const RevokeConsentMutation = graphql(`
  mutation RevokeConsent($input: RevokeConsentInput!) {
    revokeConsent(input: $input) {
      participantId
      withdrawnIntroductions
    }
  }
`);

/** Pages that show consent or introductions are read again after a revoke. */
const CONTEXT = {
  additionalTypenames: [
    'Participant',
    'Introduction',
    'IntroductionConnection',
    'MatchResult',
    'ParticipantProgress',
  ],
};

/**
 * The client withdrew consent: a confirmation that says what happens (open introductions are
 * withdrawn, places no longer see the profile, no new proposals), then the API's count.
 */
export function ConsentAction({ participantId, consent }: { participantId: string; consent: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [{ fetching }, revoke] = useMutation(RevokeConsentMutation);
  const [done, setDone] = useState<number>();
  const [failed, setFailed] = useState<ErrorText>();

  async function confirm() {
    const result = await revoke({ input: { participantId } }, CONTEXT);
    if (result.error || !result.data) {
      setFailed(errorText(summariseError(result.error!)));
      return;
    }
    setDone(result.data.revokeConsent.withdrawnIntroductions);
    dialog.current?.close();
  }

  return (
    <section className="pw-card" aria-labelledby="consent-heading">
      <Heading2 id="consent-heading">
        <FormattedMessage id="client.consentAction.heading" />
      </Heading2>
      {done !== undefined && (
        <Alert type="ok" role="status">
          <Paragraph>
            <FormattedMessage id="client.consentAction.done" values={{ count: done }} />
          </Paragraph>
        </Alert>
      )}
      {consent ? (
        <>
          <Paragraph>
            <FormattedMessage id="client.consentAction.given" />
          </Paragraph>
          <Button appearance="secondary-action-button" onClick={() => dialog.current?.showModal()}>
            <FormattedMessage id="client.consentAction.revoke" />
          </Button>
        </>
      ) : (
        <Paragraph>
          <FormattedMessage id="client.consentAction.notGiven" />
        </Paragraph>
      )}
      <dialog
        ref={dialog}
        className="pw-dialog"
        aria-labelledby="revoke-title"
        aria-describedby="revoke-what"
      >
        <Heading2 id="revoke-title">
          <FormattedMessage id="client.consentAction.confirmTitle" />
        </Heading2>
        <Paragraph id="revoke-what">
          <FormattedMessage id="client.consentAction.confirmText" />
        </Paragraph>
        {failed && (
          <Alert type="error" role="alert">
            <Paragraph>
              <FormattedMessage id={failed.id} />
            </Paragraph>
          </Alert>
        )}
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            busy={fetching}
            disabled={fetching}
            onClick={() => void confirm()}
          >
            <FormattedMessage id="client.consentAction.confirm" />
          </Button>
          <Button appearance="secondary-action-button" onClick={() => dialog.current?.close()}>
            <FormattedMessage id="common.cancel" />
          </Button>
        </ButtonGroup>
      </dialog>
    </section>
  );
}
