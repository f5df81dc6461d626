import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The materialized view of monthly appeal figures; migration Migration20261205030000 creates it. */
export const APPEAL_MONTHLY_STATS_VIEW = 'appeal_monthly_stats';

/** The latest refresh of one materialized view of the analytics. */
@Entity({ tableName: 'analytics_refresh' })
export class AnalyticsRefresh {
  @PrimaryKey({ type: 'text' })
  viewName!: string;

  /** The instant the refresh started: the view contains every change committed before it. */
  @Property({ type: 'datetime' })
  refreshedAt!: Date;

  /** How long the refresh ran, in milliseconds. */
  @Property({ type: 'integer' })
  durationMs!: number;
}
