import type { Actor } from './role.js';

/**
 * What the auth guard needs from other features, as ports the guard owns: the users feature
 * answers who a token's subject is, the audit feature records a refusal. They provide these
 * tokens (UsersModule and AuditModule are global), so auth imports neither and both may import
 * auth's roles and decorators without a cycle.
 */
export abstract class ActorDirectory {
  /** The active user a token's subject refers to, as an actor; null when there is none. */
  abstract activeActorBySubject(subject: string): Promise<Actor | null>;
}

export abstract class AccessRefusalTrail {
  /** Writes that an actor tried an operation their role does not allow. */
  abstract recordRoleRefused(actor: Actor, operation: string | null): Promise<void>;
}
