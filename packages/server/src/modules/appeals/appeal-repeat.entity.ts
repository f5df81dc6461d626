import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../auth/auth.entities.js';
import { Appeal } from './appeal.entity.js';

export enum RepeatSuggestionStatus {
  SUGGESTED = 'SUGGESTED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}

/** Which normalized key of the appellant matched the earlier appeal. */
export enum RepeatMatchKey {
  NAME = 'NAME',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
}

/** An earlier appeal of the same appellant on a similar question, found at registration for an operator to decide on. */
@Entity({ tableName: 'appeal_repeat_suggestion' })
@Unique({ properties: ['appeal', 'earlierAppeal'] })
@Index({ properties: ['earlierAppeal'] })
export class AppealRepeatSuggestion {
  [OptionalProps]?: 'createdAt' | 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The new appeal that may be a repeat. */
  @ManyToOne(() => Appeal, { deleteRule: 'cascade' })
  appeal!: Appeal;

  @ManyToOne(() => Appeal, { deleteRule: 'cascade' })
  earlierAppeal!: Appeal;

  /** Trigram similarity of the two folded texts, from 0 to 1. */
  @Property({ type: 'real' })
  similarity!: number;

  @Property({ type: 'boolean' })
  sameTopic!: boolean;

  /** RepeatMatchKey values, stored as a text array. */
  @Property({ type: ArrayType })
  matchedBy!: RepeatMatchKey[];

  @Enum({ items: () => RepeatSuggestionStatus, nativeEnumName: 'repeat_suggestion_status' })
  status: RepeatSuggestionStatus = RepeatSuggestionStatus.SUGGESTED;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  decidedBy?: User | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  /** Why the suggestion was rejected, given by the operator or set when another one was confirmed. */
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
