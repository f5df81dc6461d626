import { DateTime } from 'luxon';
import {
  computeDeadline,
  DEADLINE_TIME_ZONE,
  type DeadlineComputation,
  type NonWorkingEndRule,
  type ProductionCalendar,
} from '../deadlines/engine/index.js';

/** A calendar quarter: 1 is January–March, 4 is October–December. */
export interface Quarter {
  year: number;
  quarter: number;
}

/** Day of the month after the quarter by which the agency's quarterly information is due. */
export const REPORT_DUE_DAY = 5;

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** Returns the quarter that contains an instant, in Moscow time. */
export function quarterOf(instant: Date): Quarter {
  const local = DateTime.fromJSDate(instant, { zone: DEADLINE_TIME_ZONE });
  return { year: local.year, quarter: Math.ceil(local.month / 3) };
}

export function previousQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

/** Returns the quarter's first instant and the first instant after it, both at Moscow midnight. */
export function quarterBounds({ year, quarter }: Quarter): { start: Date; end: Date } {
  const start = DateTime.fromObject({ year, month: (quarter - 1) * 3 + 1, day: 1 }, { zone: DEADLINE_TIME_ZONE });
  return { start: start.toJSDate(), end: start.plus({ months: 3 }).toJSDate() };
}

/** Formats a quarter as Russian text, such as «IV квартал 2026 года». */
export function formatQuarter({ year, quarter }: Quarter): string {
  return `${ROMAN_QUARTERS[quarter - 1]} квартал ${year} года`;
}

/**
 * Computes the due instant of the quarterly information: the end of the 5th day of the month after
 * the quarter in Moscow time. The term is counted as 5 calendar days from the quarter's last day,
 * which always lands on the 5th, and a non-working 5th moves by `nonWorkingEnd` (back by default).
 * A back shift never reaches the quarter itself: when every day from the 1st to the 5th is
 * non-working, as on 1–5 January, the 5th is kept and the explanation carries a warning.
 */
export function computeQuarterlyReportDue(
  period: Quarter,
  nonWorkingEnd: NonWorkingEndRule,
  calendar: ProductionCalendar,
): DeadlineComputation {
  if (!Number.isInteger(period.quarter) || period.quarter < 1 || period.quarter > 4) {
    throw new RangeError(`Invalid quarter ${period.quarter}: expected 1, 2, 3 or 4.`);
  }
  const lastInstant = new Date(quarterBounds(period).end.getTime() - 1);
  const computation = computeDeadline(lastInstant, { kind: 'CALENDAR_DAYS', amount: REPORT_DUE_DAY, nonWorkingEnd }, calendar);
  const summary = `Информация за ${formatQuarter(period)} представляется до ${REPORT_DUE_DAY}-го числа месяца, следующего за кварталом: ${computation.explanation.summary}`;
  return { dueAt: computation.dueAt, explanation: { ...computation.explanation, summary } };
}
