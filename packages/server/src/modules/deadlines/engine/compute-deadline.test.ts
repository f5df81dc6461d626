import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { computeDeadline, elapsedShare, type DeadlineRule } from './compute-deadline.js';
import { loadCalendarCsv } from './load-calendar-csv.js';
import { buildProductionCalendar } from './production-calendar.js';

const CALENDAR_CSV_PATH = fileURLToPath(
  new URL('../../../../data/reference/ru_production_calendar_2021_2027.csv', import.meta.url),
);

const calendar = buildProductionCalendar(loadCalendarCsv(CALENDAR_CSV_PATH));

const THIRTY_DAYS_BACK: DeadlineRule = { kind: 'CALENDAR_DAYS', amount: 30, nonWorkingEnd: 'SHIFT_BACK' };
const THIRTY_DAYS_FORWARD: DeadlineRule = { kind: 'CALENDAR_DAYS', amount: 30, nonWorkingEnd: 'SHIFT_FORWARD' };
const THIRTY_DAYS_KEPT: DeadlineRule = { kind: 'CALENDAR_DAYS', amount: 30, nonWorkingEnd: 'NONE' };

function workingDays(amount: number): DeadlineRule {
  return { kind: 'WORKING_DAYS', amount, nonWorkingEnd: 'SHIFT_BACK' };
}

function hours(amount: number): DeadlineRule {
  return { kind: 'HOURS', amount, nonWorkingEnd: 'NONE' };
}

function skippedDates(result: ReturnType<typeof computeDeadline>): string[] {
  return result.explanation.nonWorkingDaysSkipped.map((day) => day.date);
}

