import { Controller, Get, Header, Inject } from '@nestjs/common';
import { AppConfig } from '@plekwijzer/config';
import { Public } from './auth.decorators.js';

/** What the web app learns at start: how people sign in here. Nothing secret: all of it is public. */
export interface WebAuthConfig {
  /** OpenID Connect sign-in (authorization code + PKCE) at this issuer; null when not configured. */
  oidc: { issuer: string; clientId: string; scope: string } | null;
  /** The development sign-in (`/dev/sign-in`) is on: never in production, never under OIDC. */
  devSignIn: boolean;
}

/**
 * `GET /auth/config`: the web app reads its sign-in settings from the API at run time, so one build
 * serves every environment (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_SCOPE; the development sign-in).
 */
@Public()
@Controller('auth')
export class AuthConfigController {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  @Get('config')
  @Header('Cache-Control', 'no-cache')
  webConfig(): WebAuthConfig {
    return { oidc: this.config.webOidc ?? null, devSignIn: this.config.devSignInEnabled };
  }
}
