import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { TravelTimeEstimator } from '@plekwijzer/geo';
import { WeekSlots } from '@plekwijzer/matching';
import { AuditService } from '@plekwijzer/api/modules/audit/audit.service.js';
import type { Actor } from '@plekwijzer/api/modules/auth/role.js';
import { PostcodeLookup } from '@plekwijzer/api/modules/geo/postcode-lookup.service.js';
import type { ParticipantEntity } from '@plekwijzer/api/modules/participants/participant.entity.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import { toParticipantModel } from '@plekwijzer/api/modules/participants/participant.mapper.js';
import type { PlacementEntity } from '@plekwijzer/api/modules/placements/placement.entity.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { UsersService } from '@plekwijzer/api/modules/users/users.service.js';
import { toPlacementModel } from '@plekwijzer/api/modules/placements/placement.mapper.js';
import { IntroductionTransitionEntity, type IntroductionEntity } from './introduction.entity.js';
import { ScheduleKind } from '@plekwijzer/api/common/domain.enums.js';
import { IntroductionStatus, OPEN_STATUSES } from './introduction.enums.js';
import type { IntroductionModel, PlaceIntroductionModel, SharedProfileModel } from './introduction.models.js';

const BANDS: Array<[number, string]> = [
  [15, '0–15 min'],
  [30, '15–30 min'],
  [45, '30–45 min'],
  [60, '45–60 min'],
];

/** A band instead of minutes: enough to judge the commute, too coarse to locate someone's home. */
export function travelBand(minutes: number): string {
  return BANDS.find(([limit]) => minutes <= limit)?.[1] ?? 'more than 60 min';
}

/**
 * Builds what each side sees of an introduction, in batches (no query per row). The coach gets
 * the participant; the place gets only the shared profile, computed fresh on every read from the
 * current rows, so a revoked consent hides it at once.
 */