describe('computeDeadline calendar days', () => {
  it('counts from the day after the event', () => {
    // Day zero 2026-03-01 (Sunday). 1 March + 30 days = 31 March, a Tuesday, so no shift.
    const result = computeDeadline(new Date('2026-03-01T10:15:00+03:00'), THIRTY_DAYS_BACK, calendar);
    expect(result.explanation.startedAt).toBe('2026-03-01T10:15:00.000+03:00');
    expect(result.explanation.startDate).toBe('2026-03-01');
    expect(result.explanation.lastDayBeforeShift).toBe('2026-03-31');
    expect(result.explanation.daysCounted).toBe(30);
    expect(result.explanation.hoursCounted).toBe(0);
    expect(result.explanation.shift).toBeNull();
    expect(result.explanation.nonWorkingDaysSkipped).toEqual([]);
    expect(result.explanation.warnings).toEqual([]);
    expect(result.explanation.dueAt).toBe('2026-03-31T23:59:59.999+03:00');
    expect(result.dueAt.toISOString()).toBe('2026-03-31T20:59:59.999Z');
  });

  it('shifts a holiday back one day', () => {
    // 13 May 2024 + 30 days = 12 June (31 - 13 = 18 days of May, then 12 of June).
    // 12 June is День России (Wednesday). 11 June is a shortened Tuesday, a working day.
    const result = computeDeadline(new Date('2024-05-13T09:00:00+03:00'), THIRTY_DAYS_BACK, calendar);
    expect(result.explanation.lastDayBeforeShift).toBe('2024-06-12');
    expect(result.explanation.shift).toEqual({ direction: 'BACK', from: '2024-06-12', to: '2024-06-11', days: 1 });
    expect(result.explanation.nonWorkingDaysSkipped).toEqual([{ date: '2024-06-12', reason: 'День России' }]);
    expect(result.explanation.dueAt).toBe('2024-06-11T23:59:59.999+03:00');
    expect(result.dueAt.toISOString()).toBe('2024-06-11T20:59:59.999Z');
  });

  it('shifts a holiday back onto a shortened Saturday', () => {
    // 5 Oct 2024 + 30 days = 4 Nov (26 days of October, then 4 of November), День народного единства.
    // 3 Nov is a Sunday, and 2 Nov is a shortened working Saturday, so the shift is 2 days.
    const result = computeDeadline(new Date('2024-10-05T12:00:00+03:00'), THIRTY_DAYS_BACK, calendar);
    expect(result.explanation.shift).toEqual({ direction: 'BACK', from: '2024-11-04', to: '2024-11-02', days: 2 });
    expect(skippedDates(result)).toEqual(['2024-11-04', '2024-11-03']);
    expect(result.explanation.dueAt).toBe('2024-11-02T23:59:59.999+03:00');
  });

  it('shifts back across a holiday and a weekend', () => {
    // 7 Feb 2026 + 30 days = 9 March (21 days of February 2026, which has 28, then 9 of March).
    // 9 March is a day off moved from Sunday 8 March, 8 March is the holiday, 7 March a Saturday.
    // Friday 6 March is the preceding working day, 3 days back.
    const result = computeDeadline(new Date('2026-02-07T08:00:00+03:00'), THIRTY_DAYS_BACK, calendar);
    expect(result.explanation.shift).toEqual({ direction: 'BACK', from: '2026-03-09', to: '2026-03-06', days: 3 });
    expect(result.explanation.nonWorkingDaysSkipped).toEqual([
      { date: '2026-03-09', reason: 'перенесённый выходной (с 08.03.2026)' },
      { date: '2026-03-08', reason: 'Международный женский день' },
      { date: '2026-03-07', reason: 'выходной день (суббота)' },
    ]);
    expect(result.explanation.dueAt).toBe('2026-03-06T23:59:59.999+03:00');
  });

  it('keeps a transferred working Saturday', () => {
    // 28 Mar 2024 + 30 days = 27 April (3 days of March, then 27 of April).
    // 27 April 2024 is a Saturday listed as working-weekend, so it is a working day and no shift applies.
    const result = computeDeadline(new Date('2024-03-28T15:00:00+03:00'), THIRTY_DAYS_BACK, calendar);
    expect(result.explanation.lastDayBeforeShift).toBe('2024-04-27');
    expect(result.explanation.shift).toBeNull();
    expect(result.explanation.nonWorkingDaysSkipped).toEqual([]);
    expect(result.explanation.dueAt).toBe('2024-04-27T23:59:59.999+03:00');
  });

  it('keeps the December working Saturday', () => {
    // 28 Nov 2024 + 30 days = 28 December (2 days of November, then 28 of December).
    // 28 December 2024 is a working-weekend Saturday.
    const result = computeDeadline(new Date('2024-11-28T15:00:00+03:00'), THIRTY_DAYS_BACK, calendar);
    expect(result.explanation.shift).toBeNull();
    expect(result.explanation.dueAt).toBe('2024-12-28T23:59:59.999+03:00');
  });

  it('shifts New Year holidays back into December', () => {
    // 5 Dec 2025 + 30 days = 4 Jan 2026 (26 days of December, then 4 of January).
    // 4, 3, 2 and 1 January are New Year holidays, and 31 December 2025 is a day off moved from 5 January.
    // Tuesday 30 December 2025 is the preceding working day, 5 days back.
    const result = computeDeadline(new Date('2025-12-05T11:00:00+03:00'), THIRTY_DAYS_BACK, calendar);
    expect(result.explanation.shift).toEqual({ direction: 'BACK', from: '2026-01-04', to: '2025-12-30', days: 5 });
    expect(skippedDates(result)).toEqual(['2026-01-04', '2026-01-03', '2026-01-02', '2026-01-01', '2025-12-31']);
    expect(result.explanation.dueAt).toBe('2025-12-30T23:59:59.999+03:00');
  });

  it('shifts New Year holidays forward into January', () => {
    // Same start, last day 4 Jan 2026. 5–8 January are holidays, 9 January is a day off moved from 3 January,
    // 10 and 11 January are a weekend. Monday 12 January is the next working day, 8 days forward.
    const result = computeDeadline(new Date('2025-12-05T11:00:00+03:00'), THIRTY_DAYS_FORWARD, calendar);
    expect(result.explanation.shift).toEqual({ direction: 'FORWARD', from: '2026-01-04', to: '2026-01-12', days: 8 });
    expect(skippedDates(result)).toEqual([
      '2026-01-04',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-01-10',
      '2026-01-11',
    ]);
    expect(result.explanation.dueAt).toBe('2026-01-12T23:59:59.999+03:00');
  });

  it('keeps a non-working last day under NONE', () => {
    // 13 May 2024 + 30 days = 12 June, День России, kept because the rule is NONE.
    const result = computeDeadline(new Date('2024-05-13T09:00:00+03:00'), THIRTY_DAYS_KEPT, calendar);
    expect(result.explanation.shift).toBeNull();
    expect(result.explanation.nonWorkingDaysSkipped).toEqual([]);
    expect(result.explanation.dueAt).toBe('2024-06-12T23:59:59.999+03:00');
    expect(result.explanation.summary).toContain('срок не переносится');
  });

  it('never shifts back onto day zero', () => {
    // Day zero 1 Jan 2026 + 3 days = 4 January. 3 and 2 January are holidays too, and the next step back
    // is day zero itself, so no working day lies inside the term. The last day is kept with a warning.
    const rule: DeadlineRule = { kind: 'CALENDAR_DAYS', amount: 3, nonWorkingEnd: 'SHIFT_BACK' };
    const result = computeDeadline(new Date('2026-01-01T12:00:00+03:00'), rule, calendar);
    expect(result.explanation.shift).toBeNull();
    expect(result.explanation.dueAt).toBe('2026-01-04T23:59:59.999+03:00');
    expect(result.explanation.warnings).toHaveLength(1);
    expect(result.explanation.warnings[0]).toContain('нет рабочих дней');
  });
});

