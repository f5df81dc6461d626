import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Agency } from '../agencies/agency.entity.js';
import { User } from '../auth/auth.entities.js';

/** An official an agency names for its work with the center. */
@Entity({ tableName: 'contact_official' })
export class ContactOfficial {
  [OptionalProps]?: 'active' | 'version' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  agency!: Agency;

  @Property({ type: 'text' })
  surname!: string;

  @Property({ type: 'text' })
  firstName!: string;

  @Property({ type: 'text' })
  patronymic!: string;

  @Property({ type: 'text' })
  position!: string;

  @Property({ type: 'text' })
  email!: string;

  /** E.164, for example +78362451234. */
  @Property({ type: 'text' })
  phone!: string;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One changed field of a contact official, kept forever as its history. */
@Entity({ tableName: 'contact_official_change' })
@Index({ properties: ['contact', 'changedAt'] })
export class ContactOfficialChange {
  [OptionalProps]?: 'changedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ContactOfficial, { deleteRule: 'cascade' })
  contact!: ContactOfficial;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  changedBy?: User | null;

  @Property({ type: 'datetime' })
  changedAt: Date = new Date();

  @Property({ type: 'text' })
  field!: string;

  @Property({ type: 'text', nullable: true })
  oldValue?: string | null;

  @Property({ type: 'text', nullable: true })
  newValue?: string | null;
}
