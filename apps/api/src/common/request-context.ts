import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { Injectable, type NestMiddleware } from '@nestjs/common';

export interface RequestContext {
  requestId: string;
  /** Why personal data is read: the GraphQL field(s) asked for, set by the auth guard. */
  purpose?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The context of the HTTP request being served, or undefined outside one (start-up, workers). */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** Opens a request context for everything that runs while serving this request. */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: { id?: unknown; headers: Record<string, unknown> }, _res: unknown, next: () => void): void {
    const requestId =
      typeof req.id === 'string' || typeof req.id === 'number' ? String(req.id) : randomUUID();
    storage.run({ requestId }, next);
  }
}