describe('computeDeadline working days', () => {
  it('skips a weekend', () => {
    // Day zero Thursday 2026-03-12. Friday 13 = 1, Saturday 14 and Sunday 15 skipped, Monday 16 = 2, Tuesday 17 = 3.
    const result = computeDeadline(new Date('2026-03-12T14:00:00+03:00'), workingDays(3), calendar);
    expect(result.explanation.daysCounted).toBe(3);
    expect(result.explanation.lastDayBeforeShift).toBe('2026-03-17');
    expect(result.explanation.shift).toBeNull();
    expect(result.explanation.nonWorkingDaysSkipped).toEqual([
      { date: '2026-03-14', reason: 'выходной день (суббота)' },
      { date: '2026-03-15', reason: 'выходной день (воскресенье)' },
    ]);
    expect(result.explanation.dueAt).toBe('2026-03-17T23:59:59.999+03:00');
    expect(result.dueAt.toISOString()).toBe('2026-03-17T20:59:59.999Z');
  });

  it('skips the New Year holiday run', () => {
    // Day zero Monday 2025-12-29. Tuesday 30 December = 1. Skipped: 31 December (day off moved from
    // 5 January), 1–8 January (holidays), 9 January (day off), 10–11 January (weekend).
    // Monday 12 January = 2, 13 = 3, 14 = 4, Thursday 15 = 5.
    const result = computeDeadline(new Date('2025-12-29T10:00:00+03:00'), workingDays(5), calendar);
    expect(skippedDates(result)).toEqual([
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-01-10',
      '2026-01-11',
    ]);
    expect(result.explanation.dueAt).toBe('2026-01-15T23:59:59.999+03:00');
  });

  it('counts a working Saturday in the May holidays', () => {
    // Day zero Thursday 2024-04-25. Friday 26 = 1, Saturday 27 (working-weekend) = 2.
    // Skipped: Sunday 28, 29 and 30 April (days off), 1 May (holiday). Thursday 2 May = 3.
    const result = computeDeadline(new Date('2024-04-25T10:00:00+03:00'), workingDays(3), calendar);
    expect(result.explanation.nonWorkingDaysSkipped).toEqual([
      { date: '2024-04-28', reason: 'выходной день (воскресенье)' },
      { date: '2024-04-29', reason: 'перенесённый выходной (с 27.04.2024)' },
      { date: '2024-04-30', reason: 'перенесённый выходной (с 02.11.2024)' },
      { date: '2024-05-01', reason: 'Праздник Весны и Труда' },
    ]);
    expect(result.explanation.dueAt).toBe('2024-05-02T23:59:59.999+03:00');
  });
});

describe('computeDeadline hours', () => {
  it('crosses midnight on the clock', () => {
    // 22:30 + 3 hours = 01:30 on the next day, with no rounding to the end of the day.
    const result = computeDeadline(new Date('2026-03-10T22:30:00+03:00'), hours(3), calendar);
    expect(result.explanation.dueAt).toBe('2026-03-11T01:30:00.000+03:00');
    expect(result.dueAt.toISOString()).toBe('2026-03-10T22:30:00.000Z');
    expect(result.explanation.startDate).toBeNull();
    expect(result.explanation.lastDayBeforeShift).toBeNull();
    expect(result.explanation.daysCounted).toBe(0);
    expect(result.explanation.hoursCounted).toBe(3);
    expect(result.explanation.shift).toBeNull();
  });

  it('accepts a UTC start instant', () => {
    // 19:30Z is 22:30 in Moscow (UTC+3), so the due instant is the same as above.
    const result = computeDeadline(new Date('2026-03-10T19:30:00Z'), hours(3), calendar);
    expect(result.explanation.startedAt).toBe('2026-03-10T22:30:00.000+03:00');
    expect(result.explanation.dueAt).toBe('2026-03-11T01:30:00.000+03:00');
  });

  it('ignores holidays', () => {
    // 1 January 2026 is a holiday, but hours run day and night: 10:00 + 24 hours = 10:00 on 2 January.
    const result = computeDeadline(new Date('2026-01-01T10:00:00+03:00'), hours(24), calendar);
    expect(result.explanation.dueAt).toBe('2026-01-02T10:00:00.000+03:00');
    expect(result.explanation.nonWorkingDaysSkipped).toEqual([]);
  });
});

