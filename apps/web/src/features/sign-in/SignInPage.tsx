import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useNavigate, useSearchParams } from 'react-router';
import { Shell } from '../../app/Shell';
import { homeOf } from '../../app/navigation';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession, type Role } from '../../auth/session';
import type { OidcConfig } from '../../auth/config';
import { takeSignedInThisTab } from '../../auth/oidc-resume';
import { safeReturnPath } from '../../auth/token';
import { byRole, fetchDemoToken, fetchDemoUsers, type DemoUser } from './dev-sign-in';

const ROLE_ORDER: readonly Role[] = ['COACH', 'EMPLOYER', 'PARTNER', 'ADMIN', 'ANALYST'];

type Load =
  | { state: 'loading' }
  | { state: 'ready'; users: DemoUser[] }
  | { state: 'unavailable' }
  | { state: 'error' };

/**
 * Sign-in. With OpenID Connect configured, one button leaves for the organisation's sign-in service
 * and comes back at /sign-in/callback. With development tokens (never in production) the demo users
 * are listed by role and one click signs in as one. Either way the page asked for before sign-in
 * (`?next=`) opens afterwards.
 */
export function SignInPage() {
  usePageTitle('signIn.title');
  const { expired, authConfig, session } = useSession();
  const [params] = useSearchParams();
  const next = params.get('next');
  const config = authConfig.state === 'ready' ? authConfig.config : undefined;

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
      {authConfig.state === 'loading' && (
        <Paragraph role="status">
          <FormattedMessage id="common.loading" />
        </Paragraph>
      )}
      {authConfig.state === 'error' && (
        <Alert type="error">
          <Paragraph>
            <FormattedMessage id="signIn.unreachable" />
          </Paragraph>
        </Alert>
      )}
      {config?.oidc && <OidcSignIn config={config.oidc} next={next} resume={!expired && !session} />}
      {config?.devSignIn && <DevSignIn next={next} />}
      {config && !config.oidc && !config.devSignIn && (
        <Alert type="info">
          <Paragraph>
            <FormattedMessage id="signIn.noDevSignIn" />
          </Paragraph>
        </Alert>
      )}
    </Shell>
  );
}

/**
 * OpenID Connect: to the organisation's sign-in service, and back to the page asked for. After a
 * reload of a tab that was signed in, it goes there by itself (see oidc-resume.ts) — not after an
 * expired session, whose message should be read first, nor while someone is signed in.
 */
function OidcSignIn({ config, next, resume }: { config: OidcConfig; next: string | null; resume: boolean }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [resuming, setResuming] = useState(false);
  const startRef = useRef<() => Promise<void>>(undefined);

  async function start() {
    setBusy(true);
    setFailed(false);
    try {
      const { startSignIn } = await import('../../auth/oidc');
      await startSignIn(config, next ? safeReturnPath(next) : undefined);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  startRef.current = start;

  useEffect(() => {
    if (!resume || !takeSignedInThisTab()) return;
    setResuming(true);
    void startRef.current?.();
  }, [resume]);

  return (
    <section className="pw-card" aria-labelledby="sign-in-oidc">
      <Heading2 id="sign-in-oidc">
        <FormattedMessage id="signInOidc.title" />
      </Heading2>
      <Paragraph>
        <FormattedMessage id="signInOidc.intro" />
      </Paragraph>
      {resuming && !failed && (
        <Paragraph role="status">
          <FormattedMessage id="signInOidc.resuming" />
        </Paragraph>
      )}
      {failed && (
        <Alert type="error" role="alert">
          <Paragraph>
            <FormattedMessage id="signInOidc.unreachable" />
          </Paragraph>
        </Alert>
      )}
      <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void start()}>
        <FormattedMessage id="signInOidc.button" />
      </Button>
    </section>
  );
}

/** The development sign-in: the demo users by role, one click signs in as one. */
function DevSignIn({ next }: { next: string | null }) {
  const { signIn } = useSession();
  const navigate = useNavigate();
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
    <>
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
    </>
  );
}