@Injectable()
export class IntroductionViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(PostcodeLookup) private readonly postcodes: PostcodeLookup,
    @Inject(TravelTimeEstimator) private readonly travel: TravelTimeEstimator,
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
    @Inject(PlacementsService) private readonly placements: PlacementsService,
    @Inject(UsersService) private readonly users: UsersService,
  ) {}

  async forCoach(actor: Actor, introductions: IntroductionEntity[]): Promise<IntroductionModel[]> {
    const { participants, placements, history } = await this.load(introductions);
    for (const i of introductions) {
      await this.audit.record(actor, {
        action: 'PARTICIPANT_READ',
        objectType: 'PARTICIPANT',
        objectId: i.participantId,
        participantId: i.participantId,
        result: 'ALLOWED',
      });
    }
    return introductions.map((i) => ({
      ...this.base(i, placements),
      endReason: i.endReason,
      history: history.get(i.id) ?? [],
      participant: toParticipantModel(participants.get(i.participantId)!),
      message: i.message,
      supportNeeded: i.supportNeeded,
      consentRecordedBy: i.consentRecordedBy,
      consentRecordedAt: i.consentRecordedAt,
      consentRevokedAt: i.consentRevokedAt,
    }));
  }

  async forPlace(actor: Actor, introductions: IntroductionEntity[]): Promise<PlaceIntroductionModel[]> {
    const { participants, placements, history } = await this.load(introductions);
    const endedByPlace = await this.endedByTheirOrganisation(introductions, history);
    const result: PlaceIntroductionModel[] = [];
    for (const i of introductions) {
      const participant = participants.get(i.participantId);
      const placement = placements.get(i.placementId)!;
      // Purpose-bound: the profile serves an open introduction only, and never after consent is withdrawn.
      const shared =
        OPEN_STATUSES.includes(i.status) && !i.consentRevokedAt && participant
          ? this.profile(i, participant, placement)
          : null;
      if (shared) {
        await this.audit.record(actor, {
          action: 'PROFILE_READ',
          objectType: 'INTRODUCTION',
          objectId: i.id,
          participantId: i.participantId,
          result: 'ALLOWED',
        });
      }
      result.push({
        ...this.base(i, placements),
        endReason: endedByPlace.has(i.id) ? i.endReason : null,
        history: (history.get(i.id) ?? []).map((t) => ({
          fromStatus: t.fromStatus,
          toStatus: t.toStatus,
          at: t.at,
        })),
        profile: shared,
      });
    }
    return result;
  }

  /** Introductions that the place's own organisation ended early: only then is the reason theirs to see. */
  private async endedByTheirOrganisation(
    introductions: IntroductionEntity[],
    history: Map<string, IntroductionTransitionEntity[]>,
  ): Promise<Set<string>> {
    const ending = introductions.flatMap((i) => {
      const step =
        i.status === IntroductionStatus.ENDED_EARLY
          ? (history.get(i.id) ?? []).find((t) => t.toStatus === IntroductionStatus.ENDED_EARLY)
          : undefined;
      return step ? [{ introduction: i, actorUserId: step.actorUserId }] : [];
    });
    if (ending.length === 0) return new Set();
    const orgOf = await this.users.organisationsOf([...new Set(ending.map((e) => e.actorUserId))]);
    return new Set(
      ending
        .filter((e) => orgOf.get(e.actorUserId) === e.introduction.organisationId)
        .map((e) => e.introduction.id),
    );
  }

  private profile(
    i: IntroductionEntity,
    p: ParticipantEntity,
    placement: PlacementEntity,
  ): SharedProfileModel {
    const free = WeekSlots.fromRanges(p.availability, 'inward').subtract(
      WeekSlots.fromRanges(
        p.commitments.map((c) => c.range),
        'outward',
      ),
    );
    const schedule = placement.schedule;
    const placeRanges = schedule
      ? schedule.kind === ScheduleKind.FIXED
        ? schedule.shifts
        : schedule.windows
      : [];
    const fitting = free.intersect(WeekSlots.fromRanges(placeRanges, 'outward')).toRanges();
    const home = this.postcodes.locationOf(p.homePostcode);
    const site = placement.pc4 ? this.postcodes.locationOf(placement.pc4) : undefined;
    const best = home && site ? this.travel.bestOf(home, site, p.travelModes) : undefined;
    return {
      nickname: p.nickname,
      languageLevels: {
        speaking: p.levelSpeaking,
        listening: p.levelListening,
        reading: p.levelReading,
        writing: p.levelWriting,
      },
      // The engine's weekday strings are the GraphQL enum's values.
      fittingAvailability: fitting,
      travelBand: best ? travelBand(best.minutes) : 'unknown',
      supportNeeded: i.supportNeeded,
      coachMessage: i.message,
    };
  }

  private base(i: IntroductionEntity, placements: Map<string, PlacementEntity>) {
    return {
      id: i.id,
      status: i.status,
      placement: toPlacementModel(placements.get(i.placementId)!),
      declineReason: i.declineReason,
      declineNote: i.declineNote,
      startDate: i.startDate,
      endDate: i.endDate,
      createdAt: i.createdAt,
    };
  }

  private async load(introductions: IntroductionEntity[]) {
    const ids = <K extends keyof IntroductionEntity>(key: K) => [
      ...new Set(introductions.map((i) => i[key] as string)),
    ];
    const [participantRows, placementRows, transitionRows] = introductions.length
      ? await Promise.all([
          this.participants.byIds(ids('participantId')),
          this.placements.byIds(ids('placementId')),
          this.dataSource
            .getRepository(IntroductionTransitionEntity)
            .find({ where: { introductionId: In(ids('id')) }, order: { id: 'ASC' } }),
        ])
      : [[], [], []];
    const history = new Map<string, IntroductionTransitionEntity[]>();
    for (const t of transitionRows)
      history.set(t.introductionId, [...(history.get(t.introductionId) ?? []), t]);
    return {
      participants: new Map(participantRows.map((p) => [p.id, p])),
      placements: new Map(placementRows.map((p) => [p.id, p])),
      history,
    };
  }
}