describe('computeDeadline near midnight', () => {
  it('uses the Moscow date of the last second', () => {
    // 23:59:59 on 1 March in Moscow (20:59:59Z): day zero 1 March, + 30 days = Tuesday 31 March.
    const result = computeDeadline(new Date('2026-03-01T23:59:59+03:00'), THIRTY_DAYS_BACK, calendar);
    expect(result.explanation.startDate).toBe('2026-03-01');
    expect(result.explanation.dueAt).toBe('2026-03-31T23:59:59.999+03:00');
  });

  it('uses the Moscow date one second later', () => {
    // 21:00Z on 1 March is 00:00 on 2 March in Moscow: day zero 2 March, + 30 days = Wednesday 1 April.
    const result = computeDeadline(new Date('2026-03-01T21:00:00Z'), THIRTY_DAYS_BACK, calendar);
    expect(result.explanation.startedAt).toBe('2026-03-02T00:00:00.000+03:00');
    expect(result.explanation.startDate).toBe('2026-03-02');
    expect(result.explanation.dueAt).toBe('2026-04-01T23:59:59.999+03:00');
  });
});

describe('computeDeadline outside coverage', () => {
  it('warns and applies the weekday rule', () => {
    // 1 Mar 2029 + 30 days = Saturday 31 March 2029. No 2029 data, so Saturday is non-working by the weekday rule,
    // and the shift goes back to Friday 30 March.
    const result = computeDeadline(new Date('2029-03-01T10:00:00+03:00'), THIRTY_DAYS_BACK, calendar);
    expect(result.explanation.shift).toEqual({ direction: 'BACK', from: '2029-03-31', to: '2029-03-30', days: 1 });
    expect(result.explanation.dueAt).toBe('2029-03-30T23:59:59.999+03:00');
    expect(result.explanation.warnings).toHaveLength(1);
    expect(result.explanation.warnings[0]).toContain('2029');
  });

  it('warns only for the uncovered year', () => {
    // Day zero Thursday 2027-12-30. Skipped: 31 December 2027 (day off, covered), 1–2 January 2028 (weekend).
    // Without 2028 data, Monday 3 January counts as working = 1, 4 = 2, Wednesday 5 = 3.
    const result = computeDeadline(new Date('2027-12-30T10:00:00+03:00'), workingDays(3), calendar);
    expect(skippedDates(result)).toEqual(['2027-12-31', '2028-01-01', '2028-01-02']);
    expect(result.explanation.dueAt).toBe('2028-01-05T23:59:59.999+03:00');
    expect(result.explanation.warnings).toHaveLength(1);
    expect(result.explanation.warnings[0]).toContain('2028');
    expect(result.explanation.warnings[0]).not.toContain('2027');
  });
});

describe('computeDeadline validation', () => {
  const start = new Date('2026-03-01T10:00:00+03:00');

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects amount %s', (amount) => {
    const rule: DeadlineRule = { kind: 'CALENDAR_DAYS', amount, nonWorkingEnd: 'SHIFT_BACK' };
    expect(() => computeDeadline(start, rule, calendar)).toThrow(RangeError);
    expect(() => computeDeadline(start, rule, calendar)).toThrow(`Invalid rule amount ${String(amount)}`);
  });

  it('rejects an amount above the maximum', () => {
    const rule: DeadlineRule = { kind: 'WORKING_DAYS', amount: 36_501, nonWorkingEnd: 'SHIFT_BACK' };
    expect(() => computeDeadline(start, rule, calendar)).toThrow('the maximum for WORKING_DAYS is 36500');
  });

  it('rejects an Invalid Date', () => {
    expect(() => computeDeadline(new Date('not a date'), THIRTY_DAYS_BACK, calendar)).toThrow(RangeError);
  });

  it('rejects an unknown rule kind', () => {
    const rule = { kind: 'WEEKS', amount: 2, nonWorkingEnd: 'SHIFT_BACK' } as unknown as DeadlineRule;
    expect(() => computeDeadline(start, rule, calendar)).toThrow('Invalid rule kind "WEEKS"');
  });

  it('rejects an unknown end rule', () => {
    const rule = { kind: 'CALENDAR_DAYS', amount: 2, nonWorkingEnd: 'ROUND' } as unknown as DeadlineRule;
    expect(() => computeDeadline(start, rule, calendar)).toThrow('Invalid nonWorkingEnd "ROUND"');
  });
});

