import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { hydrate, pgErrorCode, PG_UNIQUE_VIOLATION, queryPrepared } from '@plekwijzer/database';
import { DomainError } from '@plekwijzer/graphql';
import type { ActorDirectory } from '@plekwijzer/api/modules/auth/auth.ports.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { OrganisationsService } from '@plekwijzer/api/modules/organisations/organisations.service.js';
import type { CreateUserInput } from './dto/create-user.input.js';
import { ActorCache } from './actor-cache.service.js';
import { UserEntity } from './user.entity.js';
import { IdempotencyService } from '@plekwijzer/api/modules/idempotency/idempotency.service.js';

const ROLE_FOR_KIND: Record<string, Role[]> = {
  EMPLOYER: [Role.EMPLOYER],
  PARTNER: [Role.PARTNER],
  COACHING: [Role.COACH, Role.ADMIN, Role.ANALYST],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class UsersService implements ActorDirectory {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @Inject(OrganisationsService) private readonly organisations: OrganisationsService,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
    @Inject(ActorCache) private readonly actors: ActorCache,
  ) {}

  /**
   * The active user a token's subject refers to: by external subject, or else by id (local tokens).
   * One prepared statement: it runs for each user's first request to a process (issue 13).
   */
  private async findActiveBySubject(subject: string): Promise<UserEntity | null> {
    const [row] = await queryPrepared<Record<string, unknown>>(
      this.users.manager.connection,
      `SELECT * FROM users WHERE active AND (external_subject = $1 OR id = $2::uuid)
        ORDER BY external_subject = $1 DESC NULLS LAST LIMIT 1`,
      [subject, UUID.test(subject) ? subject : null],
    );
    return row ? hydrate(this.users.manager.connection, UserEntity, row) : null;
  }

  /** Kept briefly per process (ActorCache); a change to the user's row drops it at once. */
  async activeActorBySubject(subject: string): Promise<Actor | null> {
    const kept = this.actors.get(subject);
    if (kept) return kept;
    const generation = this.actors.generation;
    const user = await this.findActiveBySubject(subject);
    if (!user) return null;
    const actor: Actor = {
      userId: user.id,
      role: user.role,
      organisationId: user.organisationId,
      displayName: user.displayName,
    };
    this.actors.set(subject, actor, generation);
    return actor;
  }

  /** The organisation a user belongs to; in the caller's transaction when a manager is given. */
  async organisationOf(userId: string, manager?: EntityManager): Promise<string | undefined> {
    const repo = manager ? manager.getRepository(UserEntity) : this.users;
    const user = await repo.findOne({ where: { id: userId }, select: { id: true, organisationId: true } });
    return user?.organisationId;
  }

  /** The organisation of each of these users, by user id. */
  async organisationsOf(userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const users = await this.users.find({
      where: { id: In(userIds) },
      select: { id: true, organisationId: true },
    });
    return new Map(users.map((u) => [u.id, u.organisationId]));
  }

  async me(actor: Actor): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id: actor.userId });
    if (!user) throw DomainError.notFound('Your user');
    return user;
  }

  /** Admins create users; a role must fit the organisation's kind (an employer is never a coach). */
  async create(actor: Actor, input: CreateUserInput): Promise<UserEntity> {
    if (actor.role !== Role.ADMIN) throw DomainError.forbidden('Only an admin can create users');
    const organisation = await this.organisations.findById(input.organisationId);
    if (!organisation)
      throw DomainError.badInput([
        { path: 'organisationId', message: 'there is no such organisation', code: 'NOT_FOUND' },
      ]);
    if (!ROLE_FOR_KIND[organisation.kind]?.includes(input.role)) {
      throw DomainError.badInput([
        {
          path: 'role',
          message: `a ${organisation.kind.toLowerCase()} organisation cannot have ${input.role.toLowerCase()} users`,
          code: 'INVALID_CHOICE',
          params: { kind: organisation.kind },
        },
      ]);
    }
    try {
      return await this.idempotency.transaction({
        userId: actor.userId,
        operation: 'createUser',
        input,
        idOf: (created) => created.id,
        replay: (manager, id) => manager.getRepository(UserEntity).findOneBy({ id }),
        what: 'User',
        create: (manager) =>
          manager.getRepository(UserEntity).save(
            manager.getRepository(UserEntity).create({
              organisationId: input.organisationId,
              role: input.role,
              displayName: input.displayName.trim(),
              email: input.email.trim().toLowerCase(),
              externalSubject: input.externalSubject ?? null,
              active: true,
            }),
          ),
      });
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) {
        throw new DomainError(
          'CONFLICT',
          'A user with this e-mail address or external subject already exists',
          { reason: 'ALREADY_EXISTS' },
        );
      }
      throw error;
    }
  }

  async listForOrganisation(actor: Actor, organisationId: string): Promise<UserEntity[]> {
    if (actor.role !== Role.ADMIN && actor.organisationId !== organisationId) {
      throw DomainError.notFound('Organisation');
    }
    if (!(await this.organisations.findById(organisationId))) throw DomainError.notFound('Organisation');
    return this.users.find({ where: { organisationId }, order: { displayName: 'ASC' }, take: 500 });
  }

  /**
   * Admins deactivate users: the user can no longer sign in (a token already issued is refused from
   * the next request on: this process drops the user it kept at once, the others when the users
   * trigger's notification reaches them); what they did stays recorded.
   * An admin cannot deactivate themselves, so there is always one left to undo a mistake.
   */
  async deactivate(actor: Actor, userId: string): Promise<UserEntity> {
    if (actor.role !== Role.ADMIN) throw DomainError.forbidden('Only an admin can deactivate users');
    if (userId === actor.userId) {
      throw DomainError.badInput([
        { path: 'input.userId', message: 'you cannot deactivate yourself', code: 'INVALID' },
      ]);
    }
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw DomainError.notFound('User');
    if (!user.active) return user;
    await this.users.update({ id: userId }, { active: false });
    this.actors.drop(userId);
    return { ...user, active: false };
  }
}
