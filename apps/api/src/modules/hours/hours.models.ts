import { Connection, GraphQLDate } from '@plekwijzer/graphql';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  HoursActivity,
  HoursEntrySource,
  HoursEntryStatus,
  MapExemption,
  MapPhase,
  OtherParticipationActivity,
  RiskLevel,
} from '@plekwijzer/domain';
import { ParticipantModel } from '@plekwijzer/api/modules/participants/participant.model.js';

// The values live in @plekwijzer/domain; this file registers them as GraphQL enums.
export { RiskLevel, HoursEntrySource, HoursEntryStatus, HoursActivity, MapPhase, MapExemption };

const ACTIVITY_DESCRIPTIONS = {
  STAP_IN_PVT: {
    description:
      'The Stap-in programme with the participation declaration (PVT); in Amersfoort in the own language.',
  },
  TAALCAFE: { description: 'A language café (taalcafé).' },
  OTHER_ACTIVITY: { description: 'Another participation activity, e.g. a neighbourhood activity.' },
};

registerEnumType(HoursActivity, {
  name: 'HoursActivity',
  description: 'What hours were made at: a place, or an activity the coach logged.',
  valuesMap: {
    PLACEMENT: { description: 'A place, through an introduction.' },
    ...ACTIVITY_DESCRIPTIONS,
  },
});

registerEnumType(OtherParticipationActivity, {
  name: 'OtherParticipationActivity',
  description: 'An activity outside places that a coach logs hours for.',
  valuesMap: ACTIVITY_DESCRIPTIONS,
});

registerEnumType(MapPhase, {
  name: 'MapPhase',
  description: 'Where the MAP (Module Arbeidsmarkt en Participatie) practice stands today.',
  valuesMap: {
    NOT_STARTED: {
      description: 'Before the MAP’s start month in the term (MAP_START_MONTH): not judged yet.',
    },
    RUNNING: { description: 'From the start month to the end of the term: judged on pace.' },
    ENDED: { description: 'The term is over with practice hours missing.' },
    COMPLETED: { description: 'The 40 practice hours are made.' },
    EXEMPT: { description: 'No practice hours needed (see mapExemption).' },
  },
});

registerEnumType(MapExemption, {
  name: 'MapExemption',
  description: 'Why a participant needs no MAP practice hours.',
  valuesMap: {
    NONE: { description: 'Not exempt.' },
    PAID_WORK: {
      description: 'Paid work of at least MAP_EXEMPT_PAID_WORK_HOURS a week (paidWorkHoursPerWeek).',
    },
    RECORDED_BY_COACH: { description: 'The coach recorded an exemption (mapExemptionRecorded).' },
  },
});

registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description:
    'ON_TRACK: the recent weekly pace reaches what is needed; AT_RISK: at least 60% of it; OFF_TRACK: less, or the term is over with hours missing.',
  valuesMap: {
    ON_TRACK: {
      description:
        'The target is reached, the recent weekly pace is at least what is needed each week, or the target is not judged now (the MAP before its start month, or exempt).',
    },
    AT_RISK: {
      description:
        'The recent weekly pace is at least 60% of what is needed each week, but less than all of it.',
    },
    OFF_TRACK: {
      description: 'The recent pace is below 60% of what is needed, or the term is over with hours missing.',
    },
  },
});

registerEnumType(HoursEntrySource, {
  name: 'HoursEntrySource',
  description: 'Who logged hours.',
  valuesMap: {
    ORGANISATION: { description: 'The place’s organisation; the coach approves or rejects it.' },
    COACH: { description: 'The participant’s coach; approved when logged.' },
  },
});

registerEnumType(HoursEntryStatus, {
  name: 'HoursEntryStatus',
  description: 'Where an hours entry stands. Only approved hours count towards progress.',
  valuesMap: {
    PENDING: { description: 'Waiting for the coach to approve or reject it.' },
    APPROVED: { description: 'Counts towards progress.' },
    REJECTED: { description: 'Does not count; the reason is kept.' },
  },
});