describe('computeDeadline summary', () => {
  it('describes a back shift', () => {
    const result = computeDeadline(new Date('2024-05-13T09:00:00+03:00'), THIRTY_DAYS_BACK, calendar);
    expect(result.explanation.summary).toBe(
      '30 календарных дней со дня, следующего за 13.05.2024; последний день 12.06.2024 — День России, ' +
        'срок перенесён на предыдущий рабочий день 11.06.2024; срок истекает 11.06.2024 в 23:59 (МСК).',
    );
  });

  it('describes a forward shift', () => {
    const result = computeDeadline(new Date('2025-12-05T11:00:00+03:00'), THIRTY_DAYS_FORWARD, calendar);
    expect(result.explanation.summary).toContain('срок перенесён на следующий рабочий день 12.01.2026');
  });

  it('describes a working last day', () => {
    const result = computeDeadline(new Date('2024-03-28T15:00:00+03:00'), THIRTY_DAYS_BACK, calendar);
    expect(result.explanation.summary).toBe(
      '30 календарных дней со дня, следующего за 28.03.2024; последний день 27.04.2024 — рабочая суббота; ' +
        'срок истекает 27.04.2024 в 23:59 (МСК).',
    );
  });

  it('describes working days', () => {
    const result = computeDeadline(new Date('2026-03-12T14:00:00+03:00'), workingDays(3), calendar);
    expect(result.explanation.summary).toBe(
      '3 рабочих дня со дня, следующего за 12.03.2026, без учёта 2 нерабочих дней; срок истекает 17.03.2026 в 23:59 (МСК).',
    );
  });

  it('describes hours', () => {
    const result = computeDeadline(new Date('2026-03-10T22:30:00+03:00'), hours(3), calendar);
    expect(result.explanation.summary).toBe('3 часа с 10.03.2026 22:30 (МСК); срок истекает 11.03.2026 в 01:30 (МСК).');
  });

  it('uses singular forms', () => {
    // Day zero 2026-03-02 (Monday) + 1 calendar day = Tuesday 3 March, an ordinary working day.
    const rule: DeadlineRule = { kind: 'CALENDAR_DAYS', amount: 1, nonWorkingEnd: 'SHIFT_BACK' };
    const result = computeDeadline(new Date('2026-03-02T10:00:00+03:00'), rule, calendar);
    expect(result.explanation.summary).toBe(
      '1 календарный день со дня, следующего за 02.03.2026; последний день 03.03.2026 — рабочий день; ' +
        'срок истекает 03.03.2026 в 23:59 (МСК).',
    );
  });

  it('describes a shift over a weekend', () => {
    // 1 Mar 2029 + 30 days = Saturday 31 March 2029, shifted back to Friday 30 March.
    const result = computeDeadline(new Date('2029-03-01T10:00:00+03:00'), THIRTY_DAYS_BACK, calendar);
    expect(result.explanation.summary).toBe(
      '30 календарных дней со дня, следующего за 01.03.2029; последний день 31.03.2029 — выходной день (суббота), ' +
        'срок перенесён на предыдущий рабочий день 30.03.2029; срок истекает 30.03.2029 в 23:59 (МСК).',
    );
  });
});

describe('elapsedShare', () => {
  const startedAt = new Date('2026-03-01T00:00:00Z');
  const dueAt = new Date('2026-03-11T00:00:00Z');

  it('is 0 at the start', () => {
    expect(elapsedShare(startedAt, dueAt, startedAt)).toBe(0);
  });

  it('is 0.5 halfway', () => {
    // 5 of 10 days used.
    expect(elapsedShare(startedAt, dueAt, new Date('2026-03-06T00:00:00Z'))).toBe(0.5);
  });

  it('is 1 at the due instant', () => {
    expect(elapsedShare(startedAt, dueAt, dueAt)).toBe(1);
  });

  it('exceeds 1 when overdue', () => {
    // 15 of 10 days used.
    expect(elapsedShare(startedAt, dueAt, new Date('2026-03-16T00:00:00Z'))).toBe(1.5);
  });

  it('is 0 before the start', () => {
    expect(elapsedShare(startedAt, dueAt, new Date('2026-02-28T00:00:00Z'))).toBe(0);
  });

  it('rejects a due instant not after the start', () => {
    expect(() => elapsedShare(dueAt, startedAt, dueAt)).toThrow(RangeError);
    expect(() => elapsedShare(startedAt, startedAt, startedAt)).toThrow(RangeError);
  });

  it('rejects an Invalid Date', () => {
    expect(() => elapsedShare(startedAt, dueAt, new Date('not a date'))).toThrow(RangeError);
  });
});
