import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Navigate, useLocation } from 'react-router';
import { useSession, type Role } from '../auth/session';
import { AppLink } from './links';
import { homeOf } from './navigation';
import { usePageTitle } from './usePageTitle';

/** Signed-in pages: without a session, to sign-in — keeping this page to come back to. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate replace to={`/sign-in?next=${next}`} />;
  }
  return children;
}

/**
 * A role's pages. Another role gets "no access" and the page's queries never run (the API would
 * refuse them as well: this is the interface's half of the boundary, not the only one).
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { session } = useSession();
  if (!session || !roles.includes(session.user.role)) return <NoAccess />;
  return children;
}

export function NoAccess() {
  usePageTitle('noAccess.title');
  const { session } = useSession();
  return (
    <>
      <Heading1>
        <FormattedMessage id="noAccess.title" />
      </Heading1>
      <Alert type="warning">
        <Paragraph>
          <FormattedMessage id="noAccess.body" />
        </Paragraph>
      </Alert>
      {session && (
        <Paragraph>
          <AppLink to={homeOf(session.user.role)}>
            <FormattedMessage id="noAccess.home" />
          </AppLink>
        </Paragraph>
      )}
    </>
  );
}

export function NotFound() {
  usePageTitle('notFound.title');
  return (
    <>
      <Heading1>
        <FormattedMessage id="notFound.title" />
      </Heading1>
      <Paragraph>
        <AppLink to="/">
          <FormattedMessage id="notFound.home" />
        </AppLink>
      </Paragraph>
    </>
  );
}

/** `/`: the signed-in user's start page. */
export function HomeRedirect() {
  const { session } = useSession();
  return <Navigate replace to={session ? homeOf(session.user.role) : '/sign-in'} />;
}
