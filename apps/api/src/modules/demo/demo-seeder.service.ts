import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { OrganisationEntity } from '@plekwijzer/api/modules/organisations/organisation.entity.js';
import { PlacementsService, today } from '@plekwijzer/api/modules/placements/placements.service.js';
import { PlacementStatus, ScheduleKind } from '@plekwijzer/api/common/domain.enums.js';
import { UserEntity } from '@plekwijzer/api/modules/users/user.entity.js';
import { PostcodeLookup } from '@plekwijzer/api/modules/geo/postcode-lookup.service.js';
import { FieldErrors } from '@plekwijzer/graphql';
import { DEMO_ORGANISATIONS, DEMO_PLACEMENTS, DEMO_USERS, type DemoPlacement } from './demo-data.js';
import { DEMO_PARTICIPANTS, type DemoParticipant } from './demo-participants.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';

export interface SeedReport {
  seeded: boolean;
  organisations: number;
  users: number;
  placements: number;
  participants: number;
}

const addDays = (isoDate: string, days: number): string => {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/**
 * Loads the Amersfoort demo set into an empty database. Places go through PlacementsService, so
 * the demo obeys the same validation as a real employer's input.
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
    const orgIds = new Map<string, string>();
    const userIds = new Map<string, string>();
    await this.dataSource.transaction(async (manager) => {
      for (const org of DEMO_ORGANISATIONS) {
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
      for (const user of DEMO_USERS) {
        const saved = await manager.getRepository(UserEntity).save({
          organisationId: orgIds.get(user.organisationKey)!,
          role: user.role as Role,
          displayName: user.displayName,
          email: user.email,
          externalSubject: null,
          active: true,
        });
        userIds.set(user.key, saved.id);
      }
    });

    const adminKey = DEMO_USERS.find((u) => u.role === 'ADMIN')!;
    const admin: Actor = {
      userId: userIds.get(adminKey.key)!,
      role: Role.ADMIN,
      organisationId: orgIds.get(adminKey.organisationKey)!,
      displayName: adminKey.displayName,
    };
    const start = today();
    const total = DEMO_PLACEMENTS.length + DEMO_PARTICIPANTS.length;
    let done = 0;
    for (const demo of DEMO_PLACEMENTS) {
      await this.createPlacement(admin, orgIds.get(demo.organisationKey)!, demo, start);
      onProgress(++done, total);
    }
    for (const demo of DEMO_PARTICIPANTS) {
      const coachUser = DEMO_USERS.find((u) => u.key === demo.coachKey)!;
      const coach: Actor = {
        userId: userIds.get(demo.coachKey)!,
        role: Role.COACH,
        organisationId: orgIds.get(coachUser.organisationKey)!,
        displayName: coachUser.displayName,
      };
      await this.createParticipant(coach, demo, start);
      onProgress(++done, total);
    }
    const report = {
      seeded: true,
      organisations: orgIds.size,
      users: userIds.size,
      placements: DEMO_PLACEMENTS.length,
      participants: DEMO_PARTICIPANTS.length,
    };
    this.logger.log(
      `Loaded the Amersfoort demo set: ${report.organisations} organisations, ${report.users} users, ${report.placements} places, ${report.participants} participants`,
    );
    return report;
  }

  private async createPlacement(
    admin: Actor,
    organisationId: string,
    demo: DemoPlacement,
    start: string,
  ): Promise<void> {
    const startDate = addDays(start, demo.startOffsetDays);
    const created = await this.placements.create(admin, {
      organisationId,
      type: demo.type,
      title: demo.title,
      description: demo.description,
      sector: demo.sector,
      location: demo.location ?? undefined,
      languageRequirements: demo.languageRequirements,
      support: demo.support,
      dutchSpeakingEnvironment: demo.dutchSpeakingEnvironment,
      schedule:
        demo.schedule.kind === ScheduleKind.FIXED
          ? { kind: demo.schedule.kind, shifts: demo.schedule.shifts }
          : {
              kind: demo.schedule.kind,
              windows: demo.schedule.windows,
              minHoursPerWeek: demo.schedule.minHoursPerWeek,
              maxHoursPerWeek: demo.schedule.maxHoursPerWeek,
            },
      startDate,
      endDate: demo.durationDays ? addDays(startDate, demo.durationDays) : null,
      childcare: demo.childcare,
      physicalLoad: demo.physicalLoad,
      wheelchairAccessible: demo.wheelchairAccessible,
      capacity: demo.capacity,
      openToRoutes: demo.openToRoutes,
      openToTargetGroups: demo.openToTargetGroups,
      mapPractice: demo.mapPractice,
      compensation: demo.compensation,
    });
    if (demo.status === PlacementStatus.DRAFT) return;
    await this.placements.publish(admin, created.id);
    if (demo.status === PlacementStatus.PAUSED) await this.placements.pause(admin, created.id);
    if (demo.status === PlacementStatus.CLOSED) await this.placements.close(admin, created.id);
  }

  private async createParticipant(coach: Actor, demo: DemoParticipant, start: string): Promise<void> {
    await this.participants.create(coach, {
      clientReference: demo.clientReference,
      nickname: demo.nickname ?? null,
      route: demo.route,
      targetGroup: demo.targetGroup,
      pipDate: addDays(start, demo.pipOffsetDays),
      languageLevels: {
        speaking: demo.language.SPEAKING,
        listening: demo.language.LISTENING,
        reading: demo.language.READING,
        writing: demo.language.WRITING,
      },
      otherLanguages: demo.otherLanguages,
      homePostcode: demo.homePostcode,
      travelModes: demo.travelModes as never,
      maxTravelMinutes: demo.maxTravelMinutes,
      availability: demo.availability,
      commitments: demo.commitments as never,
      availableFrom:
        demo.availableFromOffsetDays === null ? null : addDays(start, demo.availableFromOffsetDays),
      childcare: demo.childcare,
      maxHoursPerWeek: demo.maxHoursPerWeek,
      physicalCapacity: demo.physicalCapacity,
      interests: demo.interests,
      consentToBeProposed: demo.consentToBeProposed,
    });
  }

  /** Demo users with their ids, for the start-up banner and `npm run token`. */
  async demoUsers(): Promise<Array<{ id: string; role: Role; displayName: string; email: string }>> {
    const emails = DEMO_USERS.map((u) => u.email);
    const users = await this.dataSource
      .getRepository(UserEntity)
      .find({ where: { active: true }, order: { role: 'ASC', displayName: 'ASC' } });
    return users.filter((u) => emails.includes(u.email));
  }
}
