import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { AppealChannel } from '../appeals/appeal.entity.js';
import { INFORMATION_RISK_SUBJECT } from '../comments/comment.service.js';
import { DeadlineKind } from '../deadlines/deadline.entity.js';
import { AnalyticsGranularity } from './analytics.types.js';
import { APPEAL_MONTHLY_STATS_VIEW } from './analytics-refresh.entity.js';
import { MOSCOW_ZONE, type AnalyticsFilterValues } from './analytics.validation.js';

/** A filter resolved for SQL: municipality districts expanded to every settlement within them. */
export interface AnalyticsScope extends AnalyticsFilterValues {
  municipalityScope: string[];
}

/** A piece of SQL with its `?` placeholders' values in order. */
interface SqlPart {
  sql: string;
  params: unknown[];
}

/** Start of a Moscow day as a timestamptz; `(day + 1)` in SQL gives the end of the day. */
const MOSCOW_MIDNIGHT = `::timestamp at time zone 'Europe/Moscow'`;

const UNITS: Record<AnalyticsGranularity, string> = {
  [AnalyticsGranularity.DAY]: 'day',
  [AnalyticsGranularity.WEEK]: 'week',
  [AnalyticsGranularity.MONTH]: 'month',
};

function inList(column: string, values: readonly unknown[]): SqlPart {
  return { sql: `${column} in (${values.map(() => '?').join(', ')})`, params: [...values] };
}

function joinConditions(parts: SqlPart[]): SqlPart {
  if (parts.length === 0) {
    return { sql: 'true', params: [] };
  }
  return { sql: parts.map((part) => part.sql).join(' and '), params: parts.flatMap((part) => part.params) };
}

/** Conditions of the filter's lists on a row with agency_id, municipality_oktmo and channel columns. */
function listConditions(scope: AnalyticsScope, alias: string, withMunicipality = true): SqlPart[] {
  const parts: SqlPart[] = [];
  if (scope.agencyIds.length > 0) {
    parts.push(inList(`${alias}."agency_id"`, scope.agencyIds));
  }
  if (withMunicipality && scope.municipalityScope.length > 0) {
    parts.push(inList(`${alias}."municipality_oktmo"`, scope.municipalityScope));
  }
  if (scope.channels.length > 0) {
    parts.push(inList(`${alias}."channel"`, scope.channels));
  }
  return parts;
}

/** Builds the filter on rows of `appeal` registered on the Moscow days from `from` to `to`. */
function appealConditions(scope: AnalyticsScope, from: string, to: string): SqlPart {
  const period = {
    sql: `appeal."registered_at" >= ?::date${MOSCOW_MIDNIGHT} and appeal."registered_at" < (?::date + 1)${MOSCOW_MIDNIGHT}`,
    params: [from, to],
  };
  return joinConditions([period, ...listConditions(scope, 'appeal')]);
}

/** The columns that every source of appeal sums has, after day, agency_id, channel and section. */
const SUM_COLUMNS = [
  'appeals',
  'answered',
  'answered_on_time',
  'answer_days_sum',
  'with_satisfaction',
  'satisfied',
  'partly_satisfied',
  'not_satisfied',
  'repeats',
  'reviews',
  'review_score_sum',
] as const;

/** The sums of a group of appeal rows: the expressions of the view `appeal_monthly_stats`. */
const APPEAL_SUMS = `
  count(*)::int as "appeals",
  count(appeal."answered_at")::int as "answered",
  (count(*) filter (where appeal."answered_at" <= appeal."answer_due_at"))::int as "answered_on_time",
  coalesce(sum(extract(epoch from appeal."answered_at" - appeal."registered_at")) / 86400, 0)::float8 as "answer_days_sum",
  count(appeal."satisfaction")::int as "with_satisfaction",
  (count(*) filter (where appeal."satisfaction" = 'SATISFIED'))::int as "satisfied",
  (count(*) filter (where appeal."satisfaction" = 'PARTLY_SATISFIED'))::int as "partly_satisfied",
  (count(*) filter (where appeal."satisfaction" = 'NOT_SATISFIED'))::int as "not_satisfied",
  count(appeal."repeat_of_id")::int as "repeats",
  coalesce(sum(reviews."review_count"), 0)::int as "reviews",
  coalesce(sum(reviews."score_sum"), 0)::int as "review_score_sum"`;

/** The split of a period into months read from the view and day ranges counted from the `appeal` table. */
export interface SourcePlan {
  /** First and last month (their first days) read from the view, or null for none. */
  viewMonths: [string, string] | null;
  /** Day ranges, both ends inclusive, counted from the table. */
  tableRanges: [string, string][];
}

/**
 * Splits a period into whole months, read from the view, and the days at its edges, counted from
 * the table. A month that contains `today` counts as whole when the period runs to today or later,
 * because no appeal is registered in the future. Without `useView` the whole period is counted
 * from the table.
 */
