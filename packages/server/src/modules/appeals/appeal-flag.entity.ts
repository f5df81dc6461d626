import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../auth/auth.entities.js';
import { Appeal } from './appeal.entity.js';

/** What went wrong in the work on an appeal. */
export enum AppealFlagKind {
  /** A conflict between the appellant and an agency, or between agencies. */
  CONFLICT_SITUATION = 'CONFLICT_SITUATION',
  /** An error in communication with the appellant: a wrong tone, a lost answer, a wrong addressee. */
  COMMUNICATION_ERROR = 'COMMUNICATION_ERROR',
}

/** A conflict situation or communication error noted on an appeal, open until someone resolves it. */
@Entity({ tableName: 'appeal_flag' })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['appeal', 'createdAt'] })
export class AppealFlag {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Appeal, { deleteRule: 'cascade' })
  appeal!: Appeal;

  @Enum({ items: () => AppealFlagKind, nativeEnumName: 'appeal_flag_kind' })
  kind!: AppealFlagKind;

  @Property({ type: 'text' })
  note!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  resolvedBy?: User | null;

  @Property({ type: 'text', nullable: true })
  resolution?: string | null;
}
