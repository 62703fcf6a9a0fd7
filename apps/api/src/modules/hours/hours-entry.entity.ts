import type { HoursActivity, HoursEntrySource, HoursEntryStatus } from '@plekwijzer/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Hours made on one day at one introduction, or (introductionId null) at an activity outside places
 * that the coach logged. A correction supersedes an entry; nothing is overwritten. The database's
 * CHECK keeps the two kinds apart (see migration 1764810000000).
 */
@Entity({ name: 'hours_entries' })
export class HoursEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** null for hours outside places (activity other than PLACEMENT). */
  @Column({ name: 'introduction_id', type: 'uuid', nullable: true })
  introductionId: string | null;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @Column({ name: 'work_date', type: 'date' })
  workDate: string;

  /** numeric(4,2): pg returns a string; the transformer makes it a number. */
  @Column({
    type: 'numeric',
    precision: 4,
    scale: 2,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  hours: number;

  @Column({ type: 'text' })
  source: HoursEntrySource;

  /** PLACEMENT for hours at an introduction; otherwise the activity the coach logged. */
  @Column({ type: 'text', default: 'PLACEMENT' })
  activity: HoursActivity;

  /** Activities only: whether it was a Dutch-speaking environment (then it counts towards the 800). */
  @Column({ name: 'dutch_speaking_environment', type: 'boolean', nullable: true })
  dutchSpeakingEnvironment: boolean | null;

  /** Activities only: the coach's note, e.g. which taalcafé. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text' })
  status: HoursEntryStatus;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'reject_reason', type: 'text', nullable: true })
  rejectReason: string | null;

  @Column({ name: 'replaces_id', type: 'uuid', nullable: true })
  replacesId: string | null;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;
}
