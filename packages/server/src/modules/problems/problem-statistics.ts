import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { badField } from '../../graphql/errors.js';
import { DEADLINE_TIME_ZONE } from '../deadlines/engine/compute-deadline.js';

/** The appeals a problem counts: its topic, its municipality unless it covers the republic, and the caller's agency scope. */
export interface ProblemAppealScope {
  topicCode: string;
  municipalityOktmo: string | null;
  /** The agency of an agency official, whose counts include only that agency's appeals; null for the center. */
  agencyId: string | null;
}

export enum VolumeGranularity {
  MONTH = 'MONTH',
  WEEK = 'WEEK',
}

export interface VolumePoint {
  /** First Moscow day of the period: the 1st of a month, or the Monday of an ISO week. */
  periodStart: string;
  count: number;
}

export interface VolumeBeforeAfter {
  startedOn: string;
  windowDays: number;
  before: number;
  after: number;
}

export interface ProblemSuggestionRow {
  topicCode: string;
  municipalityOktmo: string;
  appealCount: number;
  firstReceivedAt: Date;
  lastReceivedAt: Date;
}

/** Most periods one volume series may have: 10 years of months, or about 8 years of weeks. */
const MAX_PERIODS = 420;
const MAX_WINDOW_DAYS = 730;
const MAX_SUGGESTIONS = 50;

/** Returns today's date in Moscow, YYYY-MM-DD. */
export function moscowToday(now: Date = new Date()): string {
  return DateTime.fromJSDate(now).setZone(DEADLINE_TIME_ZONE).toISODate()!;
}

/** Whole days from one calendar date to another, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// The WHERE of the counted appeals; its five parameters come from scopeParameters in this order.
const SCOPE_CONDITION = `a.topic_code = ? and (?::text is null or a.municipality_oktmo = ?) and (?::uuid is null or a.agency_id = ?)`;

function scopeParameters(scope: ProblemAppealScope): unknown[] {
  return [scope.topicCode, scope.municipalityOktmo, scope.municipalityOktmo, scope.agencyId, scope.agencyId];
}

/**
 * Counts the appeals of a scope per Moscow month or ISO week from the period containing `from` to
 * the one containing `to`, with zero for a period without appeals. Costs one query.
 */
export async function volumeSeries(
  em: EntityManager,
  scope: ProblemAppealScope,
  granularity: VolumeGranularity,
  from: string,
  to: string,
): Promise<VolumePoint[]> {
  const unit = granularity === VolumeGranularity.MONTH ? 'month' : 'week';
  if (from > to) {
    throw badField('from', 'OUT_OF_RANGE', `must not be after to (${to}), got ${from}.`);
  }
  const periods = unit === 'month' ? daysBetween(from, to) / 28 : daysBetween(from, to) / 7;
  if (periods > MAX_PERIODS) {
    throw badField('from', 'OUT_OF_RANGE', `gives more than ${MAX_PERIODS} periods up to ${to}; choose a later date or MONTH.`);
  }
  const rows = await em.execute<{ period_start: string; count: number }[]>(
    `with periods as (
       select generate_series(date_trunc('${unit}', ?::timestamp), date_trunc('${unit}', ?::timestamp), interval '1 ${unit}')::date as period_start
     ), counted as (
       select date_trunc('${unit}', a.received_at at time zone '${DEADLINE_TIME_ZONE}')::date as period_start, count(*)::int as count
       from appeal a
       where ${SCOPE_CONDITION}
         and a.received_at >= date_trunc('${unit}', ?::timestamp) at time zone '${DEADLINE_TIME_ZONE}'
         and a.received_at < (?::date + 1)::timestamp at time zone '${DEADLINE_TIME_ZONE}'
       group by 1
     )
     select to_char(periods.period_start, 'YYYY-MM-DD') as period_start, coalesce(counted.count, 0)::int as count
     from periods left join counted using (period_start)
     order by periods.period_start`,
    [from, to, ...scopeParameters(scope), from, to],
  );
  return rows.map((row) => ({ periodStart: row.period_start, count: Number(row.count) }));
}

