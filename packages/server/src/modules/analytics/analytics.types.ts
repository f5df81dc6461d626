import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../../graphql/scalars.js';
import { AgencyType } from '../agencies/agency.types.js';
import { AppealChannel } from '../appeals/appeal.entity.js';

export enum AnalyticsGranularity {
  DAY = 'DAY',
  /** ISO weeks, Monday to Sunday. */
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

registerEnumType(AnalyticsGranularity, {
  name: 'AnalyticsGranularity',
  description: 'Length of one period of a series: a Moscow calendar day, ISO week (from Monday) or month.',
});

@InputType({ description: 'Which appeals the analytics count. Every list is optional; an empty or missing list does not restrict.' })
export class AnalyticsFilter {
  @Field(() => LocalDate, {
    nullable: true,
    description: 'First Moscow day of registration. Default: the first day of the month eleven months before `to`.',
  })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last Moscow day of registration, inclusive. Default: today in Moscow. At most 5 years after `from`.' })
  to?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Agencies the appeal is assigned to now. An agency official may give only their own agency, which is also the default.',
  })
  agencyIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'OKTMO codes; a district includes the settlements within it.' })
  municipalityOktmos?: string[] | null;

  @Field(() => [AppealChannel], { nullable: true })
  channels?: AppealChannel[] | null;
}

@ObjectType('AnalyticsPeriod', { description: 'The period that the figures cover, after defaults.' })
export class AnalyticsPeriodType {
  @Field(() => LocalDate)
  from!: string;

  @Field(() => LocalDate)
  to!: string;
}

@ObjectType('ChannelCount')
export class ChannelCountType {
  @Field(() => AppealChannel)
  channel!: AppealChannel;

  @Field(() => Int)
  appeals!: number;
}

@ObjectType('ChannelVolumePeriod', { description: 'Appeals registered in one period, by channel.' })
export class ChannelVolumePeriodType {
  @Field(() => LocalDate, { description: 'First day of the period. The first and the last period may be cut by the filter’s dates.' })
  start!: string;

  @Field(() => Int)
  appeals!: number;

  @Field(() => [ChannelCountType], { description: 'Every channel of the filter (all nine without one), zeros included, in a fixed order.' })
  channels!: ChannelCountType[];
}

@ObjectType('TopicSectionCount')
export class TopicSectionCountType {
  @Field(() => String, { description: 'Code of the section, the first level of the ТОТКО classifier, such as 0002.0000.0000.0000.' })
  sectionCode!: string;

  @Field(() => Int)
  appeals!: number;
}

@ObjectType('TopicSectionVolumePeriod', { description: 'Appeals registered in one period, by topic section.' })
export class TopicSectionVolumePeriodType {
  @Field(() => LocalDate, { description: 'First day of the period. The first and the last period may be cut by the filter’s dates.' })
  start!: string;

  @Field(() => Int)
  appeals!: number;

  @Field(() => [TopicSectionCountType], { description: 'Every section of the classifier, zeros included, in code order.' })
  sections!: TopicSectionCountType[];
}

@ObjectType('TopicSection', { description: 'A section, the first level of the ТОТКО classifier.' })
export class TopicSectionType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;
}

@ObjectType('AgencyAnalytics', {
  description:
    'Figures of one agency over the appeals registered in the period that match the filter and are assigned to the agency now. A share or average is null when nothing is counted.',
})
export class AgencyAnalyticsType {
  @Field(() => AgencyType)
  agency!: AgencyType;

  @Field(() => Int)
  appeals!: number;

  @Field(() => Int, { description: 'Appeals with an answer (answered_at set), whatever their status now.' })
  answered!: number;

  @Field(() => Int, { description: 'Answered appeals whose answer came at or before answer_due_at (the term after any extension).' })
  answeredOnTime!: number;

