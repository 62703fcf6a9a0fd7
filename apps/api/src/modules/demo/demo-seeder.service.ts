import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { OrganisationEntity } from '@plekwijzer/api/modules/organisations/organisation.entity.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { today } from '@plekwijzer/domain';
import { PlacementStatus } from '@plekwijzer/api/common/domain.enums.js';
import { UserEntity } from '@plekwijzer/api/modules/users/user.entity.js';
import { PostcodeLookup } from '@plekwijzer/api/modules/geo/postcode-lookup.service.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import { FieldErrors } from '@plekwijzer/graphql';
import { demoSet, participantInput, placementInput } from './demo-data.js';

export interface SeedReport {
  seeded: boolean;
  organisations: number;
  users: number;
  placements: number;
  participants: number;
}

/**
 * Loads the Amersfoort demo set (data/demo, checked on load) into an empty database. Places and
 * participants go through their services, so the demo obeys the same rules as real input.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PlacementsService) private readonly placements: PlacementsService,
    @Inject(PostcodeLookup) private readonly postcodes: PostcodeLookup,
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
  ) {}

  async isEmpty(): Promise<boolean> {
    return (await this.dataSource.getRepository(OrganisationEntity).count()) === 0;
  }

  async seedIfEmpty(
    onProgress: (done: number, total: number) => void = () => undefined,
  ): Promise<SeedReport> {
    if (!(await this.isEmpty()))
      return { seeded: false, organisations: 0, users: 0, placements: 0, participants: 0 };
    const demo = demoSet();
    const orgIds = new Map<string, string>();
    const actors = new Map<string, Actor>();
    await this.dataSource.transaction(async (manager) => {
      for (const org of demo.organisations) {
        const errors = new FieldErrors();
        const resolved = this.postcodes.resolve(`organisation ${org.key}`, org.postcode, errors);
        errors.throwIfAny();
        const saved = await manager.getRepository(OrganisationEntity).save({
          kind: org.kind,
          name: org.name,
          kvkNumber: org.kvkNumber ?? null,
          street: org.street,
          postcode: resolved!.postcode,
          pc4: resolved!.location.pc4,
          city: org.city,
          contactName: org.contactName,
          contactEmail: org.contactEmail,
        });
        orgIds.set(org.key, saved.id);
      }
      for (const user of demo.users) {
        const organisationId = orgIds.get(user.organisationKey)!;
        const { role, displayName, email } = user;
        const saved = await manager
          .getRepository(UserEntity)
          .save({ organisationId, role, displayName, email, externalSubject: null, active: true });
        actors.set(user.key, { userId: saved.id, role, organisationId, displayName });
      }
    });

    const admin = actors.get(demo.users.find((u) => u.role === Role.ADMIN)!.key)!;
    const start = today();
    const total = demo.placements.length + demo.participants.length;
    let done = 0;
    for (const place of demo.placements) {
      const created = await this.placements.create(
        admin,
        placementInput(place, orgIds.get(place.organisationKey)!, start),
      );
      if (place.status !== PlacementStatus.DRAFT) await this.placements.publish(admin, created.id);
      if (place.status === PlacementStatus.PAUSED) await this.placements.pause(admin, created.id);
      if (place.status === PlacementStatus.CLOSED) await this.placements.close(admin, created.id);
      onProgress(++done, total);
    }
    for (const person of demo.participants) {
      await this.participants.create(actors.get(person.coachKey)!, participantInput(person, start));
      onProgress(++done, total);
    }
    const report = {
      seeded: true,
      organisations: orgIds.size,
      users: actors.size,
      placements: demo.placements.length,
      participants: demo.participants.length,
    };
    this.logger.log(
      `Loaded the Amersfoort demo set: ${report.organisations} organisations, ${report.users} users, ${report.placements} places, ${report.participants} participants`,
    );
    return report;
  }

  /** Demo users with their ids, for the start-up banner and `npm run token`. */
  async demoUsers(): Promise<Array<{ id: string; role: Role; displayName: string; email: string }>> {
    const emails = demoSet().users.map((u) => u.email);
    const users = await this.dataSource
      .getRepository(UserEntity)
      .find({ where: { active: true }, order: { role: 'ASC', displayName: 'ASC' } });
    return users.filter((u) => emails.includes(u.email));
  }
}