@ObjectType('HoursEntry', { description: 'Hours made on one day at one introduction.' })
export class HoursEntryModel {
  @Field(() => ID, { description: "The entry's id." })
  id: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The introduction the hours were made at; null for an activity outside places.',
  })
  introductionId: string | null;

  @Field(() => ID, { description: 'Whose hours they are.' })
  participantId: string;

  @Field(() => HoursActivity, { description: 'A place (PLACEMENT) or the activity the coach logged.' })
  activity: HoursActivity;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Activities only: a Dutch-speaking environment (then the hours count towards the 800). null at a place: the place says.',
  })
  dutchSpeakingEnvironment: boolean | null;

  @Field(() => String, { nullable: true, description: 'Activities only: the coach’s note.' })
  note: string | null;

  @Field(() => GraphQLDate, { description: 'The day.' })
  workDate: string;

  @Field(() => Float, { description: 'Hours made that day, in steps of 0.25.' })
  hours: number;

  @Field(() => HoursEntrySource, { description: 'Who logged it: the place’s organisation or the coach.' })
  source: HoursEntrySource;

  @Field(() => HoursEntryStatus, { description: 'Waiting for the coach, approved or rejected.' })
  status: HoursEntryStatus;

  @Field(() => ID, { description: 'Who logged it.' })
  createdBy: string;

  @Field(() => GraphQLISODateTime, { description: 'When the hours were logged.' })
  createdAt: Date;

  @Field(() => ID, { nullable: true, description: 'Who approved or rejected it.' })
  decidedBy: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: "When they were approved or rejected; a coach's own entries are approved at once.",
  })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The coach's reason when REJECTED." })
  rejectReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The entry this one corrects.' })
  replacesId: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Set when a correction replaced this entry.',
  })
  supersededAt: Date | null;
}

@ObjectType('TargetProgress', {
  description: 'Progress towards one target (800 participation hours or 40 MAP hours).',
})
export class TargetProgressModel {
  @Field(() => Float, { description: 'The hours to reach: 800 or 40.' })
  target: number;

  @Field(() => Float, { description: 'Approved hours that count.' })
  done: number;

  @Field(() => Float, { description: 'Hours still to make; 0 once the target is reached.' })
  remaining: number;

  @Field(() => Float, {
    description: 'Hours a week needed from now to the end of the term; -1 when the term is over.',
  })
  neededPerWeek: number;

  @Field(() => Float, { description: 'Hours expected by the end of the term at the recent pace.' })
  projected: number;

  @Field(() => RiskLevel, { description: 'Whether the recent pace will reach the target within the term.' })
  risk: RiskLevel;
}

@ObjectType('ActivityHours', { description: 'Approved hours at one kind of activity, within the term.' })
export class ActivityHoursModel {
  @Field(() => HoursActivity, { description: 'Places, Stap-in/PVT, taalcafé or other activities.' })
  activity: HoursActivity;

  @Field(() => Float, { description: 'Approved hours.' })
  approvedHours: number;

  @Field(() => Float, {
    description:
      'Of those, the hours in a Dutch-speaking environment: what counts towards the Z-route’s 800.',
  })
  qualifyingHours: number;
}

@ObjectType('WeekHours', { description: 'Approved hours in one week (Monday to Sunday).' })
export class WeekHoursModel {
  @Field(() => GraphQLDate, { description: 'Monday of the week.' })
  weekStart: string;

  @Field(() => Float, { description: 'Approved hours at all places that week.' })
  hours: number;
}

@ObjectType('ParticipantProgress', {
  description: 'Hours made, against the Z-route’s 800 and everyone’s 40 MAP hours, within the term.',
})
export class ParticipantProgressModel {
  @Field(() => ParticipantModel, { description: 'The participant.' })
  participant: ParticipantModel;

  @Field(() => GraphQLDate, { description: 'Last day of the three-year term.' })
  integrationTermLastDay: string;

  @Field(() => Float, { description: 'Weeks from today to the end of the term; 0 once it is over.' })
  weeksLeft: number;

  @Field(() => Float, { description: 'Average approved hours a week over the last 4 full weeks.' })
  recentWeeklyAverage: number;

  @Field(() => [WeekHoursModel], { description: 'Approved hours per week, the last 8 weeks.' })
  weekly: WeekHoursModel[];

  @Field(() => TargetProgressModel, {
    nullable: true,
    description: 'Z-route only: participation hours in a Dutch-speaking environment towards 800.',
  })
  participation: TargetProgressModel | null;

