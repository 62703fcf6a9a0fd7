import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';

/**
 * A real OpenID Connect issuer for the browser tests: panva's oidc-provider, in this process, with
 * its development login and consent pages. One public client (authorization code + PKCE, no secret,
 * refresh tokens), one account, and JWT access tokens for the API's audience — what the API verifies
 * in production (OIDC_ISSUER, OIDC_JWKS_URL, OIDC_AUDIENCE).
 */
export interface TestIssuer {
  issuer: string;
  clientId: string;
  audience: string;
  /** The env settings that make the API and its web app use this issuer. */
  env: Record<string, string>;
  /** Refresh-token grants the issuer answered (a silent renewal each). */
  refreshes: number;
  /** While true the token endpoint refuses every refresh (as an issuer does after a revocation). */
  refuseRefresh: boolean;
  close(): Promise<void>;
}

export async function startTestIssuer(options: {
  port: number;
  appUrl: string;
  /** The one account: what the user types as login, and the `sub` of its tokens. */
  subject: string;
  /** Lifetime of an access token in seconds; the web app renews one a minute before it runs out. */
  accessTokenTtl: number;
}): Promise<TestIssuer> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const clientId = 'plekwijzer-web';
  const audience = 'plekwijzer-api';
  const resource = 'urn:plekwijzer:api';
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test-key' };

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${options.appUrl}/sign-in/callback`],
        post_logout_redirect_uris: [`${options.appUrl}/sign-in`],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['a-test-cookie-key-that-is-long-enough'] },
    scopes: ['openid', 'api', 'offline_access'],
    claims: { openid: ['sub'] },
    findAccount: (_ctx, id) =>
      id === options.subject ? { accountId: id, claims: () => ({ sub: id }) } : undefined,
    pkce: { required: () => true },
    // The web app is a public client that renews with refresh tokens (no iframe); rotated on use.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: {
      AccessToken: options.accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      RefreshToken: 3600,
      Grant: 3600,
      Interaction: 600,
      Session: 3600,
    },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      // The API's audience: access tokens are JWTs signed with the issuer's key (its JWKS).
      resourceIndicators: {
        enabled: true,
        defaultResource: () => resource,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'api',
          audience,
          accessTokenTTL: options.accessTokenTtl,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
  };
  const provider = new Provider(issuer, configuration);
  const state = { refreshes: 0, refuseRefresh: false };
  provider.on('grant.success', (ctx: { oidc: { params?: { grant_type?: unknown } } }) => {
    if (ctx.oidc.params?.grant_type === 'refresh_token') state.refreshes += 1;
  });
  // Set after sign-in, when the only token requests left are renewals: refuse them all.
  provider.use(async (ctx, next) => {
    if (state.refuseRefresh && ctx.method === 'POST' && ctx.path === '/token') {
      ctx.status = 400;
      ctx.set('access-control-allow-origin', options.appUrl);
      ctx.body = { error: 'invalid_grant', error_description: 'refused by the test' };
      return;
    }
    await next();
  });
  const handle = provider.callback();
  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    issuer,
    clientId,
    audience,
    env: {
      OIDC_ISSUER: issuer,
      OIDC_JWKS_URL: `${issuer}/jwks`,
      OIDC_AUDIENCE: audience,
      OIDC_CLIENT_ID: clientId,
      OIDC_SCOPE: 'openid api',
      JWT_SECRET: '',
    },
    get refreshes() {
      return state.refreshes;
    },
    get refuseRefresh() {
      return state.refuseRefresh;
    },
    set refuseRefresh(value: boolean) {
      state.refuseRefresh = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
