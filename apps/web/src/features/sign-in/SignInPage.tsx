import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useNavigate, useSearchParams } from 'react-router';
import { Shell } from '../../app/Shell';
import { homeOf } from '../../app/navigation';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession, type Role } from '../../auth/session';
import { safeReturnPath } from '../../auth/token';
import { byRole, fetchDemoToken, fetchDemoUsers, type DemoUser } from './dev-sign-in';

const ROLE_ORDER: readonly Role[] = ['COACH', 'EMPLOYER', 'PARTNER', 'ADMIN', 'ANALYST'];

type Load =
  | { state: 'loading' }
  | { state: 'ready'; users: DemoUser[] }
  | { state: 'unavailable' }
  | { state: 'error' };

/**
 * Sign-in. With development tokens (never in production) the demo users are listed by role and one
 * click signs in as one; the page asked for before sign-in (`?next=`) opens afterwards.
 */
export function SignInPage() {
  usePageTitle('signIn.title');
  const { signIn, expired } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [busy, setBusy] = useState<string>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    fetchDemoUsers().then(
      (users) => live && setLoad(users ? { state: 'ready', users } : { state: 'unavailable' }),
      () => live && setLoad({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, []);

  async function signInAs(user: DemoUser) {
    setBusy(user.id);
    setFailed(false);
    try {
      await signIn(await fetchDemoToken(user.id));
      await navigate(next ? safeReturnPath(next) : homeOf(user.role as Role), { replace: true });
    } catch {
      setFailed(true);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <Shell>
      <Heading1>
        <FormattedMessage id="signIn.title" />
      </Heading1>
      {expired && (
        <Alert type="warning" role="status">
          <Paragraph>
            <FormattedMessage id="signIn.expired" />
          </Paragraph>
        </Alert>
      )}
      {failed && (
        <Alert type="error" role="alert">
          <Paragraph>
            <FormattedMessage id="signIn.failed" />
          </Paragraph>
        </Alert>
      )}
      {load.state === 'loading' && (
        <Paragraph>
          <FormattedMessage id="common.loading" />
        </Paragraph>
      )}
      {load.state === 'error' && (
        <Alert type="error">
          <Paragraph>
            <FormattedMessage id="signIn.unreachable" />
          </Paragraph>
        </Alert>
      )}
      {load.state === 'unavailable' && (
        <Alert type="info">
          <Paragraph>
            <FormattedMessage id="signIn.noDevSignIn" />
          </Paragraph>
        </Alert>
      )}
      {load.state === 'ready' && (
        <>
          <Paragraph lead>
            <FormattedMessage id="signIn.demoIntro" />
          </Paragraph>
          <div className="pw-sign-in">
            {byRole(load.users, ROLE_ORDER).map(([role, users]) => (
              <section key={role} className="pw-card" aria-labelledby={`role-${role}`}>
                <Heading2 id={`role-${role}`}>
                  <FormattedMessage id={`role.${role}.plural`} />
                </Heading2>
                <UnorderedList className="pw-plain-list">
                  {users.map((u) => (
                    <UnorderedListItem key={u.id}>
                      <Button
                        appearance={role === 'COACH' ? 'primary-action-button' : 'secondary-action-button'}
                        busy={busy === u.id}
                        disabled={busy !== undefined}
                        onClick={() => void signInAs(u)}
                      >
                        <FormattedMessage id="signIn.as" values={{ name: u.displayName }} />
                      </Button>
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              </section>
            ))}
          </div>
        </>
      )}
    </Shell>
  );
}
