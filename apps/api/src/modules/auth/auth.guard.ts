import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { currentRequest } from '@plekwijzer/api/common/request-context.js';
import { DomainError } from '@plekwijzer/graphql';
import { PUBLIC_KEY, requestFrom, ROLES_KEY } from './auth.decorators.js';
import { AccessRefusalTrail, ActorDirectory } from './auth.ports.js';
import type { Actor, Role } from './role.js';
import { TokenVerifier } from './token-verifier.service.js';

/**
 * Global guard: every GraphQL operation needs a valid bearer token of an active user; a
 * resolver marked with @Roles also needs one of those roles. The request's actor is cached on
 * the request so several top-level fields verify the token once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    @Inject(ActorDirectory) private readonly actors: ActorDirectory,
    @Inject(AccessRefusalTrail) private readonly refusals: AccessRefusalTrail,
  ) {}

  async canActivate(executionContext: ExecutionContext): Promise<boolean> {
    const targets = [executionContext.getHandler(), executionContext.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = requestFrom(executionContext) as {
      actor?: Actor;
      actorPromise?: Promise<Actor | undefined>;
      headers: Record<string, unknown>;
    };
    request.actorPromise ??= this.authenticate(request.headers.authorization);
    const actor = await request.actorPromise;
    if (!actor) throw DomainError.unauthenticated();
    request.actor = actor;

    // The purpose of any personal-data read in this request is the operation asked for.
    const context = currentRequest();
    const field =
      executionContext.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(executionContext).getInfo<{ fieldName: string }>().fieldName
        : undefined;
    if (context && field) {
      context.purpose =
        context.purpose && !context.purpose.split(',').includes(field)
          ? `${context.purpose},${field}`
          : (context.purpose ?? field);
    }

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(actor.role)) {
      // Refusals are part of the trail too: who tried which operation with the wrong role.
      await this.refusals.recordRoleRefused(actor, field ?? null);
      throw DomainError.forbidden('Your role does not give access to this');
    }
    return true;
  }

  private async authenticate(header: unknown): Promise<Actor | undefined> {
    if (typeof header !== 'string') return undefined;
    const match = /^Bearer ([A-Za-z0-9_\-.]{10,8192})$/.exec(header.trim());
    if (!match) return undefined;
    const token = await this.verifier.verify(match[1]);
    if (!token) return undefined;
    const actor = await this.actors.activeActorBySubject(token.subject);
    if (!actor) return undefined;
    // A token may name a role; if it does it must be the user's role (the database decides).
    if (token.role !== undefined && token.role.toUpperCase() !== String(actor.role)) return undefined;
    return actor;
  }
}
