import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, In, type DataSource, type EntityManager } from 'typeorm';
import { DomainError, FieldErrors, MAX_PAGE_SIZE } from '@plekwijzer/graphql';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { PostcodeLookup } from '@plekwijzer/api/modules/geo/postcode-lookup.service.js';
import { OrganisationKind } from '@plekwijzer/api/modules/organisations/organisation-kind.js';
import { OrganisationsService } from '@plekwijzer/api/modules/organisations/organisations.service.js';
import type {
  CreatePlacementInput,
  PlacementFieldsInput,
  UpdatePlacementInput,
} from './dto/placement-fields.input.js';
import type { PlacementsArgs } from './dto/placements.args.js';
import { PlacementEntity } from './placement.entity.js';
import { ChildcareKind, PlaceAudience, PlacementStatus } from '@plekwijzer/api/common/domain.enums.js';
import { languageLevelRank, today } from '@plekwijzer/domain';
import { isCalendarDate } from '@plekwijzer/api/common/weekly-ranges.js';
import { missingForPublication, normaliseSchedule } from './placement-rules.js';
import { MatchingInputsSignal } from '@plekwijzer/api/common/matching-inputs.js';
import { PlacementChanges } from './placement-changes.port.js';
import { IdempotencyService } from '@plekwijzer/api/modules/idempotency/idempotency.service.js';

const MANAGERS = new Set<Role>([Role.ADMIN, Role.EMPLOYER, Role.PARTNER]);

/** Which lifecycle moves are allowed, from → to. */
const TRANSITIONS: Record<PlacementStatus, PlacementStatus[]> = {
  DRAFT: [PlacementStatus.PUBLISHED, PlacementStatus.CLOSED],
  PUBLISHED: [PlacementStatus.PAUSED, PlacementStatus.CLOSED],
  PAUSED: [PlacementStatus.PUBLISHED, PlacementStatus.CLOSED],
  CLOSED: [],
};

export interface PlacementPage {
  items: PlacementEntity[];
  totalCount: number;
  hasNextPage: boolean;
}

