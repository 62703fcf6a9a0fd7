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
  description:
    'PROPOSED → ACCEPTED | DECLINED; ACCEPTED → STARTED → COMPLETED | ENDED_EARLY; WITHDRAWN by the coach from any open state.',
  valuesMap: {
    PROPOSED: {
      description: "The coach proposed the participant (voordracht); waiting for the place's answer.",
    },
    ACCEPTED: { description: 'The place said yes; the participant takes one of its spots.' },
    DECLINED: { description: 'The place said no, with a reason; final.' },
    STARTED: {
      description: 'The participant has started at the place; hours can be logged and the spot stays taken.',
    },
    COMPLETED: { description: 'The participant finished as planned; final.' },
    ENDED_EARLY: { description: 'The participant stopped before the planned end, with a reason; final.' },
    WITHDRAWN: { description: 'Withdrawn by the coach, or because the participant revoked consent; final.' },
  },
});

export const OPEN_STATUSES: readonly IntroductionStatus[] = [
  IntroductionStatus.PROPOSED,
  IntroductionStatus.ACCEPTED,
  IntroductionStatus.STARTED,
];

/** States that take a spot at the place (capacity). */
export const OCCUPYING_STATUSES: readonly IntroductionStatus[] = [
  IntroductionStatus.ACCEPTED,
  IntroductionStatus.STARTED,
];

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
registerEnumType(DeclineReason, {
  name: 'DeclineReason',
  description: 'Why a place said no (used for the municipality’s figures).',
  valuesMap: {
    LANGUAGE: { description: "The participant's Dutch (taalniveau) is not enough for the place yet." },
    AVAILABILITY: { description: "The participant's free time does not fit the place's hours." },
    CHILDCARE: { description: 'Childcare (kinderopvang) is not arranged for the hours at the place.' },
    TRAVEL: { description: 'The place is too far or too hard to reach for the participant.' },
    NO_CAPACITY: { description: 'The place has no room at the moment.' },
    PROFILE_FIT: { description: "The participant's profile does not fit the work." },
    NO_RESPONSE: { description: 'No response came to the contact about the introduction.' },
    OTHER: { description: 'Another reason; explain it in the note.' },
  },
});

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
registerEnumType(EndReason, {
  name: 'EndReason',
  description: 'Why an introduction ended early.',
  valuesMap: {
    COMPLETED_GOALS: {
      description: 'The participant reached the goals of the place before the planned end.',
    },
    FOUND_WORK: { description: 'The participant found work.' },
    HEALTH: { description: 'Health reasons (physical or mental).' },
    CHILDCARE: { description: 'Childcare (kinderopvang) could not be kept up.' },
    LANGUAGE: { description: 'The Dutch needed at the place proved too hard.' },
    SCHEDULE_CONFLICT: { description: 'The hours clashed with language classes or other commitments.' },
    PLACE_ENDED: { description: 'The place itself stopped or ended.' },
    PARTICIPANT_STOPPED: { description: 'The participant chose to stop.' },
    OTHER: { description: 'Another reason; explain it in the note.' },
  },
});
