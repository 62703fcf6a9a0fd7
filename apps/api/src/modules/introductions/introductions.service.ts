import {
  addDays,
  canMove,
  INTRODUCTION_LIFECYCLE,
  introductionEventType,
  mayMakeMove,
  PlacementStatus,
  today,
} from '@plekwijzer/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { pgErrorCode, PG_UNIQUE_VIOLATION } from '@plekwijzer/database';
import { DomainError, HardeningReason, MAX_PAGE_SIZE, type PageInput } from '@plekwijzer/graphql';
import { AppConfig } from '@plekwijzer/config';
import { AuditService } from '@plekwijzer/api/modules/audit/audit.service.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { IdempotencyService } from '@plekwijzer/api/modules/idempotency/idempotency.service.js';
import { OutboxService } from '@plekwijzer/api/modules/notifications/outbox.service.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import { MatchingInputsSignal } from '@plekwijzer/api/common/matching-inputs.js';
import { isCalendarDate } from '@plekwijzer/api/common/weekly-ranges.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { UsersService } from '@plekwijzer/api/modules/users/users.service.js';
import type { DeclineInput, EndEarlyInput, ProposeInput } from './dto/introduction.inputs.js';
import { IntroductionEntity, IntroductionTransitionEntity } from './introduction.entity.js';
import { IntroductionStatus, OCCUPYING_STATUSES, OPEN_STATUSES } from './introduction.enums.js';
import { LoggedHours } from './logged-hours.port.js';

const PLACE_SIDE = new Set<Role>([Role.EMPLOYER, Role.PARTNER]);
/** Open, not started yet: waiting for the place's answer, or accepted and waiting for the first day. */
const WAITING_STATUSES: readonly IntroductionStatus[] = [
  IntroductionStatus.PROPOSED,
  IntroductionStatus.ACCEPTED,
];

interface TransitionDetails {
  reason?: string | null;
  note?: string | null;
  apply?: (introduction: IntroductionEntity) => void;
  /** COMPLETED / ENDED_EARLY: the last day and its input path; hours logged after it would be left outside. */
  endDate?: { value: string; path: string };
}

/**
 * Introductions (voordrachten). A coach proposes their own participant, with consent; the place's
 * organisation answers. Capacity is enforced under a row lock on the place, so concurrent accepts
 * can never overbook it. Every change records who and when, writes an outbox event and an audit
 * entry in the same transaction.
 */
