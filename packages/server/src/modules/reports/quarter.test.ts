import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildProductionCalendar, loadCalendarCsv } from '../deadlines/engine/index.js';
import { computeQuarterlyReportDue, previousQuarter, quarterBounds, quarterOf } from './quarter.js';

const calendar = buildProductionCalendar(
  loadCalendarCsv(fileURLToPath(new URL('../../../data/reference/ru_production_calendar_2021_2027.csv', import.meta.url))),
);

describe('computeQuarterlyReportDue', () => {
  // Hand-checked against the 2026 and 2027 production calendars.
  const cases = [
    // 5 April 2026 is a Sunday and 4 April a Saturday, so the term moves back to Friday 3 April.
    { year: 2026, quarter: 1, dueAt: '2026-04-03T23:59:59.999+03:00', shiftedFrom: '2026-04-05' },
    // 5 July 2026 is a Sunday: back to Friday 3 July.
    { year: 2026, quarter: 2, dueAt: '2026-07-03T23:59:59.999+03:00', shiftedFrom: '2026-07-05' },
    // 5 October 2026 is a Monday, a working day.
    { year: 2026, quarter: 3, dueAt: '2026-10-05T23:59:59.999+03:00', shiftedFrom: null },
    // 1–8 January 2027 are holidays and 31 December 2026 is the quarter's own last day, so 5 January is kept.
    { year: 2026, quarter: 4, dueAt: '2027-01-05T23:59:59.999+03:00', shiftedFrom: null },
    // 5 April 2027 and 5 July 2027 are Mondays, 5 October 2027 is a Tuesday.
    { year: 2027, quarter: 1, dueAt: '2027-04-05T23:59:59.999+03:00', shiftedFrom: null },
    { year: 2027, quarter: 2, dueAt: '2027-07-05T23:59:59.999+03:00', shiftedFrom: null },
    { year: 2027, quarter: 3, dueAt: '2027-10-05T23:59:59.999+03:00', shiftedFrom: null },
  ];

  for (const { year, quarter, dueAt, shiftedFrom } of cases) {
    it(`puts Q${quarter} ${year} on ${dueAt.slice(0, 10)}`, () => {
      const result = computeQuarterlyReportDue({ year, quarter }, 'SHIFT_BACK', calendar);
      expect(result.explanation.dueAt).toBe(dueAt);
      expect(result.dueAt.toISOString()).toBe(new Date(dueAt).toISOString());
      expect(result.explanation.shift?.from ?? null).toBe(shiftedFrom);
    });
  }

  it('keeps 5 January inside the New Year holidays with a warning', () => {
    const result = computeQuarterlyReportDue({ year: 2026, quarter: 4 }, 'SHIFT_BACK', calendar);
    expect(result.explanation.lastDayBeforeShift).toBe('2027-01-05');
    expect(result.explanation.shift).toBeNull();
    expect(result.explanation.warnings).toHaveLength(1);
    expect(result.explanation.warnings[0]).toContain('нет рабочих дней');
    expect(result.explanation.summary).toMatch(/^Информация за IV квартал 2026 года/);
  });

  it('moves a non-working 5th forward under SHIFT_FORWARD', () => {
    // 5 January 2027 is a holiday, 9–10 January a weekend, so the next working day is Monday 11 January.
    const result = computeQuarterlyReportDue({ year: 2026, quarter: 4 }, 'SHIFT_FORWARD', calendar);
    expect(result.explanation.dueAt).toBe('2027-01-11T23:59:59.999+03:00');
  });

  it('starts counting on the quarter last day', () => {
    const result = computeQuarterlyReportDue({ year: 2026, quarter: 3 }, 'SHIFT_BACK', calendar);
    expect(result.explanation.startDate).toBe('2026-09-30');
  });

  it('rejects a fifth quarter', () => {
    expect(() => computeQuarterlyReportDue({ year: 2026, quarter: 5 }, 'SHIFT_BACK', calendar)).toThrow(RangeError);
  });
});

describe('quarter arithmetic', () => {
  it('finds the quarter in Moscow time', () => {
    // 31 December 2026 22:00 UTC is already 1 January 2027 in Moscow.
    expect(quarterOf(new Date('2026-12-31T22:00:00Z'))).toEqual({ year: 2027, quarter: 1 });
    expect(quarterOf(new Date('2026-12-31T20:59:59Z'))).toEqual({ year: 2026, quarter: 4 });
  });

  it('steps back across a year end', () => {
    expect(previousQuarter({ year: 2027, quarter: 1 })).toEqual({ year: 2026, quarter: 4 });
    expect(previousQuarter({ year: 2026, quarter: 3 })).toEqual({ year: 2026, quarter: 2 });
  });

  it('bounds a quarter at Moscow midnight', () => {
    const bounds = quarterBounds({ year: 2026, quarter: 4 });
    expect(bounds.start.toISOString()).toBe('2026-09-30T21:00:00.000Z');
    expect(bounds.end.toISOString()).toBe('2026-12-31T21:00:00.000Z');
  });
});
