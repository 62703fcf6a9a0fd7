import {
  integrationTermLastDay,
  LearningRoute,
  mapExemption,
  MAP_PRACTICE_HOURS,
  termMonthStart,
  today,
  type HoursActivity,
  type RiskLevel,
} from '@plekwijzer/domain';
import { AppConfig } from '@plekwijzer/config';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { pgErrorCode, PG_UNIQUE_VIOLATION } from '@plekwijzer/database';
import { DomainError, type PageInput } from '@plekwijzer/graphql';
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
import type { LogHoursInput, LogParticipationHoursInput } from './dto/hours.inputs.js';
import { HoursEntryEntity } from './hours-entry.entity.js';
import { mapPhase, riskOrder, summarise, type ApprovedHours, type ProgressSummary } from './progress.js';

/** The most entries of one introduction that recentOfIntroductions returns (a card shows a week or two). */
export const MAX_RECENT_HOURS = 20;

const LOGGABLE = new Set<IntroductionStatus>([
  IntroductionStatus.STARTED,
  IntroductionStatus.COMPLETED,
  IntroductionStatus.ENDED_EARLY,
]);

/** One entry of a coach's hours inbox, with whose it is and where it was made. */
export interface PendingHours {
  id: string;
  entry: HoursEntryEntity;
  introductionId: string;
  participantId: string;
  participantNickname: string | null;
  clientReference: string;
  placementId: string;
  placementTitle: string;
}

export interface ParticipantProgress extends ProgressSummary {
  participant: ParticipantEntity;
  integrationTermLastDay: string;
  pendingHours: number;
}

/** What narrows caseloadProgress; every condition given must hold. */
export interface CaseloadProgressFilter {
  /** Part of the nickname or client reference (case and accents ignored); blank: no condition. */
  search?: string | null;
  route?: LearningRoute | null;
  /** The row's overall risk. */
  risk?: RiskLevel | null;
}

/** A participant's progress as a coach reads it: with their introductions still open before the start. */
export interface ProgressRow extends ParticipantProgress {
  openIntroductionCount: number;
}

