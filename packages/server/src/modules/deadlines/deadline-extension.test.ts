import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CalendarStore } from './calendar-store.js';
import type { Deadline } from './deadline.entity.js';
import { DeadlineService, extendedRule } from './deadline.service.js';
import { computeDeadline, type DeadlineRule } from './engine/index.js';
import { loadCalendarCsv } from './engine/load-calendar-csv.js';
import { buildProductionCalendar } from './engine/production-calendar.js';

const calendar = buildProductionCalendar(
  loadCalendarCsv(fileURLToPath(new URL('../../../data/reference/ru_production_calendar_2021_2027.csv', import.meta.url))),
);
const service = new DeadlineService({ current: calendar } as CalendarStore);
const ANSWER_RULE: DeadlineRule = { kind: 'CALENDAR_DAYS', amount: 30, nonWorkingEnd: 'SHIFT_BACK' };

/** An open answer term started at `startedAt` under `rule`, shaped as the service stores it. */
function openTerm(startedAt: string, rule: DeadlineRule = ANSWER_RULE): Deadline {
  const { dueAt, explanation } = computeDeadline(new Date(startedAt), rule, calendar);
  return { startedAt: new Date(startedAt), dueAt, explanation: { ...explanation, policyId: null, recomputations: [] } } as unknown as Deadline;
}

function extended(startedAt: string, days: number): Deadline {
  const deadline = openTerm(startedAt);
  service.extend(deadline, days, `продление на ${days} дн.`);
  return deadline;
}

describe('extending a 30-day answer term', () => {
  // Registered on Friday 4 December 2026 at 13:00 Moscow time. Day 30 is 3 January 2027, a New
  // Year holiday, so the term moves back over 1–3 January and the day off of 31 December to 30 December.
  const REGISTERED = '2026-12-04T10:00:00.000Z';

  it('starts at 30 December', () => {
    expect(openTerm(REGISTERED).dueAt.toISOString()).toBe('2026-12-30T20:59:59.999Z');
  });

  it('counts 10 more days from day 30', () => {
    // Day 40 is Wednesday 13 January 2027, a working day.
    const deadline = extended(REGISTERED, 10);
    expect(deadline.dueAt.toISOString()).toBe('2027-01-13T20:59:59.999Z');
    expect(deadline.explanation.rule).toEqual({ kind: 'CALENDAR_DAYS', amount: 40, nonWorkingEnd: 'SHIFT_BACK' });
    expect(deadline.explanation.extensionDays).toBe(10);
    expect(deadline.explanation.summary).toMatch(/^Срок 30 календ\. дн\. продлён на 10 календ\. дн\.: 40 календарных дней со дня, следующего за 04\.12\.2026/);
    expect(deadline.explanation.summary).toContain('13.01.2027');
    expect(deadline.explanation.summary).not.toContain('30.12.2026 в');
    expect(deadline.explanation.recomputations).toEqual([
      expect.objectContaining({ previousDueAt: '2026-12-30T23:59:59.999+03:00', dueAt: '2027-01-13T23:59:59.999+03:00' }),
    ]);
  });

  it('moves a holiday end back to a working day', () => {
    // Day 31 is 4 January 2027, a holiday; the nearest working day before it is still 30 December.
    const deadline = extended(REGISTERED, 1);
    expect(deadline.dueAt.toISOString()).toBe('2026-12-30T20:59:59.999Z');
    expect(deadline.explanation.shift).toMatchObject({ direction: 'BACK', from: '2027-01-04', to: '2026-12-30' });
    expect(deadline.explanation.warnings).toEqual([]);
  });

  it('moves a Sunday end back over the holidays', () => {
    // Day 37 is Sunday 10 January 2027; Saturday 9 January and 1–8 January are not working days.
    expect(extended(REGISTERED, 7).dueAt.toISOString()).toBe('2026-12-30T20:59:59.999Z');
  });

  it('ends on the first working Monday', () => {
    // Day 38 is Monday 11 January 2027.
    expect(extended(REGISTERED, 8).dueAt.toISOString()).toBe('2027-01-11T20:59:59.999Z');
  });

  it('counts from the Moscow date of a late-evening registration', () => {
    // 21:30 UTC on 4 December is 00:30 on 5 December in Moscow, so day zero is 5 December,
    // day 30 is 4 January (back to 30 December) and day 40 is Thursday 14 January.
    const late = '2026-12-04T21:30:00.000Z';
    expect(openTerm(late).dueAt.toISOString()).toBe('2026-12-30T20:59:59.999Z');
    expect(extended(late, 10).dueAt.toISOString()).toBe('2027-01-14T20:59:59.999Z');
  });
});

describe('extendedRule', () => {
  it('adds the days to the calendar length of a working-day term', () => {
    // 10 working days from Friday 4 December 2026 end on Friday 18 December, 14 calendar days on.
    const term = openTerm('2026-12-04T10:00:00.000Z', { kind: 'WORKING_DAYS', amount: 10, nonWorkingEnd: 'NONE' });
    expect(term.explanation.lastDayBeforeShift).toBe('2026-12-18');
    expect(extendedRule(term.explanation, 5)).toEqual({ kind: 'CALENDAR_DAYS', amount: 19, nonWorkingEnd: 'SHIFT_BACK' });
  });

  it('rejects a term counted in hours', () => {
    const term = openTerm('2026-12-04T10:00:00.000Z', { kind: 'HOURS', amount: 3, nonWorkingEnd: 'NONE' });
    expect(() => extendedRule(term.explanation, 5)).toThrow(/counted in days/);
  });
});
