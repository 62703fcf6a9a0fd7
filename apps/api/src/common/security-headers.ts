import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { AppConfig } from '@plekwijzer/config';
import { graphiqlEnabled } from './graphiql.js';

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
    const ide = graphiqlEnabled(config);
    this.helmet = helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: ide
          ? {
              // The GraphiQL page (common/graphiql.ts): every file from this origin, no inline script.
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
            }
          : {
              defaultSrc: ["'none'"],
              frameAncestors: ["'none'"],
              baseUri: ["'none'"],
              formAction: ["'none'"],
            },
      },
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
