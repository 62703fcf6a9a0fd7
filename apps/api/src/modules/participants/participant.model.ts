import { Connection, GraphQLDate } from '@plekwijzer/graphql';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  LanguageLevel,
  LearningRoute,
  PhysicalLoad,
  Sector,
  TargetGroup,
} from '@plekwijzer/api/common/domain.enums.js';
import { TimeRangeModel } from '@plekwijzer/api/modules/placements/placement.model.js';
import { CommitmentKind, CompensationPreference, Gender, TravelMode } from './participant.enums.js';

@ObjectType('LanguageLevels', { description: 'Taalniveau per skill.' })
export class LanguageLevelsModel {
  @Field(() => LanguageLevel, { description: 'Level for speaking (spreken).' })
  speaking: LanguageLevel;

  @Field(() => LanguageLevel, { description: 'Level for listening (luisteren).' })
  listening: LanguageLevel;

  @Field(() => LanguageLevel, { description: 'Level for reading (lezen).' })
  reading: LanguageLevel;

  @Field(() => LanguageLevel, { description: 'Level for writing (schrijven).' })
  writing: LanguageLevel;
}

@ObjectType('Commitment', { description: 'A fixed weekly commitment, such as a language class.' })
export class CommitmentModel {
  @Field(() => CommitmentKind, { description: 'Language class or another commitment.' })
  kind: CommitmentKind;

  @Field({ description: 'What it is, e.g. "Taalles Z-route".' })
  label: string;

  @Field(() => TimeRangeModel, {
    description: 'When it takes place each week; this time is not free for a place.',
  })
  range: TimeRangeModel;
}

@ObjectType('ParticipantChildcare', { description: 'Kinderopvang the participant needs and has.' })
export class ParticipantChildcareModel {
  @Field({ description: 'Childcare is needed to take part.' })
  needed: boolean;

  @Field(() => [Int], { description: "Children's ages in years." })
  childrenAges: number[];

  @Field(() => [TimeRangeModel], {
    description: 'When childcare is covered (school, daycare, a partner at home).',
  })
  covered: TimeRangeModel[];
}

@ObjectType('Participant', {
  description: "A coach's client (inburgeraar). Visible only to their own coach and to admins.",
})
export class ParticipantModel {
  @Field(() => ID, { description: "The participant's id." })
  id: string;

  @Field(() => ID, { description: 'The coach whose caseload this participant is in.' })
  coachId: string;

  @Field({ description: "The coach's pseudonymous reference; never a BSN or a full name." })
  clientReference: string;

  @Field(() => String, { nullable: true, description: 'First name or nickname the coach uses.' })
  nickname: string | null;

  @Field(() => LearningRoute, { description: 'Learning route (leerroute) under the Wet inburgering 2021.' })
  route: LearningRoute;

  @Field(() => TargetGroup, {
    description: 'Target group (doelgroep): statushouder, gezinsmigrant or another migrant.',
  })
  targetGroup: TargetGroup;

  @Field(() => GraphQLDate, { description: 'PIP date. The three-year term ends three years later.' })
  pipDate: string;

  @Field(() => GraphQLDate, {
    description:
      'Last day of the three-year inburgeringstermijn (the day before the third anniversary of the PIP date).',
  })
  integrationTermLastDay: string;

  @Field(() => LanguageLevelsModel, { description: 'Current Dutch level (taalniveau) per skill.' })
  languageLevels: LanguageLevelsModel;

  @Field(() => [String], { description: 'Other languages spoken, ISO 639-1 codes.' })
  otherLanguages: string[];

  @Field(() => Gender, {
    nullable: true,
    description:
      'Recorded only when a women’s or men’s place makes it matter; empty when not recorded. Only the participant’s own coach reads it (empty for anyone else, admins included); never a place, search or a webhook.',
  })
  gender: Gender | null;

  @Field(() => CompensationPreference, {
    description: 'What the participant wants in pay: paid work only, paid work preferred, or no preference.',
  })
  compensationPreference: CompensationPreference;

  @Field({ description: 'Home postcode area (4 digits). The full postcode is not stored.' })
  homePostcode: string;

  @Field(() => [TravelMode], {
    description: 'Ways the participant can travel; matching uses the fastest of them.',
  })
  travelModes: TravelMode[];

  @Field(() => Int, { description: 'Longest acceptable one-way travel time in minutes.' })
  maxTravelMinutes: number;

  @Field(() => [TimeRangeModel], { description: 'When the participant is free in principle.' })
  availability: TimeRangeModel[];

  @Field(() => [CommitmentModel], { description: 'Language classes and other fixed commitments.' })
  commitments: CommitmentModel[];

  @Field(() => GraphQLDate, { nullable: true, description: 'Available from.' })
  availableFrom: string | null;

  @Field(() => ParticipantChildcareModel, {
    description: 'Whether childcare (kinderopvang) is needed, for which ages, and when it is covered.',
  })
  childcare: ParticipantChildcareModel;

  @Field(() => Float, {
    description:
      "Most hours a week the participant can spend at places; a place's minimum weekly hours must not exceed it.",
  })
  maxHoursPerWeek: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Hours of paid work a week, as recorded by the coach; enough of it (MAP_EXEMPT_PAID_WORK_HOURS) exempts from the MAP practice hours. null: none recorded.',
  })
  paidWorkHoursPerWeek: number | null;

  @Field({
    description:
      'The coach recorded an exemption from the MAP practice hours (other than through paid work, which follows from paidWorkHoursPerWeek).',
  })
  mapExemptionRecorded: boolean;

  @Field(() => PhysicalLoad, { description: 'Physical load capacity (belastbaarheid).' })
  physicalCapacity: PhysicalLoad;

  @Field(() => [Sector], {
    description: 'Sectors the participant is interested in; a place in one of them ranks higher.',
  })
  interests: Sector[];

  @Field({ description: 'The participant agreed to be proposed to places.' })
  consentToBeProposed: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When the participant was added to the caseload.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the participant was last changed.' })
  updatedAt: Date;
}

/** `ParticipantConnection`: a page of a caseload. */
export const ParticipantConnection = Connection(ParticipantModel, 'Participant', 'participants');
