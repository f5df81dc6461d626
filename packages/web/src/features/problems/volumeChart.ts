import type { VolumeGranularity } from '@cur/schema';

const MONTHS_SHORT = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

export interface VolumeChartPoint {
  periodStart: string;
  label: string;
  count: number;
}

/** Labels a period start YYYY-MM-DD for the chart axis: «мар 2026» for a month, «02.03» for the Monday of a week. */
export function periodLabel(periodStart: string, granularity: VolumeGranularity): string {
  const [year, month, day] = periodStart.split('-');
  if (granularity === 'MONTH') {
    return `${MONTHS_SHORT[Number(month) - 1]} ${year}`;
  }
  return `${day}.${month}`;
}

export function toChartPoints(volume: readonly { periodStart: string; count: number }[], granularity: VolumeGranularity): VolumeChartPoint[] {
  return volume.map((point) => ({ periodStart: point.periodStart, label: periodLabel(point.periodStart, granularity), count: point.count }));
}

/**
 * Returns the label of the period that contains the roadmap start, where the chart draws its reference
 * line, or null when the start is outside the series.
 */
export function startPeriodLabel(points: readonly VolumeChartPoint[], startedOn: string | null | undefined): string | null {
  if (!startedOn || points.length === 0 || startedOn < points[0]!.periodStart) {
    return null;
  }
  let containing: VolumeChartPoint | null = null;
  for (const point of points) {
    if (point.periodStart <= startedOn) {
      containing = point;
    }
  }
  return containing?.label ?? null;
}

/** Describes the change from the before-window to the after-window: «−40 %», «+25 %», «без изменений», or «рост с нуля». */
export function describeChange(before: number, after: number): string {
  if (before === after) {
    return 'без изменений';
  }
  if (before === 0) {
    return 'рост с нуля';
  }
  const percent = Math.round(((after - before) / before) * 100);
  return percent > 0 ? `+${percent} %` : `−${Math.abs(percent)} %`;
}
