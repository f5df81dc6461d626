import type { AnalyticsFilter } from '@cur/schema';
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
