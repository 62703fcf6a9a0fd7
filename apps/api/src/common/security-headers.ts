import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { AppConfig } from '@plekwijzer/config';

/** The development GraphiQL page loads GraphiQL and React from unpkg and starts them inline. */
const IDE_SOURCES = ['https://unpkg.com'];

/**
 * Security headers on every answer (helmet): no X-Powered-By, nosniff, no framing, no referrer,
 * HSTS in production, a Content-Security-Policy (the API serves no pages in production; in
 * development the GraphiQL page gets what it needs), and `Cache-Control: no-store` on GraphQL
 * answers, which are personal.
 */
@Injectable()
export class SecurityHeadersMiddleware implements NestMiddleware {
  private readonly helmet: ReturnType<typeof helmet>;

  constructor(@Inject(AppConfig) config: AppConfig) {
    const ide = config.GRAPHQL_IDE && !config.isProduction;
    this.helmet = helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: ide
          ? {
              defaultSrc: ["'self'"],
              scriptSrc: ["'self'", "'unsafe-inline'", ...IDE_SOURCES],
              styleSrc: ["'self'", "'unsafe-inline'", ...IDE_SOURCES],
              fontSrc: ["'self'", 'data:', ...IDE_SOURCES],
              imgSrc: ["'self'", 'data:', ...IDE_SOURCES],
              connectSrc: ["'self'"],
              frameAncestors: ["'none'"],
              baseUri: ["'none'"],
              formAction: ["'self'"],
            }
          : {
              defaultSrc: ["'none'"],
              frameAncestors: ["'none'"],
              baseUri: ["'none'"],
              formAction: ["'none'"],
            },
      },
      // The GraphiQL page loads scripts from another origin in development.
      crossOriginEmbedderPolicy: false,
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: config.isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    });
  }

  use(
    req: IncomingMessage & { originalUrl?: string },
    res: ServerResponse,
    next: (error?: unknown) => void,
  ): void {
    res.removeHeader('X-Powered-By');
    if ((req.originalUrl ?? req.url ?? '').startsWith('/graphql')) res.setHeader('Cache-Control', 'no-store');
    this.helmet(req, res, next);
  }
}
