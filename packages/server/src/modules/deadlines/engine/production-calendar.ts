import { DateTime } from 'luxon';

/**
 * Kinds of production-calendar entries, as in the federal production calendar data.
 * `holiday` and `day_off` are non-working days, `shortened` is a pre-holiday working day
 * with reduced hours, and `working-weekend` is a Saturday or Sunday made a working day by a transfer.
 */
export type CalendarEntryKind = 'holiday' | 'day_off' | 'shortened' | 'working-weekend';

export const CALENDAR_ENTRY_KINDS: readonly CalendarEntryKind[] = [
  'holiday',
  'day_off',
  'shortened',
  'working-weekend',
];

/** One date that deviates from the plain Monday–Friday week. */
export interface CalendarEntry {
  /** Local date in the form YYYY-MM-DD. */
  date: string;
  kind: CalendarEntryKind;
  /** Holiday name, such as "День России". */
  title?: string | null;
  /** Whether the date is a Saturday or Sunday. When set, it must agree with the date. */
  isWeekend?: boolean;
  /** For a `day_off` created by a transfer, the weekend date whose day off moved here. */
  movedFrom?: string | null;
}

/** Working-day lookup over a set of calendar entries. All dates are YYYY-MM-DD strings. */
export interface ProductionCalendar {
  /** Returns whether the date is a working day, falling back to Monday–Friday for unlisted dates. */
  isWorkingDay(date: string): boolean;
  /** Returns a Russian description of a non-standard day, or null for an ordinary working weekday. */
  describe(date: string): string | null;
  /** Returns whether the entries contain at least one date of the year, so the year's transfers are known. */
  covers(year: number): boolean;
}

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses a YYYY-MM-DD string as a calendar date in UTC, which keeps day arithmetic free of
 * time-zone effects. Throws a RangeError on a malformed or non-existent date.
 */
export function parseIsoDate(date: string): DateTime {
  if (typeof date !== 'string' || !ISO_DATE_PATTERN.test(date)) {
    throw new RangeError(`Invalid date "${String(date)}": expected the form YYYY-MM-DD.`);
  }

  const parsed = DateTime.fromISO(date, { zone: 'utc' });
  if (!parsed.isValid) {
    throw new RangeError(`Invalid date "${date}": ${parsed.invalidExplanation ?? 'no such calendar day'}.`);
  }

  return parsed;
}

/** Returns the YYYY-MM-DD date that lies `days` calendar days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return toIsoDate(parseIsoDate(date).plus({ days }));
}

function toIsoDate(date: DateTime): string {
  const text = date.toISODate();
  if (text === null) {
    throw new RangeError(`Date arithmetic left the supported range: ${date.invalidExplanation ?? 'invalid date'}.`);
  }

  return text;
}

/** Returns whether the date falls on a Saturday or Sunday (luxon weekdays 6 and 7). */
export function isWeekendDate(date: string): boolean {
  return parseIsoDate(date).weekday >= 6;
}

function describeWeekend(date: string): string {
  return parseIsoDate(date).weekday === 6 ? 'выходной день (суббота)' : 'выходной день (воскресенье)';
}

function describeWorkingWeekend(date: string): string {
  return parseIsoDate(date).weekday === 6 ? 'рабочая суббота' : 'рабочее воскресенье';
}

function describeEntry(entry: CalendarEntry): string {
  switch (entry.kind) {
    case 'holiday':
      return entry.title?.trim() || 'нерабочий праздничный день';
    case 'day_off':
      return entry.movedFrom ? `перенесённый выходной (с ${russianDate(entry.movedFrom)})` : 'выходной день';
    case 'working-weekend':
      return describeWorkingWeekend(entry.date);
    case 'shortened':
      return isWeekendDate(entry.date)
        ? `${describeWorkingWeekend(entry.date)}, сокращённый предпраздничный день`
        : 'сокращённый предпраздничный день';
  }
}

function validateEntry(entry: CalendarEntry): void {
  parseIsoDate(entry.date);

  if (!CALENDAR_ENTRY_KINDS.includes(entry.kind)) {
    throw new RangeError(
      `Invalid calendar entry kind "${String(entry.kind)}" on ${entry.date}: expected one of ${CALENDAR_ENTRY_KINDS.join(', ')}.`,
    );
  }

  if (entry.movedFrom) {
    parseIsoDate(entry.movedFrom);
  }

  // A wrong weekend flag means the row was shifted or mistyped, so the whole file is suspect.
  if (entry.isWeekend !== undefined && entry.isWeekend !== isWeekendDate(entry.date)) {
    throw new RangeError(
      `Invalid calendar entry on ${entry.date}: isWeekend is ${String(entry.isWeekend)}, but the date is ${
        isWeekendDate(entry.date) ? 'a Saturday or Sunday' : 'a weekday'
      }.`,
    );
  }
}

/**
 * Builds a production calendar from its entries.
 *
 * A date is a working day when it is Monday–Friday, unless an entry marks it `holiday` or `day_off`.
 * A Saturday or Sunday is a working day only when an entry marks it `working-weekend` or `shortened`,
 * because a shortened weekend day is a transferred working Saturday that also precedes a holiday.
 * Unlisted dates follow the plain week. Throws a RangeError on a malformed entry or a repeated date.
 */
export function buildProductionCalendar(entries: CalendarEntry[]): ProductionCalendar {
  const entriesByDate = new Map<string, CalendarEntry>();
  const coveredYears = new Set<number>();

  for (const entry of entries) {
    validateEntry(entry);

    if (entriesByDate.has(entry.date)) {
      throw new RangeError(`Invalid production calendar: the date ${entry.date} is listed more than once.`);
    }

    entriesByDate.set(entry.date, entry);
    coveredYears.add(parseIsoDate(entry.date).year);
  }

  return {
    isWorkingDay(date: string): boolean {
      const entry = entriesByDate.get(date);
      if (entry === undefined) {
        return !isWeekendDate(date);
      }

      return entry.kind === 'shortened' || entry.kind === 'working-weekend';
    },

    describe(date: string): string | null {
      const entry = entriesByDate.get(date);
      if (entry !== undefined) {
        return describeEntry(entry);
      }

      return isWeekendDate(date) ? describeWeekend(date) : null;
    },

    covers(year: number): boolean {
      return coveredYears.has(year);
    },
  };
}

/** Formats YYYY-MM-DD as the Russian DD.MM.YYYY. */
function russianDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}