@Injectable()
export class PlacementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PostcodeLookup) private readonly postcodes: PostcodeLookup,
    @Inject(OrganisationsService) private readonly organisations: OrganisationsService,
    @Inject(PlacementChanges) private readonly changes: PlacementChanges,
    @Inject(MatchingInputsSignal) private readonly matchingInputs: MatchingInputsSignal,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
  ) {}

  /** Published places are visible to every signed-in user; the rest only to their organisation and admins. */
  canRead(actor: Actor, placement: PlacementEntity): boolean {
    return (
      placement.status === PlacementStatus.PUBLISHED ||
      actor.role === Role.ADMIN ||
      placement.organisationId === actor.organisationId
    );
  }

  canManage(actor: Actor, placement: PlacementEntity): boolean {
    return (
      actor.role === Role.ADMIN ||
      (MANAGERS.has(actor.role) && placement.organisationId === actor.organisationId)
    );
  }

  async get(actor: Actor, id: string): Promise<PlacementEntity> {
    const placement = await this.dataSource.getRepository(PlacementEntity).findOneBy({ id });
    if (!placement || !this.canRead(actor, placement)) throw DomainError.notFound('Place');
    return placement;
  }

  /** Every published place: what the matcher compiles. */
  publishedForMatching(): Promise<PlacementEntity[]> {
    return this.dataSource
      .getRepository(PlacementEntity)
      .find({ where: { status: PlacementStatus.PUBLISHED } });
  }

  /** The published places among these ids (search hits whose place may since have been paused), by id. */
  async publishedByIds(ids: string[]): Promise<Map<string, PlacementEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(PlacementEntity)
      .findBy({ id: In(ids), status: PlacementStatus.PUBLISHED });
    return new Map(rows.map((p) => [p.id, p]));
  }

  /** These places whatever their status, for callers that checked access through their own rows. */
  byIds(ids: string[]): Promise<PlacementEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.dataSource.getRepository(PlacementEntity).findBy({ id: In(ids) });
  }

  /** One place, whatever its status, without an access check; null when there is none. */
  byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<PlacementEntity | null> {
    return manager.getRepository(PlacementEntity).findOneBy({ id });
  }

  /**
   * Locks a place's row (FOR UPDATE) in the caller's transaction and returns it; null when there is
   * none. Introductions take this lock before their own rows, so concurrent accepts cannot overbook.
   */
  lockForUpdate(id: string, manager: EntityManager): Promise<PlacementEntity | null> {
    return manager
      .getRepository(PlacementEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Changes whenever a place is added, changed or removed: the matcher cache compares it. */
  async changeStamp(): Promise<string> {
    const [row] = await this.dataSource.query<Array<{ stamp: string }>>(
      `SELECT count(*)::text || ':' || coalesce(max(updated_at)::text, '') AS stamp FROM placements`,
    );
    return row.stamp;
  }

  async list(actor: Actor, args: PlacementsArgs): Promise<PlacementPage> {
    const filter = args.filter ?? {};
    const first = Math.min(args.page?.first ?? 20, MAX_PAGE_SIZE);
    const offset = args.page?.offset ?? 0;
    const qb = this.dataSource.getRepository(PlacementEntity).createQueryBuilder('p');

    if (actor.role !== Role.ADMIN) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('p.status = :published', { published: PlacementStatus.PUBLISHED })
            .orWhere('p.organisation_id = :own', { own: actor.organisationId }),
        ),
      );
    }
    if (filter.types?.length) qb.andWhere('p.type IN (:...types)', { types: filter.types });
    if (filter.sectors?.length) qb.andWhere('p.sector IN (:...sectors)', { sectors: filter.sectors });
    if (filter.statuses?.length) qb.andWhere('p.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.organisationId) qb.andWhere('p.organisation_id = :org', { org: filter.organisationId });
    if (filter.childcare?.length)
      qb.andWhere('p.childcare_kind IN (:...childcare)', { childcare: filter.childcare });
    if (filter.maxLanguageLevel) {
      qb.andWhere('p.max_required_level <= :maxLevel', {
        maxLevel: languageLevelRank(filter.maxLanguageLevel),
      });
    }
    if (filter.near) {
      const errors = new FieldErrors();
      const centre = this.postcodes.resolve('filter.near.postcode', filter.near.postcode, errors);
      errors.throwIfAny();
      // Haversine in plain SQL (no cube/earthdistance: not available everywhere), with a
      // bounding box first so an index on lat/lon could serve it.
      const { lat, lon } = centre!.location;
      const dLat = filter.near.km / 111.2;
      const dLon = filter.near.km / (111.2 * Math.cos((lat * Math.PI) / 180));
      qb.andWhere('p.lat BETWEEN :latMin AND :latMax AND p.lon BETWEEN :lonMin AND :lonMax', {
        latMin: lat - dLat,
        latMax: lat + dLat,
        lonMin: lon - dLon,
        lonMax: lon + dLon,
      });
      qb.andWhere(
        `2 * 6371.0088 * asin(sqrt(power(sin(radians(p.lat - :lat) / 2), 2) + cos(radians(:lat)) * cos(radians(p.lat)) * power(sin(radians(p.lon - :lon) / 2), 2))) <= :km`,
        { lat, lon, km: filter.near.km },
      );
    }
    const [items, totalCount] = await qb
      .orderBy('p.published_at', 'DESC', 'NULLS LAST')
      .addOrderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .skip(offset)
      .take(first)
      .getManyAndCount();
    return { items, totalCount, hasNextPage: offset + items.length < totalCount };
  }

  async create(actor: Actor, input: CreatePlacementInput): Promise<PlacementEntity> {
    const organisationId = this.organisationFor(actor, input.organisationId);
    const organisation = await this.organisations.findById(organisationId);
    if (!organisation)
      throw DomainError.badInput([
        { path: 'input.organisationId', message: 'there is no such organisation', code: 'NOT_FOUND' },
      ]);
    if (organisation.kind === OrganisationKind.COACHING) {
      throw DomainError.badInput([
        {
          path: 'input.organisationId',
          message: 'a coaching organisation does not offer places',
          code: 'INVALID_CHOICE',
        },
      ]);
    }
    const placement = this.dataSource.getRepository(PlacementEntity).create({
      organisationId,
      type: input.type,
      title: input.title.trim(),
      status: PlacementStatus.DRAFT,
      street: organisation.street,
      postcode: organisation.postcode,
      pc4: organisation.pc4,
      city: organisation.city,
      lat: this.postcodes.locationOf(organisation.pc4)?.lat ?? null,
      lon: this.postcodes.locationOf(organisation.pc4)?.lon ?? null,
      languageRequirements: [],
      maxRequiredLevel: 0,
      supportBuddy: false,
      supportSupervisor: false,
      staffLanguages: [],
      childcareKind: ChildcareKind.NONE,
      openToRoutes: [],
      openToTargetGroups: [],
      audience: PlaceAudience.EVERYONE,
      groupLanguage: null,
    });
    this.apply(placement, input);
    return this.change((manager) =>
      this.idempotency.once(manager, {
        userId: actor.userId,
        operation: 'createPlacement',
        input,
        idOf: (created) => created.id,
        // The place as it is now (it may have been changed or published since), if the actor still sees it.
        replay: async (m, id) => {
          const earlier = await m.getRepository(PlacementEntity).findOneBy({ id });
          return earlier && this.canRead(actor, earlier) ? earlier : null;
        },
        what: 'Place',
        create: (m) => this.saveAndQueueForSearch(m, placement),
      }),
    );
  }

  async update(actor: Actor, id: string, input: UpdatePlacementInput): Promise<PlacementEntity> {
    return this.change(async (manager) => {
      const placement = await this.lockManaged(manager, actor, id);
      if (placement.status === PlacementStatus.CLOSED) {
        throw new DomainError('CONFLICT', 'This place is closed and can no longer be changed', {
          reason: 'PLACE_CLOSED',
        });
      }
      if (input.type !== undefined) placement.type = input.type;
      if (input.title !== undefined) placement.title = input.title.trim();
      this.apply(placement, input);
      if (placement.status !== PlacementStatus.DRAFT) this.assertComplete(placement);
      return this.saveAndQueueForSearch(manager, placement);
    });
  }

  publish(actor: Actor, id: string): Promise<PlacementEntity> {
    return this.transition(actor, id, PlacementStatus.PUBLISHED);
  }

  pause(actor: Actor, id: string): Promise<PlacementEntity> {
    return this.transition(actor, id, PlacementStatus.PAUSED);
  }

  close(actor: Actor, id: string): Promise<PlacementEntity> {
    return this.transition(actor, id, PlacementStatus.CLOSED);
  }

  private async transition(actor: Actor, id: string, to: PlacementStatus): Promise<PlacementEntity> {
    return this.change(async (manager) => {
      const placement = await this.lockManaged(manager, actor, id);
      if (!TRANSITIONS[placement.status].includes(to)) {
        throw new DomainError(
          'CONFLICT',
          `A place that is ${placement.status.toLowerCase()} cannot be ${to === PlacementStatus.PUBLISHED ? 'published' : to.toLowerCase()}`,
          { reason: 'ILLEGAL_TRANSITION' },
        );
      }
      if (to === PlacementStatus.PUBLISHED) {
        this.assertComplete(placement);
        if (placement.endDate && placement.endDate < today()) {
          throw DomainError.badInput([
            {
              path: 'endDate',
              message: 'the place has already ended; change the end date first',
              code: 'DATE_IN_THE_PAST',
              params: { date: placement.endDate },
            },
          ]);
        }
        placement.publishedAt ??= new Date();
      }
      placement.status = to;
      return this.saveAndQueueForSearch(manager, placement);
    });
  }

  /** A change of a place in one transaction; once it has committed, matching sees it at once. */
  private async change(work: (manager: EntityManager) => Promise<PlacementEntity>): Promise<PlacementEntity> {
    const saved = await this.dataSource.transaction(work);
    this.matchingInputs.changed();
    return saved;
  }

  /** Every change reaches the search index through its outbox row, committed with the change itself. */
  private async saveAndQueueForSearch(
    manager: EntityManager,
    placement: PlacementEntity,
  ): Promise<PlacementEntity> {
    const saved = await manager.save(placement);
    await this.changes.placementChanged(manager, saved.id);
    return saved;
  }

  /** Loads a place for change under a row lock; someone else's place is FORBIDDEN if they can see it, else NOT_FOUND. */
  private async lockManaged(manager: EntityManager, actor: Actor, id: string): Promise<PlacementEntity> {
    const placement = await manager
      .getRepository(PlacementEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id })
      .getOne();
    if (!placement || !this.canRead(actor, placement)) throw DomainError.notFound('Place');
    if (!this.canManage(actor, placement))
      throw DomainError.forbidden('Only the organisation offering this place can change it');
    return placement;
  }

  private organisationFor(actor: Actor, requested: string | undefined): string {
    if (actor.role === Role.ADMIN) {
      if (!requested)
        throw DomainError.badInput([
          {
            path: 'input.organisationId',
            message: 'an admin must say which organisation offers the place',
            code: 'REQUIRED',
          },
        ]);
      return requested;
    }
    if (!MANAGERS.has(actor.role))
      throw DomainError.forbidden('Only employers and partner organisations post places');
    if (requested && requested !== actor.organisationId) {
      throw DomainError.forbidden('You can only post places for your own organisation');
    }
    return actor.organisationId;
  }

  /** Validates the given fields together with the place's current values and copies them in. Throws before anything changes. */
  private apply(placement: PlacementEntity, input: PlacementFieldsInput): void {
    const errors = new FieldErrors();
    const has = <K extends keyof PlacementFieldsInput>(key: K): boolean => input[key] !== undefined;

    let location:
      | { street: string; postcode: string; city: string; pc4: string; lat: number; lon: number }
      | null
      | undefined;
    if (has('location') && input.location) {
      const resolved = this.postcodes.resolve('input.location.postcode', input.location.postcode, errors);
      if (resolved) {
        location = {
          street: input.location.street.trim(),
          postcode: resolved.postcode,
          city: input.location.city.trim(),
          pc4: resolved.location.pc4,
          lat: resolved.location.lat,
          lon: resolved.location.lon,
        };
      }
    } else if (has('location')) {
      location = null;
    }

    const schedule = input.schedule
      ? normaliseSchedule('input.schedule', input.schedule, errors)
      : input.schedule;

    const startDate = has('startDate') ? (input.startDate ?? null) : placement.startDate;
    const endDate = has('endDate') ? (input.endDate ?? null) : placement.endDate;
    if (input.startDate && !isCalendarDate(input.startDate))
      errors.add('input.startDate', `${input.startDate} is not a date in the calendar`, 'INVALID_DATE');
    if (input.endDate && !isCalendarDate(input.endDate))
      errors.add('input.endDate', `${input.endDate} is not a date in the calendar`, 'INVALID_DATE');
    if (startDate && endDate && endDate < startDate)
      errors.add('input.endDate', 'the end date is before the start date', 'END_BEFORE_START', {
        start: startDate,
      });

    if (input.languageRequirements) {
      const seen = new Set<string>();
      input.languageRequirements.forEach((req, i) => {
        if (seen.has(req.skill))
          errors.add(
            `input.languageRequirements.${i}.skill`,
            `${req.skill.toLowerCase()} is listed twice`,
            'DUPLICATES',
            { value: req.skill },
          );
        seen.add(req.skill);
      });
    }

    if (input.groupLanguage === 'nl')
      errors.add(
        'input.groupLanguage',
        'leave groupLanguage empty for a place held in Dutch',
        'MUST_BE_EMPTY',
      );
    // A group held in another language is not a Dutch-speaking environment (its hours do not count
    // for the Z-route): the two fields must agree, after the change, whichever one is changed.
    const groupLanguage = has('groupLanguage') ? (input.groupLanguage ?? null) : placement.groupLanguage;
    const dutch = has('dutchSpeakingEnvironment')
      ? (input.dutchSpeakingEnvironment ?? null)
      : placement.dutchSpeakingEnvironment;
    if (groupLanguage !== null && groupLanguage !== 'nl' && dutch === true) {
      if (input.dutchSpeakingEnvironment === true)
        errors.add(
          'input.dutchSpeakingEnvironment',
          `a place held in another language (${groupLanguage}) is not a Dutch-speaking environment`,
          'CONTRADICTS',
          { field: 'groupLanguage' },
        );
      else
        errors.add(
          'input.groupLanguage',
          'a place held in another language is not a Dutch-speaking environment: set dutchSpeakingEnvironment to false as well',
          'CONTRADICTS',
          { field: 'dutchSpeakingEnvironment' },
        );
    }

    if (input.childcare) {
      const { kind, minAgeYears, maxAgeYears } = input.childcare;
      if (kind === ChildcareKind.ON_SITE) {
        if (minAgeYears === undefined || maxAgeYears === undefined) {
          errors.add(
            'input.childcare',
            'childcare on site needs the age range (minAgeYears and maxAgeYears)',
            'REQUIRED',
          );
        } else if (minAgeYears > maxAgeYears) {
          errors.add(
            'input.childcare.minAgeYears',
            'the youngest age is above the oldest age',
            'MIN_ABOVE_MAX',
            { min: minAgeYears, max: maxAgeYears },
          );
        }
      } else if (minAgeYears !== undefined || maxAgeYears !== undefined) {
        errors.add('input.childcare', 'an age range only applies to childcare on site', 'MUST_BE_EMPTY');
      }
    }
    errors.throwIfAny();

    if (has('description')) placement.description = input.description?.trim() || null;
    if (has('sector')) placement.sector = input.sector ?? null;
    if (location !== undefined) {
      placement.street = location?.street ?? null;
      placement.postcode = location?.postcode ?? null;
      placement.city = location?.city ?? null;
      placement.pc4 = location?.pc4 ?? null;
      placement.lat = location?.lat ?? null;
      placement.lon = location?.lon ?? null;
    }
    if (input.languageRequirements) {
      placement.languageRequirements = input.languageRequirements.map((r) => ({
        skill: r.skill,
        level: r.level,
        required: r.required,
      }));
      placement.maxRequiredLevel = Math.max(
        0,
        ...placement.languageRequirements.filter((r) => r.required).map((r) => languageLevelRank(r.level)),
      );
    }
    if (input.support) {
      placement.supportBuddy = input.support.buddy;
      placement.supportSupervisor = input.support.supervisor;
      placement.staffLanguages = [...input.support.staffLanguages];
    }
    if (has('dutchSpeakingEnvironment'))
      placement.dutchSpeakingEnvironment = input.dutchSpeakingEnvironment ?? null;
    if (input.audience !== undefined) placement.audience = input.audience;
    if (has('groupLanguage')) placement.groupLanguage = groupLanguage;
    if (schedule !== undefined) placement.schedule = schedule;
    placement.startDate = startDate;
    placement.endDate = endDate;
    if (input.childcare) {
      placement.childcareKind = input.childcare.kind;
      placement.childcareMinAge =
        input.childcare.kind === ChildcareKind.ON_SITE ? (input.childcare.minAgeYears ?? null) : null;
      placement.childcareMaxAge =
        input.childcare.kind === ChildcareKind.ON_SITE ? (input.childcare.maxAgeYears ?? null) : null;
    }
    if (has('physicalLoad')) placement.physicalLoad = input.physicalLoad ?? null;
    if (input.wheelchairAccessible !== undefined) placement.wheelchairAccessible = input.wheelchairAccessible;
    if (has('capacity')) placement.capacity = input.capacity ?? null;
    if (input.openToRoutes) placement.openToRoutes = [...input.openToRoutes];
    if (input.openToTargetGroups) placement.openToTargetGroups = [...input.openToTargetGroups];
    if (input.mapPractice !== undefined) placement.mapPractice = input.mapPractice;
    if (input.compensation !== undefined) placement.compensation = input.compensation;
  }

  /** Only a complete place can be published (the database checks the same). */
  private assertComplete(p: PlacementEntity): void {
    const errors = new FieldErrors();
    for (const { path, message, code, params } of missingForPublication(p))
      errors.add(path, message, code, params);
    errors.throwIfAny(`This place is not complete yet: ${errors.list.map((e) => e.message).join('; ')}`);
  }
}

/** Today's date in Amsterdam, where the places are. */
