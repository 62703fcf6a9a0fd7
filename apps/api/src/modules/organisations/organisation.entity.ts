import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrganisationKind } from './organisation-kind.js';

@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'kvk_number', type: 'char', length: 8, nullable: true })
  kvkNumber: string | null;

  @Column({ type: 'text' })
  street: string;

  /** As entered, normalised to `1234 AB` or `1234`. */
  @Column({ type: 'text' })
  postcode: string;

  @Column({ type: 'char', length: 4 })
  pc4: string;

  @Column({ type: 'text' })
  city: string;

  @Column({ name: 'contact_name', type: 'text' })
  contactName: string;

  @Column({ name: 'contact_email', type: 'text' })
  contactEmail: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