/**
 * Counts the appeals of a scope in two equal windows of Moscow days: `windowDays` days before the
 * roadmap's first day, and as many from that day on. Without a window it is the days elapsed since
 * the start, at least 1 and at most 365, so the after-window ends today.
 */
export async function volumeBeforeAfter(
  em: EntityManager,
  scope: ProblemAppealScope,
  startedOn: string,
  windowDays: number | null | undefined,
  today: string = moscowToday(),
): Promise<VolumeBeforeAfter> {
  const days = windowDays ?? Math.min(Math.max(daysBetween(startedOn, today), 1), 365);
  if (!Number.isInteger(days) || days < 1 || days > MAX_WINDOW_DAYS) {
    throw badField('windowDays', 'OUT_OF_RANGE', `must be a whole number of days from 1 to ${MAX_WINDOW_DAYS}, got ${days}.`);
  }
  const rows = await em.execute<{ before: number; after: number }[]>(
    `select count(*) filter (where a.received_at < ?::timestamp at time zone '${DEADLINE_TIME_ZONE}')::int as before,
            count(*) filter (where a.received_at >= ?::timestamp at time zone '${DEADLINE_TIME_ZONE}')::int as after
     from appeal a
     where ${SCOPE_CONDITION}
       and a.received_at >= (?::date - ?::int)::timestamp at time zone '${DEADLINE_TIME_ZONE}'
       and a.received_at < (?::date + ?::int)::timestamp at time zone '${DEADLINE_TIME_ZONE}'`,
    [startedOn, startedOn, ...scopeParameters(scope), startedOn, days, startedOn, days],
  );
  return { startedOn, windowDays: days, before: Number(rows[0]?.before ?? 0), after: Number(rows[0]?.after ?? 0) };
}

/**
 * Groups the appeals received since `since` by topic and municipality, in one GROUP BY, and returns
 * the groups of at least `minAppeals` that no active problem covers yet, the largest first.
 */
export async function problemSuggestionRows(em: EntityManager, since: Date, minAppeals: number): Promise<ProblemSuggestionRow[]> {
  const rows = await em.execute<{ topic_code: string; municipality_oktmo: string; appeal_count: number; first_received_at: Date; last_received_at: Date }[]>(
    `select a.topic_code, a.municipality_oktmo, count(*)::int as appeal_count,
            min(a.received_at) as first_received_at, max(a.received_at) as last_received_at
     from appeal a
     where a.received_at >= ? and a.municipality_oktmo is not null
       and not exists (
         select 1 from problem p
         where p.status = 'ACTIVE' and p.topic_code = a.topic_code
           and (p.municipality_oktmo is null or p.municipality_oktmo = a.municipality_oktmo)
       )
     group by a.topic_code, a.municipality_oktmo
     having count(*) >= ?
     order by appeal_count desc, a.topic_code, a.municipality_oktmo
     limit ${MAX_SUGGESTIONS}`,
    [since, minAppeals],
  );
  return rows.map((row) => ({
    topicCode: row.topic_code,
    municipalityOktmo: row.municipality_oktmo,
    appealCount: Number(row.appeal_count),
    firstReceivedAt: new Date(row.first_received_at),
    lastReceivedAt: new Date(row.last_received_at),
  }));
}

/** Returns the ids of the problems visible to an agency official: those with a measure of its agency or with its appeals counted. */
export async function problemIdsVisibleToAgency(em: EntityManager, agencyId: string): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `select p.id from problem p
     where exists (select 1 from roadmap_measure m where m.problem_id = p.id and m.responsible_agency_id = ?)
        or exists (
          select 1 from appeal a
          where a.agency_id = ? and a.topic_code = p.topic_code
            and (p.municipality_oktmo is null or a.municipality_oktmo = p.municipality_oktmo)
        )`,
    [agencyId, agencyId],
  );
  return rows.map((row) => row.id);
}
