import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Agency } from '../agencies/agency.entity.js';
import { AppealChannel } from '../appeals/appeal.entity.js';
import type { DeadlineExplanation } from './engine/index.js';

/** One change of a running deadline's due instant, such as after a policy change. */
export interface DeadlineRecomputation {
  at: string;
  previousDueAt: string;
  dueAt: string;
  reason: string;
}

/** The engine's explanation as stored: with the policy it came from and every later recomputation. */
export type StoredExplanation = DeadlineExplanation & {
  policyId?: string | null;
  recomputations?: DeadlineRecomputation[];
  /** Calendar days by which the term was extended, which a recomputation under a new rule keeps. */
  extensionDays?: number | null;
};

/** The purpose of a deadline; each kind has one rule in `deadline_rule`. */
export enum DeadlineKind {
  APPEAL_REGISTRATION = 'APPEAL_REGISTRATION',
  /** Forwarding to the competent agency, counted from registration. */
  APPEAL_FORWARDING = 'APPEAL_FORWARDING',
  APPEAL_ANSWER = 'APPEAL_ANSWER',
  /** The center's proposal for an official comment, within 3 hours of detection. */
  COMMENT_PROPOSAL = 'COMMENT_PROPOSAL',
  /** The agency's draft comment, within 3 hours of receiving the proposal or the remarks. */
  COMMENT_DRAFT = 'COMMENT_DRAFT',
  /** The agency's rework of an answer that failed the center's review. */
  APPEAL_REWORK = 'APPEAL_REWORK',
  /** An agency's quarterly report, due on the 5th day of the month after the quarter. */
  QUARTERLY_REPORT = 'QUARTERLY_REPORT',
  /** An agency's answer to the center's information request, due when the center set it. */
  INFORMATION_REQUEST = 'INFORMATION_REQUEST',
}

export enum DeadlineStatus {
  /** Running: the work is still owed, whether or not the due instant has passed. */
  OPEN = 'OPEN',
  MET = 'MET',
  /** Completed after the due instant. */
  MISSED = 'MISSED',
  CANCELLED = 'CANCELLED',
}

export enum DeadlineRuleKind {
  CALENDAR_DAYS = 'CALENDAR_DAYS',
  WORKING_DAYS = 'WORKING_DAYS',
  HOURS = 'HOURS',
}

export enum NonWorkingEndRule {
  SHIFT_BACK = 'SHIFT_BACK',
  SHIFT_FORWARD = 'SHIFT_FORWARD',
  NONE = 'NONE',
}

/** The configurable rule of one deadline kind. */
@Entity({ tableName: 'deadline_rule' })
export class DeadlineRuleSetting {
  [OptionalProps]?: 'updatedAt';

  @Enum({ items: () => DeadlineKind, nativeEnumName: 'deadline_kind', primary: true })
  kind!: DeadlineKind;

  @Enum({ items: () => DeadlineRuleKind, nativeEnumName: 'deadline_rule_kind' })
  ruleKind!: DeadlineRuleKind;

  @Property({ type: 'integer' })
  amount!: number;

  @Enum({ items: () => NonWorkingEndRule, nativeEnumName: 'non_working_end_rule' })
  nonWorkingEnd!: NonWorkingEndRule;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

/** One running or finished deadline of any subject (an appeal today; reports and comments later). */
@Entity({ tableName: 'deadline' })
@Index({ properties: ['subjectType', 'subjectId'] })
@Index({ properties: ['status', 'dueAt'] })
export class Deadline {
  [OptionalProps]?: 'version' | 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => DeadlineKind, nativeEnumName: 'deadline_kind' })
  kind!: DeadlineKind;

  @Property({ type: 'string', length: 32 })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  /** The appeal's channel, which selects channel policies; null for subjects without one. */
  @Enum({ items: () => AppealChannel, nativeEnumName: 'appeal_channel', nullable: true })
  channel?: AppealChannel | null;

  /** Label of the subject on dashboards, such as the appeal's number. */
  @Property({ type: 'text' })
  subjectLabel!: string;

  @Index()
  @ManyToOne(() => Agency, { nullable: true, deleteRule: 'restrict' })
  agency?: Agency | null;

  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Enum({ items: () => DeadlineStatus, nativeEnumName: 'deadline_status' })
  status: DeadlineStatus = DeadlineStatus.OPEN;

  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;

  @Property({ type: 'json' })
  explanation!: StoredExplanation;

  /** Set once by the worker that reports the deadline overdue, so the report is sent once across instances. */
  @Property({ type: 'datetime', nullable: true })
  overdueReportedAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}
