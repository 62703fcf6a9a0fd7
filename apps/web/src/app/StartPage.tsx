import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { FormattedMessage } from 'react-intl';
import { useUser } from '../auth/session';
import { usePageTitle } from './usePageTitle';

/** The start page of a role whose own pages are not in the web workspace yet. */
export function StartPage() {
  usePageTitle('start.title');
  const user = useUser();
  return (
    <>
      <Heading1>
        <FormattedMessage id="start.title" />
      </Heading1>
      <Paragraph>
        <FormattedMessage
          id="start.body"
          values={{ name: user.displayName, role: <FormattedMessage id={`role.${user.role}`} /> }}
        />
      </Paragraph>
    </>
  );
}
