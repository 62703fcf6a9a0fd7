import type { PlacementEntity } from './placement.entity.js';
import type { PlacementModel } from './placement.model.js';

/** Entity → public model. Only fields listed here reach the schema. */
export function toPlacementModel(p: PlacementEntity): PlacementModel {
  return {
    id: p.id,
    organisationId: p.organisationId,
    type: p.type,
    status: p.status,
    title: p.title,
    description: p.description,
    sector: p.sector,
    location:
      p.pc4 && p.postcode && p.street && p.city
        ? { street: p.street, postcode: p.postcode, city: p.city, pc4: p.pc4 }
        : null,
    languageRequirements: p.languageRequirements,
    support: { buddy: p.supportBuddy, supervisor: p.supportSupervisor, staffLanguages: p.staffLanguages },
    dutchSpeakingEnvironment: p.dutchSpeakingEnvironment,
    audience: p.audience,
    groupLanguage: p.groupLanguage,
    schedule: p.schedule,
    startDate: p.startDate,
    endDate: p.endDate,
    childcare: { kind: p.childcareKind, minAgeYears: p.childcareMinAge, maxAgeYears: p.childcareMaxAge },
    physicalLoad: p.physicalLoad,
    wheelchairAccessible: p.wheelchairAccessible,
    capacity: p.capacity,
    openToRoutes: p.openToRoutes,
    openToTargetGroups: p.openToTargetGroups,
    mapPractice: p.mapPractice,
    compensation: p.compensation,
    publishedAt: p.publishedAt,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
