/** The API's sign-in settings (GET /auth/config, apps/api/src/modules/auth/auth-config.controller.ts). */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  scope: string;
}

export interface AuthConfig {
  /** OpenID Connect sign-in at this issuer; null when the service has none configured. */
  oidc: OidcConfig | null;
  /** The development sign-in with the demo users (never in production). */
  devSignIn: boolean;
}

/** Read once when the app starts: one build serves every environment. */
export async function fetchAuthConfig(): Promise<AuthConfig> {
  const res = await fetch('/auth/config', { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const body = (await res.json()) as Partial<AuthConfig>;
  return { oidc: body.oidc ?? null, devSignIn: body.devSignIn === true };
}
