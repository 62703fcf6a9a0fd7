import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { OidcConfig } from './config';
import { forgetSignedInThisTab, markSignedInThisTab } from './oidc-resume';

/**
 * OpenID Connect sign-in (authorization code + PKCE) with oidc-client-ts. Loaded only when the
 * service has an issuer configured (a dynamic import: the development sign-in never ships it).
 *
 * Where things are kept:
 * - the signed-in user (access, refresh and ID token) in memory only (InMemoryWebStorage): never in
 *   localStorage or sessionStorage; a reload signs in again (at the issuer, often without a prompt);
 * - the state of one round trip to the issuer (PKCE verifier, state, the page to return to) in
 *   sessionStorage, the library's default: the page is left for the issuer and comes back, so memory
 *   cannot carry it. The library removes it when the callback is handled.
 *
 * Renewal: automaticSilentRenew asks a new access token a minute before it expires, with the refresh
 * token (rotated by the issuer) — no hidden iframe, which the app's CSP (frame-ancestors 'none')
 * would refuse anyway. A failed renewal raises silentRenewError: the session ends and the user
 * signs in again, back to the page they were on.
 */
let manager: { key: string; value: UserManager } | undefined;

export function userManager(config: OidcConfig): UserManager {
  const key = `${config.issuer} ${config.clientId} ${config.scope}`;
  if (manager?.key !== key) {
    manager = {
      key,
      value: new UserManager({
        authority: config.issuer,
        client_id: config.clientId,
        scope: config.scope,
        response_type: 'code',
        redirect_uri: `${window.location.origin}/sign-in/callback`,
        post_logout_redirect_uri: `${window.location.origin}/sign-in`,
        userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
        automaticSilentRenew: true,
        loadUserInfo: false,
        monitorSession: false,
      }),
    };
  }
  return manager.value;
}

/** The state carried through the issuer and back: the page to open after sign-in. */
interface RoundTripState {
  next?: string;
}

/** Leaves for the issuer's sign-in page; comes back at /sign-in/callback. */
export async function startSignIn(config: OidcConfig, next: string | undefined): Promise<void> {
  await userManager(config).signinRedirect({ state: { next } satisfies RoundTripState });
}

const callbacks = new Map<string, Promise<{ user: User; next?: string }>>();

/**
 * Exchanges the code in the callback URL for tokens. Once per URL: React's development double
 * effects (and a re-render) must not spend the one-time code twice.
 */
export function completeSignIn(config: OidcConfig, url: string): Promise<{ user: User; next?: string }> {
  let done = callbacks.get(url);
  if (!done) {
    done = userManager(config)
      .signinRedirectCallback(url)
      .then((user) => {
        markSignedInThisTab();
        return { user, next: (user.state as RoundTripState | undefined)?.next };
      });
    callbacks.set(url, done);
  }
  return done;
}

/**
 * Ends the session at the issuer too (end_session_endpoint); the issuer returns to /sign-in. An
 * issuer without an end-session endpoint: the tokens are forgotten here and the user stays on
 * sign-in.
 */
export async function signOutAtIssuer(config: OidcConfig): Promise<void> {
  forgetSignedInThisTab();
  const manager = userManager(config);
  try {
    await manager.signoutRedirect();
  } catch {
    await manager.removeUser();
  }
}

/**
 * Follows renewals while signed in: `renewed` gets each new access token, `failed` is called once
 * when renewing failed or the token ran out. Returns the unsubscribe.
 */
export function watchRenewal(
  config: OidcConfig,
  handlers: { renewed: (token: string, expiresAt?: number) => void; failed: () => void },
): () => void {
  const manager = userManager(config);
  const { events } = manager;
  const loaded = (user: User) =>
    handlers.renewed(user.access_token, user.expires_at ? user.expires_at * 1000 : undefined);
  // A dead session's tokens are forgotten, so no renewal keeps trying with them.
  const failed = () => {
    forgetSignedInThisTab();
    void manager.removeUser();
    handlers.failed();
  };
  events.addUserLoaded(loaded);
  events.addSilentRenewError(failed);
  events.addAccessTokenExpired(failed);
  return () => {
    events.removeUserLoaded(loaded);
    events.removeSilentRenewError(failed);
    events.removeAccessTokenExpired(failed);
  };
}
