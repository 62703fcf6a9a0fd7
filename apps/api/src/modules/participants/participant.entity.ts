import type { TimeRange } from '@plekwijzer/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type {
  LanguageLevel,
  LearningRoute,
  PhysicalLoad,
  Sector,
  TargetGroup,
} from '@plekwijzer/api/common/domain.enums.js';
import type { CommitmentKind, CompensationPreference, Gender, TravelMode } from './participant.enums.js';

export interface StoredCommitment {
  kind: CommitmentKind;
  label: string;
  range: TimeRange;
}

/**
 * A coach's client. Pseudonymous by design: a client reference and an optional nickname, no
 * BSN, no full name, and only the 4-digit postcode of the home address.
 */
@Entity({ name: 'participants' })
@Index('UQ_participants_coach_reference', ['coachId', 'clientReference'], { unique: true })
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'coach_id', type: 'uuid' })
  @Index('IDX_participants_coach')
  coachId: string;

  @Column({ name: 'client_reference', type: 'text' })
  clientReference: string;

  @Column({ type: 'text', nullable: true })
  nickname: string | null;

  @Column({ type: 'text' })
  route: LearningRoute;

  @Column({ name: 'target_group', type: 'text' })
  targetGroup: TargetGroup;

  @Column({ name: 'pip_date', type: 'date' })
  pipDate: string;

  @Column({ name: 'level_speaking', type: 'text' })
  levelSpeaking: LanguageLevel;

  @Column({ name: 'level_listening', type: 'text' })
  levelListening: LanguageLevel;

  @Column({ name: 'level_reading', type: 'text' })
  levelReading: LanguageLevel;

  @Column({ name: 'level_writing', type: 'text' })
  levelWriting: LanguageLevel;

  @Column({ name: 'other_languages', type: 'text', array: true, default: () => "'{}'" })
  otherLanguages: string[];

  /**
   * Recorded only when a women's or men's place makes it matter; null = not recorded. Only the
   * coach (and admins) see it through Participant: never in the place's shared profile, search,
   * webhooks or audit details.
   */
  @Column({ type: 'text', nullable: true })
  gender: Gender | null;

  @Column({ name: 'compensation_preference', type: 'text', default: 'NO_PREFERENCE' })
  compensationPreference: CompensationPreference;

  @Column({ name: 'home_pc4', type: 'char', length: 4 })
  homePostcode: string;

  @Column({ name: 'travel_modes', type: 'text', array: true })
  travelModes: TravelMode[];

  @Column({ name: 'max_travel_minutes', type: 'smallint' })
  maxTravelMinutes: number;

  @Column({ type: 'jsonb' })
  availability: TimeRange[];

  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  commitments: StoredCommitment[];

  @Column({ name: 'available_from', type: 'date', nullable: true })
  availableFrom: string | null;

  @Column({ name: 'childcare_needed', type: 'boolean', default: false })
  childcareNeeded: boolean;

  @Column({ name: 'children_ages', type: 'smallint', array: true, default: () => "'{}'" })
  childrenAges: number[];

  @Column({ name: 'childcare_covered', type: 'jsonb', default: () => "'[]'::jsonb" })
  childcareCovered: TimeRange[];

  @Column({ name: 'max_hours_per_week', type: 'real' })
  maxHoursPerWeek: number;

  /** Paid work a week, as the coach recorded it; enough of it exempts from the MAP practice hours. */
  @Column({ name: 'paid_work_hours_per_week', type: 'real', nullable: true })
  paidWorkHoursPerWeek: number | null;

  /** The coach recorded an exemption from the MAP practice hours (for a reason other than paid work). */
  @Column({ name: 'map_exemption_recorded', type: 'boolean', default: false })
  mapExemptionRecorded: boolean;

  @Column({ name: 'physical_capacity', type: 'text' })
  physicalCapacity: PhysicalLoad;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests: Sector[];

  @Column({ name: 'consent_to_be_proposed', type: 'boolean', default: false })
  consentToBeProposed: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
