import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { AppealChannel } from '../appeals/appeal.entity.js';
import { User } from '../auth/auth.entities.js';
import { DeadlineKind, DeadlineRuleKind, NonWorkingEndRule } from './deadline.entity.js';

/**
 * A rule for one deadline kind, for one channel or for all of them, from a date on. Deadlines that
 * start on or after `effectiveFrom` use the most specific policy in force: a channel's own before
 * the all-channel one, the latest date before an earlier one. Without any, `deadline_rule` applies.
 */
@Entity({ tableName: 'deadline_policy' })
@Index({ properties: ['kind', 'effectiveFrom'] })
export class DeadlinePolicy {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => DeadlineKind, nativeEnumName: 'deadline_kind' })
  kind!: DeadlineKind;

  /** Null for a policy of every channel. */
  @Enum({ items: () => AppealChannel, nativeEnumName: 'appeal_channel', nullable: true })
  channel?: AppealChannel | null;

  @Enum({ items: () => DeadlineRuleKind, nativeEnumName: 'deadline_rule_kind' })
  ruleKind!: DeadlineRuleKind;

  @Property({ type: 'integer' })
  amount!: number;

  @Enum({ items: () => NonWorkingEndRule, nativeEnumName: 'non_working_end_rule' })
  nonWorkingEnd!: NonWorkingEndRule;

  /** First Moscow calendar date on which deadlines start under this policy. */
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
