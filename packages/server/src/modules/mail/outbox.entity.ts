import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export enum OutboxStatus {
  /** Waiting for its first or next delivery attempt. */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Gave up after the maximum number of attempts; an administrator may requeue it. */
  FAILED = 'FAILED',
}

/** An e-mail written in the same transaction as the change that causes it and delivered by the mail worker. */
@Entity({ tableName: 'outbox_message' })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class OutboxMessage {
  [OptionalProps]?: 'status' | 'attempts' | 'createdAt' | 'nextAttemptAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  recipient!: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text', nullable: true })
  html?: string | null;

  /** What caused the message, such as `INFORMATION_RISK`, and its id, for the audit trail. */
  @Property({ type: 'string', length: 32, nullable: true })
  subjectType?: string | null;

  @Property({ type: 'uuid', nullable: true })
  subjectId?: string | null;

  @Enum({ items: () => OutboxStatus, nativeEnumName: 'outbox_status' })
  status: OutboxStatus = OutboxStatus.PENDING;

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'datetime' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  /** The Message-ID the SMTP server accepted. */
  @Property({ type: 'text', nullable: true })
  messageId?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;
}
