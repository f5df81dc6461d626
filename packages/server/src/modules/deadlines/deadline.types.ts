import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../../graphql/scalars.js';
import { AppealChannel } from '../appeals/appeal.entity.js';
import { CountdownFrameReason, CountdownState } from './countdown.service.js';
import { DeadlineKind, DeadlineRuleKind, DeadlineStatus, NonWorkingEndRule } from './deadline.entity.js';

registerEnumType(DeadlineKind, {
  name: 'DeadlineKind',
  valuesConfig: {
    APPEAL_REGISTRATION: { description: 'Registration of an appeal, counted from its receipt.' },
    APPEAL_FORWARDING: { description: 'Forwarding of an appeal to the competent agency, 7 days from registration.' },
    APPEAL_ANSWER: { description: 'The answer to an appeal, counted from its registration.' },
    COMMENT_PROPOSAL: { description: 'The center’s proposal for an official comment, 3 hours from detection.' },
    COMMENT_DRAFT: { description: 'The agency’s draft comment, 3 hours from the proposal or the remarks.' },
    APPEAL_REWORK: { description: 'The agency’s rework of an answer that failed the center’s review.' },
    QUARTERLY_REPORT: { description: 'An agency’s quarterly report, due on the 5th day of the month after the quarter.' },
    INFORMATION_REQUEST: { description: 'An agency’s answer to an information request of the center, due on the date it set.' },
  },
});
registerEnumType(DeadlineStatus, { name: 'DeadlineStatus' });
registerEnumType(DeadlineRuleKind, { name: 'DeadlineRuleKind' });
registerEnumType(NonWorkingEndRule, {
  name: 'NonWorkingEndRule',
  description: 'What happens when the last day of a day-based term is non-working.',
});
registerEnumType(CountdownState, {
  name: 'CountdownState',
  valuesConfig: {
    ON_TRACK: { description: 'Less than the at-risk share of the time is used.' },
    AT_RISK: { description: 'The at-risk share of the time (80 % by default) is used.' },
    OVERDUE: { description: 'The due instant has passed and the work is still owed.' },
  },
});
registerEnumType(CountdownFrameReason, { name: 'CountdownFrameReason' });

export enum DeadlineShiftDirection {
  BACK = 'BACK',
  FORWARD = 'FORWARD',
}
registerEnumType(DeadlineShiftDirection, { name: 'DeadlineShiftDirection' });

@ObjectType('DeadlineRule')
export class DeadlineRuleType {
  @Field(() => DeadlineRuleKind)
  kind!: DeadlineRuleKind;

  @Field(() => Int)
  amount!: number;

  @Field(() => NonWorkingEndRule)
  nonWorkingEnd!: NonWorkingEndRule;
}

@ObjectType('SkippedDay')
export class SkippedDayType {
  @Field(() => LocalDate)
  date!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType('DeadlineShift')
export class DeadlineShiftType {
  @Field(() => DeadlineShiftDirection)
  direction!: DeadlineShiftDirection;

  @Field(() => LocalDate)
  from!: string;

  @Field(() => LocalDate)
  to!: string;

  @Field(() => Int)
  days!: number;
}

@ObjectType('DeadlineRecomputation', { description: 'A later change of a running deadline’s due instant.' })
export class DeadlineRecomputationType {
  @Field(() => DateTime)
  at!: string;

  @Field(() => DateTime)
  previousDueAt!: string;

  @Field(() => DateTime)
  dueAt!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType('DeadlineExplanation', { description: 'How a due instant was computed.' })
export class DeadlineExplanationType {
  @Field(() => String)
  timeZone!: string;

  @Field(() => DateTime)
  startedAt!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Day zero: the term counts from the next day.' })
  startDate!: string | null;

  @Field(() => DeadlineRuleType)
  rule!: DeadlineRuleType;

  @Field(() => Int)
  daysCounted!: number;

  @Field(() => Int)
  hoursCounted!: number;

  @Field(() => LocalDate, { nullable: true })
  lastDayBeforeShift!: string | null;

  @Field(() => [SkippedDayType])
  nonWorkingDaysSkipped!: SkippedDayType[];

  @Field(() => DeadlineShiftType, { nullable: true })
  shift!: DeadlineShiftType | null;

  @Field(() => DateTime)
  dueAt!: string;

  @Field(() => [String])
  warnings!: string[];

  @Field(() => String, { description: 'The same in one Russian sentence.' })
  summary!: string;

