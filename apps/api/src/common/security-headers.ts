import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { AppConfig } from '@plekwijzer/config';
import { graphiqlEnabled } from './graphiql.js';

/** Paths answered by the API itself (JSON or text, never a page): the strictest policy. */
export const API_PATHS = /^\/(graphql|graphiql|health|metrics|dev|auth)(\/|$|\?)/;

/**
 * The web app (apps/web, served at `/` by WebAppMiddleware): scripts, styles, fonts and images from
 * this origin only, API calls to this origin only — and, with OpenID Connect sign-in, to the issuer's
 * origin (discovery, the token endpoint for the code and refresh tokens; see webAppDirectives). No
 * 'unsafe-inline' at all: the built app has no inline script, and its styles are files (React
 * `style` props are not used, so none are needed).
 */
const WEB_APP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  fontSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
};

/** The web app's policy: connect-src also allows the OIDC issuer's origin when the web signs in there. */
export function webAppDirectives(config: AppConfig): Record<string, string[]> {
  const issuer = config.webOidc?.issuer;
  return issuer
    ? { ...WEB_APP_DIRECTIVES, connectSrc: [...WEB_APP_DIRECTIVES.connectSrc, new URL(issuer).origin] }
    : WEB_APP_DIRECTIVES;
}

/** The development GraphiQL page (common/graphiql.ts): every file from this origin, no inline script. */
const GRAPHIQL_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  workerSrc: ["'self'"],
  // Monaco (GraphiQL's editor) writes its theme and layout into <style> elements at run
  // time, whose content varies: no hash fits, and it takes no nonce.
  styleSrc: ["'self'", "'unsafe-inline'"],
  // GraphiQL's CSS carries its fonts as data: URLs.
  fontSrc: ["'self'", 'data:'],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
};

/** API answers are data, never a page: nothing may load. */
const API_DIRECTIVES = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/**
 * Security headers on every answer (helmet): no X-Powered-By, nosniff, no framing, no referrer,
 * HSTS in production, a Content-Security-Policy chosen by path (API answers: nothing may load; the
 * web app: this origin only, no inline script or style; in development the GraphiQL page gets what
 * it needs), and `Cache-Control: no-store` on GraphQL answers, which are personal.
 */
@Injectable()
export class SecurityHeadersMiddleware implements NestMiddleware {
  private readonly api: ReturnType<typeof helmet>;
  private readonly web: ReturnType<typeof helmet>;
  private readonly ide?: ReturnType<typeof helmet>;

  constructor(@Inject(AppConfig) config: AppConfig) {
    const withPolicy = (directives: Record<string, string[]>) =>
      helmet({
        contentSecurityPolicy: { useDefaults: false, directives },
        crossOriginEmbedderPolicy: false,
        frameguard: { action: 'deny' },
        referrerPolicy: { policy: 'no-referrer' },
        strictTransportSecurity: config.isProduction
          ? { maxAge: 31_536_000, includeSubDomains: true }
          : false,
      });
    this.api = withPolicy(API_DIRECTIVES);
    this.web = withPolicy(webAppDirectives(config));
    if (graphiqlEnabled(config)) this.ide = withPolicy(GRAPHIQL_DIRECTIVES);
  }

  use(
    req: IncomingMessage & { originalUrl?: string },
    res: ServerResponse,
    next: (error?: unknown) => void,
  ): void {
    res.removeHeader('X-Powered-By');
    const url = req.originalUrl ?? req.url ?? '';
    if (url.startsWith('/graphql')) res.setHeader('Cache-Control', 'no-store');
    if (this.ide && /^\/(graphql|graphiql)(\/|$|\?)/.test(url)) return this.ide(req, res, next);
    (API_PATHS.test(url) ? this.api : this.web)(req, res, next);
  }
}
