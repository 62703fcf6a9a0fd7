import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor, Role } from './role.js';

export const PUBLIC_KEY = 'plekwijzer:public';
export const ROLES_KEY = 'plekwijzer:roles';

/** Marks a route that needs no token (health checks). Everything else does. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Restricts a resolver to these roles; the service still checks ownership of every object. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export function requestFrom(context: ExecutionContext): { actor?: Actor; headers: Record<string, unknown> } {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{
      req: { actor?: Actor; headers: Record<string, unknown> };
    }>().req;
  }
  return context.switchToHttp().getRequest();
}

/** The authenticated actor of this request (set by AuthGuard). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestFrom(context).actor;
  if (!actor) throw new Error('CurrentActor used on a route without authentication');
  return actor;
});
