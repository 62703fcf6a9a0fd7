import { CompensationPreference, type LearningRoute, type TimeRange } from '@plekwijzer/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  In,
  type DataSource,
  type EntityManager,
  type FindOptionsWhere,
  type SelectQueryBuilder,
} from 'typeorm';
import {
  containsPattern,
  containsSql,
  hydrate,
  pgErrorCode,
  PG_UNIQUE_VIOLATION,
  queryPrepared,
} from '@plekwijzer/database';
import { DomainError, FieldErrors, MAX_PAGE_SIZE, type PageInput } from '@plekwijzer/graphql';
import { checkRanges, isCalendarDate, type RangeInput } from '@plekwijzer/api/common/weekly-ranges.js';
import { MatchingInputsSignal } from '@plekwijzer/api/common/matching-inputs.js';
import { AuditService } from '@plekwijzer/api/modules/audit/audit.service.js';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { PostcodeLookup } from '@plekwijzer/api/modules/geo/postcode-lookup.service.js';
import type {
  CreateParticipantInput,
  ParticipantFieldsInput,
  UpdateParticipantInput,
} from './dto/participant-fields.input.js';
import { ParticipantEntity } from './participant.entity.js';
import { IdempotencyService } from '@plekwijzer/api/modules/idempotency/idempotency.service.js';

const stored = (r: RangeInput): TimeRange => ({ day: r.day, start: r.start, end: r.end });

/**
 * A coach's caseload. Only the participant's own coach and admins can read or change one; for
 * anyone else every lookup answers NOT_FOUND through the same single query, whether or not the
 * participant exists.
 */
/**
 * Narrows a participants query (alias `p`) to those whose nickname or client reference contains
 * `search`: case and accents ignored, % and _ taken literally (containsSql). Blank: no condition.
 */
function whereNameOrReferenceContains(
  query: SelectQueryBuilder<ParticipantEntity>,
  search: string | null | undefined,
): void {
  const text = search?.trim();
  if (!text) return;
  query.andWhere(
    `(${containsSql('p.clientReference', 'search')} OR ${containsSql("coalesce(p.nickname, '')", 'search')})`,
    { search: containsPattern(text) },
  );
}

