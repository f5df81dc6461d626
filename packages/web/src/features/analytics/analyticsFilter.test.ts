import { describe, expect, it } from 'vitest';
import {
  analyticsExportUrl,
  defaultAnalyticsFilter,
  formatAverage,
  formatShare,
  latestPeriodEnd,
  periodProblemMessage,
  periodProblemOf,
} from './analyticsFilter';

describe('defaultAnalyticsFilter', () => {
  it('covers twelve months up to the Moscow day', () => {
    // 21:30 UTC on 31 December is already 1 January in Moscow.
    const filter = defaultAnalyticsFilter(new Date('2026-12-31T21:30:00Z'));
    expect(filter.to).toBe('2027-01-01');
    expect(filter.from).toBe('2026-02-01');
  });
});

describe('analyticsExportUrl', () => {
  it('encodes the filter as JSON', () => {
    const url = analyticsExportUrl({ from: '2026-11-01', to: '2026-11-30', channels: ['EMAIL'] });
    expect(url.startsWith('/api/exports/analytics.xlsx?filter=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(url.split('filter=')[1]!))).toEqual({ from: '2026-11-01', to: '2026-11-30', channels: ['EMAIL'] });
  });
});

describe('formatShare', () => {
  it('writes a percentage with a comma', () => {
    expect(formatShare(0.75).replace(/\s/g, ' ')).toBe('75,0 %');
  });

  it('writes a dash for nothing counted', () => {
    expect(formatShare(null)).toBe('—');
  });
});

describe('formatAverage', () => {
  it('rounds to one decimal', () => {
    expect(formatAverage(6.25)).toMatch(/^6,[23]$/);
    expect(formatAverage(undefined)).toBe('—');
  });
});

describe('periodProblemOf', () => {
  it('accepts exactly five years', () => {
    expect(periodProblemOf({ from: '2021-12-05', to: '2026-12-04' })).toBeNull();
  });

  it('rejects a day more than five years', () => {
    expect(periodProblemOf({ from: '2021-12-04', to: '2026-12-04' })).toBe('PERIOD_TOO_LONG');
  });

  it('rejects a start after the end', () => {
    expect(periodProblemOf({ from: '2026-12-05', to: '2026-12-04' })).toBe('AFTER_END');
  });

  it('accepts a single day', () => {
    expect(periodProblemOf({ from: '2026-12-04', to: '2026-12-04' })).toBeNull();
  });
});

describe('latestPeriodEnd', () => {
  it('ends the day before the fifth anniversary', () => {
    expect(latestPeriodEnd('2021-12-05')).toBe('2026-12-04');
  });
});

describe('periodProblemMessage', () => {
  it('names the earliest start for a long period', () => {
    expect(periodProblemMessage('PERIOD_TOO_LONG', { from: '2016-01-01', to: '2026-12-04' })).toBe(
      'Период не может быть длиннее 5 лет — выберите начало не раньше 05.12.2021',
    );
  });

  it('asks to swap the dates of a reversed period', () => {
    expect(periodProblemMessage('AFTER_END', { from: '2026-12-05', to: '2026-12-04' })).toBe(
      'Начало периода позже его конца — поменяйте даты местами',
    );
  });
});
