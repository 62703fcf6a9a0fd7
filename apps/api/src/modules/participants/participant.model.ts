import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LanguageLevel, LearningRoute, PhysicalLoad, Sector, TargetGroup } from '../../common/domain.enums.js';
import { TimeRangeModel } from '../placements/placement.model.js';
import { CommitmentKind, TravelMode } from './participant.enums.js';

@ObjectType('LanguageLevels', { description: 'Taalniveau per skill.' })
export class LanguageLevelsModel {
  @Field(() => LanguageLevel)
  speaking: LanguageLevel;

  @Field(() => LanguageLevel)
  listening: LanguageLevel;

  @Field(() => LanguageLevel)
  reading: LanguageLevel;

  @Field(() => LanguageLevel)
  writing: LanguageLevel;
}

@ObjectType('Commitment', { description: 'A fixed weekly commitment, such as a language class.' })
export class CommitmentModel {
  @Field(() => CommitmentKind)
  kind: CommitmentKind;

  @Field({ description: 'What it is, e.g. "Taalles Z-route".' })
  label: string;

  @Field(() => TimeRangeModel)
  range: TimeRangeModel;
}

@ObjectType('ParticipantChildcare', { description: 'Kinderopvang the participant needs and has.' })
export class ParticipantChildcareModel {
  @Field({ description: 'Childcare is needed to take part.' })
  needed: boolean;

  @Field(() => [Int], { description: "Children's ages in years." })
  childrenAges: number[];

  @Field(() => [TimeRangeModel], { description: 'When childcare is covered (school, daycare, a partner at home).' })
  covered: TimeRangeModel[];
}

@ObjectType('Participant', {
  description: "A coach's client (inburgeraar). Visible only to their own coach and to admins.",
})
export class ParticipantModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The coach whose caseload this participant is in.' })
  coachId: string;

  @Field({ description: "The coach's pseudonymous reference; never a BSN or a full name." })
  clientReference: string;

  @Field(() => String, { nullable: true, description: 'First name or nickname the coach uses.' })
  nickname: string | null;

  @Field(() => LearningRoute)
  route: LearningRoute;

  @Field(() => TargetGroup)
  targetGroup: TargetGroup;

  @Field({ description: 'PIP date, `YYYY-MM-DD`. The three-year term ends three years later.' })
  pipDate: string;

  @Field({ description: 'Last day of the three-year inburgeringstermijn (the day before the third anniversary of the PIP date), `YYYY-MM-DD`.' })
  termEndDate: string;

  @Field(() => LanguageLevelsModel)
  languageLevels: LanguageLevelsModel;

  @Field(() => [String], { description: 'Other languages spoken, ISO 639-1 codes.' })
  otherLanguages: string[];

  @Field({ description: 'Home postcode area (4 digits). The full postcode is not stored.' })
  homePostcode: string;

  @Field(() => [TravelMode])
  travelModes: TravelMode[];

  @Field(() => Int, { description: 'Longest acceptable one-way travel time in minutes.' })
  maxTravelMinutes: number;

  @Field(() => [TimeRangeModel], { description: 'When the participant is free in principle.' })
  availability: TimeRangeModel[];

  @Field(() => [CommitmentModel], { description: 'Language classes and other fixed commitments.' })
  commitments: CommitmentModel[];

  @Field(() => String, { nullable: true, description: 'Available from, `YYYY-MM-DD`.' })
  availableFrom: string | null;

  @Field(() => ParticipantChildcareModel)
  childcare: ParticipantChildcareModel;

  @Field(() => Float)
  maxHoursPerWeek: number;

  @Field(() => PhysicalLoad, { description: 'Physical load capacity (belastbaarheid).' })
  physicalCapacity: PhysicalLoad;

  @Field(() => [Sector])
  interests: Sector[];

  @Field({ description: 'The participant agreed to be proposed to places.' })
  consentToBeProposed: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('ParticipantPage')
export class ParticipantPageModel {
  @Field(() => [ParticipantModel])
  items: ParticipantModel[];

  @Field(() => Int)
  totalCount: number;

  @Field()
  hasNextPage: boolean;
}