  @Field(() => Float, { nullable: true, description: 'answeredOnTime / answered.' })
  onTimeShare?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Average of answered_at − registered_at over answered appeals, in days of 24 hours with fractions.',
  })
  averageDaysToAnswer?: number | null;

  @Field(() => Int, { description: 'Open appeals (REGISTERED or ASSIGNED) whose answer_due_at is before the moment of the request. Counted live, not from the view.' })
  overdueNow!: number;

  @Field(() => Int, { description: 'Appeals with a recorded satisfaction: the denominator of the three satisfaction shares.' })
  withSatisfaction!: number;

  @Field(() => Float, { nullable: true, description: 'SATISFIED / withSatisfaction.' })
  satisfiedShare?: number | null;

  @Field(() => Float, { nullable: true, description: 'PARTLY_SATISFIED / withSatisfaction.' })
  partlySatisfiedShare?: number | null;

  @Field(() => Float, { nullable: true, description: 'NOT_SATISFIED / withSatisfaction.' })
  notSatisfiedShare?: number | null;

  @Field(() => Int, { description: 'Appeals confirmed as a repeat of an earlier one (repeat_of_id set).' })
  repeats!: number;

  @Field(() => Float, { nullable: true, description: 'repeats / appeals.' })
  repeatShare?: number | null;

  @Field(() => Int, { description: 'Reviews of these appeals’ answers by the center; an appeal may have several.' })
  reviews!: number;

  @Field(() => Float, { nullable: true, description: 'Average score (1 to 5) over those reviews.' })
  averageReviewScore?: number | null;
}

@ObjectType('ClockFigures', {
  description:
    'Completed 3-hour clocks of one step: minutes from a clock’s start to its completion (completed_at − started_at). Cancelled and running clocks are not counted.',
})
export class ClockFiguresType {
  @Field(() => Int)
  completed!: number;

  @Field(() => Float, { nullable: true })
  averageMinutes?: number | null;

  @Field(() => Float, { nullable: true })
  medianMinutes?: number | null;

  @Field(() => Float, { nullable: true })
  maxMinutes?: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of completed clocks that completed at or before their due instant.' })
  withinLimitShare?: number | null;
}

@ObjectType('MisinformationMonth')
export class MisinformationMonthType {
  @Field(() => LocalDate, { description: 'First day of the month.' })
  month!: string;

  @Field(() => Int)
  cases!: number;

  @Field(() => ClockFiguresType)
  proposal!: ClockFiguresType;

  @Field(() => ClockFiguresType)
  draft!: ClockFiguresType;
}

@ObjectType('MisinformationAnalytics', {
  description:
    'Misinformation cases detected in the period (Moscow days of detected_at) of the filter’s agencies. The channel and municipality filters do not apply: a case has neither.',
})
export class MisinformationAnalyticsType {
  @Field(() => Int)
  cases!: number;

  @Field(() => ClockFiguresType, { description: 'The center’s proposal: COMMENT_PROPOSAL clocks, one per case, started at detection.' })
  proposal!: ClockFiguresType;

  @Field(() => ClockFiguresType, {
    description: 'The agency’s draft: COMMENT_DRAFT clocks, started at the proposal and again at each return of a draft; each completed clock counts.',
  })
  draft!: ClockFiguresType;

  @Field(() => Int, { description: 'Length of the proposal clock in minutes under the current deadline rule (180 by default).' })
  proposalLimitMinutes!: number;

  @Field(() => Int, { description: 'Length of the draft clock in minutes under the current deadline rule (180 by default).' })
  draftLimitMinutes!: number;

  @Field(() => [MisinformationMonthType], { description: 'Every month of the period, zeros included.' })
  byMonth!: MisinformationMonthType[];
}

@ObjectType('Analytics', {
  description:
    'The center’s summary analytics. Whole months of MONTH series and of the agency rows come from the materialized view appeal_monthly_stats, as fresh as refreshedAt, when no municipality is filtered. Other days, DAY and WEEK series, municipality filters, overdueNow and the misinformation figures are counted live.',
})
export class AnalyticsType {
  @Field(() => AnalyticsPeriodType)
  period!: AnalyticsPeriodType;

  @Field(() => DateTime, { nullable: true, description: 'Start of the latest refresh of the view: its months do not count changes committed later.' })
  refreshedAt?: Date | null;
}
