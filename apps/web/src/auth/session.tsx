import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Provider as UrqlProvider } from 'urql';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { createApiClient } from '../graphql/client';
import { fetchAuthConfig, type AuthConfig } from './config';
import { forgetSignedInThisTab } from './oidc-resume';
import { tokenExpiresAt } from './token';

export type SignedInUser = MeQuery['me'];
export type Role = SignedInUser['role'];

const MeDocument = graphql(`
  query Me {
    me {
      id
      displayName
      role
      organisationId
    }
  }
`);

/** How the user signed in: the development sign-in, or OpenID Connect at the configured issuer. */
export type SignInMethod = 'dev' | 'oidc';

interface Session {
  /** A new number for every sign-in: the GraphQL client (and its cache) belongs to one sign-in. */
  id: number;
  user: SignedInUser;
  method: SignInMethod;
  expiresAt?: number;
}

/** The API's sign-in settings: loading, known, or unreachable. */
export type AuthConfigState =
  { state: 'loading' } | { state: 'ready'; config: AuthConfig } | { state: 'error' };

interface SessionContextValue {
  session?: Session;
  /** The last session ended because the token expired or was refused (not by signing out). */
  expired: boolean;
  authConfig: AuthConfigState;
  /** Signs in with a bearer token (checked with the API's `me`). */
  signIn: (token: string, options?: { method?: SignInMethod; expiresAt?: number }) => Promise<void>;
  signOut: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

let sessions = 0;

/**
 * The signed-in user. The token lives in memory only (never in storage, never in a URL): a reload
 * asks to sign in again. When the token expires — by its `exp`, when the API answers
 * UNAUTHENTICATED, or when OpenID Connect could not renew it — the session ends and the route guard
 * sends the user to sign-in with the page they were on kept in `?next=`. Under OpenID Connect a
 * renewed token replaces the old one in place: same session, same cache.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>();
  const [expired, setExpired] = useState(false);
  const [authConfig, setAuthConfig] = useState<AuthConfigState>({ state: 'loading' });
  const token = useRef('');

  useEffect(() => {
    let live = true;
    fetchAuthConfig().then(
      (config) => live && setAuthConfig({ state: 'ready', config }),
      () => live && setAuthConfig({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, []);

  const expire = useCallback(() => {
    token.current = '';
    setSession(undefined);
    setExpired(true);
  }, []);

  useEffect(() => {
    if (!session?.expiresAt) return;
    const id = setTimeout(expire, Math.max(0, session.expiresAt - Date.now()));
    return () => clearTimeout(id);
  }, [session, expire]);

  // OpenID Connect: follow the library's renewals while signed in that way.
  const oidc = authConfig.state === 'ready' ? authConfig.config.oidc : null;
  const sessionId = session?.id;
  const method = session?.method;
  useEffect(() => {
    if (method !== 'oidc' || !oidc) return;
    let stop: (() => void) | undefined;
    let live = true;
    void import('./oidc').then(({ watchRenewal }) => {
      if (!live) return;
      stop = watchRenewal(oidc, {
        renewed(newToken, expiresAt) {
          token.current = newToken;
          setSession((s) =>
            s && s.id === sessionId ? { ...s, expiresAt: expiresAt ?? tokenExpiresAt(newToken) } : s,
          );
        },
        failed: expire,
      });
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [method, sessionId, oidc, expire]);

  const client = useMemo(
    () => (sessionId !== undefined ? createApiClient(() => token.current, expire) : undefined),
    [sessionId, expire],
  );

  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      expired,
      authConfig,
      async signIn(newToken, options = {}) {
        const result = await createApiClient(
          () => newToken,
          () => undefined,
        )
          .query(MeDocument, {}, { requestPolicy: 'network-only' })
          .toPromise();
        if (!result.data) throw result.error ?? new Error('Sign-in failed');
        token.current = newToken;
        setSession({
          id: ++sessions,
          user: result.data.me,
          method: options.method ?? 'dev',
          expiresAt: options.expiresAt ?? tokenExpiresAt(newToken),
        });
        setExpired(false);
      },
      signOut() {
        const endAtIssuer = session?.method === 'oidc' && oidc;
        // Before the session goes: the sign-in page that renders next must not sign in again by
        // itself (oidc-resume.ts) while the browser is on its way to the issuer's sign-out.
        forgetSignedInThisTab();
        token.current = '';
        setSession(undefined);
        setExpired(false);
        // Under OpenID Connect the issuer's session ends too; it sends the browser back to /sign-in.
        if (endAtIssuer) void import('./oidc').then(({ signOutAtIssuer }) => signOutAtIssuer(endAtIssuer));
      },
    }),
    [session, expired, authConfig, oidc],
  );

  return (
    <SessionContext.Provider value={value}>
      {client ? <UrqlProvider value={client}>{children}</UrqlProvider> : children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionContextValue {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** The signed-in user, inside the routes that require one. */
export function useUser(): SignedInUser {
  const { session } = useSession();
  if (!session) throw new Error('useUser outside a signed-in route');
  return session.user;
}
