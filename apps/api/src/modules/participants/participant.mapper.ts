import type { ParticipantEntity } from './participant.entity.js';
import type { ParticipantModel } from './participant.model.js';
import { integrationTermLastDay } from '@plekwijzer/domain';

export function toParticipantModel(p: ParticipantEntity): ParticipantModel {
  return {
    id: p.id,
    coachId: p.coachId,
    clientReference: p.clientReference,
    nickname: p.nickname,
    route: p.route,
    targetGroup: p.targetGroup,
    pipDate: p.pipDate,
    integrationTermLastDay: integrationTermLastDay(p.pipDate),
    languageLevels: {
      speaking: p.levelSpeaking,
      listening: p.levelListening,
      reading: p.levelReading,
      writing: p.levelWriting,
    },
    otherLanguages: p.otherLanguages,
    gender: p.gender,
    compensationPreference: p.compensationPreference,
    homePostcode: p.homePostcode,
    travelModes: p.travelModes,
    maxTravelMinutes: p.maxTravelMinutes,
    availability: p.availability,
    commitments: p.commitments,
    availableFrom: p.availableFrom,
    childcare: { needed: p.childcareNeeded, childrenAges: p.childrenAges, covered: p.childcareCovered },
    maxHoursPerWeek: p.maxHoursPerWeek,
    paidWorkHoursPerWeek: p.paidWorkHoursPerWeek,
    mapExemptionRecorded: p.mapExemptionRecorded,
    physicalCapacity: p.physicalCapacity,
    interests: p.interests,
    consentToBeProposed: p.consentToBeProposed,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
