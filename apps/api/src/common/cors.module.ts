import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  Inject,
  Injectable,
  Module,
  type MiddlewareConsumer,
  type NestMiddleware,
  type NestModule,
} from '@nestjs/common';
import cors, { type CorsOptions } from 'cors';
import { AppConfig } from '@plekwijzer/config';
import { ConfigModule } from '@plekwijzer/api/config/config.module.js';

/**
 * The CORS rules: closed unless the request's Origin is on the CORS_ORIGINS allow-list. The web
 * workspace is served by the API on its own origin and needs no CORS at all; another origin gets
 * no Access-Control-Allow-Origin, so a browser keeps its page from reading the answers.
 */
export function corsOptions(config: Pick<AppConfig, 'CORS_ORIGINS'>): CorsOptions {
  const allowed = new Set(config.CORS_ORIGINS);
  return {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin.toLowerCase())),
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    // Bearer tokens, not cookies: credentials mode is never needed.
    credentials: false,
    maxAge: 600,
  };
}

/** Applies corsOptions to every route, ahead of GraphQL (part of the module, so every app factory gets it). */
@Injectable()
export class CorsMiddleware implements NestMiddleware {
  private readonly handler: ReturnType<typeof cors>;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.handler = cors(corsOptions(config));
  }

  use(req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void {
    this.handler(req, res, next);
  }
}

@Module({ imports: [ConfigModule], providers: [CorsMiddleware] })
export class CorsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorsMiddleware).forRoutes('*path');
  }
}