export function planSources(from: string, to: string, today: string, useView: boolean): SourcePlan {
  const whole: SourcePlan = { viewMonths: null, tableRanges: [[from, to]] };
  if (!useView) {
    return whole;
  }
  const start = DateTime.fromISO(from);
  const end = DateTime.fromISO(to);
  const firstMonth = start.day === 1 ? start : start.plus({ months: 1 }).startOf('month');
  const endCovers = end.hasSame(end.endOf('month'), 'day') || to >= today;
  const lastMonth = endCovers ? end.startOf('month') : end.startOf('month').minus({ months: 1 });
  if (firstMonth > lastMonth) {
    return whole;
  }
  const tableRanges: [string, string][] = [];
  if (start < firstMonth) {
    tableRanges.push([from, firstMonth.minus({ days: 1 }).toISODate()!]);
  }
  if (!endCovers) {
    tableRanges.push([end.startOf('month').toISODate()!, to]);
  }
  return { viewMonths: [firstMonth.toISODate()!, lastMonth.toISODate()!], tableRanges };
}

/**
 * Builds a subquery of appeal sums by day, agency_id, channel and section over the scope. Whole
 * months come from the view, dated on their first day, and only for MONTH series without a
 * municipality filter, because the view has neither days nor municipalities. Everything else is
 * summed from the table on its registration and municipality indexes.
 */
function sumsSource(scope: AnalyticsScope, granularity: AnalyticsGranularity): SqlPart {
  const today = DateTime.now().setZone(MOSCOW_ZONE).toISODate()!;
  const useView = granularity === AnalyticsGranularity.MONTH && scope.municipalityScope.length === 0;
  const plan = planSources(scope.from, scope.to, today, useView);
  const parts: SqlPart[] = [];
  if (plan.viewMonths) {
    const where = joinConditions([
      { sql: `stats."month" between ?::date and ?::date`, params: plan.viewMonths },
      ...listConditions(scope, 'stats', false),
    ]);
    parts.push({
      sql: `select stats."month" as "day", stats."agency_id", stats."channel", stats."section", ${SUM_COLUMNS.map((name) => `stats."${name}"`).join(', ')}
        from "${APPEAL_MONTHLY_STATS_VIEW}" as stats where ${where.sql}`,
      params: where.params,
    });
  }
  for (const [from, to] of plan.tableRanges) {
    const where = appealConditions(scope, from, to);
    parts.push({
      sql: `select (appeal."registered_at" at time zone 'Europe/Moscow')::date as "day", appeal."agency_id", appeal."channel",
          left(appeal."topic_code", 4) as "section", ${APPEAL_SUMS}
        from "appeal" as appeal
        left join lateral (
          select count(*) as "review_count", sum(review."score") as "score_sum" from "appeal_review" as review where review."appeal_id" = appeal."id"
        ) as reviews on true
        where ${where.sql}
        group by 1, 2, 3, 4`,
      params: where.params,
    });
  }
  return { sql: parts.map((part) => `(${part.sql})`).join('\n union all\n'), params: parts.flatMap((part) => part.params) };
}

export interface VolumeRow {
  start: string;
  key: string | null;
  appeals: number;
}

/**
 * Counts appeals per period and per value of one column of the sums, with a row of a null key
 * for every period without appeals, so that no period is missing.
 */
export function queryVolume(
  em: EntityManager,
  scope: AnalyticsScope,
  granularity: AnalyticsGranularity,
  column: 'channel' | 'section',
): Promise<VolumeRow[]> {
  const unit = UNITS[granularity];
  const source = sumsSource(scope, granularity);
  const sql = `
    with periods as (
      select generate_series(date_trunc('${unit}', ?::date::timestamp), ?::date::timestamp, interval '1 ${unit}')::date as start
    ), counts as (
      select date_trunc('${unit}', source."day"::timestamp)::date as start, source."${column}"::text as key, sum(source."appeals")::int as appeals
      from (${source.sql}) as source
      group by 1, 2
    )
    select periods.start::text as start, counts.key, coalesce(counts.appeals, 0)::int as appeals
    from periods left join counts on counts.start = periods.start
    order by periods.start, counts.key`;
  return em.getConnection().execute<VolumeRow[]>(sql, [scope.from, scope.to, ...source.params]);
}

export interface AgencySumsRow {
  agency_id: string;
  appeals: number;
  answered: number;
  answered_on_time: number;
  answer_days_sum: number;
  with_satisfaction: number;
  satisfied: number;
  partly_satisfied: number;
  not_satisfied: number;
  repeats: number;
  reviews: number;
  review_score_sum: number;
  overdue_now: number;
}

/**
 * Sums the appeals per agency and counts the overdue open appeals live, one row per agency of the
 * filter (every agency without one), zeros included, ordered by short name.
 */
