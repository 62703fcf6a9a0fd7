import { registerEnumType } from '@nestjs/graphql';
import {
  DeclineReason,
  EndReason,
  IntroductionStatus,
  OCCUPYING_STATUSES,
  OPEN_STATUSES,
} from '@plekwijzer/domain';

// The states, moves and reasons live in @plekwijzer/domain (introduction-lifecycle.ts); this file
// registers them as GraphQL enums.
export { DeclineReason, EndReason, IntroductionStatus, OCCUPYING_STATUSES, OPEN_STATUSES };

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
