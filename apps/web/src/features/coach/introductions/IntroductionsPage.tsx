import { Heading1 } from '@utrecht/component-library-react';
import { FormattedMessage } from 'react-intl';
import { useParams } from 'react-router';
import { usePageTitle } from '../../../app/usePageTitle';
import { IntroductionsBoard } from './IntroductionsBoard';

/** Voorstellen: every introduction of the caseload. */
export function IntroductionsPage() {
  usePageTitle('introductions.title');
  return (
    <>
      <Heading1>
        <FormattedMessage id="introductions.title" />
      </Heading1>
      <IntroductionsBoard />
    </>
  );
}

/** The client's Voorstellen tab. */
export function ClientIntroductions() {
  const { participantId = '' } = useParams();
  return <IntroductionsBoard participantId={participantId} />;
}
