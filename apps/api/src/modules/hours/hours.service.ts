import { integrationTermLastDay, LearningRoute, today } from '@plekwijzer/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { pgErrorCode, PG_UNIQUE_VIOLATION } from '@plekwijzer/database';
import { DomainError } from '@plekwijzer/graphql';
import { AuditService } from '@plekwijzer/api/modules/audit/audit.service.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { IdempotencyService } from '@plekwijzer/api/modules/idempotency/idempotency.service.js';
import type { IntroductionEntity } from '@plekwijzer/api/modules/introductions/introduction.entity.js';
import { IntroductionStatus } from '@plekwijzer/api/modules/introductions/introduction.enums.js';
import { IntroductionsService } from '@plekwijzer/api/modules/introductions/introductions.service.js';
import { OutboxService } from '@plekwijzer/api/modules/notifications/outbox.service.js';
import type { ParticipantEntity } from '@plekwijzer/api/modules/participants/participant.entity.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import { UsersService } from '@plekwijzer/api/modules/users/users.service.js';
import { isCalendarDate } from '@plekwijzer/api/common/weekly-ranges.js';
import type { LogHoursInput } from './dto/hours.inputs.js';
import { HoursEntryEntity } from './hours-entry.entity.js';
import { riskOrder, summarise, type ApprovedHours, type ProgressSummary } from './progress.js';

const LOGGABLE = new Set<IntroductionStatus>([
  IntroductionStatus.STARTED,
  IntroductionStatus.COMPLETED,
  IntroductionStatus.ENDED_EARLY,
]);

export interface ParticipantProgress extends ProgressSummary {
  participant: ParticipantEntity;
  integrationTermLastDay: string;
  pendingHours: number;
}

/**
 * Participation hours. The place's organisation or the coach logs hours per started introduction
 * per day; the coach approves or rejects the organisation's entries; corrections supersede, so the
 * history stays. Only approved hours count towards progress.
 */
