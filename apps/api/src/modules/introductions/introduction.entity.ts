import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { DeclineReason, EndReason, IntroductionStatus } from './introduction.enums.js';

/** A voordracht: a coach proposes one participant for one place, with the participant's consent. */
@Entity({ name: 'introductions' })
export class IntroductionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @Column({ name: 'coach_id', type: 'uuid' })
  coachId: string;

  /** The place's organisation, kept here so access checks need no join. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  status: IntroductionStatus;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  /** What the participant needs at the place, in the coach's words (part of the shared profile). */
  @Column({ name: 'support_needed', type: 'text', array: true, default: () => "'{}'" })
  supportNeeded: string[];

  @Column({ name: 'consent_recorded_by', type: 'uuid' })
  consentRecordedBy: string;

  @Column({ name: 'consent_recorded_at', type: 'timestamptz' })
  consentRecordedAt: Date;

  @Column({ name: 'consent_revoked_at', type: 'timestamptz', nullable: true })
  consentRevokedAt: Date | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: DeclineReason | null;

  @Column({ name: 'decline_note', type: 'text', nullable: true })
  declineNote: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: EndReason | null;

  @Column({ name: 'end_note', type: 'text', nullable: true })
  endNote: string | null;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

@Entity({ name: 'introduction_transitions' })
export class IntroductionTransitionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'introduction_id', type: 'uuid' })
  introductionId: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: IntroductionStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: IntroductionStatus;

  @Column({ name: 'actor_user_id', type: 'uuid' })
  actorUserId: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