  @Field(() => Float, {
    description:
      'Approved hours at places that are not a Dutch-speaking environment: they do not count towards the 800.',
  })
  nonCountingParticipationHours: number;

  @Field(() => TargetProgressModel, {
    description:
      'MAP practice hours towards 40. Judged only while the MAP runs (mapPhase RUNNING or ENDED): before its start month its risk is ON_TRACK and neededPerWeek is spread over the MAP’s own weeks; when exempt the target is 0.',
  })
  map: TargetProgressModel;

  @Field(() => MapPhase, { description: 'Where the MAP practice stands today.' })
  mapPhase: MapPhase;

  @Field(() => GraphQLDate, {
    description: 'The first day of the MAP: the first day of term month MAP_START_MONTH.',
  })
  mapStartDate: string;

  @Field(() => MapExemption, { description: 'Why no MAP practice hours are needed, or NONE.' })
  mapExemption: MapExemption;

  @Field(() => [ActivityHoursModel], {
    description:
      'Approved hours within the term per activity (places, Stap-in/PVT, taalcafé, other), every activity listed.',
  })
  hoursByActivity: ActivityHoursModel[];

  @Field(() => Float, { description: 'Hours logged by places, waiting for your approval.' })
  pendingHours: number;

  @Field(() => Int, {
    description:
      'Introductions of the participant that wait for the place’s answer or for the start (PROPOSED or ACCEPTED), every one counted; for a coach only those they made.',
  })
  openIntroductionCount: number;

  @Field(() => RiskLevel, { description: 'The worst of the targets’ risks.' })
  risk: RiskLevel;
}

/** `HoursEntryConnection`: a page of an introduction's hours entries. */
export const HoursEntryConnection = Connection(HoursEntryModel, 'HoursEntry', 'hours entries');

/** `ParticipantProgressConnection`: a page of a caseload's progress. */
export const ParticipantProgressConnection = Connection(
  ParticipantProgressModel,
  'ParticipantProgress',
  'participants’ progress',
);

/** The payload of a change to hours: `{ hoursEntry }`. */
function hoursPayload(name: string, mutation: string, description: string) {
  @ObjectType(name, { description: `The result of ${mutation}.` })
  class HoursPayload {
    @Field(() => HoursEntryModel, { description })
    hoursEntry: HoursEntryModel;
  }
  return HoursPayload;
}

export const LogHoursPayload = hoursPayload('LogHoursPayload', 'logHours', 'The logged entry.');
export const LogParticipationHoursPayload = hoursPayload(
  'LogParticipationHoursPayload',
  'logParticipationHours',
  'The logged entry, approved by you as you logged it.',
);
export const CorrectHoursPayload = hoursPayload(
  'CorrectHoursPayload',
  'correctHours',
  'The new entry that replaces the corrected one.',
);
export const ApproveHoursPayload = hoursPayload('ApproveHoursPayload', 'approveHours', 'The approved entry.');
export const RejectHoursPayload = hoursPayload('RejectHoursPayload', 'rejectHours', 'The rejected entry.');

@ObjectType('PendingHours', {
  description:
    'Coach: hours a place logged for one of your clients that wait for your approval, with whose they are and where they were made.',
})
export class PendingHoursModel {
  @Field(() => ID, { description: 'The hours entry’s id (the same as `entry.id`).' })
  id: string;

  @Field(() => HoursEntryModel, { description: 'The entry (status PENDING, not corrected).' })
  entry: HoursEntryModel;

  @Field(() => ID, { description: 'The introduction the hours were made at.' })
  introductionId: string;

  @Field(() => ID, { description: 'Your client.' })
  participantId: string;

  @Field(() => String, { nullable: true, description: 'The client’s nickname, when you gave one.' })
  participantNickname: string | null;

  @Field(() => String, { description: 'The client’s reference in your own records.' })
  clientReference: string;

  @Field(() => ID, { description: 'The place.' })
  placementId: string;

  @Field(() => String, { description: 'The place’s title.' })
  placementTitle: string;
}

/** `PendingHoursConnection`: a page of a coach's hours inbox. */
export const PendingHoursConnection = Connection(PendingHoursModel, 'PendingHours', 'pending hours entries');