@Injectable()
export class ParticipantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PostcodeLookup) private readonly postcodes: PostcodeLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(MatchingInputsSignal) private readonly matchingInputs: MatchingInputsSignal,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
  ) {}

  private ownedWhere(actor: Actor, id: string): FindOptionsWhere<ParticipantEntity> {
    const scope = this.ownerScope(actor);
    if (scope.all) return { id };
    // Other roles never own participants: a condition no row meets keeps the query (and its timing) the same.
    return { id, coachId: scope.coachId ?? '00000000-0000-0000-0000-000000000000' };
  }

  /**
   * The participant if the actor is their coach (or an admin). Every call is audited: ALLOWED with
   * the purpose, or DENIED — also for ids that do not exist, so the trail shows probing.
   */
  async getOwned(actor: Actor, id: string, action = 'READ'): Promise<ParticipantEntity> {
    return (await this.getOwnedWith(actor, id, action, {})).participant;
  }

  /**
   * getOwned, with more columns read in the same query (SQL over the participants row aliased
   * `p`, e.g. HoursService.matchingHoursColumns; their names must not be column names of
   * participants). The audit entry is written by the same statement (a data-modifying WITH, which
   * PostgreSQL runs exactly once whether or not the outer query reads it), and the statement is
   * prepared once per connection: one round trip and little server work for the row, what the
   * caller needs with it, and the trail (issue 13).
   */
  async getOwnedWith(
    actor: Actor,
    id: string,
    action: string,
    columns: Readonly<Record<string, string>>,
  ): Promise<{ participant: ParticipantEntity; columns: Record<string, unknown> }> {
    // One lookup by id whatever the caller, and the decision in code: the same query and the same
    // answer for someone else's participant and a missing one. The trail's ALLOWED/DENIED comes
    // from the same ownership rule (ownerScope), written once for SQL and once for the row.
    const scope = this.ownerScope(actor);
    const audit = this.audit.participantReadEntry(actor, `PARTICIPANT_${action}`, {
      participantId: '$1',
      ownedSql: 'o.id IS NOT NULL AND ($2::boolean OR o.coach_id = $3::uuid)',
      firstParameter: 4,
    });
    const extra = Object.entries(columns).map(([name, sql]) => `, ${sql} AS "${name}"`);
    const [row] = await queryPrepared<Record<string, unknown>>(
      this.dataSource,
      `WITH audit_entry AS (${audit.sql}) SELECT p.*${extra.join('')} FROM participants p WHERE p.id = $1`,
      [id, scope.all, scope.coachId, ...audit.values],
    );
    const found = row ? hydrate(this.dataSource, ParticipantEntity, row) : null;
    if (found === null || !this.owns(scope, found)) throw DomainError.notFound('Participant');
    return { participant: found, columns: row };
  }

  /** These participants, without an access check: for callers that checked access through their own rows. */
  byIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<ParticipantEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : manager.getRepository(ParticipantEntity).findBy({ id: In(ids) });
  }

  /**
   * Locks the row (FOR UPDATE) of a participant of this coach in the caller's transaction; null
   * when there is none. A consent revocation running at the same time either commits first or waits.
   */
  lockOfCoachForUpdate(
    id: string,
    coachId: string,
    manager: EntityManager,
  ): Promise<ParticipantEntity | null> {
    return manager
      .getRepository(ParticipantEntity)
      .findOne({ where: { id, coachId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Locks a participant's row (FOR UPDATE) in the caller's transaction, e.g. to keep a day's hours total right. */
  async lockForUpdate(id: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT 1 FROM participants WHERE id = $1 FOR UPDATE', [id]);
  }

  /** Records, in the caller's transaction, that the participant no longer consents to being proposed. */
  async withdrawConsentToBeProposed(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(ParticipantEntity).update({ id }, { consentToBeProposed: false });
  }

  /** Whose participants the actor may read: all (admin), one coach's caseload, or none. */
  private ownerScope(actor: Actor): { all: boolean; coachId: string | null } {
    if (actor.role === Role.ADMIN) return { all: true, coachId: null };
    return { all: false, coachId: actor.role === Role.COACH ? actor.userId : null };
  }

  private owns(scope: { all: boolean; coachId: string | null }, participant: ParticipantEntity): boolean {
    return scope.all || (scope.coachId !== null && participant.coachId === scope.coachId);
  }

  /**
   * The coach's own caseload (admins: everyone's), newest first; with `search`, only participants
   * whose nickname or client reference contains it (case and accents ignored, in SQL).
   */
  async caseload(
    actor: Actor,
    page: PageInput | undefined,
    search?: string | null,
  ): Promise<{ items: ParticipantEntity[]; totalCount: number; hasNextPage: boolean }> {
    const first = Math.min(page?.first ?? 20, MAX_PAGE_SIZE);
    const offset = page?.offset ?? 0;
    const query = this.dataSource
      .getRepository(ParticipantEntity)
      .createQueryBuilder('p')
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .skip(offset)
      .take(first);
    if (actor.role !== Role.ADMIN) query.andWhere('p.coachId = :coachId', { coachId: actor.userId });
    whereNameOrReferenceContains(query, search);
    const [items, totalCount] = await query.getManyAndCount();
    await this.audit.recordMany(
      actor,
      items.map((p) => ({
        action: 'PARTICIPANT_READ',
        objectType: 'PARTICIPANT',
        objectId: p.id,
        participantId: p.id,
        result: 'ALLOWED',
      })),
    );
    return { items, totalCount, hasNextPage: offset + items.length < totalCount };
  }

  /**
   * Every participant, for the insights refresh (a system job, not a user's read). Its caller keeps
   * no identifier in what it stores and audits the run as one operation.
   */
  allForInsights(): Promise<ParticipantEntity[]> {
    return this.dataSource.getRepository(ParticipantEntity).find({ order: { id: 'ASC' } });
  }

  /**
   * All participants of the coach, for matching a place against the caseload or its progress (each
   * read audited). With `filter`, only those on `route` and whose nickname or client reference
   * contains `search` (case and accents ignored, % and _ literal: containsSql, as in `caseload`).
   */
  async listForCoach(
    actor: Actor,
    purpose: string,
    filter: { search?: string | null; route?: LearningRoute | null } = {},
  ): Promise<ParticipantEntity[]> {
    const query = this.dataSource
      .getRepository(ParticipantEntity)
      .createQueryBuilder('p')
      .where('p.coachId = :coachId', { coachId: actor.userId })
      .orderBy('p.clientReference', 'ASC');
    if (filter.route) query.andWhere('p.route = :route', { route: filter.route });
    whereNameOrReferenceContains(query, filter.search);
    const items = await query.getMany();
    await this.audit.recordMany(
      actor,
      items.map((p) => ({
        action: `PARTICIPANT_${purpose}`,
        objectType: 'PARTICIPANT',
        objectId: p.id,
        participantId: p.id,
        result: 'ALLOWED',
      })),
    );
    return items;
  }

  async create(actor: Actor, input: CreateParticipantInput): Promise<ParticipantEntity> {
    if (actor.role !== Role.COACH) throw DomainError.forbidden('Only a coach keeps a caseload');
    const errors = new FieldErrors();
    const home = this.postcodes.resolve('input.homePostcode', input.homePostcode, errors);
    if (!isCalendarDate(input.pipDate))
      errors.add('input.pipDate', `${input.pipDate} is not a date in the calendar`, 'INVALID_DATE');
    const repo = this.dataSource.getRepository(ParticipantEntity);
    const participant = repo.create({
      coachId: actor.userId,
      clientReference: input.clientReference.trim(),
      route: input.route,
      targetGroup: input.targetGroup,
      pipDate: input.pipDate,
      levelSpeaking: input.languageLevels.speaking,
      levelListening: input.languageLevels.listening,
      levelReading: input.languageLevels.reading,
      levelWriting: input.languageLevels.writing,
      homePostcode: home?.location.pc4 ?? '',
      travelModes: [...input.travelModes],
      maxTravelMinutes: input.maxTravelMinutes,
      maxHoursPerWeek: input.maxHoursPerWeek,
      physicalCapacity: input.physicalCapacity,
      nickname: null,
      otherLanguages: [],
      gender: null,
      compensationPreference: CompensationPreference.NO_PREFERENCE,
      availability: [],
      commitments: [],
      availableFrom: null,
      paidWorkHoursPerWeek: null,
      mapExemptionRecorded: false,
      childcareNeeded: false,
      childrenAges: [],
      childcareCovered: [],
      interests: [],
      consentToBeProposed: false,
    });
    this.apply(participant, input, errors);
    if (!input.availability || input.availability.length === 0) {
      errors.add(
        'input.availability',
        'say when the participant is free (at least one time range)',
        'REQUIRED',
      );
    }
    errors.throwIfAny();
    try {
      return await this.idempotency.transaction({
        userId: actor.userId,
        operation: 'createParticipant',
        input,
        idOf: (created) => created.id,
        replay: (manager, id) => this.replayCreated(manager, actor, id),
        what: 'Participant',
        create: async (manager) => {
          const saved = await manager.save(participant);
          await this.audit.record(
            actor,
            {
              action: 'PARTICIPANT_CREATED',
              objectType: 'PARTICIPANT',
              objectId: saved.id,
              participantId: saved.id,
              result: 'ALLOWED',
            },
            manager,
          );
          return saved;
        },
      });
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) {
        throw DomainError.badInput([
          {
            path: 'input.clientReference',
            message: 'you already have a participant with this reference',
            code: 'ALREADY_EXISTS',
          },
        ]);
      }
      throw error;
    }
  }

  /**
   * What a retried createParticipant answers: the participant the first request made, if the actor
   * still owns them (they may have been removed since). Handing them out is a read, audited as one.
   */
  private async replayCreated(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<ParticipantEntity | null> {
    const earlier = await manager.getRepository(ParticipantEntity).findOneBy(this.ownedWhere(actor, id));
    if (earlier) {
      await this.audit.record(
        actor,
        {
          action: 'PARTICIPANT_READ',
          objectType: 'PARTICIPANT',
          objectId: id,
          participantId: id,
          result: 'ALLOWED',
        },
        manager,
      );
    }
    return earlier;
  }

  /** Registered by the introductions feature: what ending consent does to a participant's introductions. */
  private consentEnded?: ConsentEndedHandler;

  onConsentEnded(handler: ConsentEndedHandler): void {
    this.consentEnded = handler;
  }

  async update(actor: Actor, id: string, input: UpdateParticipantInput): Promise<ParticipantEntity> {
    // Ownership (and the audit of a refusal) before the transaction: see AuditService.
    await this.getOwned(actor, id, 'UPDATE');
    const endsConsent = input.consentToBeProposed === false;
    const updated = await this.dataSource.transaction(async (manager) => {
      const participant = await manager
        .getRepository(ParticipantEntity)
        .findOne({ where: this.ownedWhere(actor, id), lock: { mode: 'pessimistic_write' } });
      if (!participant) throw DomainError.notFound('Participant');
      const errors = new FieldErrors();
      if (input.homePostcode !== undefined) {
        const home = this.postcodes.resolve('input.homePostcode', input.homePostcode, errors);
        if (home) participant.homePostcode = home.location.pc4;
      }
      if (input.pipDate !== undefined) {
        if (!isCalendarDate(input.pipDate))
          errors.add('input.pipDate', `${input.pipDate} is not a date in the calendar`, 'INVALID_DATE');
        participant.pipDate = input.pipDate;
      }
      if (input.route) participant.route = input.route;
      if (input.targetGroup) participant.targetGroup = input.targetGroup;
      if (input.languageLevels) {
        participant.levelSpeaking = input.languageLevels.speaking;
        participant.levelListening = input.languageLevels.listening;
        participant.levelReading = input.languageLevels.reading;
        participant.levelWriting = input.languageLevels.writing;
      }
      if (input.travelModes) participant.travelModes = [...input.travelModes];
      if (input.maxTravelMinutes !== undefined) participant.maxTravelMinutes = input.maxTravelMinutes;
      if (input.maxHoursPerWeek !== undefined) participant.maxHoursPerWeek = input.maxHoursPerWeek;
      if (input.physicalCapacity) participant.physicalCapacity = input.physicalCapacity;
      this.apply(participant, input, errors);
      if (input.availability && input.availability.length === 0) {
        errors.add(
          'input.availability',
          'say when the participant is free (at least one time range)',
          'REQUIRED',
        );
      }
      errors.throwIfAny();
      const saved = await manager.save(participant);
      await this.audit.record(
        actor,
        {
          action: 'PARTICIPANT_UPDATED',
          objectType: 'PARTICIPANT',
          objectId: id,
          participantId: id,
          result: 'ALLOWED',
        },
        manager,
      );
      // Ending consent here does exactly what revokeConsent does, in this transaction.
      if (endsConsent) {
        if (!this.consentEnded) throw new Error('No handler for ended consent is registered');
        await this.consentEnded(manager, actor, id);
      }
      return saved;
    });
    // Withdrawn introductions free their spots.
    if (endsConsent) this.matchingInputs.changed();
    return updated;
  }

  /** Removes a participant and everything about them (right to erasure). */
  async remove(actor: Actor, id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(ParticipantEntity).delete(this.ownedWhere(actor, id));
    await this.audit.record(actor, {
      action: 'PARTICIPANT_REMOVED',
      objectType: 'PARTICIPANT',
      objectId: id,
      participantId: result.affected ? id : null,
      result: result.affected ? 'ALLOWED' : 'DENIED',
    });
    if (!result.affected) throw DomainError.notFound('Participant');
    // Their introductions went with them, and with those the spots they took.
    this.matchingInputs.changed();
    return true;
  }

  /** Validates the optional fields shared by create and update; copies them only if all are valid. */
  private apply(p: ParticipantEntity, input: ParticipantFieldsInput, errors: FieldErrors): void {
    if (input.availability) checkRanges('input.availability', input.availability, errors);
    if (input.commitments) {
      input.commitments.forEach((c, i) => checkRanges(`input.commitments.${i}.range`, [c.range], errors));
      checkRanges(
        'input.commitments',
        input.commitments.map((c) => c.range),
        errors,
      );
    }
    if (input.childcare) {
      checkRanges('input.childcare.covered', input.childcare.covered, errors);
      if (input.childcare.needed && input.childcare.childrenAges.length === 0) {
        errors.add(
          'input.childcare.childrenAges',
          "childcare is needed, so give the children's ages",
          'REQUIRED',
        );
      }
    }
    const paidWork = input.paidWorkHoursPerWeek;
    if (typeof paidWork === 'number') {
      if (!(paidWork >= 0 && paidWork <= 60))
        errors.add(
          'input.paidWorkHoursPerWeek',
          'paidWorkHoursPerWeek must be between 0 and 60',
          'OUT_OF_RANGE',
          {
            min: 0,
            max: 60,
          },
        );
      else if (Math.round(paidWork * 4) !== paidWork * 4)
        errors.add(
          'input.paidWorkHoursPerWeek',
          'paidWorkHoursPerWeek goes in steps of a quarter hour (0.25)',
          'NOT_IN_STEPS',
          { step: 0.25 },
        );
    }
    if (input.availableFrom && !isCalendarDate(input.availableFrom)) {
      errors.add(
        'input.availableFrom',
        `${input.availableFrom} is not a date in the calendar`,
        'INVALID_DATE',
      );
    }
    if (errors.any) return;
    if (input.nickname !== undefined) p.nickname = input.nickname?.trim() || null;
    if (input.otherLanguages) p.otherLanguages = [...input.otherLanguages];
    if (input.gender !== undefined) p.gender = input.gender ?? null;
    if (input.compensationPreference !== undefined) p.compensationPreference = input.compensationPreference;
    if (input.availability) p.availability = input.availability.map(stored);
    if (input.commitments)
      p.commitments = input.commitments.map((c) => ({
        kind: c.kind,
        label: c.label.trim(),
        range: stored(c.range),
      }));
    if (input.availableFrom !== undefined) p.availableFrom = input.availableFrom ?? null;
    if (input.paidWorkHoursPerWeek !== undefined) p.paidWorkHoursPerWeek = input.paidWorkHoursPerWeek ?? null;
    if (input.mapExemptionRecorded !== undefined) p.mapExemptionRecorded = input.mapExemptionRecorded;
    if (input.childcare) {
      p.childcareNeeded = input.childcare.needed;
      p.childrenAges = [...input.childcare.childrenAges];
      p.childcareCovered = input.childcare.covered.map(stored);
    }
    if (input.interests) p.interests = [...input.interests];
    if (input.consentToBeProposed !== undefined) p.consentToBeProposed = input.consentToBeProposed;
  }
}

export type ConsentEndedHandler = (
  manager: EntityManager,
  actor: Actor,
  participantId: string,
) => Promise<number>;
