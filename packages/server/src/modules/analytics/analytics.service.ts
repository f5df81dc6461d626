import type { EntityManager } from '@mikro-orm/postgresql';
import { badField, forbidden } from '../../graphql/errors.js';
import { UserRole } from '../auth/auth.entities.js';
import { requireRole, type CurrentUser } from '../auth/current-user.js';
import { DeadlineKind } from '../deadlines/deadline.entity.js';
import { APPEAL_MONTHLY_STATS_VIEW, AnalyticsRefresh } from './analytics-refresh.entity.js';
import {
  ALL_CHANNELS,
  queryAgencySums,
  queryCaseMonths,
  queryClocks,
  queryVolume,
  type AnalyticsScope,
  type ClockRow,
  type VolumeRow,
} from './analytics-queries.js';
import {
  AnalyticsGranularity,
  type ChannelVolumePeriodType,
  type ClockFiguresType,
  type MisinformationAnalyticsType,
  type TopicSectionType,
  type TopicSectionVolumePeriodType,
} from './analytics.types.js';
import { parseAnalyticsFilter } from './analytics.validation.js';

export type { AnalyticsScope } from './analytics-queries.js';

/** Roles allowed to read the analytics. An agency official gets their own agency's figures only. */
export const ANALYTICS_ROLES = [UserRole.CENTER_ADMIN, UserRole.CENTER_OPERATOR, UserRole.AGENCY_OFFICIAL];

/** One agency's figures before the agency itself is loaded. */
export interface AgencyFigures {
  agencyId: string;
  appeals: number;
  answered: number;
  answeredOnTime: number;
  onTimeShare: number | null;
  averageDaysToAnswer: number | null;
  overdueNow: number;
  withSatisfaction: number;
  satisfiedShare: number | null;
  partlySatisfiedShare: number | null;
  notSatisfiedShare: number | null;
  repeats: number;
  repeatShare: number | null;
  reviews: number;
  averageReviewScore: number | null;
}

export interface RefreshResult {
  refreshedAt: Date;
  durationMs: number;
}

const DEFAULT_CLOCK_MINUTES = 180;

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Splits volume rows into zero-filled periods with one count per key, in the order of `keys`. */
function toPeriods(rows: VolumeRow[], keys: readonly string[]): { start: string; appeals: number; counts: Map<string, number> }[] {
  const periods = new Map<string, { start: string; appeals: number; counts: Map<string, number> }>();
  for (const row of rows) {
    let period = periods.get(row.start);
    if (!period) {
      period = { start: row.start, appeals: 0, counts: new Map(keys.map((key) => [key, 0])) };
      periods.set(row.start, period);
    }
    if (row.key !== null && period.counts.has(row.key)) {
      period.counts.set(row.key, row.appeals);
      period.appeals += row.appeals;
    }
  }
  return [...periods.values()];
}

function toClockFigures(row: ClockRow | undefined): ClockFiguresType {
  return {
    completed: row?.completed ?? 0,
    averageMinutes: row?.average_minutes ?? null,
    medianMinutes: row?.median_minutes ?? null,
    maxMinutes: row?.max_minutes ?? null,
    withinLimitShare: row?.within_limit_share ?? null,
  };
}

