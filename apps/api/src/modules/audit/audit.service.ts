import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '@plekwijzer/graphql';
import { currentRequest } from '@plekwijzer/api/common/request-context.js';
import type { AccessRefusalTrail } from '@plekwijzer/api/modules/auth/auth.ports.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { AuditEntryEntity } from './audit-entry.entity.js';

export interface AuditEvent {
  action: string;
  objectType: 'PARTICIPANT' | 'INTRODUCTION' | 'HOURS' | 'CONSENT' | 'OPERATION' | 'INSIGHTS';
  objectId: string | null;
  participantId?: string | null;
  result: 'ALLOWED' | 'DENIED';
}

/**
 * Writes the audit trail: every read of a participant's personal data, every state change, and
 * every refused attempt. Pass the transaction's manager for changes, so the entry commits (or
 * rolls back) with them; reads and denials are written on their own — never from inside a
 * transaction without its manager (the embedded database has a single connection).
 */
@Injectable()
export class AuditService implements AccessRefusalTrail {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    actor: Actor | null,
    event: AuditEvent,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const request = currentRequest();
    await manager.insert(AuditEntryEntity, {
      actorUserId: actor?.userId ?? null,
      actorRole: actor?.role ?? null,
      action: event.action,
      objectType: event.objectType,
      objectId: event.objectId,
      participantId: event.participantId ?? null,
      result: event.result,
      requestId: request?.requestId ?? null,
      purpose: request?.purpose ?? null,
    });
  }

  /**
   * The audit entry of a read of one participant, as the body of a data-modifying WITH for the
   * reading statement itself (`WITH audit_entry AS (…) SELECT … FROM participants p …`): the read
   * and its trail in one round trip, and neither without the other. The participant looked up is
   * `o`, joined on `lookup.participantId` (a SQL parameter of the caller, e.g. `$1`); `ownedSql`
   * (over `o`) decides ALLOWED or DENIED. A participant that does not exist is recorded as DENIED
   * with no participant_id, as `record` does. This entry's own values are the parameters numbered
   * from `lookup.firstParameter`, in the order of `values`.
   */
  participantReadEntry(
    actor: Actor,
    action: string,
    lookup: { participantId: string; ownedSql: string; firstParameter: number },
  ): { sql: string; values: unknown[] } {
    const request = currentRequest();
    const $ = (k: number) => `$${lookup.firstParameter + k}`;
    const id = lookup.participantId;
    return {
      sql: `INSERT INTO audit_log (actor_user_id, actor_role, action, object_type, object_id, participant_id, result, request_id, purpose)
            SELECT ${$(0)}::uuid, ${$(1)}::text, ${$(2)}::text, 'PARTICIPANT', ${id}::text, o.id,
                   CASE WHEN ${lookup.ownedSql} THEN 'ALLOWED' ELSE 'DENIED' END,
                   ${$(3)}::text, ${$(4)}::text
              FROM (SELECT 1) AS one LEFT JOIN participants o ON o.id = ${id}::uuid`,
      values: [actor.userId, actor.role, action, request?.requestId ?? null, request?.purpose ?? null],
    };
  }

  /** Refusals are part of the trail too: who tried which operation with the wrong role. */
  async recordRoleRefused(actor: Actor, operation: string | null): Promise<void> {
    await this.record(actor, {
      action: 'ROLE_REFUSED',
      objectType: 'OPERATION',
      objectId: operation,
      result: 'DENIED',
    });
  }

  async recordMany(actor: Actor, events: AuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    const request = currentRequest();
    await this.dataSource.manager.insert(
      AuditEntryEntity,
      events.map((event) => ({
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: event.action,
        objectType: event.objectType,
        objectId: event.objectId,
        participantId: event.participantId ?? null,
        result: event.result,
        requestId: request?.requestId ?? null,
        purpose: request?.purpose ?? null,
      })),
    );
  }

  /** The audit trail of one participant, for their coach (checked by the caller) and admins. */
  async trail(participantId: string, limit: number): Promise<AuditEntryEntity[]> {
    return this.dataSource
      .getRepository(AuditEntryEntity)
      .find({ where: { participantId }, order: { id: 'DESC' }, take: limit });
  }

  /** One page of a participant's trail, newest first, and how many entries it has in all. */
  async trailPage(
    participantId: string,
    page: { first: number; offset: number },
  ): Promise<{ items: AuditEntryEntity[]; totalCount: number }> {
    const [items, totalCount] = await this.dataSource.getRepository(AuditEntryEntity).findAndCount({
      where: { participantId },
      order: { id: 'DESC' },
      skip: page.offset,
      take: page.first,
    });
    return { items, totalCount };
  }

  assertCanReadTrail(actor: Actor): void {
    if (actor.role !== Role.COACH && actor.role !== Role.ADMIN) throw DomainError.forbidden();
  }
}
