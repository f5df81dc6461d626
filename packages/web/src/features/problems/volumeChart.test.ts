import { describe, expect, it } from 'vitest';
import { describeChange, periodLabel, startPeriodLabel, toChartPoints } from './volumeChart';

describe('periodLabel', () => {
  it('names a month', () => {
    expect(periodLabel('2026-03-01', 'MONTH')).toBe('мар 2026');
  });

  it('dates a week by its Monday', () => {
    expect(periodLabel('2026-03-02', 'WEEK')).toBe('02.03');
  });
});

describe('startPeriodLabel', () => {
  const points = toChartPoints(
    [
      { periodStart: '2026-01-01', count: 2 },
      { periodStart: '2026-02-01', count: 0 },
      { periodStart: '2026-03-01', count: 3 },
    ],
    'MONTH',
  );

  it('finds the period containing the start', () => {
    expect(startPeriodLabel(points, '2026-02-17')).toBe('фев 2026');
  });

  it('takes the last period for a start after it begins', () => {
    expect(startPeriodLabel(points, '2026-03-31')).toBe('мар 2026');
  });

  it('returns null before the series', () => {
    expect(startPeriodLabel(points, '2025-12-31')).toBeNull();
  });

  it('returns null without a start', () => {
    expect(startPeriodLabel(points, null)).toBeNull();
  });
});

describe('describeChange', () => {
  it('shows a fall with a minus sign', () => {
    expect(describeChange(10, 6)).toBe('−40 %');
  });

  it('shows a rise with a plus sign', () => {
    expect(describeChange(4, 5)).toBe('+25 %');
  });

  it('names equal counts', () => {
    expect(describeChange(3, 3)).toBe('без изменений');
  });

  it('names a rise from zero', () => {
    expect(describeChange(0, 2)).toBe('рост с нуля');
  });
});
