import { type LanguageSkill, ChildcareKind, ScheduleKind } from '@plekwijzer/domain';
import type { Pc4Location } from '@plekwijzer/geo';
import type { LanguageDemand, ParticipantProfile, PlacementProfile } from '@plekwijzer/matching';
import type { ParticipantEntity } from '@plekwijzer/api/modules/participants/participant.entity.js';
import type { MatchablePlacement } from '@plekwijzer/api/modules/placements/placement-rules.js';

/** A place as the pure engine sees it (callers check hasMatchingInputs; every published place passes). */
export function toCandidate(
  p: MatchablePlacement,
  location: Pc4Location,
  occupied: number,
): PlacementProfile {
  const language: Partial<Record<LanguageSkill, LanguageDemand>> = {};
  for (const req of p.languageRequirements)
    language[req.skill] = { level: req.level, required: req.required };
  const schedule = p.schedule;
  return {
    id: p.id,
    type: p.type,
    status: p.status,
    sector: p.sector ?? '',
    location,
    language,
    support: { buddy: p.supportBuddy, supervisor: p.supportSupervisor, staffLanguages: p.staffLanguages },
    dutchSpeakingEnvironment: p.dutchSpeakingEnvironment ?? false,
    audience: p.audience,
    groupLanguage: p.groupLanguage,
    compensation: p.compensation,
    schedule:
      schedule.kind === ScheduleKind.FIXED
        ? { kind: 'FIXED', shifts: schedule.shifts }
        : {
            kind: 'FLEXIBLE',
            windows: schedule.windows,
            minHoursPerWeek: schedule.minHoursPerWeek,
            maxHoursPerWeek: schedule.maxHoursPerWeek,
          },
    startDate: p.startDate,
    endDate: p.endDate,
    childcare:
      p.childcareKind === ChildcareKind.ON_SITE
        ? { kind: 'ON_SITE', minAgeYears: p.childcareMinAge ?? 0, maxAgeYears: p.childcareMaxAge ?? 0 }
        : { kind: p.childcareKind },
    physicalLoad: p.physicalLoad,
    capacity: p.capacity ?? 0,
    occupied,
    openToRoutes: p.openToRoutes,
    openToTargetGroups: p.openToTargetGroups,
    mapPractice: p.mapPractice,
  };
}

export function toProfile(
  p: ParticipantEntity,
  home: Pc4Location,
  participationHoursDone: number,
): ParticipantProfile {
  return {
    id: p.id,
    route: p.route,
    targetGroup: p.targetGroup,
    pipDate: p.pipDate,
    language: {
      SPEAKING: p.levelSpeaking,
      LISTENING: p.levelListening,
      READING: p.levelReading,
      WRITING: p.levelWriting,
    },
    otherLanguages: p.otherLanguages,
    gender: p.gender,
    compensationPreference: p.compensationPreference,
    home,
    travelModes: p.travelModes,
    maxTravelMinutes: p.maxTravelMinutes,
    availability: p.availability,
    commitments: p.commitments,
    availableFrom: p.availableFrom,
    childcare: { needed: p.childcareNeeded, childrenAges: p.childrenAges, covered: p.childcareCovered },
    maxHoursPerWeek: p.maxHoursPerWeek,
    physicalCapacity: p.physicalCapacity,
    interests: p.interests,
    participationHoursDone,
  };
}