@Injectable()
export class HoursService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IntroductionsService) private readonly introductions: IntroductionsService,
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
    @Inject(UsersService) private readonly users: UsersService,
  ) {}

  async log(actor: Actor, input: LogHoursInput): Promise<HoursEntryEntity> {
    await this.accessibleIntroduction(actor, input.introductionId);
    return this.write((manager) =>
      this.idempotency.once(manager, {
        userId: actor.userId,
        operation: 'logHours',
        input,
        idOf: (entry) => entry.id,
        replay: (m, id) => m.getRepository(HoursEntryEntity).findOneBy({ id }),
        what: 'Hours entry',
        create: async (m) => {
          const introduction = await this.loggableIntroduction(
            m,
            actor,
            input.introductionId,
            input.date,
            input.hours,
          );
          return this.insert(m, actor, introduction, input.date, input.hours, null);
        },
      }),
    );
  }

  /** Replaces an entry's hours: the old entry is kept as superseded, a new one takes its place. */
  async correct(actor: Actor, entryId: string, hours: number): Promise<HoursEntryEntity> {
    const current = await this.dataSource.getRepository(HoursEntryEntity).findOneBy({ id: entryId });
    if (!current) {
      // The same answer, and an audited refusal, as for an entry of someone else's introduction.
      await this.audit.record(actor, {
        action: 'HOURS_LOG',
        objectType: 'HOURS',
        objectId: entryId,
        result: 'DENIED',
      });
      throw DomainError.notFound('Introduction');
    }
    await this.accessibleIntroduction(actor, current.introductionId);
    return this.write(async (manager) => {
      const old = await manager
        .getRepository(HoursEntryEntity)
        .findOne({ where: { id: entryId, supersededAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!old) throw DomainError.notFound('Hours entry');
      const introduction = await this.loggableIntroduction(
        manager,
        actor,
        old.introductionId,
        old.workDate,
        hours,
      );
      old.supersededAt = new Date();
      await manager.save(old);
      return this.insert(manager, actor, introduction, old.workDate, hours, old.id);
    });
  }

  approve(actor: Actor, entryId: string): Promise<HoursEntryEntity> {
    return this.decide(actor, entryId, 'APPROVED', null);
  }

  reject(actor: Actor, entryId: string, reason: string): Promise<HoursEntryEntity> {
    return this.decide(actor, entryId, 'REJECTED', reason.trim());
  }

  /** All entries of an introduction, superseded ones included (the history). */
  async history(actor: Actor, introductionId: string): Promise<HoursEntryEntity[]> {
    const introduction = await this.introductions.getVisible(actor, introductionId);
    const entries = await this.dataSource
      .getRepository(HoursEntryEntity)
      .find({ where: { introductionId }, order: { workDate: 'ASC', createdAt: 'ASC' } });
    // A person's hours are personal data: a successful read is audited like a refusal.
    await this.audit.record(actor, {
      action: 'HOURS_READ',
      objectType: 'INTRODUCTION',
      objectId: introductionId,
      participantId: introduction.participantId,
      result: 'ALLOWED',
    });
    return entries;
  }

  async progress(actor: Actor, participantId: string): Promise<ParticipantProgress> {
    const participant = await this.participants.getOwned(actor, participantId, 'PROGRESS');
    return (await this.progressOf([participant]))[0];
  }

  /** Every participant of the coach's caseload, worst risk first, then most hours a week needed. */
  async caseloadProgress(actor: Actor): Promise<ParticipantProgress[]> {
    if (actor.role !== Role.COACH) throw DomainError.forbidden('Only a coach has a caseload');
    const caseload = await this.participants.listForCoach(actor, 'PROGRESS');
    const all = await this.progressOf(caseload);
    const need = (p: ParticipantProgress) =>
      Math.max(p.participation?.neededPerWeek ?? 0, p.map.neededPerWeek);
    return all.sort(
      (a, b) =>
        riskOrder(a.risk) - riskOrder(b.risk) ||
        need(b) - need(a) ||
        a.participant.clientReference.localeCompare(b.participant.clientReference),
    );
  }

  /**
   * Approved hours that count towards the Z-route's 800 (at places that are a Dutch-speaking
   * environment), per participant; the same rule as participation progress. For callers that
   * have already checked access to these participants (the matcher ranks by hours still needed).
   */
  async countingParticipationHours(participantIds: readonly string[]): Promise<Map<string, number>> {
    if (participantIds.length === 0) return new Map();
    const rows: Array<{ participant_id: string; hours: string }> = await this.dataSource.query(
      `SELECT h.participant_id, sum(h.hours) AS hours
         FROM hours_entries h
         JOIN introductions i ON i.id = h.introduction_id
         JOIN placements p ON p.id = i.placement_id
         JOIN participants pt ON pt.id = h.participant_id
        WHERE h.participant_id = ANY($1) AND h.superseded_at IS NULL AND h.status = 'APPROVED' AND p.dutch_speaking_environment
          AND h.work_date >= pt.pip_date
        GROUP BY h.participant_id`,
      [participantIds],
    );
    return new Map(rows.map((r) => [r.participant_id, Number(r.hours)]));
  }

  private async progressOf(participants: ParticipantEntity[]): Promise<ParticipantProgress[]> {
    if (participants.length === 0) return [];
    const rows: Array<{
      participant_id: string;
      work_date: string;
      hours: string;
      status: string;
      dutch: boolean | null;
      map: boolean;
    }> = await this.dataSource.query(
      `SELECT h.participant_id, to_char(h.work_date, 'YYYY-MM-DD') AS work_date, h.hours, h.status,
                p.dutch_speaking_environment AS dutch, p.map_practice AS map
           FROM hours_entries h
           JOIN introductions i ON i.id = h.introduction_id
           JOIN placements p ON p.id = i.placement_id
          WHERE h.participant_id = ANY($1) AND h.superseded_at IS NULL AND h.status IN ('APPROVED', 'PENDING')`,
      [participants.map((p) => p.id)],
    );
    const approved = new Map<string, ApprovedHours[]>();
    const pending = new Map<string, number>();
    for (const r of rows) {
      if (r.status === 'PENDING') {
        pending.set(r.participant_id, (pending.get(r.participant_id) ?? 0) + Number(r.hours));
        continue;
      }
      const list = approved.get(r.participant_id) ?? [];
      list.push({
        workDate: r.work_date,
        hours: Number(r.hours),
        dutchEnvironment: r.dutch === true,
        mapPractice: r.map,
      });
      approved.set(r.participant_id, list);
    }
    const now = today();
    return participants.map((participant) => {
      const lastDay = integrationTermLastDay(participant.pipDate);
      // Only hours within the integration term (PIP date up to its last day) count towards its targets.
      const inTerm = (approved.get(participant.id) ?? []).filter(
        (e) => e.workDate >= participant.pipDate && e.workDate <= lastDay,
      );
      return {
        participant,
        integrationTermLastDay: lastDay,
        pendingHours: Math.round((pending.get(participant.id) ?? 0) * 10) / 10,
        ...summarise(inTerm, {
          isZRoute: participant.route === LearningRoute.Z_ROUTE,
          today: now,
          integrationTermLastDay: lastDay,
        }),
      };
    });
  }

  private async decide(
    actor: Actor,
    entryId: string,
    status: 'APPROVED' | 'REJECTED',
    reason: string | null,
  ): Promise<HoursEntryEntity> {
    // Only the participant's coach decides; checked (and a refusal audited) before the transaction.
    const peek = await this.dataSource.getRepository(HoursEntryEntity).findOneBy({ id: entryId });
    const owner = peek ? await this.introductions.byId(peek.introductionId) : null;
    if (
      !peek ||
      !owner ||
      !(actor.role === Role.ADMIN || (actor.role === Role.COACH && owner.coachId === actor.userId))
    ) {
      await this.audit.record(actor, {
        action: `HOURS_${status}`,
        objectType: 'HOURS',
        objectId: entryId,
        participantId: peek?.participantId ?? null,
        result: 'DENIED',
      });
      throw DomainError.notFound('Hours entry');
    }
    return this.write(async (manager) => {
      const entry = await manager
        .getRepository(HoursEntryEntity)
        .findOneOrFail({ where: { id: entryId }, lock: { mode: 'pessimistic_write' } });
      if (entry.status !== 'PENDING' || entry.supersededAt) {
        throw new DomainError(
          'CONFLICT',
          `These hours are already ${entry.supersededAt ? 'corrected' : entry.status.toLowerCase()}`,
          { reason: 'ALREADY_DECIDED' },
        );
      }
      entry.status = status;
      entry.decidedBy = actor.userId;
      entry.decidedAt = new Date();
      entry.rejectReason = reason;
      await manager.save(entry);
      await this.audit.record(
        actor,
        {
          action: `HOURS_${status}`,
          objectType: 'HOURS',
          objectId: entry.id,
          participantId: entry.participantId,
          result: 'ALLOWED',
        },
        manager,
      );
      return entry;
    });
  }

  /** Checked before any transaction, so a refusal is audited on its own. */
  private async accessibleIntroduction(actor: Actor, introductionId: string): Promise<void> {
    const introduction = await this.introductions.byId(introductionId);
    if (!introduction || !this.introductions.canSee(actor, introduction)) {
      await this.audit.record(actor, {
        action: 'HOURS_LOG',
        objectType: 'INTRODUCTION',
        objectId: introductionId,
        participantId: introduction?.participantId ?? null,
        result: 'DENIED',
      });
      throw DomainError.notFound('Introduction');
    }
  }

  private async loggableIntroduction(
    manager: EntityManager,
    _actor: Actor,
    introductionId: string,
    date: string,
    hours: number,
  ): Promise<IntroductionEntity> {
    // Lock order as everywhere: the participant, then the introduction. The participant's row keeps
    // the day total right when two places log the same day at once; the shared lock on the
    // introduction makes an end being recorded meanwhile wait, so no hours land after its end date.
    const { participantId } = await this.introductions.getOrFail(introductionId, manager);
    await this.participants.lockForUpdate(participantId, manager);
    const introduction = await this.introductions.lockForShare(introductionId, manager);
    if (!LOGGABLE.has(introduction.status) || !introduction.startDate) {
      throw new DomainError('CONFLICT', 'Hours can only be logged once the participant has started', {
        reason: 'NOT_STARTED',
      });
    }
    const fields: Array<{ path: string; message: string }> = [];
    if (!isCalendarDate(date))
      fields.push({ path: 'date', message: `${date} is not a date in the calendar` });
    else if (date < introduction.startDate)
      fields.push({ path: 'date', message: `the participant started on ${introduction.startDate}` });
    else if (introduction.endDate && date > introduction.endDate)
      fields.push({ path: 'date', message: `the introduction ended on ${introduction.endDate}` });
    else if (date > today())
      fields.push({ path: 'date', message: 'hours cannot be logged for a day that has not come yet' });
    if (!(hours > 0)) fields.push({ path: 'hours', message: 'hours must be more than 0' });
    else if (hours > 24) fields.push({ path: 'hours', message: 'hours cannot be more than 24 in a day' });
    else if (Math.round(hours * 4) !== hours * 4)
      fields.push({ path: 'hours', message: 'hours go in steps of a quarter (0.25)' });
    if (fields.length) throw DomainError.badInput(fields);
    await this.assertDayTotal(manager, introduction.participantId, date, hours, introductionId);
    return introduction;
  }

  /**
   * A person has 24 hours in a day, whatever the number of places: the hours at their other
   * introductions that day plus these may not exceed it. Runs under the participant's row lock.
   */
  private async assertDayTotal(
    manager: EntityManager,
    participantId: string,
    date: string,
    hours: number,
    introductionId: string,
  ): Promise<void> {
    const [row]: Array<{ other: string | null }> = await manager.query(
      `SELECT sum(hours) AS other FROM hours_entries
        WHERE participant_id = $1 AND work_date = $2 AND superseded_at IS NULL AND status <> 'REJECTED' AND introduction_id <> $3`,
      [participantId, date, introductionId],
    );
    const other = Number(row?.other ?? 0);
    if (other + hours > 24) {
      throw DomainError.badInput([
        {
          path: 'hours',
          message: `with the ${other} hours already logged at other places on ${date}, this would be more than 24 hours in that day`,
        },
      ]);
    }
  }

  private async insert(
    manager: EntityManager,
    actor: Actor,
    introduction: IntroductionEntity,
    date: string,
    hours: number,
    replacesId: string | null,
  ): Promise<HoursEntryEntity> {
    const byCoach = actor.role === Role.COACH || actor.role === Role.ADMIN;
    const now = new Date();
    const entry = await manager.getRepository(HoursEntryEntity).save(
      manager.getRepository(HoursEntryEntity).create({
        introductionId: introduction.id,
        participantId: introduction.participantId,
        workDate: date,
        hours,
        source: byCoach ? 'COACH' : 'ORGANISATION',
        // The coach's own entries need no second look; the organisation's wait for the coach.
        status: byCoach ? 'APPROVED' : 'PENDING',
        createdBy: actor.userId,
        decidedBy: byCoach ? actor.userId : null,
        decidedAt: byCoach ? now : null,
        replacesId,
      }),
    );
    await this.audit.record(
      actor,
      {
        action: replacesId ? 'HOURS_CORRECTED' : 'HOURS_LOGGED',
        objectType: 'HOURS',
        objectId: entry.id,
        participantId: introduction.participantId,
        result: 'ALLOWED',
      },
      manager,
    );
    if (!byCoach) {
      const coachOrganisation = await this.users.organisationOf(introduction.coachId, manager);
      await this.outbox.enqueue(manager, {
        type: 'hours.awaiting_approval',
        organisationIds: coachOrganisation ? [coachOrganisation] : [],
        payload: {
          hoursEntryId: entry.id,
          introductionId: introduction.id,
          workDate: date,
          status: 'PENDING',
        },
      });
    }
    return entry;
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) {
        throw DomainError.badInput([
          { path: 'date', message: 'hours for this day are already logged; correct that entry instead' },
        ]);
      }
      throw error;
    }
  }
}
