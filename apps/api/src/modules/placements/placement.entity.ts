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
  ChildcareKind,
  Compensation,
  LanguageLevel,
  LanguageSkill,
  LearningRoute,
  PhysicalLoad,
  PlaceAudience,
  PlacementStatus,
  PlacementType,
  ScheduleKind,
  Sector,
  TargetGroup,
} from '@plekwijzer/api/common/domain.enums.js';

export interface StoredSchedule {
  kind: ScheduleKind;
  /** FIXED: every shift, all must fit. */
  shifts: TimeRange[];
  /** FLEXIBLE: the windows in which hours can be made. */
  windows: TimeRange[];
  minHoursPerWeek: number;
  maxHoursPerWeek: number;
}

export interface StoredLanguageRequirement {
  skill: LanguageSkill;
  level: LanguageLevel;
  required: boolean;
}

/**
 * One model for every offer (participatieplek … activiteit). Columns a draft may leave empty
 * are nullable; `PlacementsService.publish` refuses an incomplete place.
 */
@Entity({ name: 'placements' })
@Index('IDX_placements_status_type', ['status', 'type'])
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  @Index('IDX_placements_organisation')
  organisationId: string;

  @Column({ type: 'text' })
  type: PlacementType;

  @Column({ type: 'text' })
  status: PlacementStatus;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  sector: Sector | null;

  @Column({ type: 'text', nullable: true })
  street: string | null;

  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  @Column({ type: 'char', length: 4, nullable: true })
  pc4: string | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;

  @Column({ name: 'language_requirements', type: 'jsonb', default: () => "'[]'::jsonb" })
  languageRequirements: StoredLanguageRequirement[];

  /** Highest level required for any skill (0 = NONE … 6 = C2), kept for the "max level" filter. */
  @Column({ name: 'max_required_level', type: 'smallint', default: 0 })
  maxRequiredLevel: number;

  @Column({ name: 'support_buddy', type: 'boolean', default: false })
  supportBuddy: boolean;

  @Column({ name: 'support_supervisor', type: 'boolean', default: false })
  supportSupervisor: boolean;

  @Column({ name: 'staff_languages', type: 'text', array: true, default: () => "'{}'" })
  staffLanguages: string[];

  @Column({ name: 'dutch_speaking_environment', type: 'boolean', nullable: true })
  dutchSpeakingEnvironment: boolean | null;

  /** Everyone, or a women's or men's group. */
  @Column({ type: 'text', default: 'EVERYONE' })
  audience: PlaceAudience;

  /** ISO 639-1 code of the language the place is held in; null = Dutch. Never with a Dutch-speaking environment. */
  @Column({ name: 'group_language', type: 'text', nullable: true })
  groupLanguage: string | null;

  @Column({ type: 'jsonb', nullable: true })
  schedule: StoredSchedule | null;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'childcare_kind', type: 'text', default: 'NONE' })
  childcareKind: ChildcareKind;

  @Column({ name: 'childcare_min_age', type: 'smallint', nullable: true })
  childcareMinAge: number | null;

  @Column({ name: 'childcare_max_age', type: 'smallint', nullable: true })
  childcareMaxAge: number | null;

  @Column({ name: 'physical_load', type: 'text', nullable: true })
  physicalLoad: PhysicalLoad | null;

  @Column({ name: 'wheelchair_accessible', type: 'boolean', default: false })
  wheelchairAccessible: boolean;

  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ name: 'open_to_routes', type: 'text', array: true, default: () => "'{}'" })
  openToRoutes: LearningRoute[];

  @Column({ name: 'open_to_target_groups', type: 'text', array: true, default: () => "'{}'" })
  openToTargetGroups: TargetGroup[];

  @Column({ name: 'map_practice', type: 'boolean', default: false })
  mapPractice: boolean;

  @Column({ type: 'text', default: 'NONE' })
  compensation: Compensation;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
