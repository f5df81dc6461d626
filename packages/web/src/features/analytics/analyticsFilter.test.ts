import { describe, expect, it } from 'vitest';
import { analyticsExportUrl, defaultAnalyticsFilter, formatAverage, formatShare } from './analyticsFilter';

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
