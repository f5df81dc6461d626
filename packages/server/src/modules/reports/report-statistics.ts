import type { EntityManager } from '@mikro-orm/postgresql';
import { AppealChannel, AppealSatisfaction, UnansweredGround } from '../appeals/appeal.entity.js';
import type { ReportFigures } from './report.entities.js';
import { quarterBounds, type Quarter } from './quarter.js';

/*
 * Definitions of the prefilled figures, which the GraphQL description of ReportFigure repeats:
 * - The registered cohort is every appeal assigned to the agency now and registered in the quarter
 *   in Moscow time. `registered.*`, `byChannel.*`, `byTopicSection.*` (the first block of the ТОТКО
 *   code), `byQuestionType.*`, `outcome.*`, `unansweredGround.*`, `extended` and `repeat` count it.
 * - `answered.*` and `satisfaction.*` count the agency's appeals answered in the quarter, whenever
 *   they were registered. On time means answered by `answer_due_at`, and days to answer run from
 *   registration to the answer.
 * - `forwarded.in` and `forwarded.out` count forwarding steps taken in the quarter to the agency
 *   and away from it, where the agency that held the appeal before the step is the one it left.
 */

const COHORT_TOTALS = `
  select
    count(*)::int as "registered.total",
    count(*) filter (where a.answered_at is not null)::int as "outcome.ANSWERED",
    count(*) filter (where a.answered_at is null and a.unanswered_ground is not null)::int as "outcome.LEFT_UNANSWERED",
    count(*) filter (where a.answered_at is null and a.unanswered_ground is null)::int as "outcome.PENDING",
    count(*) filter (where a.extended_at is not null)::int as "extended",
    count(*) filter (where a.repeat_of_id is not null)::int as "repeat"
  from appeal a
  where a.agency_id = ? and a.registered_at >= ? and a.registered_at < ?`;

/** One query for every breakdown of the cohort, each grouping set filling one of the columns. */
const COHORT_BREAKDOWNS = `
  select
    grouping(a.channel) = 0 as by_channel,
    grouping(split_part(a.topic_code, '.', 1)) = 0 as by_section,
    grouping(a.question_type_code) = 0 as by_question_type,
    a.channel::text as channel,
    split_part(a.topic_code, '.', 1) as section,
    coalesce(a.question_type_code, 'NONE') as question_type,
    a.unanswered_ground::text as ground,
    count(*)::int as count
  from appeal a
  where a.agency_id = ? and a.registered_at >= ? and a.registered_at < ?
  group by grouping sets ((a.channel), (split_part(a.topic_code, '.', 1)), (a.question_type_code), (a.unanswered_ground))`;

const ANSWERED_TOTALS = `
  select
    count(*)::int as "answered.total",
    count(*) filter (where a.answered_at <= a.answer_due_at)::int as "answered.onTime",
    count(*) filter (where a.answered_at > a.answer_due_at)::int as "answered.late",
    coalesce(round(avg(extract(epoch from a.answered_at - a.registered_at) / 86400)::numeric, 1), 0)::float as "answered.averageDays",
    coalesce(round(max(extract(epoch from a.answered_at - a.registered_at) / 86400)::numeric, 1), 0)::float as "answered.maxDays",
    count(*) filter (where a.satisfaction = 'SATISFIED')::int as "satisfaction.SATISFIED",
    count(*) filter (where a.satisfaction = 'PARTLY_SATISFIED')::int as "satisfaction.PARTLY_SATISFIED",
    count(*) filter (where a.satisfaction = 'NOT_SATISFIED')::int as "satisfaction.NOT_SATISFIED",
    count(*) filter (where a.satisfaction is null)::int as "satisfaction.UNKNOWN"
  from appeal a
  where a.agency_id = ? and a.answered_at >= ? and a.answered_at < ?`;

/** Each hand-over step with the agency that held the appeal before it, from the steps' own order. */
const FORWARDINGS = `
  with handovers as (
    select e.kind, e.at, e.agency_id,
      lag(e.agency_id) over (partition by e.appeal_id order by e.at, e.id) as previous_agency_id
    from appeal_event e
    where e.kind in ('ASSIGNED', 'REASSIGNED', 'FORWARDED')
  )
  select
    count(*) filter (where agency_id = ?)::int as "forwarded.in",
    count(*) filter (where previous_agency_id = ?)::int as "forwarded.out"
  from handovers
  where kind = 'FORWARDED' and at >= ? and at < ?`;

interface BreakdownRow {
  by_channel: boolean;
  by_section: boolean;
  by_question_type: boolean;
  channel: string | null;
  section: string | null;
  question_type: string;
  ground: string | null;
  count: number;
}

/** Share of `part` in `whole` in percent with one decimal, 0 when `whole` is 0. */
function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10;
}

/**
 * Computes the prefilled figures of an agency's quarter in four SQL aggregates, inside the caller's transaction. Every channel,
 * satisfaction value, unanswered ground and top-level topic section gets a key, zero when empty,
 * so that reports of different agencies have the same rows.
 */
export async function computeReportFigures(em: EntityManager, agencyId: string, period: Quarter): Promise<ReportFigures> {
  const { start, end } = quarterBounds(period);
  // Sequential, because a transaction runs on one connection and pg 8 deprecates parallel queries on one client.
  const cohortRows = await em.execute<ReportFigures[]>(COHORT_TOTALS, [agencyId, start, end]);
  const breakdownRows = await em.execute<BreakdownRow[]>(COHORT_BREAKDOWNS, [agencyId, start, end]);
  const answeredRows = await em.execute<ReportFigures[]>(ANSWERED_TOTALS, [agencyId, start, end]);
  const forwardingRows = await em.execute<ReportFigures[]>(FORWARDINGS, [agencyId, agencyId, start, end]);
  const sectionRows = await em.execute<{ code: string }[]>(`select split_part(code, '.', 1) as code from topic where level = 1 order by code`);

  const figures: ReportFigures = {};
  for (const channel of Object.values(AppealChannel)) {
    figures[`byChannel.${channel}`] = 0;
  }
  for (const section of sectionRows) {
    figures[`byTopicSection.${section.code}`] = 0;
  }
  for (const ground of Object.values(UnansweredGround)) {
    figures[`unansweredGround.${ground}`] = 0;
  }
  Object.assign(figures, cohortRows[0], answeredRows[0], forwardingRows[0]);

  for (const row of breakdownRows) {
    if (row.by_channel) {
      figures[`byChannel.${row.channel}`] = row.count;
    } else if (row.by_section) {
      figures[`byTopicSection.${row.section}`] = row.count;
    } else if (row.by_question_type) {
      figures[`byQuestionType.${row.question_type}`] = row.count;
    } else if (row.ground !== null) {
      figures[`unansweredGround.${row.ground}`] = row.count;
    }
  }

  const rated = Object.values(AppealSatisfaction).reduce((sum, value) => sum + (figures[`satisfaction.${value}`] ?? 0), 0);
  for (const value of Object.values(AppealSatisfaction)) {
    figures[`satisfactionShare.${value}`] = percent(figures[`satisfaction.${value}`] ?? 0, rated);
  }
  return figures;
}
