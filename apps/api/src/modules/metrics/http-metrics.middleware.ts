import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { MetricsService } from './metrics.service.js';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);
/** The routes this service has; any other path is "other", so a scan of random URLs adds no series. */
const ROUTES = new Set(['/graphql', '/health/live', '/health/ready', '/metrics']);

export function routeLabel(url: string | undefined): string {
  const path = (url ?? '').split('?')[0].replace(/\/+$/, '') || '/';
  return ROUTES.has(path) ? path : 'other';
}

/** Times every HTTP request from arrival to the last byte of the answer. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(@Inject(MetricsService) private readonly metrics: MetricsService) {}

  use(req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, next: () => void): void {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const method = req.method && METHODS.has(req.method) ? req.method : 'OTHER';
      this.metrics.httpDuration.observe(
        { method, route: routeLabel(req.originalUrl ?? req.url), status: String(res.statusCode) },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    });
    next();
  }
}
