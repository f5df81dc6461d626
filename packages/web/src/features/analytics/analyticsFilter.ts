import type { AnalyticsFilter } from '@cur/schema';
import { reasonMessage } from '../../shared/apiErrors';
import { dayjs, MOSCOW_TIME_ZONE } from '../../shared/dayjs';

/** Returns the server's default period: twelve calendar months up to today in Moscow. */
export function defaultAnalyticsFilter(now: Date = new Date()): AnalyticsFilter {
  const today = dayjs(now).tz(MOSCOW_TIME_ZONE);
  return {
    from: today.subtract(11, 'month').startOf('month').format('YYYY-MM-DD'),
    to: today.format('YYYY-MM-DD'),
    agencyIds: [],
    municipalityOktmos: [],
    channels: [],
  };
}

/** Builds the address of the page's XLSX export for a filter; the session cookie authenticates it. */
export function analyticsExportUrl(filter: AnalyticsFilter): string {
  return `/api/exports/analytics.xlsx?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

/** Formats a share as a percentage with one decimal, «75,0 %», or a dash when nothing was counted. */
export function formatShare(share: number | null | undefined): string {
  return share == null ? '—' : `${(share * 100).toLocaleString('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}

/** Formats an average with one decimal, «6,3», or a dash when nothing was counted. */
export function formatAverage(value: number | null | undefined): string {
  return value == null ? '—' : value.toLocaleString('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** The maximum period length in years, equal to MAX_PERIOD_YEARS of the server's analytics filter validation. */
export const MAX_PERIOD_YEARS = 5;

/** The server's reasons for rejecting `filter.from`. */
export type PeriodProblemReason = 'AFTER_END' | 'PERIOD_TOO_LONG';

/** Returns the earliest first day, YYYY-MM-DD, that keeps a period ending on `to` within the maximum length. */
export function earliestPeriodStart(to: string): string {
  return dayjs(to).subtract(MAX_PERIOD_YEARS, 'year').add(1, 'day').format('YYYY-MM-DD');
}

/** Returns the latest last day, YYYY-MM-DD, that keeps a period starting on `from` within the maximum length. */
export function latestPeriodEnd(from: string): string {
  return dayjs(from).add(MAX_PERIOD_YEARS, 'year').subtract(1, 'day').format('YYYY-MM-DD');
}

/** Checks the period as the server does and returns the reason it would reject it, or null for a valid period. */
export function periodProblemOf(filter: Pick<AnalyticsFilter, 'from' | 'to'>): PeriodProblemReason | null {
  if (!filter.from || !filter.to) {
    return null;
  }
  if (filter.from > filter.to) {
    return 'AFTER_END';
  }
  return filter.from < earliestPeriodStart(filter.to) ? 'PERIOD_TOO_LONG' : null;
}

/** Returns the Russian message for a rejected period, naming the date to pick. */
export function periodProblemMessage(reason: string, filter: Pick<AnalyticsFilter, 'from' | 'to'>): string {
  if (reason === 'PERIOD_TOO_LONG' && filter.to) {
    const earliest = dayjs(earliestPeriodStart(filter.to)).format('DD.MM.YYYY');
    return `Период не может быть длиннее ${MAX_PERIOD_YEARS} лет — выберите начало не раньше ${earliest}`;
  }
  return reasonMessage(reason);
}