/** The center's summary analytics: every figure is aggregated in PostgreSQL. */
export class AnalyticsService {
  /**
   * Validates the filter, checks that its agencies and municipalities exist and limits an agency
   * official to their own agency: asking for another agency is FORBIDDEN, and no agency given
   * means their own.
   */
  async resolveScope(em: EntityManager, caller: CurrentUser | null | undefined, input: unknown): Promise<AnalyticsScope> {
    const user = requireRole(caller, ANALYTICS_ROLES);
    const filter = parseAnalyticsFilter(input);

    if (user.role === UserRole.AGENCY_OFFICIAL) {
      const own = user.agencyId ?? '00000000-0000-0000-0000-000000000000';
      if (filter.agencyIds.some((id) => id !== own)) {
        throw forbidden('An agency official sees the analytics of their own agency only; remove the other agencies from filter.agencyIds.');
      }
      filter.agencyIds = [own];
    } else if (filter.agencyIds.length > 0) {
      const found = await em.getConnection().execute<{ id: string }[]>(
        `select "id" from "agency" where "id" in (${filter.agencyIds.map(() => '?').join(', ')})`,
        filter.agencyIds,
      );
      const known = new Set(found.map((row) => row.id));
      const missing = filter.agencyIds.filter((id) => !known.has(id));
      if (missing.length > 0) {
        throw badField('filter.agencyIds', 'NOT_FOUND', `lists agencies that do not exist: ${missing.join(', ')}; pick agencies from the agencies query.`);
      }
    }

    return { ...filter, municipalityScope: await this.expandMunicipalities(em, filter.municipalityOktmos) };
  }

  /** Returns the given municipalities with every municipality within them, or rejects unknown codes. */
  private async expandMunicipalities(em: EntityManager, oktmos: string[]): Promise<string[]> {
    if (oktmos.length === 0) {
      return [];
    }
    const placeholders = oktmos.map(() => '?').join(', ');
    const known = await em.getConnection().execute<{ oktmo: string }[]>(`select "oktmo" from "municipality" where "oktmo" in (${placeholders})`, oktmos);
    const knownCodes = new Set(known.map((row) => row.oktmo));
    const missing = oktmos.filter((oktmo) => !knownCodes.has(oktmo));
    if (missing.length > 0) {
      throw badField('filter.municipalityOktmos', 'NOT_FOUND', `lists OKTMO codes of no municipality of the republic: ${missing.join(', ')}.`);
    }
    const rows = await em.getConnection().execute<{ oktmo: string }[]>(
      `with recursive tree as (
         select "oktmo" from "municipality" where "oktmo" in (${placeholders})
         union
         select child."oktmo" from "municipality" as child join tree on child."parent_oktmo" = tree."oktmo"
       )
       select "oktmo" from tree order by "oktmo"`,
      oktmos,
    );
    return rows.map((row) => row.oktmo);
  }

  async volumeByChannel(em: EntityManager, scope: AnalyticsScope, granularity: AnalyticsGranularity): Promise<ChannelVolumePeriodType[]> {
    const channels = scope.channels.length > 0 ? ALL_CHANNELS.filter((channel) => scope.channels.includes(channel)) : ALL_CHANNELS;
    const rows = await queryVolume(em, scope, granularity, 'channel');
    return toPeriods(rows, channels).map((period) => ({
      start: period.start,
      appeals: period.appeals,
      channels: channels.map((channel) => ({ channel, appeals: period.counts.get(channel) ?? 0 })),
    }));
  }

  async volumeByTopicSection(em: EntityManager, scope: AnalyticsScope, granularity: AnalyticsGranularity): Promise<TopicSectionVolumePeriodType[]> {
    const sections = await this.topicSections(em);
    // The view stores a section as the first block of the code, such as 0002.
    const blocks = sections.map((section) => section.code.slice(0, 4));
    const rows = await queryVolume(em, scope, granularity, 'section');
    return toPeriods(rows, blocks).map((period) => ({
      start: period.start,
      appeals: period.appeals,
      sections: sections.map((section, index) => ({ sectionCode: section.code, appeals: period.counts.get(blocks[index]!) ?? 0 })),
    }));
  }

  topicSections(em: EntityManager): Promise<TopicSectionType[]> {
    return em.getConnection().execute<TopicSectionType[]>(`select "code", "title" from "topic" where "level" = 1 order by "code"`);
  }

