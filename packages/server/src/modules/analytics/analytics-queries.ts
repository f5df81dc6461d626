import type { EntityManager } from '@mikro-orm/postgresql';
import { AppealChannel } from '../appeals/appeal.entity.js';
import { INFORMATION_RISK_SUBJECT } from '../comments/comment.service.js';
import { DeadlineKind } from '../deadlines/deadline.entity.js';
import { AnalyticsGranularity } from './analytics.types.js';
import type { AnalyticsFilterValues } from './analytics.validation.js';

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
function listConditions(scope: AnalyticsScope, alias: string): SqlPart[] {
  const parts: SqlPart[] = [];
  if (scope.agencyIds.length > 0) {
    parts.push(inList(`${alias}."agency_id"`, scope.agencyIds));
  }
  if (scope.municipalityScope.length > 0) {
    parts.push(inList(`${alias}."municipality_oktmo"`, scope.municipalityScope));
  }
  if (scope.channels.length > 0) {
    parts.push(inList(`${alias}."channel"`, scope.channels));
  }
  return parts;
}

/** Builds the filter on rows of the materialized view `appeal_daily_stats`. */
function viewConditions(scope: AnalyticsScope): SqlPart {
  const period = { sql: `stats."day" between ?::date and ?::date`, params: [scope.from, scope.to] };
  return joinConditions([period, ...listConditions(scope, 'stats')]);
}

/** Builds the filter on rows of `appeal`, with the period as Moscow days of registered_at. */
function appealConditions(scope: AnalyticsScope): SqlPart {
  const period = {
    sql: `appeal."registered_at" >= ?::date${MOSCOW_MIDNIGHT} and appeal."registered_at" < (?::date + 1)${MOSCOW_MIDNIGHT}`,
    params: [scope.from, scope.to],
  };
  return joinConditions([period, ...listConditions(scope, 'appeal')]);
}

export interface VolumeRow {
  start: string;
  key: string | null;
  appeals: number;
}

/**
 * Counts appeals per period and per value of one column of the view, with a row of a null key for
 * every period without appeals, so that no period is missing.
 */
export function queryVolume(
  em: EntityManager,
  scope: AnalyticsScope,
  granularity: AnalyticsGranularity,
  column: 'channel' | 'section',
): Promise<VolumeRow[]> {
  const unit = UNITS[granularity];
  const where = viewConditions(scope);
  const sql = `
    with periods as (
      select generate_series(date_trunc('${unit}', ?::date::timestamp), ?::date::timestamp, interval '1 ${unit}')::date as start
    ), counts as (
      select date_trunc('${unit}', stats."day"::timestamp)::date as start, stats."${column}"::text as key, sum(stats."appeals")::int as appeals
      from "appeal_daily_stats" as stats
      where ${where.sql}
      group by 1, 2
    )
    select periods.start::text as start, counts.key, coalesce(counts.appeals, 0)::int as appeals
    from periods left join counts on counts.start = periods.start
    order by periods.start, counts.key`;
  return em.getConnection().execute<VolumeRow[]>(sql, [scope.from, scope.to, ...where.params]);
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
 * Sums the view per agency and counts the overdue open appeals live, one row per agency of the
 * filter (every agency without one), zeros included, ordered by short name.
 */
export function queryAgencySums(em: EntityManager, scope: AnalyticsScope): Promise<AgencySumsRow[]> {
  const viewWhere = viewConditions(scope);
  const appealWhere = appealConditions(scope);
  const agencyWhere = scope.agencyIds.length > 0 ? inList('agency."id"', scope.agencyIds) : { sql: 'true', params: [] };
  const sums = ['appeals', 'answered', 'answered_on_time', 'with_satisfaction', 'satisfied', 'partly_satisfied', 'not_satisfied', 'repeats', 'reviews', 'review_score_sum'];
  const sql = `
    select agency."id" as agency_id,
      ${sums.map((name) => `coalesce(sums."${name}", 0)::int as "${name}"`).join(',\n      ')},
      coalesce(sums."answer_days_sum", 0)::float8 as answer_days_sum,
      coalesce(overdue."overdue_now", 0)::int as overdue_now
    from "agency" as agency
    left join (
      select stats."agency_id", ${sums.map((name) => `sum(stats."${name}") as "${name}"`).join(', ')},
        sum(stats."answer_days_sum") as answer_days_sum
      from "appeal_daily_stats" as stats
      where ${viewWhere.sql}
      group by stats."agency_id"
    ) as sums on sums."agency_id" = agency."id"
    left join (
      select appeal."agency_id", count(*) as overdue_now
      from "appeal" as appeal
      where appeal."status" in ('REGISTERED', 'ASSIGNED') and appeal."answer_due_at" < now() and ${appealWhere.sql}
      group by appeal."agency_id"
    ) as overdue on overdue."agency_id" = agency."id"
    where ${agencyWhere.sql}
    order by agency."short_name", agency."id"`;
  return em.getConnection().execute<AgencySumsRow[]>(sql, [...viewWhere.params, ...appealWhere.params, ...agencyWhere.params]);
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
