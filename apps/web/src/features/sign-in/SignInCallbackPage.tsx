import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useNavigate } from 'react-router';
import { AppLink } from '../../app/links';
import { Shell } from '../../app/Shell';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../../auth/session';
import { safeReturnPath } from '../../auth/token';

/**
 * `/sign-in/callback`: where the OpenID Connect issuer sends the browser back with a code. The code
 * becomes tokens (PKCE), the API's `me` says who this is, and the page asked for before sign-in opens.
 */
export function SignInCallbackPage() {
  usePageTitle('signInOidc.completing');
  const { authConfig, signIn } = useSession();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  // The latest signIn and navigate, without running the exchange again when they change.
  const latest = useRef({ signIn, navigate });
  latest.current = { signIn, navigate };
  const oidc = authConfig.state === 'ready' ? authConfig.config.oidc : undefined;
  const configFailed = authConfig.state === 'error' || (authConfig.state === 'ready' && !oidc);

  useEffect(() => {
    if (!oidc) return;
    let live = true;
    const url = window.location.href;
    void (async () => {
      try {
        const { completeSignIn } = await import('../../auth/oidc');
        const { user, next } = await completeSignIn(oidc, url);
        if (!live) return;
        await latest.current.signIn(user.access_token, {
          method: 'oidc',
          expiresAt: user.expires_at ? user.expires_at * 1000 : undefined,
        });
        if (!live) return;
        // The session's user is known only after signIn; its role gives the start page.
        await latest.current.navigate(next ? safeReturnPath(next) : '/', { replace: true });
      } catch {
        if (live) setFailed(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [oidc]);

  return (
    <Shell>
      <Heading1>
        <FormattedMessage id="signIn.title" />
      </Heading1>
      {failed || configFailed ? (
        <Alert type="error" role="alert">
          <Paragraph>
            <FormattedMessage id="signInOidc.failed" />
          </Paragraph>
          <Paragraph>
            <AppLink to="/sign-in">
              <FormattedMessage id="signInOidc.again" />
            </AppLink>
          </Paragraph>
        </Alert>
      ) : (
        <Paragraph role="status">
          <FormattedMessage id="signInOidc.completing" />
        </Paragraph>
      )}
    </Shell>
  );
}