  @Field(() => ID, { nullable: true, description: 'The deadline policy the rule came from; null for the kind’s standing rule.' })
  policyId?: string | null;

  @Field(() => [DeadlineRecomputationType], { description: 'Every later change of the due instant, oldest first.' })
  recomputations!: DeadlineRecomputationType[];

  @Field(() => Int, { nullable: true, description: 'Calendar days by which the term was extended, counted on from its last day before any shift; null when not extended.' })
  extensionDays?: number | null;
}

@ObjectType('Deadline')
export class DeadlineType {
  @Field(() => ID)
  id!: string;

  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field(() => DeadlineStatus)
  status!: DeadlineStatus;

  @Field(() => String)
  subjectType!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => String)
  subjectLabel!: string;

  @Field(() => DateTime)
  startedAt!: Date;

  @Field(() => DateTime)
  dueAt!: Date;

  @Field(() => DateTime, { nullable: true })
  completedAt?: Date | null;

  @Field(() => DeadlineExplanationType)
  explanation!: DeadlineExplanationType;
}

@ObjectType('CountdownEntry', { description: 'One running deadline in a countdown frame.' })
export class CountdownEntryType {
  @Field(() => ID, { description: 'The deadline id.' })
  id!: string;

  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field(() => String)
  subjectType!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => String)
  subjectLabel!: string;

  @Field(() => ID, { nullable: true })
  agencyId!: string | null;

  @Field(() => String, { nullable: true })
  agencyShortName!: string | null;

  @Field(() => DateTime)
  startedAt!: string;

  @Field(() => DateTime)
  dueAt!: string;

  @Field(() => Int, { description: 'Whole seconds left; negative once overdue.' })
  remainingSeconds!: number;

  @Field(() => Float, { description: 'Share of the term used: 0 at the start, 1 at the due instant.' })
  elapsedShare!: number;

  @Field(() => CountdownState)
  state!: CountdownState;
}

@ObjectType('DeadlineCountdownFrame')
export class DeadlineCountdownFrameType {
  @Field(() => DateTime)
  sentAt!: Date;

  @Field(() => CountdownFrameReason)
  reason!: CountdownFrameReason;

  @Field(() => [ID], { description: 'Deadlines that started, ended or changed since the last frame.' })
  changedDeadlineIds!: string[];

  @Field(() => [CountdownEntryType], { description: 'Every running deadline the caller may see, soonest first.' })
  deadlines!: CountdownEntryType[];
}

@InputType()
export class DeadlineCountdownFilter {
  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => [DeadlineKind], { nullable: true })
  kinds?: DeadlineKind[] | null;

  @Field(() => String, { nullable: true, description: 'APPEAL today; more subject types follow.' })
  subjectType?: string | null;

  @Field(() => [CountdownState], { nullable: true })
  states?: CountdownState[] | null;
}

@ObjectType('DeadlinePolicy', { description: 'A rule for one deadline kind and channel from a date on.' })
export class DeadlinePolicyType {
  @Field(() => ID)
  id!: string;

  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field(() => AppealChannel, { nullable: true, description: 'Null for every channel.' })
  channel?: AppealChannel | null;

  @Field(() => DeadlineRuleKind)
  ruleKind!: DeadlineRuleKind;

  @Field(() => Int)
  amount!: number;

  @Field(() => NonWorkingEndRule)
  nonWorkingEnd!: NonWorkingEndRule;

  @Field(() => LocalDate)
  effectiveFrom!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => DateTime)
  createdAt!: Date;
}

@InputType()
export class SetDeadlinePolicyInput {
  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field(() => AppealChannel, { nullable: true, description: 'Omit for every channel.' })
  channel?: AppealChannel | null;

  @Field(() => DeadlineRuleKind)
  ruleKind!: DeadlineRuleKind;

  @Field(() => Int)
  amount!: number;

  @Field(() => NonWorkingEndRule)
  nonWorkingEnd!: NonWorkingEndRule;

  @Field(() => String, { description: 'First Moscow date (YYYY-MM-DD) on which starting deadlines use the policy; running ones from that date are recomputed.' })
  effectiveFrom!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType()
export class SetDeadlinePolicyPayload {
  @Field(() => DeadlinePolicyType)
  policy!: DeadlinePolicyType;

  @Field(() => Int, { description: 'Running deadlines whose due instant changed.' })
  recomputedCount!: number;
}
