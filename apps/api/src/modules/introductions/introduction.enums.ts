import { registerEnumType } from '@nestjs/graphql';

export enum IntroductionStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
  ENDED_EARLY = 'ENDED_EARLY',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(IntroductionStatus, {
  name: 'IntroductionStatus',
  description: 'PROPOSED → ACCEPTED | DECLINED; ACCEPTED → STARTED → COMPLETED | ENDED_EARLY; WITHDRAWN by the coach from any open state.',
});

export const OPEN_STATUSES: readonly IntroductionStatus[] = [
  IntroductionStatus.PROPOSED,
  IntroductionStatus.ACCEPTED,
  IntroductionStatus.STARTED,
];

/** States that take a spot at the place (capacity). */
export const OCCUPYING_STATUSES: readonly IntroductionStatus[] = [IntroductionStatus.ACCEPTED, IntroductionStatus.STARTED];

export enum DeclineReason {
  LANGUAGE = 'LANGUAGE',
  AVAILABILITY = 'AVAILABILITY',
  CHILDCARE = 'CHILDCARE',
  TRAVEL = 'TRAVEL',
  NO_CAPACITY = 'NO_CAPACITY',
  PROFILE_FIT = 'PROFILE_FIT',
  NO_RESPONSE = 'NO_RESPONSE',
  OTHER = 'OTHER',
}
registerEnumType(DeclineReason, { name: 'DeclineReason', description: 'Why a place said no (used for the municipality’s figures).' });

export enum EndReason {
  COMPLETED_GOALS = 'COMPLETED_GOALS',
  FOUND_WORK = 'FOUND_WORK',
  HEALTH = 'HEALTH',
  CHILDCARE = 'CHILDCARE',
  LANGUAGE = 'LANGUAGE',
  SCHEDULE_CONFLICT = 'SCHEDULE_CONFLICT',
  PLACE_ENDED = 'PLACE_ENDED',
  PARTICIPANT_STOPPED = 'PARTICIPANT_STOPPED',
  OTHER = 'OTHER',
}
registerEnumType(EndReason, { name: 'EndReason', description: 'Why an introduction ended early.' });