export function queryAgencySums(em: EntityManager, scope: AnalyticsScope): Promise<AgencySumsRow[]> {
  const source = sumsSource(scope, AnalyticsGranularity.MONTH);
  const appealWhere = appealConditions(scope, scope.from, scope.to);
  const agencyWhere = scope.agencyIds.length > 0 ? inList('agency."id"', scope.agencyIds) : { sql: 'true', params: [] };
  const counts = SUM_COLUMNS.filter((name) => name !== 'answer_days_sum');
  const sql = `
    select agency."id" as agency_id,
      ${counts.map((name) => `coalesce(sums."${name}", 0)::int as "${name}"`).join(',\n      ')},
      coalesce(sums."answer_days_sum", 0)::float8 as answer_days_sum,
      coalesce(overdue."overdue_now", 0)::int as overdue_now
    from "agency" as agency
    left join (
      select source."agency_id", ${SUM_COLUMNS.map((name) => `sum(source."${name}") as "${name}"`).join(', ')}
      from (${source.sql}) as source
      group by source."agency_id"
    ) as sums on sums."agency_id" = agency."id"
    left join (
      select appeal."agency_id", count(*) as overdue_now
      from "appeal" as appeal
      where appeal."status" in ('REGISTERED', 'ASSIGNED') and appeal."answer_due_at" < now() and ${appealWhere.sql}
      group by appeal."agency_id"
    ) as overdue on overdue."agency_id" = agency."id"
    where ${agencyWhere.sql}
    order by agency."short_name", agency."id"`;
  return em.getConnection().execute<AgencySumsRow[]>(sql, [...source.params, ...appealWhere.params, ...agencyWhere.params]);
}

/** Builds the filter on `information_risk` by the Moscow day of detection and the agency. */
function caseConditions(scope: AnalyticsScope): SqlPart {
  const period = {
    sql: `risk."detected_at" >= ?::date${MOSCOW_MIDNIGHT} and risk."detected_at" < (?::date + 1)${MOSCOW_MIDNIGHT}`,
    params: [scope.from, scope.to],
  };
  return joinConditions(scope.agencyIds.length > 0 ? [period, inList('risk."agency_id"', scope.agencyIds)] : [period]);
}

const CASES_CTE = `cases as (
      select risk."id", date_trunc('month', risk."detected_at" at time zone 'Europe/Moscow')::date as month
      from "information_risk" as risk
      where `;

export interface CaseMonthRow {
  month: string;
  cases: number;
}

/** Counts misinformation cases per month of the period, zeros included. */
export function queryCaseMonths(em: EntityManager, scope: AnalyticsScope): Promise<CaseMonthRow[]> {
  const where = caseConditions(scope);
  const sql = `
    with months as (
      select generate_series(date_trunc('month', ?::date::timestamp), ?::date::timestamp, interval '1 month')::date as month
    ), ${CASES_CTE}${where.sql}
    )
    select months.month::text as month, count(cases."id")::int as cases
    from months left join cases on cases.month = months.month
    group by months.month
    order by months.month`;
  return em.getConnection().execute<CaseMonthRow[]>(sql, [scope.from, scope.to, ...where.params]);
}

export interface ClockRow {
  /** Null on the row of the whole period. */
  month: string | null;
  kind: DeadlineKind;
  completed: number;
  average_minutes: number | null;
  median_minutes: number | null;
  max_minutes: number | null;
  within_limit_share: number | null;
}

/** Figures of the completed proposal and draft clocks of the cases, per month and for the whole period. */
export function queryClocks(em: EntityManager, scope: AnalyticsScope): Promise<ClockRow[]> {
  const where = caseConditions(scope);
  const sql = `
    with ${CASES_CTE}${where.sql}
    )
    select cases.month::text as month, clock."kind"::text as kind, count(*)::int as completed,
      avg(spans.minutes)::float8 as average_minutes,
      percentile_cont(0.5) within group (order by spans.minutes)::float8 as median_minutes,
      max(spans.minutes)::float8 as max_minutes,
      avg(case when clock."completed_at" <= clock."due_at" then 1 else 0 end)::float8 as within_limit_share
    from cases
    join "deadline" as clock on clock."subject_type" = ? and clock."subject_id" = cases."id"
    cross join lateral (select extract(epoch from clock."completed_at" - clock."started_at") / 60 as minutes) as spans
    where clock."kind" in (?, ?) and clock."status" in ('MET', 'MISSED')
    group by grouping sets ((clock."kind", cases.month), (clock."kind"))`;
  return em
    .getConnection()
    .execute<ClockRow[]>(sql, [...where.params, INFORMATION_RISK_SUBJECT, DeadlineKind.COMMENT_PROPOSAL, DeadlineKind.COMMENT_DRAFT]);
}

/** Every channel, in the order of the enum, for zero-filled series. */
export const ALL_CHANNELS = Object.values(AppealChannel);
