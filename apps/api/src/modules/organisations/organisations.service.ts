import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { DomainError, FieldErrors } from '@plekwijzer/graphql';
import { containsPattern, containsSql, pgErrorCode, PG_UNIQUE_VIOLATION } from '@plekwijzer/database';
import type { PageInput } from '@plekwijzer/graphql';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { PostcodeLookup } from '@plekwijzer/api/modules/geo/postcode-lookup.service.js';
import type { CreateOrganisationInput } from './dto/create-organisation.input.js';
import { OrganisationEntity } from './organisation.entity.js';
import { IdempotencyService } from '@plekwijzer/api/modules/idempotency/idempotency.service.js';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @Inject(PostcodeLookup) private readonly postcodes: PostcodeLookup,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
  ) {}

  findById(id: string): Promise<OrganisationEntity | null> {
    return this.organisations.findOneBy({ id });
  }

  /** Names by id, for labelling aggregate figures (organisation names are not personal data). */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.organisations.find({
      where: { id: In([...ids]) },
      select: { id: true, name: true },
    });
    return new Map(rows.map((o) => [o.id, o.name]));
  }

  /** Members see their own organisation, admins every one; others get NOT_FOUND, as if it did not exist. */
  async getVisible(actor: Actor, id: string): Promise<OrganisationEntity> {
    if (actor.role !== Role.ADMIN && actor.organisationId !== id) throw DomainError.notFound('Organisation');
    const organisation = await this.findById(id);
    if (!organisation) throw DomainError.notFound('Organisation');
    return organisation;
  }

  /**
   * One page of the organisations the actor sees (admins every one, others their own), by name;
   * with `search`, only those whose name contains it (case and accents ignored, in SQL).
   */
  async listVisible(
    actor: Actor,
    page: PageInput = { first: 100, offset: 0 },
    search?: string | null,
  ): Promise<{ items: OrganisationEntity[]; totalCount: number }> {
    const query = this.organisations
      .createQueryBuilder('o')
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .skip(page.offset)
      .take(page.first);
    if (actor.role !== Role.ADMIN) query.andWhere('o.id = :own', { own: actor.organisationId });
    const text = search?.trim();
    if (text) query.andWhere(containsSql('o.name', 'search'), { search: containsPattern(text) });
    const [items, totalCount] = await query.getManyAndCount();
    return { items, totalCount };
  }

  async create(actor: Actor, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    if (actor.role !== Role.ADMIN) throw DomainError.forbidden('Only an admin can create organisations');
    const errors = new FieldErrors();
    const place = this.postcodes.resolve('input.postcode', input.postcode, errors);
    errors.throwIfAny();
    try {
      return await this.idempotency.transaction({
        userId: actor.userId,
        operation: 'createOrganisation',
        input,
        idOf: (created) => created.id,
        replay: (manager, id) => manager.getRepository(OrganisationEntity).findOneBy({ id }),
        what: 'Organisation',
        create: (manager) =>
          manager.getRepository(OrganisationEntity).save(
            manager.getRepository(OrganisationEntity).create({
              kind: input.kind,
              name: input.name.trim(),
              kvkNumber: input.kvkNumber ?? null,
              street: input.street.trim(),
              postcode: place!.postcode,
              pc4: place!.location.pc4,
              city: input.city.trim(),
              contactName: input.contactName.trim(),
              contactEmail: input.contactEmail.trim().toLowerCase(),
            }),
          ),
      });
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) {
        throw DomainError.badInput([
          {
            path: 'input.kvkNumber',
            message: 'another organisation has this KvK number',
            code: 'ALREADY_EXISTS',
          },
        ]);
      }
      throw error;
    }
  }
}