/**
 * Participation hours. The place's organisation or the coach logs hours per started introduction
 * per day; the coach approves or rejects the organisation's entries; corrections supersede, so the
 * history stays. The coach also logs hours outside places (Stap-in/PVT, taalcafé, other activities)
 * for their own participants. Only approved hours count towards progress.
 *
 * Approval: whatever the coach logs is approved as it is logged (by that coach), because the coach
 * is the person who approves; a second look by the same person adds nothing. Entries of a place's
 * organisation wait for the coach. Either kind is corrected with correctHours, never overwritten.
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
    @Inject(AppConfig) private readonly config: AppConfig,
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

  /**
   * The coach logs hours of their own participant made outside a place: Stap-in/PVT, a taalcafé or
   * another activity. Someone else's participant (or none) answers NOT_FOUND, audited as a refusal.
   */
  async logParticipation(actor: Actor, input: LogParticipationHoursInput): Promise<HoursEntryEntity> {
    if (actor.role !== Role.COACH)
      throw DomainError.forbidden("Only the participant's coach logs these hours");
    await this.participants.getOwned(actor, input.participantId, 'HOURS_LOG');
    return this.write((manager) =>
      this.idempotency.once(manager, {
        userId: actor.userId,
        operation: 'logParticipationHours',
        input,
        idOf: (entry) => entry.id,
        replay: (m, id) => m.getRepository(HoursEntryEntity).findOneBy({ id }),
        what: 'Hours entry',
        create: async (m) => {
          const participant = await this.lockedParticipant(m, input.participantId);
          this.checkDayAndHours(participant, input.date, input.hours);
          await this.assertDayTotal(m, participant.id, input.date, input.hours, { activity: input.activity });
          return this.insertActivity(m, actor, {
            participantId: participant.id,
            activity: input.activity,
            dutchSpeakingEnvironment: input.dutchSpeakingEnvironment,
            note: input.note?.trim() || null,
            date: input.date,
            hours: input.hours,
            replacesId: null,
          });
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
    if (current.introductionId === null) return this.correctActivity(actor, current, hours);
    await this.accessibleIntroduction(actor, current.introductionId);
    return this.write(async (manager) => {
      const old = await manager
        .getRepository(HoursEntryEntity)
        .findOne({ where: { id: entryId, supersededAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!old?.introductionId) throw DomainError.notFound('Hours entry');
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

  /** Corrects hours the coach logged outside a place; only that participant's coach may. */
  private async correctActivity(
    actor: Actor,
    current: HoursEntryEntity,
    hours: number,
  ): Promise<HoursEntryEntity> {
    if (!(await this.isParticipantsCoach(actor, current.participantId))) {
      await this.audit.record(actor, {
        action: 'HOURS_LOG',
        objectType: 'HOURS',
        objectId: current.id,
        participantId: current.participantId,
        result: 'DENIED',
      });
      throw DomainError.notFound('Hours entry');
    }
    return this.write(async (manager) => {
      const participant = await this.lockedParticipant(manager, current.participantId);
      const old = await manager
        .getRepository(HoursEntryEntity)
        .findOne({ where: { id: current.id, supersededAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!old || old.activity === 'PLACEMENT') throw DomainError.notFound('Hours entry');
      this.checkDayAndHours(participant, old.workDate, hours);
      await this.assertDayTotal(manager, participant.id, old.workDate, hours, { activity: old.activity });
      old.supersededAt = new Date();
      await manager.save(old);
      return this.insertActivity(manager, actor, {
        participantId: participant.id,
        activity: old.activity,
        dutchSpeakingEnvironment: old.dutchSpeakingEnvironment ?? false,
        note: old.note,
        date: old.workDate,
        hours,
        replacesId: old.id,
      });
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

  /**
   * The newest entries that stand (corrected ones left out) of each of these introductions, at most
   * `first` each, newest day first — for a whole page of introductions in one statement, whatever
   * its size. Who may read them is history()'s rule, in the statement (IntroductionsService.visibleSql):
   * the coach who made the introduction, the place's organisation, or an admin; an introduction the
   * actor may not see gives no entries. A successful read is audited like history()'s (HOURS_READ
   * per introduction with entries), all of the page's in one insert.
   */
  async recentOfIntroductions(
    actor: Actor,
    introductionIds: readonly string[],
    first: number,
  ): Promise<Map<string, HoursEntryEntity[]>> {
    const recent = new Map<string, HoursEntryEntity[]>(introductionIds.map((id) => [id, []]));
    if (introductionIds.length === 0) return recent;
    const visible = this.introductions.visibleSql(actor, 'i');
    const entries = await this.dataSource
      .getRepository(HoursEntryEntity)
      .createQueryBuilder('h')
      // The introductions table by name (its entity is private to that feature), read-only here.
      .where(
        `h.id IN (SELECT newest.id FROM introductions i
           CROSS JOIN LATERAL (SELECT e.id FROM hours_entries e
             WHERE e.introduction_id = i.id AND e.superseded_at IS NULL
             ORDER BY e.work_date DESC, e.created_at DESC, e.id DESC LIMIT :first) newest
           WHERE i.id = ANY(:ids) AND ${visible.sql})`,
        {
          ids: [...introductionIds],
          first: Math.max(1, Math.min(first, MAX_RECENT_HOURS)),
          ...visible.params,
        },
      )
      .orderBy('h.workDate', 'DESC')
      .addOrderBy('h.createdAt', 'DESC')
      .addOrderBy('h.id', 'DESC')
      .getMany();
    for (const entry of entries) recent.get(entry.introductionId!)?.push(entry);
    const read = new Map(entries.map((e) => [e.introductionId!, e.participantId]));
    await this.audit.recordMany(
      actor,
      [...read].map(([introductionId, participantId]) => ({
        action: 'HOURS_READ',
        objectType: 'INTRODUCTION',
        objectId: introductionId,
        participantId,
        result: 'ALLOWED' as const,
      })),
    );
    return recent;
  }

  /**
   * The coach's hours inbox: every entry a place logged for the coach's own clients at the coach's
   * own introductions that waits for a decision (PENDING, not corrected), oldest day first — a page
   * of it in one SQL query (the page's rows and the whole list's count together). Another coach's
   * clients never appear: ownership is part of the query, not a filter afterwards. Reading them is
   * audited per participant on the page (HOURS_READ).
   */
  async pendingForCaseload(
    actor: Actor,
    page: { first: number; offset: number },
  ): Promise<{ items: PendingHours[]; totalCount: number }> {
    if (actor.role !== Role.COACH) throw DomainError.forbidden('Only a coach has an hours inbox');
    const pending = () =>
      this.dataSource
        .getRepository(HoursEntryEntity)
        .createQueryBuilder('h')
        // The other features' tables by name (their entities are private to them), read-only here.
        .innerJoin('introductions', 'i', 'i.id = h.introductionId')
        .innerJoin('participants', 'p', 'p.id = h.participantId')
        .innerJoin('placements', 'pl', 'pl.id = i.placement_id')
        .where("h.status = 'PENDING'")
        .andWhere('h.supersededAt IS NULL')
        .andWhere('i.coach_id = :coach', { coach: actor.userId })
        .andWhere('p.coach_id = :coach', { coach: actor.userId });
    const { entities, raw } = await pending()
      .addSelect('p.nickname', 'pending_nickname')
      .addSelect('p.client_reference', 'pending_client_reference')
      .addSelect('pl.id', 'pending_placement_id')
      .addSelect('pl.title', 'pending_placement_title')
      .addSelect('COUNT(*) OVER ()', 'pending_total')
      .orderBy('h.workDate', 'ASC')
      .addOrderBy('h.createdAt', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .offset(page.offset)
      .limit(page.first)
      .getRawAndEntities<{
        pending_nickname: string | null;
        pending_client_reference: string;
        pending_placement_id: string;
        pending_placement_title: string;
        pending_total: string;
      }>();
    const items = entities.map((entry, i) => ({
      id: entry.id,
      entry,
      introductionId: entry.introductionId!,
      participantId: entry.participantId,
      participantNickname: raw[i].pending_nickname,
      clientReference: raw[i].pending_client_reference,
      placementId: raw[i].pending_placement_id,
      placementTitle: raw[i].pending_placement_title,
    }));
    // A page past the end has no row to carry the count: only then is it asked for on its own.
    const totalCount = raw[0]
      ? Number(raw[0].pending_total)
      : page.offset > 0
        ? await pending().getCount()
        : 0;
    await this.audit.recordMany(
      actor,
      [...new Set(items.map((item) => item.participantId))].map((participantId) => ({
        action: 'HOURS_READ',
        objectType: 'PARTICIPANT',
        objectId: participantId,
        participantId,
        result: 'ALLOWED' as const,
      })),
    );
    return { items, totalCount };
  }

  /**
   * All entries of the coach's own participant — at places and outside them — superseded ones
   * included, newest day first. Reading them is audited (PARTICIPANT_HOURS_READ).
   */
  async ofParticipant(actor: Actor, participantId: string): Promise<HoursEntryEntity[]> {
    const participant = await this.participants.getOwned(actor, participantId, 'HOURS_READ');
    return this.dataSource.getRepository(HoursEntryEntity).find({
      where: { participantId: participant.id },
      order: { workDate: 'DESC', createdAt: 'DESC' },
    });
  }

  async progress(actor: Actor, participantId: string): Promise<ProgressRow> {
    const participant = await this.participants.getOwned(actor, participantId, 'PROGRESS');
    return (await this.withOpenIntroductions(actor, await this.progressOf([participant])))[0];
  }

  /**
   * One page of caseloadProgress, each row with its open introductions: counted for the page's
   * participants in one statement, so a page of 100 costs what a page of 1 does. The filter narrows
   * the whole caseload before the page is cut, so `totalCount` counts what meets it.
   */
  async caseloadProgressPage(
    actor: Actor,
    page: PageInput,
    filter: CaseloadProgressFilter = {},
  ): Promise<{ items: ProgressRow[]; totalCount: number }> {
    const all = await this.caseloadProgress(actor, filter);
    const items = all.slice(page.offset, page.offset + page.first);
    return { items: await this.withOpenIntroductions(actor, items), totalCount: all.length };
  }

  private async withOpenIntroductions(actor: Actor, rows: ParticipantProgress[]): Promise<ProgressRow[]> {
    const open = await this.introductions.waitingCounts(
      actor,
      rows.map((r) => r.participant.id),
    );
    return rows.map((r) => ({ ...r, openIntroductionCount: open.get(r.participant.id) ?? 0 }));
  }

  /**
   * Every participant of the coach's caseload, worst risk first, then most hours a week needed. With
   * `filter`: the search and the route are conditions on the participant, asked of the database
   * with the same text rule as the caseload picker (containsSql); the risk comes from the progress
   * figures, so it is compared once they are computed.
   */
  async caseloadProgress(actor: Actor, filter: CaseloadProgressFilter = {}): Promise<ParticipantProgress[]> {
    if (actor.role !== Role.COACH) throw DomainError.forbidden('Only a coach has a caseload');
    const caseload = await this.participants.listForCoach(actor, 'PROGRESS', {
      search: filter.search,
      route: filter.route,
    });
    const progress = await this.progressOf(caseload);
    const all = filter.risk ? progress.filter((p) => p.risk === filter.risk) : progress;
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
   * environment, or activities the coach logged as one), per participant; the same rule as
   * participation progress. For callers that have already checked access to these participants
   * (the matcher ranks by hours still needed).
   */
  async countingParticipationHours(participantIds: readonly string[]): Promise<Map<string, number>> {
    if (participantIds.length === 0) return new Map();
    const rows: Array<{ participant_id: string; hours: string }> = await this.dataSource.query(
      `SELECT h.participant_id, sum(h.hours) AS hours
         FROM hours_entries h
         LEFT JOIN introductions i ON i.id = h.introduction_id
         LEFT JOIN placements p ON p.id = i.placement_id
         JOIN participants pt ON pt.id = h.participant_id
        WHERE h.participant_id = ANY($1) AND h.superseded_at IS NULL AND h.status = 'APPROVED'
          AND coalesce(h.dutch_speaking_environment, p.dutch_speaking_environment, false)
          AND h.work_date >= pt.pip_date
        GROUP BY h.participant_id`,
      [participantIds],
    );
    return new Map(rows.map((r) => [r.participant_id, Number(r.hours)]));
  }

  /**
   * MAP practice hours each participant still needs today: more than 0 only while their MAP runs
   * (not before its start month, not after the term, not when exempt) — the phase progress shows.
   * For callers that have already checked access (the matcher favours MAP practice places then).
   */
  async mapPracticeHoursNeeded(participants: readonly ParticipantEntity[]): Promise<Map<string, number>> {
    if (participants.length === 0) return new Map();
    // Per day, so the term's last day is the one progress uses (integrationTermLastDay).
    const rows: Array<{ participant_id: string; work_date: string; hours: string }> =
      await this.dataSource.query(
        `SELECT h.participant_id, to_char(h.work_date, 'YYYY-MM-DD') AS work_date, sum(h.hours) AS hours
         FROM hours_entries h
         JOIN introductions i ON i.id = h.introduction_id
         JOIN placements p ON p.id = i.placement_id
         JOIN participants pt ON pt.id = h.participant_id
        WHERE h.participant_id = ANY($1) AND h.superseded_at IS NULL AND h.status = 'APPROVED' AND p.map_practice
          AND h.work_date >= pt.pip_date
        GROUP BY h.participant_id, h.work_date`,
        [participants.map((p) => p.id)],
      );
    const byParticipant = new Map<string, typeof rows>();
    for (const r of rows)
      byParticipant.set(r.participant_id, [...(byParticipant.get(r.participant_id) ?? []), r]);
    const now = today();
    return new Map(participants.map((p) => [p.id, this.mapNeeded(p, byParticipant.get(p.id) ?? [], now)]));
  }

  /**
   * What matching needs of one participant's approved hours, as SQL columns on a participants row
   * aliased `p`, so that the participant and their hours come in one query (issue 13): the same
   * sums as countingParticipationHours and mapPracticeHoursNeeded. Read them with matchingHoursFrom.
   */
  readonly matchingHoursColumns: Readonly<Record<string, string>> = {
    counting_hours: `(SELECT coalesce(sum(h.hours), 0)
         FROM hours_entries h
         LEFT JOIN introductions i ON i.id = h.introduction_id
         LEFT JOIN placements pl ON pl.id = i.placement_id
        WHERE h.participant_id = p.id AND h.superseded_at IS NULL AND h.status = 'APPROVED'
          AND coalesce(h.dutch_speaking_environment, pl.dutch_speaking_environment, false)
          AND h.work_date >= p.pip_date)`,
    map_practice_days: `(SELECT json_agg(json_build_object('work_date', d.work_date, 'hours', d.hours))
         FROM (SELECT to_char(h.work_date, 'YYYY-MM-DD') AS work_date, sum(h.hours) AS hours
                 FROM hours_entries h
                 JOIN introductions i ON i.id = h.introduction_id
                 JOIN placements pl ON pl.id = i.placement_id
                WHERE h.participant_id = p.id AND h.superseded_at IS NULL AND h.status = 'APPROVED'
                  AND pl.map_practice AND h.work_date >= p.pip_date
                GROUP BY h.work_date) d)`,
  };

  /** The Z-route hours made (0 off the Z-route) and the MAP practice hours still needed. */
  matchingHoursFrom(
    participant: ParticipantEntity,
    raw: Record<string, unknown>,
  ): { zRouteHoursDone: number; mapPracticeHoursNeeded: number } {
    const days = (raw.map_practice_days ?? []) as Array<{ work_date: string; hours: string | number }>;
    return {
      zRouteHoursDone: participant.route === LearningRoute.Z_ROUTE ? Number(raw.counting_hours ?? 0) : 0,
      mapPracticeHoursNeeded: this.mapNeeded(participant, days, today()),
    };
  }

  private mapNeeded(
    participant: ParticipantEntity,
    days: ReadonlyArray<{ work_date: string; hours: string | number }>,
    now: string,
  ): number {
    const termEnd = integrationTermLastDay(participant.pipDate);
    let hours = 0;
    for (const d of days) if (d.work_date <= termEnd) hours += Number(d.hours);
    const phase = mapPhase(hours, { today: now, ...this.mapTiming(participant) });
    return phase === 'RUNNING' ? MAP_PRACTICE_HOURS - hours : 0;
  }

  /**
   * For the insights snapshot: each participant's risk on the 800 participation hours (null outside
   * the Z-route) and on the MAP practice hours, exactly as their coach sees it. In batches, so that a
   * national run does not send one query with every id.
   */
  async risksForInsights(
    participants: readonly ParticipantEntity[],
  ): Promise<Map<string, { participation: RiskLevel | null; map: RiskLevel }>> {
    const out = new Map<string, { participation: RiskLevel | null; map: RiskLevel }>();
    const batch = 5000;
    for (let from = 0; from < participants.length; from += batch) {
      for (const p of await this.progressOf(participants.slice(from, from + batch)))
        out.set(p.participant.id, { participation: p.participation?.risk ?? null, map: p.map.risk });
    }
    return out;
  }

  /**
   * For the insights snapshot: approved hours (not corrected away) per quarter of the day worked, per
   * who logged them (the organisation at a place, or the coach: at a place or for an activity), with
   * how many participants they are from. No ids.
   */
  async hoursBySourceForInsights(): Promise<
    Array<{ quarter: string; source: string; participants: number; hours: number }>
  > {
    const rows: Array<{ quarter: string; source: string; participants: number; hours: string }> =
      await this.dataSource.query(
        `SELECT to_char(work_date, 'YYYY') || '-Q' || to_char(work_date, 'Q') AS quarter,
                source || ':' || activity AS source, count(DISTINCT participant_id)::int AS participants,
                sum(hours) AS hours
           FROM hours_entries
          WHERE status = 'APPROVED' AND superseded_at IS NULL
          GROUP BY 1, 2`,
      );
    return rows.map((r) => ({ ...r, hours: Number(r.hours) }));
  }

  /** The participant's MAP start, term end and exemption under this municipality's settings. */
  private mapTiming(participant: ParticipantEntity) {
    return {
      integrationTermLastDay: integrationTermLastDay(participant.pipDate),
      mapStartDate: termMonthStart(participant.pipDate, this.config.MAP_START_MONTH),
      mapExemption: mapExemption(
        {
          recordedByCoach: participant.mapExemptionRecorded,
          paidWorkHoursPerWeek: participant.paidWorkHoursPerWeek,
        },
        this.config.MAP_EXEMPT_PAID_WORK_HOURS,
      ),
    };
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
      activity: HoursActivity;
    }> = await this.dataSource.query(
      // An entry at a place takes the place's flags; an activity the coach logged carries its own
      // Dutch-speaking flag and is never MAP practice.
      `SELECT h.participant_id, to_char(h.work_date, 'YYYY-MM-DD') AS work_date, h.hours, h.status, h.activity,
                coalesce(h.dutch_speaking_environment, p.dutch_speaking_environment) AS dutch,
                coalesce(p.map_practice, false) AS map
           FROM hours_entries h
           LEFT JOIN introductions i ON i.id = h.introduction_id
           LEFT JOIN placements p ON p.id = i.placement_id
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
        activity: r.activity,
      });
      approved.set(r.participant_id, list);
    }
    const now = today();
    return participants.map((participant) => {
      const timing = this.mapTiming(participant);
      const lastDay = timing.integrationTermLastDay;
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
          ...timing,
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
    let allowed = false;
    if (peek?.introductionId) {
      const owner = await this.introductions.byId(peek.introductionId);
      allowed =
        owner !== null &&
        (actor.role === Role.ADMIN || (actor.role === Role.COACH && owner.coachId === actor.userId));
    } else if (peek) {
      // Hours outside a place: their coach logged (and so approved) them; the answer below is ALREADY_DECIDED.
      allowed = actor.role === Role.ADMIN || (await this.isParticipantsCoach(actor, peek.participantId));
    }
    if (!peek || !allowed) {
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
    await this.assertDayTotal(manager, introduction.participantId, date, hours, { introductionId });
    return introduction;
  }

  /**
   * A person has 24 hours in a day, whatever the number of places and activities: the hours logged
   * elsewhere that day plus these may not exceed it. "Elsewhere" leaves out the entry being logged
   * or corrected — the one for the same introduction, or the same activity outside a place, that day.
   * Runs under the participant's row lock.
   */
  private async assertDayTotal(
    manager: EntityManager,
    participantId: string,
    date: string,
    hours: number,
    same: { introductionId: string } | { activity: HoursActivity },
  ): Promise<void> {
    const [row]: Array<{ other: string | null }> = await manager.query(
      'introductionId' in same
        ? `SELECT sum(hours) AS other FROM hours_entries
            WHERE participant_id = $1 AND work_date = $2 AND superseded_at IS NULL AND status <> 'REJECTED'
              AND introduction_id IS DISTINCT FROM $3`
        : `SELECT sum(hours) AS other FROM hours_entries
            WHERE participant_id = $1 AND work_date = $2 AND superseded_at IS NULL AND status <> 'REJECTED'
              AND NOT (introduction_id IS NULL AND activity = $3)`,
      [participantId, date, 'introductionId' in same ? same.introductionId : same.activity],
    );
    const other = Number(row?.other ?? 0);
    if (other + hours > 24) {
      throw DomainError.badInput([
        {
          path: 'hours',
          message: `with the ${other} hours already logged elsewhere on ${date}, this would be more than 24 hours in that day`,
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

  /** Hours outside a place: logged by the coach, so approved by the coach at once (see the class comment). */
  private async insertActivity(
    manager: EntityManager,
    actor: Actor,
    values: {
      participantId: string;
      activity: Exclude<HoursActivity, 'PLACEMENT'>;
      dutchSpeakingEnvironment: boolean;
      note: string | null;
      date: string;
      hours: number;
      replacesId: string | null;
    },
  ): Promise<HoursEntryEntity> {
    const repo = manager.getRepository(HoursEntryEntity);
    const entry = await repo.save(
      repo.create({
        introductionId: null,
        participantId: values.participantId,
        activity: values.activity,
        dutchSpeakingEnvironment: values.dutchSpeakingEnvironment,
        note: values.note,
        workDate: values.date,
        hours: values.hours,
        source: 'COACH',
        status: 'APPROVED',
        createdBy: actor.userId,
        decidedBy: actor.userId,
        decidedAt: new Date(),
        replacesId: values.replacesId,
      }),
    );
    await this.audit.record(
      actor,
      {
        action: values.replacesId ? 'HOURS_CORRECTED' : 'HOURS_LOGGED',
        objectType: 'HOURS',
        objectId: entry.id,
        participantId: values.participantId,
        result: 'ALLOWED',
      },
      manager,
    );
    return entry;
  }

  /** The participant's row, locked (FOR UPDATE) so the day total stays right under concurrent logging. */
  private async lockedParticipant(manager: EntityManager, participantId: string): Promise<ParticipantEntity> {
    await this.participants.lockForUpdate(participantId, manager);
    const [participant] = await this.participants.byIds([participantId], manager);
    if (!participant) throw DomainError.notFound('Participant');
    return participant;
  }

  /** Field errors for a day and hours outside a place: a real day in the term, not in the future. */
  private checkDayAndHours(participant: ParticipantEntity, date: string, hours: number): void {
    const fields: Array<{ path: string; message: string }> = [];
    if (!isCalendarDate(date))
      fields.push({ path: 'date', message: `${date} is not a date in the calendar` });
    else if (date < participant.pipDate)
      fields.push({
        path: 'date',
        message: `the integration term started on ${participant.pipDate} (the PIP date)`,
      });
    else if (date > integrationTermLastDay(participant.pipDate))
      fields.push({
        path: 'date',
        message: `the integration term ended on ${integrationTermLastDay(participant.pipDate)}`,
      });
    else if (date > today())
      fields.push({ path: 'date', message: 'hours cannot be logged for a day that has not come yet' });
    if (!(hours > 0)) fields.push({ path: 'hours', message: 'hours must be more than 0' });
    else if (hours > 24) fields.push({ path: 'hours', message: 'hours cannot be more than 24 in a day' });
    else if (Math.round(hours * 4) !== hours * 4)
      fields.push({ path: 'hours', message: 'hours go in steps of a quarter (0.25)' });
    if (fields.length) throw DomainError.badInput(fields);
  }

  private async isParticipantsCoach(actor: Actor, participantId: string): Promise<boolean> {
    if (actor.role !== Role.COACH) return false;
    const [participant] = await this.participants.byIds([participantId]);
    return participant?.coachId === actor.userId;
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
