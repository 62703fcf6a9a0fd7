import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role, type Actor } from '@plekwijzer/api/modules/auth/role.js';
import { OrganisationEntity } from '@plekwijzer/api/modules/organisations/organisation.entity.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { addDays, today } from '@plekwijzer/domain';
import { PlacementStatus } from '@plekwijzer/api/common/domain.enums.js';
import { UserEntity } from '@plekwijzer/api/modules/users/user.entity.js';
import { PostcodeLookup } from '@plekwijzer/api/modules/geo/postcode-lookup.service.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import { FieldErrors } from '@plekwijzer/graphql';
import type { ParticipantEntity } from '@plekwijzer/api/modules/participants/participant.entity.js';
import type { PlacementEntity } from '@plekwijzer/api/modules/placements/placement.entity.js';
import { demoSet, participantInput, placementInput, type DemoParticipant } from './demo-data.js';
import { demoHoursHistory, demoPendingDays, workingWeekdays, type DemoHoursEntry } from './demo-hours.js';

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
/** One Stap-in lesson: Amersfoort's Stap In is 20 lessons, 50 hours in total (report, Stap In programma). */
const STAP_IN_LESSON_HOURS = 2.5;

/** Where a demo person is now, resolved against the seeded places and users. */
interface PlaceNow {
  place: PlacementEntity;
  /** The user of the place's organisation who accepted, started and logged the hours. */
  placeUser: Actor;
  startDate: string;
  pendingHours: number[];
}

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
    const places: PlacementEntity[] = [];
    for (const place of demo.placements) {
      const created = await this.placements.create(
        admin,
        placementInput(place, orgIds.get(place.organisationKey)!, start),
      );
      if (place.status !== PlacementStatus.DRAFT) await this.placements.publish(admin, created.id);
      if (place.status === PlacementStatus.PAUSED) await this.placements.pause(admin, created.id);
      if (place.status === PlacementStatus.CLOSED) await this.placements.close(admin, created.id);
      // The row as created is a draft; the state it was left in is the demo record's.
      places.push({ ...created, status: place.status });
      onProgress(++done, total);
    }
    for (const person of demo.participants) {
      const coach = actors.get(person.coachKey)!;
      const created = await this.participants.create(coach, participantInput(person, start));
      // Checked on load: the place exists, is published, open to the route and has a user (demo-data.ts).
      const now: PlaceNow | null = person.atPlace
        ? (() => {
            const place = places[demo.placements.findIndex((p) => p.title === person.atPlace!.placement)];
            const userKey = demo.users.find(
              (u) =>
                orgIds.get(u.organisationKey) === place.organisationId &&
                (u.role === Role.EMPLOYER || u.role === Role.PARTNER),
            )!.key;
            return {
              place,
              placeUser: actors.get(userKey)!,
              startDate: addDays(start, person.atPlace.startOffsetDays),
              pendingHours: person.atPlace.pendingHours,
            };
          })()
        : null;
      const atPlaceHours = await this.writeHoursHistory(person, created, coach, places, start, now);
      await this.writeStapInHistory(person, created, coach, start);
      if (now) await this.writePlaceNow(person, created, coach, now, atPlaceHours, start);
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

  /**
   * The participation hours a demo person already made, as an approved history on a placement
   * they finished: an introduction (proposed, accepted, started, completed by their coach) at a
   * published Dutch-speaking place open to their route, preferring one in a sector they are
   * interested in, with one entry per day (see demoHoursHistory). Completed, it takes no spot.
   * For a person at a place now, the history's days from their first day there on are that
   * place's: they are returned (and written by writePlaceNow), the finished place ends before.
   */
  private async writeHoursHistory(
    person: DemoParticipant,
    participant: ParticipantEntity,
    coach: Actor,
    places: PlacementEntity[],
    today: string,
    now: PlaceNow | null,
  ): Promise<DemoHoursEntry[]> {
    if (person.participationHoursDone === 0) return [];
    if (!person.participationHoursPerWeek)
      throw new Error(`${person.clientReference}: participationHoursPerWeek is needed with hours done`);
    const all = demoHoursHistory(
      person.participationHoursDone,
      person.participationHoursPerWeek,
      today,
      participant.pipDate,
    );
    const atPlace = now ? all.filter((e) => e.date >= now.startDate) : [];
    const history = now ? all.filter((e) => e.date < now.startDate) : all;
    if (history.length === 0) return atPlace;
    const fitting = places.filter(
      (p) =>
        p.id !== now?.place.id &&
        p.status === PlacementStatus.PUBLISHED &&
        p.dutchSpeakingEnvironment === true &&
        p.openToRoutes.includes(participant.route),
    );
    const place =
      fitting.find((p) => p.sector !== null && participant.interests.includes(p.sector)) ?? fitting[0];
    if (!place) throw new Error(`${person.clientReference}: no Dutch-speaking demo place for the hours`);
    const startDate = history[0].date;
    const endDate = history[history.length - 1].date;
    // Proposed a week before the first day and accepted three days before it, as for the place now:
    // a card that says "proposed on" after "started on" would look like a fault to the place.
    const proposed = addDays(startDate, -7);
    const accepted = addDays(startDate, -3);
    await this.dataSource.transaction(async (manager) => {
      const [introduction]: Array<{ id: string }> = await manager.query(
        `INSERT INTO introductions (participant_id, placement_id, coach_id, organisation_id, status, message,
                                    consent_recorded_by, consent_recorded_at, start_date, end_date, version,
                                    created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'COMPLETED', 'Demo: een eerdere plek.', $3, $5::date, $6::date, $7::date, 4,
                 $5::date, $7::date)
         RETURNING id`,
        [participant.id, place.id, coach.userId, place.organisationId, proposed, startDate, endDate],
      );
      await manager.query(
        `INSERT INTO introduction_transitions (introduction_id, from_status, to_status, actor_user_id, at)
         VALUES ($1::uuid, NULL, 'PROPOSED', $2::uuid, $3::date),
                ($1::uuid, 'PROPOSED', 'ACCEPTED', $2::uuid, $4::date),
                ($1::uuid, 'ACCEPTED', 'STARTED', $2::uuid, $5::date),
                ($1::uuid, 'STARTED', 'COMPLETED', $2::uuid, $6::date)`,
        [introduction.id, coach.userId, proposed, accepted, startDate, endDate],
      );
      await manager.query(
        `INSERT INTO hours_entries (introduction_id, participant_id, work_date, hours, source, status,
                                    created_by, created_at, decided_by, decided_at)
         SELECT $1::uuid, $2::uuid, d.work_date, d.hours, 'COACH', 'APPROVED', $3::uuid, d.work_date, $3::uuid, d.work_date
           FROM unnest($4::date[], $5::numeric[]) AS d(work_date, hours)`,
        [
          introduction.id,
          participant.id,
          coach.userId,
          history.map((e) => e.date),
          history.map((e) => e.hours),
        ],
      );
    });
    return atPlace;
  }

  /**
   * The place a demo person is at now (`atPlace`): an introduction their coach proposed a week
   * before the first day, the place accepted and started on that day, as the API's transitions
   * would record them. The hours of their history since that day are the place's: logged by the
   * place, approved by the coach. On the place's latest working days without other hours of the
   * person (days of its schedule) it logged `pendingHours`, still waiting for the coach (see demoPendingDays).
   */
  private async writePlaceNow(
    person: DemoParticipant,
    participant: ParticipantEntity,
    coach: Actor,
    now: PlaceNow,
    approved: DemoHoursEntry[],
    today: string,
  ): Promise<void> {
    const { place, placeUser, startDate, pendingHours } = now;
    const proposed = addDays(startDate, -7);
    const accepted = addDays(startDate, -3);
    await this.dataSource.transaction(async (manager) => {
      const [introduction]: Array<{ id: string }> = await manager.query(
        `INSERT INTO introductions (participant_id, placement_id, coach_id, organisation_id, status, message,
                                    consent_recorded_by, consent_recorded_at, start_date, end_date, version,
                                    created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'STARTED', 'Demo: de plek waar deze deelnemer nu is.', $3, $5::date, $6::date, NULL, 3,
                 $5::date, $6::date)
         RETURNING id`,
        [participant.id, place.id, coach.userId, place.organisationId, proposed, startDate],
      );
      await manager.query(
        `INSERT INTO introduction_transitions (introduction_id, from_status, to_status, actor_user_id, at)
         VALUES ($1::uuid, NULL, 'PROPOSED', $2::uuid, $4::date),
                ($1::uuid, 'PROPOSED', 'ACCEPTED', $3::uuid, $5::date),
                ($1::uuid, 'ACCEPTED', 'STARTED', $3::uuid, $6::date)`,
        [introduction.id, coach.userId, placeUser.userId, proposed, accepted, startDate],
      );
      const taken: Array<{ day: string }> = await manager.query(
        `SELECT DISTINCT to_char(work_date, 'YYYY-MM-DD') AS day FROM hours_entries WHERE participant_id = $1`,
        [participant.id],
      );
      let days: string[];
      try {
        days = demoPendingDays(
          pendingHours.length,
          today,
          startDate,
          new Set([...taken.map((t) => t.day), ...approved.map((e) => e.date)]),
          workingWeekdays(place.schedule),
        );
      } catch (error) {
        throw new Error(`${person.clientReference}, atPlace.pendingHours: ${(error as Error).message}`, {
          cause: error,
        });
      }
      const entries = [
        ...approved.map((e) => ({ ...e, status: 'APPROVED' })),
        ...days.map((date, i) => ({ date, hours: pendingHours[i], status: 'PENDING' })),
      ];
      await manager.query(
        `INSERT INTO hours_entries (introduction_id, participant_id, work_date, hours, source, status,
                                    created_by, created_at, decided_by, decided_at)
         SELECT $1::uuid, $2::uuid, d.work_date, d.hours, 'ORGANISATION', d.status, $3::uuid, d.work_date,
                CASE WHEN d.status = 'APPROVED' THEN $4::uuid END,
                CASE WHEN d.status = 'APPROVED' THEN d.work_date + 1 END
           FROM unnest($5::date[], $6::numeric[], $7::text[]) AS d(work_date, hours, status)`,
        [
          introduction.id,
          participant.id,
          placeUser.userId,
          coach.userId,
          entries.map((e) => e.date),
          entries.map((e) => e.hours),
          entries.map((e) => e.status),
        ],
      );
    });
  }

  /**
   * The Stap-in lessons a demo person followed, as hours their coach logged outside places: one
   * lesson of 2.5 hours a week running back from last week, in the own language (so not counting
   * towards the 800), approved as logged like every entry a coach logs.
   */
  private async writeStapInHistory(
    person: DemoParticipant,
    participant: ParticipantEntity,
    coach: Actor,
    today: string,
  ): Promise<void> {
    if (!person.stapInPvtLessons) return;
    const lesson = STAP_IN_LESSON_HOURS;
    const history = demoHoursHistory(person.stapInPvtLessons * lesson, lesson, today, participant.pipDate);
    await this.dataSource.query(
      `INSERT INTO hours_entries (introduction_id, participant_id, activity, dutch_speaking_environment, note,
                                  work_date, hours, source, status, created_by, created_at, decided_by, decided_at)
       SELECT NULL, $1::uuid, 'STAP_IN_PVT', false, 'Stap In, les ' || d.n || ' (eigen taal)',
              d.work_date, d.hours, 'COACH', 'APPROVED', $2::uuid, d.work_date, $2::uuid, d.work_date
         FROM unnest($3::date[], $4::numeric[]) WITH ORDINALITY AS d(work_date, hours, n)`,
      [participant.id, coach.userId, history.map((e) => e.date), history.map((e) => e.hours)],
    );
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
