import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export enum AgencyKind {
  MINISTRY = 'MINISTRY',
  COMMITTEE = 'COMMITTEE',
  INSPECTION = 'INSPECTION',
  DEPARTMENT = 'DEPARTMENT',
  SERVICE = 'SERVICE',
}

/** An executive body of the republic (орган исполнительной власти). */
@Entity({ tableName: 'agency' })
export class Agency {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'text' })
  shortName!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => AgencyKind, nativeEnumName: 'agency_kind' })
  kind!: AgencyKind;

  @Property({ type: 'text', nullable: true })
  site?: string | null;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A state organization or company with the republic's participation, reached through its founder agency. */
@Entity({ tableName: 'organization' })
export class Organization {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'string', length: 12, nullable: true })
  inn?: string | null;

  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  founder!: Agency;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
