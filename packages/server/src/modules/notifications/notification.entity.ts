import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../auth/auth.entities.js';

export enum NotificationKind {
  CONTACT_OFFICIAL_CHANGED = 'CONTACT_OFFICIAL_CHANGED',
  /** A share of a deadline's term (50 % or 80 % by default) is used. */
  DEADLINE_WARNING = 'DEADLINE_WARNING',
  DEADLINE_OVERDUE = 'DEADLINE_OVERDUE',
  /** A step of a misinformation case that the recipient has to act on or know about. */
  INFORMATION_RISK = 'INFORMATION_RISK',
  /** An appeal came back to the agency: a failed review or a reopening after an unsatisfied appellant. */
  APPEAL_RETURNED = 'APPEAL_RETURNED',
  /** A quarterly report was submitted, accepted or returned. */
  QUARTERLY_REPORT = 'QUARTERLY_REPORT',
  /** The center sent an information request, or an agency answered one. */
  INFORMATION_REQUEST = 'INFORMATION_REQUEST',
}

/** An in-app message to one user. */
@Entity({ tableName: 'notification' })
@Index({ properties: ['recipient', 'createdAt'] })
export class Notification {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  recipient!: User;

  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'string', length: 32, nullable: true })
  subjectType?: string | null;

  @Property({ type: 'uuid', nullable: true })
  subjectId?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;
}
