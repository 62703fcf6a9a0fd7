import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { createApiClient } from '../graphql/client';
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

interface Session {
  token: string;
  user: SignedInUser;
  expiresAt?: number;
}

interface SessionContextValue {
  session?: Session;
  /** The last session ended because the token expired or was refused (not by signing out). */
  expired: boolean;
  signIn: (token: string) => Promise<void>;
  signOut: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * The signed-in user. The token lives in memory only (never in storage, never in a URL): a reload
 * asks to sign in again. When the token expires — by its `exp`, or when the API answers
 * UNAUTHENTICATED — the session ends and the route guard sends the user to sign-in with the page
 * they were on kept in `?next=`.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>();
  const [expired, setExpired] = useState(false);

  const expire = useCallback(() => {
    setSession(undefined);
    setExpired(true);
  }, []);

  useEffect(() => {
    if (!session?.expiresAt) return;
    const id = setTimeout(expire, Math.max(0, session.expiresAt - Date.now()));
    return () => clearTimeout(id);
  }, [session, expire]);

  const token = session?.token;
  const client = useMemo(() => (token ? createApiClient(token, expire) : undefined), [token, expire]);

  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      expired,
      async signIn(newToken: string) {
        const result = await createApiClient(newToken, () => undefined)
          .query(MeDocument, {}, { requestPolicy: 'network-only' })
          .toPromise();
        if (!result.data) throw result.error ?? new Error('Sign-in failed');
        setSession({ token: newToken, user: result.data.me, expiresAt: tokenExpiresAt(newToken) });
        setExpired(false);
      },
      signOut() {
        setSession(undefined);
        setExpired(false);
      },
    }),
    [session, expired],
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