  async agencies(em: EntityManager, scope: AnalyticsScope): Promise<AgencyFigures[]> {
    const rows = await queryAgencySums(em, scope);
    return rows.map((row) => ({
      agencyId: row.agency_id,
      appeals: row.appeals,
      answered: row.answered,
      answeredOnTime: row.answered_on_time,
      onTimeShare: ratio(row.answered_on_time, row.answered),
      averageDaysToAnswer: ratio(row.answer_days_sum, row.answered),
      overdueNow: row.overdue_now,
      withSatisfaction: row.with_satisfaction,
      satisfiedShare: ratio(row.satisfied, row.with_satisfaction),
      partlySatisfiedShare: ratio(row.partly_satisfied, row.with_satisfaction),
      notSatisfiedShare: ratio(row.not_satisfied, row.with_satisfaction),
      repeats: row.repeats,
      repeatShare: ratio(row.repeats, row.appeals),
      reviews: row.reviews,
      averageReviewScore: ratio(row.review_score_sum, row.reviews),
    }));
  }

  async misinformation(em: EntityManager, scope: AnalyticsScope): Promise<MisinformationAnalyticsType> {
    const [months, clocks, limits] = await Promise.all([queryCaseMonths(em, scope), queryClocks(em, scope), this.clockLimits(em)]);
    const clock = (kind: DeadlineKind, month: string | null) => toClockFigures(clocks.find((row) => row.kind === kind && row.month === month));
    return {
      cases: months.reduce((total, row) => total + row.cases, 0),
      proposal: clock(DeadlineKind.COMMENT_PROPOSAL, null),
      draft: clock(DeadlineKind.COMMENT_DRAFT, null),
      proposalLimitMinutes: limits.get(DeadlineKind.COMMENT_PROPOSAL) ?? DEFAULT_CLOCK_MINUTES,
      draftLimitMinutes: limits.get(DeadlineKind.COMMENT_DRAFT) ?? DEFAULT_CLOCK_MINUTES,
      byMonth: months.map((row) => ({
        month: row.month,
        cases: row.cases,
        proposal: clock(DeadlineKind.COMMENT_PROPOSAL, row.month),
        draft: clock(DeadlineKind.COMMENT_DRAFT, row.month),
      })),
    };
  }

  /** Lengths of the comment clocks in minutes under the general rules. */
  // NOTE: a deadline policy of one agency may set another length; the chart's line shows the general rule.
  private async clockLimits(em: EntityManager): Promise<Map<string, number>> {
    const rows = await em.getConnection().execute<{ kind: string; minutes: number }[]>(
      `select "kind"::text as kind,
         (case "rule_kind" when 'HOURS' then "amount" * 60 else "amount" * 1440 end)::int as minutes
       from "deadline_rule" where "kind" in (?, ?)`,
      [DeadlineKind.COMMENT_PROPOSAL, DeadlineKind.COMMENT_DRAFT],
    );
    return new Map(rows.map((row) => [row.kind, row.minutes]));
  }

  async refreshedAt(em: EntityManager): Promise<Date | null> {
    const refresh = await em.findOne(AnalyticsRefresh, { viewName: APPEAL_MONTHLY_STATS_VIEW });
    return refresh?.refreshedAt ?? null;
  }

  /**
   * Refreshes the view concurrently, so that readers keep the previous contents meanwhile, and
   * stores the instant it started. Returns null without waiting when another instance is refreshing.
   */
  async refresh(em: EntityManager): Promise<RefreshResult | null> {
    return em.transactional(async (tx) => {
      const [lock] = await tx.execute<{ locked: boolean }[]>(`select pg_try_advisory_xact_lock(hashtext(?)) as locked`, [APPEAL_MONTHLY_STATS_VIEW]);
      if (!lock?.locked) {
        return null;
      }
      const [start] = await tx.execute<{ at: Date }[]>(`select clock_timestamp() as at`);
      const startedAt = Date.now();
      await tx.execute(`refresh materialized view concurrently "${APPEAL_MONTHLY_STATS_VIEW}"`);
      const durationMs = Date.now() - startedAt;
      const refreshedAt = new Date(start!.at);
      await tx.upsert(AnalyticsRefresh, { viewName: APPEAL_MONTHLY_STATS_VIEW, refreshedAt, durationMs });
      return { refreshedAt, durationMs };
    });
  }
}