@Injectable()
export class IntroductionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
    @Inject(MatchingInputsSignal) private readonly matchingInputs: MatchingInputsSignal,
    @Inject(PlacementsService) private readonly placements: PlacementsService,
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(LoggedHours) private readonly loggedHours: LoggedHours,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    // The participants feature cannot depend on this one (this one depends on it): it calls back.
    participants.onConsentEnded((manager, actor, participantId) =>
      this.endConsent(manager, actor, participantId),
    );
  }

  async propose(actor: Actor, input: ProposeInput): Promise<IntroductionEntity> {
    if (actor.role !== Role.COACH) throw DomainError.forbidden('Only a coach proposes participants');
    // Ownership first (NOT_FOUND for someone else's participant, and audited as a denial).
    await this.participants.getOwned(actor, input.participantId, 'PROPOSE');
    if (!input.consentConfirmed) {
      throw DomainError.badInput([
        { path: 'input.consentConfirmed', message: 'the participant must consent to this introduction' },
      ]);
    }
    try {
      return await this.idempotency.transaction({
        userId: actor.userId,
        operation: 'proposeIntroduction',
        input,
        idOf: (introduction) => introduction.id,
        replay: (manager, id) => manager.getRepository(IntroductionEntity).findOneBy({ id }),
        what: 'Introduction',
        create: (manager) => this.createProposal(manager, actor, input),
      });
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) {
        throw new DomainError(
          'CONFLICT',
          'This participant already has an open introduction for this place',
          { reason: 'ALREADY_PROPOSED' },
        );
      }
      throw error;
    }
  }

  /** The proposal itself, in the transaction `propose` opened. */
  private async createProposal(
    manager: EntityManager,
    actor: Actor,
    input: ProposeInput,
  ): Promise<IntroductionEntity> {
    // Locked: a consent revocation running now either finishes first (and this sees it) or waits for this proposal.
    const participant = await this.participants.lockOfCoachForUpdate(
      input.participantId,
      actor.userId,
      manager,
    );
    if (!participant) throw DomainError.notFound('Participant');
    if (!participant.consentToBeProposed) {
      throw new DomainError('CONFLICT', 'This participant has not consented to being proposed', {
        reason: 'CONSENT_MISSING',
      });
    }
    // Locked (after the participant, as in every path): the place's quota counts right when
    // several coaches propose for it at once.
    const placement = await this.placements.lockForUpdate(input.placementId, manager);
    if (!placement || placement.status !== PlacementStatus.PUBLISHED) throw DomainError.notFound('Place');
    await this.assertProposalQuotas(manager, participant.id, placement.id);
    const now = new Date();
    const introduction = await manager.getRepository(IntroductionEntity).save(
      manager.getRepository(IntroductionEntity).create({
        participantId: participant.id,
        placementId: placement.id,
        coachId: actor.userId,
        organisationId: placement.organisationId,
        status: IntroductionStatus.PROPOSED,
        message: input.message?.trim() || null,
        supportNeeded: (input.supportNeeded ?? []).map((s) => s.trim()),
        consentRecordedBy: actor.userId,
        consentRecordedAt: now,
      }),
    );
    await this.afterChange(manager, actor, introduction, null, {});
    return introduction;
  }

  accept(actor: Actor, id: string): Promise<IntroductionEntity> {
    return this.transition(actor, id, IntroductionStatus.ACCEPTED, {});
  }

  decline(actor: Actor, id: string, input: DeclineInput): Promise<IntroductionEntity> {
    return this.transition(actor, id, IntroductionStatus.DECLINED, {
      reason: input.reason,
      note: input.note,
      apply: (i) => {
        i.declineReason = input.reason;
        i.declineNote = input.note?.trim() || null;
      },
    });
  }

  start(actor: Actor, id: string, startDate: string): Promise<IntroductionEntity> {
    this.assertDate('startDate', startDate);
    return this.transition(actor, id, IntroductionStatus.STARTED, {
      apply: (i) => (i.startDate = startDate),
    });
  }

  complete(actor: Actor, id: string, endDate: string): Promise<IntroductionEntity> {
    this.assertDate('endDate', endDate);
    return this.transition(actor, id, IntroductionStatus.COMPLETED, {
      endDate: { value: endDate, path: 'endDate' },
      apply: (i) => this.setEnd(i, endDate),
    });
  }

  endEarly(actor: Actor, id: string, input: EndEarlyInput): Promise<IntroductionEntity> {
    this.assertDate('input.endDate', input.endDate);
    return this.transition(actor, id, IntroductionStatus.ENDED_EARLY, {
      endDate: { value: input.endDate, path: 'input.endDate' },
      reason: input.reason,
      note: input.note,
      apply: (i) => {
        this.setEnd(i, input.endDate);
        i.endReason = input.reason;
        i.endNote = input.note?.trim() || null;
      },
    });
  }

  withdraw(actor: Actor, id: string): Promise<IntroductionEntity> {
    return this.transition(actor, id, IntroductionStatus.WITHDRAWN, {});
  }

  /**
   * The participant withdrew consent: every open introduction is withdrawn and no organisation
   * sees their profile any more, from this commit on (profiles are never copied).
   */
  async revokeConsent(actor: Actor, participantId: string): Promise<number> {
    await this.participants.getOwned(actor, participantId, 'REVOKE_CONSENT');
    const withdrawn = await this.dataSource.transaction(async (manager) => {
      await this.participants.withdrawConsentToBeProposed(participantId, manager);
      return this.endConsent(manager, actor, participantId);
    });
    // Withdrawn introductions free their spots.
    this.matchingInputs.changed();
    return withdrawn;
  }

  /**
   * What ending a participant's consent does, whichever mutation ends it (revokeConsent, or
   * updateParticipant with consentToBeProposed: false), inside that mutation's transaction: every
   * open introduction is withdrawn, every introduction stops showing the profile, and the
   * revocation is audited. The participant's row is already locked and set to no consent.
   */
  private async endConsent(manager: EntityManager, actor: Actor, participantId: string): Promise<number> {
    const all = await manager
      .getRepository(IntroductionEntity)
      .find({ where: { participantId }, lock: { mode: 'pessimistic_write' } });
    const now = new Date();
    let withdrawn = 0;
    for (const introduction of all) {
      introduction.consentRevokedAt ??= now;
      if (OPEN_STATUSES.includes(introduction.status)) {
        const from = introduction.status;
        introduction.status = IntroductionStatus.WITHDRAWN;
        await manager.save(introduction);
        await this.afterChange(manager, actor, introduction, from, { reason: 'CONSENT_REVOKED' });
        withdrawn++;
      } else {
        await manager.save(introduction);
      }
    }
    await this.audit.record(
      actor,
      {
        action: 'CONSENT_REVOKED',
        objectType: 'CONSENT',
        objectId: participantId,
        participantId,
        result: 'ALLOWED',
      },
      manager,
    );
    return withdrawn;
  }

  /**
   * Quotas against mass proposals: a participant waits for at most a few answers at once, and a
   * place gets at most so many proposals waiting. Runs under the participant's and the place's locks.
   */
  private async assertProposalQuotas(
    manager: EntityManager,
    participantId: string,
    placementId: string,
  ): Promise<void> {
    const repo = manager.getRepository(IntroductionEntity);
    const perParticipant = this.config.MAX_OPEN_PROPOSALS_PER_PARTICIPANT;
    if ((await repo.countBy({ participantId, status: IntroductionStatus.PROPOSED })) >= perParticipant) {
      throw new DomainError(
        'CONFLICT',
        `This participant already has ${perParticipant} proposals waiting for an answer; wait for one, or withdraw one, before proposing again`,
        { reason: HardeningReason.PARTICIPANT_PROPOSAL_LIMIT },
      );
    }
    const perPlacement = this.config.MAX_OPEN_PROPOSALS_PER_PLACEMENT;
    if ((await repo.countBy({ placementId, status: IntroductionStatus.PROPOSED })) >= perPlacement) {
      throw new DomainError(
        'CONFLICT',
        `This place already has ${perPlacement} proposals waiting for an answer; try again once the place has answered some`,
        { reason: HardeningReason.PLACEMENT_PROPOSAL_LIMIT },
      );
    }
  }

  /** An introduction the actor may see: the coach who made it, the place's organisation, or an admin. */
  async getVisible(actor: Actor, id: string): Promise<IntroductionEntity> {
    const introduction = await this.dataSource.getRepository(IntroductionEntity).findOneBy({ id });
    if (!introduction || !this.canSee(actor, introduction)) {
      // An attempt on an existing introduction goes into its participant's trail.
      await this.audit.record(actor, {
        action: 'INTRODUCTION_READ',
        objectType: 'INTRODUCTION',
        objectId: id,
        participantId: introduction?.participantId ?? null,
        result: 'DENIED',
      });
      throw DomainError.notFound('Introduction');
    }
    return introduction;
  }

  /**
   * Introductions for the coach's caseload, or for the organisation's places, newest first, a page at a time.
   * The filters narrow that set in the query: a participant or place outside it gives an empty page.
   */
  async list(
    actor: Actor,
    filter: { status?: IntroductionStatus[]; placementId?: string; participantId?: string },
    page: PageInput | undefined,
  ): Promise<{ items: IntroductionEntity[]; totalCount: number; hasNextPage: boolean }> {
    const where: Record<string, unknown> = {};
    if (actor.role === Role.COACH) where.coachId = actor.userId;
    else if (PLACE_SIDE.has(actor.role)) where.organisationId = actor.organisationId;
    else if (actor.role !== Role.ADMIN) throw DomainError.forbidden();
    if (filter.status?.length) where.status = In(filter.status);
    if (filter.placementId) where.placementId = filter.placementId;
    if (filter.participantId) where.participantId = filter.participantId;
    const first = Math.min(page?.first ?? 20, MAX_PAGE_SIZE);
    const offset = page?.offset ?? 0;
    const [items, totalCount] = await this.dataSource
      .getRepository(IntroductionEntity)
      .findAndCount({ where, order: { createdAt: 'DESC', id: 'ASC' }, take: first, skip: offset });
    return { items, totalCount, hasNextPage: offset + items.length < totalCount };
  }

  /**
   * How many introductions of each of these participants wait for the place's answer or for the
   * start (PROPOSED or ACCEPTED), in one statement whatever the number of participants. The rule of
   * `list`: a coach counts only the introductions they made (someone else's participant counts 0),
   * an admin every one; any other role is refused. Every id asked is in the answer, 0 when none.
   */
  async waitingCounts(actor: Actor, participantIds: readonly string[]): Promise<Map<string, number>> {
    if (actor.role !== Role.COACH && actor.role !== Role.ADMIN) throw DomainError.forbidden();
    const counts = new Map(participantIds.map((id) => [id, 0]));
    if (participantIds.length === 0) return counts;
    const rows: Array<{ participant_id: string; n: number }> = await this.dataSource.query(
      `SELECT participant_id, count(*)::int AS n FROM introductions
        WHERE participant_id = ANY($1) AND status = ANY($2) AND ($3::uuid IS NULL OR coach_id = $3)
        GROUP BY participant_id`,
      [[...participantIds], WAITING_STATUSES, actor.role === Role.COACH ? actor.userId : null],
    );
    for (const r of rows) counts.set(r.participant_id, r.n);
    return counts;
  }

  transitions(introductionId: string): Promise<IntroductionTransitionEntity[]> {
    return this.dataSource
      .getRepository(IntroductionTransitionEntity)
      .find({ where: { introductionId }, order: { id: 'ASC' } });
  }

  /** One introduction without an access check (callers check with canSee); null when there is none. */
  byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<IntroductionEntity | null> {
    return manager.getRepository(IntroductionEntity).findOneBy({ id });
  }

  /** As byId, in the caller's transaction, throwing when the introduction is gone. */
  getOrFail(id: string, manager: EntityManager): Promise<IntroductionEntity> {
    return manager.getRepository(IntroductionEntity).findOneByOrFail({ id });
  }

  /**
   * Takes a shared lock (FOR SHARE) on an introduction in the caller's transaction: a change of
   * the introduction (recording its end) waits until that transaction ends.
   */
  lockForShare(id: string, manager: EntityManager): Promise<IntroductionEntity> {
    return manager
      .getRepository(IntroductionEntity)
      .findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  /** Changes whenever an introduction is added, changed or removed: the matcher cache compares it. */
  async changeStamp(): Promise<string> {
    const [row] = await this.dataSource.query<Array<{ stamp: string }>>(
      `SELECT count(*)::text || ':' || coalesce(max(updated_at)::text, '') AS stamp FROM introductions`,
    );
    return row.stamp;
  }

  /**
   * Accepted + started introductions per place: the spots taken (the one home of this query).
   * With placementIds, only those places are counted (a place without taken spots is absent).
   */
  async occupiedByPlacement(placementIds?: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ placement_id: string; n: number }> = await this.dataSource.query(
      `SELECT placement_id, count(*)::int AS n FROM introductions
        WHERE status = ANY($1) AND ($2::uuid[] IS NULL OR placement_id = ANY($2::uuid[]))
        GROUP BY placement_id`,
      [OCCUPYING_STATUSES, placementIds ?? null],
    );
    return new Map(rows.map((r) => [r.placement_id, r.n]));
  }

  /**
   * Every introduction as the insights pipeline counts it: the day it was proposed (Amsterdam), its
   * status and its decline or early-end reason. No ids: the insights snapshot keeps none.
   */
  async factsForInsights(): Promise<
    Array<{
      proposedOn: string;
      status: IntroductionStatus;
      reason: string | null;
      daysToStart: number | null;
    }>
  > {
    const rows: Array<{
      proposed_on: string;
      status: IntroductionStatus;
      reason: string | null;
      days_to_start: number | null;
    }> = await this.dataSource.query(
      // Days from the proposal to the transition to STARTED, both as Amsterdam calendar days; a start
      // recorded before the proposal (rows loaded with their own dates) gives no figure.
      `SELECT proposed_on, status, reason, CASE WHEN days >= 0 THEN days END AS days_to_start
         FROM (SELECT to_char(i.created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS proposed_on,
                      i.status, coalesce(i.decline_reason, i.end_reason) AS reason, i.created_at,
                      ((SELECT min(t.at) FROM introduction_transitions t
                         WHERE t.introduction_id = i.id AND t.to_status = 'STARTED') AT TIME ZONE 'Europe/Amsterdam')::date
                        - (i.created_at AT TIME ZONE 'Europe/Amsterdam')::date AS days
                 FROM introductions i) f
        ORDER BY created_at`,
    );
    return rows.map((r) => ({
      proposedOn: r.proposed_on,
      status: r.status,
      reason: r.reason,
      daysToStart: r.days_to_start,
    }));
  }

  /** Spots taken at one place: the same count the ranked match list uses. */
  async occupiedAt(placementId: string): Promise<number> {
    return (await this.occupiedByPlacement([placementId])).get(placementId) ?? 0;
  }

  /**
   * Participants who already have an open introduction (proposed, accepted or started) at a place:
   * they are not candidates for it again.
   */
  async participantsWithOpenIntroduction(placementId: string): Promise<Set<string>> {
    const rows: Array<{ participant_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT participant_id FROM introductions WHERE placement_id = $1 AND status = ANY($2)`,
      [placementId, OPEN_STATUSES],
    );
    return new Set(rows.map((r) => r.participant_id));
  }

  /**
   * canSee() as a condition on the introductions table under `alias`, for a statement that reads the
   * introductions of a whole page at once; its parameters are TypeORM's :visibleUser and
   * :visibleOrganisation.
   */
  visibleSql(actor: Actor, alias: string): { sql: string; params: Record<string, unknown> } {
    const params = { visibleUser: actor.userId, visibleOrganisation: actor.organisationId };
    if (actor.role === Role.ADMIN) return { sql: 'TRUE', params };
    if (actor.role === Role.COACH) return { sql: `${alias}.coach_id = :visibleUser`, params };
    if (PLACE_SIDE.has(actor.role)) return { sql: `${alias}.organisation_id = :visibleOrganisation`, params };
    return { sql: 'FALSE', params };
  }

  canSee(actor: Actor, introduction: IntroductionEntity): boolean {
    if (actor.role === Role.ADMIN) return true;
    if (actor.role === Role.COACH) return introduction.coachId === actor.userId;
    return PLACE_SIDE.has(actor.role) && introduction.organisationId === actor.organisationId;
  }

  private async transition(
    actor: Actor,
    id: string,
    to: IntroductionStatus,
    details: TransitionDetails,
  ): Promise<IntroductionEntity> {
    // Access first, outside the transaction, so that a refusal is audited on its own connection
    // (on the embedded database a second connection does not exist while a transaction holds one).
    const peek = await this.dataSource.getRepository(IntroductionEntity).findOneBy({ id });
    if (!peek || !this.canSee(actor, peek)) {
      await this.audit.record(actor, {
        action: `INTRODUCTION_${to}`,
        objectType: 'INTRODUCTION',
        objectId: id,
        participantId: peek?.participantId ?? null,
        result: 'DENIED',
      });
      throw DomainError.notFound('Introduction');
    }
    if (!mayMakeMove(actor.role, to)) {
      await this.audit.record(actor, {
        action: `INTRODUCTION_${to}`,
        objectType: 'INTRODUCTION',
        objectId: id,
        participantId: peek.participantId,
        result: 'DENIED',
      });
      throw DomainError.forbidden(
        INTRODUCTION_LIFECYCLE[to].by === 'PLACE'
          ? 'Only the place’s organisation can do this'
          : 'Only the coach can do this',
      );
    }
    const changed = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(IntroductionEntity);
      // Lock order: the place first (capacity), then the introduction — the same in every path.
      const placement = await this.placements.lockForUpdate(peek.placementId, manager);
      const introduction = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!introduction || !placement) throw DomainError.notFound('Introduction');
      if (!canMove(introduction.status, to)) {
        throw new DomainError(
          'CONFLICT',
          `An introduction that is ${introduction.status.toLowerCase().replace('_', ' ')} cannot become ${to.toLowerCase().replace('_', ' ')}`,
          { reason: 'ILLEGAL_TRANSITION' },
        );
      }
      if (to === IntroductionStatus.ACCEPTED) {
        if (placement.status !== PlacementStatus.PUBLISHED) {
          throw new DomainError('CONFLICT', 'The place is not published at the moment', {
            reason: 'PLACE_NOT_PUBLISHED',
          });
        }
        const taken = await repo.count({
          where: { placementId: placement.id, status: In([...OCCUPYING_STATUSES]) },
        });
        if (taken >= (placement.capacity ?? 0)) {
          throw new DomainError('PLACE_FULL', 'The place has no free spot left', { reason: 'PLACE_FULL' });
        }
      }
      if (details.endDate) {
        const lastDay = await this.loggedHours.lastWorkDay(introduction.id, manager);
        if (lastDay && details.endDate.value < lastDay) {
          throw DomainError.badInput([
            {
              path: details.endDate.path,
              message: `hours are logged up to ${lastDay}; the end date cannot be earlier`,
            },
          ]);
        }
      }
      const from = introduction.status;
      details.apply?.(introduction);
      introduction.status = to;
      await repo.save(introduction);
      await this.afterChange(manager, actor, introduction, from, details);
      return introduction;
    });
    // Spots taken or freed change which places match.
    this.matchingInputs.changed();
    return changed;
  }

  private async afterChange(
    manager: EntityManager,
    actor: Actor,
    introduction: IntroductionEntity,
    from: IntroductionStatus | null,
    details: { reason?: string | null; note?: string | null },
  ): Promise<void> {
    await manager.getRepository(IntroductionTransitionEntity).insert({
      introductionId: introduction.id,
      fromStatus: from,
      toStatus: introduction.status,
      actorUserId: actor.userId,
      reason: details.reason ?? null,
      note: details.note?.trim() || null,
    });
    const type = introductionEventType(introduction.status);
    const coachOrganisation = await this.users.organisationOf(introduction.coachId, manager);
    await this.outbox.enqueue(manager, {
      type,
      organisationIds: [introduction.organisationId, ...(coachOrganisation ? [coachOrganisation] : [])],
      payload: {
        introductionId: introduction.id,
        placementId: introduction.placementId,
        status: introduction.status,
        previousStatus: from,
        // Only a decline's reason goes out: the place gave it. Other reasons (an early end for
        // health, a revoked consent) are the participant's and stay with the coach.
        reason: introduction.status === IntroductionStatus.DECLINED ? (details.reason ?? null) : null,
      },
    });
    await this.audit.record(
      actor,
      {
        action: `INTRODUCTION_${introduction.status}`,
        objectType: 'INTRODUCTION',
        objectId: introduction.id,
        participantId: introduction.participantId,
        result: 'ALLOWED',
      },
      manager,
    );
  }

  private setEnd(introduction: IntroductionEntity, endDate: string): void {
    if (introduction.startDate && endDate < introduction.startDate) {
      throw DomainError.badInput([{ path: 'endDate', message: 'the end date is before the start date' }]);
    }
    introduction.endDate = endDate;
  }

  private assertDate(path: string, value: string): void {
    if (!isCalendarDate(value))
      throw DomainError.badInput([{ path, message: `${value} is not a date in the calendar` }]);
    if (value > addDays(today(), 366))
      throw DomainError.badInput([{ path, message: 'the date is more than a year ahead' }]);
  }
}
