import { DateTime } from 'luxon';

import { addDays, type ProductionCalendar } from './production-calendar.js';

export type DeadlineRuleKind = 'CALENDAR_DAYS' | 'WORKING_DAYS' | 'HOURS';

/** Handling of a day-based deadline whose last day is not a working day. */
export type NonWorkingEndRule = 'SHIFT_BACK' | 'SHIFT_FORWARD' | 'NONE';

export interface DeadlineRule {
  kind: DeadlineRuleKind;
  /** Number of calendar days, working days or hours. A positive integer. */
  amount: number;
  /** Ignored by HOURS and by WORKING_DAYS, whose last day is always a working day. */
  nonWorkingEnd: NonWorkingEndRule;
}

/** Time zone of the Mari El Republic, in which every day-based deadline is counted. */
export const DEADLINE_TIME_ZONE = 'Europe/Moscow';

/** Largest accepted amount for day-based rules (about 100 years), which keeps day-by-day counting bounded. */
export const MAX_DAY_AMOUNT = 36_500;

/** Largest accepted amount for HOURS rules (about 100 years). */
export const MAX_HOUR_AMOUNT = 876_000;

/**
 * Maximum run of consecutive non-working days that the engine walks through before it throws.
 * The longest run in the 2021–2027 data is 12 days (2025-12-31 to 2026-01-11), so a longer run means broken data.
 */
const MAX_NON_WORKING_RUN = 366;

const DEADLINE_RULE_KINDS: readonly DeadlineRuleKind[] = ['CALENDAR_DAYS', 'WORKING_DAYS', 'HOURS'];
const NON_WORKING_END_RULES: readonly NonWorkingEndRule[] = ['SHIFT_BACK', 'SHIFT_FORWARD', 'NONE'];

/** Move of a calendar-day deadline's last day off a non-working day. */
export interface DeadlineShift {
  direction: 'BACK' | 'FORWARD';
  /** Original last day, YYYY-MM-DD. */
  from: string;
  /** Working day the deadline moved to, YYYY-MM-DD. */
  to: string;
  /** Number of calendar days between `from` and `to`. */
  days: number;
}

/** Non-working day passed over while counting or shifting, with its description from the calendar. */
export interface SkippedDay {
  date: string;
  reason: string;
}

/** Step-by-step account of a computed deadline, shown to officials and stored with the appeal. */
export interface DeadlineExplanation {
  timeZone: string;
  /** Start instant as ISO 8601 in Moscow time, such as 2026-03-01T10:15:00.000+03:00. */
  startedAt: string;
  /** Local date of day zero, or null for HOURS. */
  startDate: string | null;
  rule: DeadlineRule;
  /** Calendar days for CALENDAR_DAYS, working days for WORKING_DAYS, 0 for HOURS. */
  daysCounted: number;
  /** The amount for HOURS, 0 otherwise. */
  hoursCounted: number;
  lastDayBeforeShift: string | null;
  /**
   * For WORKING_DAYS, every non-working day passed over while counting. For CALENDAR_DAYS, the
   * non-working days that the shift passed over, starting with the original last day.
   */
  nonWorkingDaysSkipped: SkippedDay[];
  shift: DeadlineShift | null;
  /** Due instant as ISO 8601 with the +03:00 offset. */
  dueAt: string;
  /** Russian warnings, such as a year that the production calendar does not cover. */
  warnings: string[];
  /** One Russian sentence that states the term, any shift and the due time. */
  summary: string;
}

export interface DeadlineComputation {
  dueAt: Date;
  explanation: DeadlineExplanation;
}

/** Result of one rule kind's computation, before the shared explanation fields are added. */
interface RuleOutcome {
  due: DateTime;
  startDate: string | null;
  daysCounted: number;
  hoursCounted: number;
  lastDayBeforeShift: string | null;
  nonWorkingDaysSkipped: SkippedDay[];
  shift: DeadlineShift | null;
  warnings: string[];
  summary: string;
}

// ---------------------------------------------------------------------------
// Input validation
// ---------------------------------------------------------------------------

function validateStartedAt(startedAt: Date): void {
  if (!(startedAt instanceof Date)) {
    throw new TypeError(`Invalid startedAt: expected a Date, got ${typeof startedAt}.`);
  }

  if (Number.isNaN(startedAt.getTime())) {
    throw new RangeError('Invalid startedAt: got an Invalid Date. Pass a Date with a valid time value.');
  }
}

function validateRule(rule: DeadlineRule): void {
  if (!DEADLINE_RULE_KINDS.includes(rule.kind)) {
    throw new RangeError(
      `Invalid rule kind "${String(rule.kind)}": expected one of ${DEADLINE_RULE_KINDS.join(', ')}.`,
    );
  }

  if (!NON_WORKING_END_RULES.includes(rule.nonWorkingEnd)) {
    throw new RangeError(
      `Invalid nonWorkingEnd "${String(rule.nonWorkingEnd)}": expected one of ${NON_WORKING_END_RULES.join(', ')}.`,
    );
  }

  if (!Number.isInteger(rule.amount) || rule.amount <= 0) {
    throw new RangeError(`Invalid rule amount ${String(rule.amount)}: expected a positive integer.`);
  }

  const maxAmount = rule.kind === 'HOURS' ? MAX_HOUR_AMOUNT : MAX_DAY_AMOUNT;
  if (rule.amount > maxAmount) {
    throw new RangeError(`Invalid rule amount ${rule.amount}: the maximum for ${rule.kind} is ${maxAmount}.`);
  }
}

// ---------------------------------------------------------------------------
// Moscow time and calendar access
// ---------------------------------------------------------------------------

function toMoscowTime(instant: Date): DateTime {
  const local = DateTime.fromJSDate(instant, { zone: DEADLINE_TIME_ZONE });
  if (!local.isValid) {
    const reason = local.invalidExplanation ?? 'unknown time zone';
    throw new Error(`Failed to convert ${instant.toISOString()} to ${DEADLINE_TIME_ZONE}: ${reason}.`);
  }

  return local;
}

/** Returns the last millisecond (23:59:59.999) of a local date in Moscow. */
function endOfMoscowDay(date: string): DateTime {
  return DateTime.fromISO(date, { zone: DEADLINE_TIME_ZONE }).endOf('day');
}

function toIsoInstant(instant: DateTime): string {
  const text = instant.toISO();
  if (text === null) {
    throw new RangeError(`Deadline instant is out of range: ${instant.invalidExplanation ?? 'invalid date'}.`);
  }

  return text;
}

/**
 * Calendar wrapper that records each year the engine looked up but the calendar does not cover.
 * The calendar still classifies days of such years by the plain Monday–Friday rule.
 */
class CoverageTrackingCalendar {
  private readonly uncoveredYears = new Set<number>();

  constructor(private readonly calendar: ProductionCalendar) {}

  isWorkingDay(date: string): boolean {
    const year = Number(date.slice(0, 4));
    if (!this.calendar.covers(year)) {
      this.uncoveredYears.add(year);
    }

    return this.calendar.isWorkingDay(date);
  }

  reasonFor(date: string): string {
    return this.calendar.describe(date) ?? 'нерабочий день';
  }

  describe(date: string): string | null {
    return this.calendar.describe(date);
  }

  coverageWarnings(): string[] {
    return [...this.uncoveredYears]
      .sort((left, right) => left - right)
      .map(
        (year) =>
          `Производственный календарь не содержит данных за ${year} год, поэтому рабочие дни этого года определены по пятидневной неделе (понедельник–пятница) без учёта праздников и переносов.`,
      );
  }
}

function rejectLongNonWorkingRun(run: number, date: string): void {
  if (run > MAX_NON_WORKING_RUN) {
    throw new Error(
      `Production calendar has more than ${MAX_NON_WORKING_RUN} consecutive non-working days around ${date}. Check the calendar data.`,
    );
  }
}

// ---------------------------------------------------------------------------
// Russian wording
// ---------------------------------------------------------------------------

const russianPluralRules = new Intl.PluralRules('ru');

interface RussianNounForms {
  one: string;
  few: string;
  many: string;
}

const CALENDAR_DAY_FORMS: RussianNounForms = {
  one: 'календарный день',
  few: 'календарных дня',
  many: 'календарных дней',
};
const WORKING_DAY_FORMS: RussianNounForms = { one: 'рабочий день', few: 'рабочих дня', many: 'рабочих дней' };
const HOUR_FORMS: RussianNounForms = { one: 'час', few: 'часа', many: 'часов' };

/** Formats "<count> <noun>" with the noun in the form that Russian grammar requires after the count. */
function formatCount(count: number, forms: RussianNounForms): string {
  const category = russianPluralRules.select(count);
  if (category === 'one') {
    return `${count} ${forms.one}`;
  }

  return `${count} ${category === 'few' ? forms.few : forms.many}`;
}

/** Formats "<count> нерабочего дня / нерабочих дней" in the genitive case, as after "без учёта". */
function formatSkippedCount(count: number): string {
  return russianPluralRules.select(count) === 'one' ? `${count} нерабочего дня` : `${count} нерабочих дней`;
}

function formatRussianDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).toFormat('dd.MM.yyyy');
}

function formatDayTermClause(amount: number, forms: RussianNounForms, dayZero: string): string {
  return `${formatCount(amount, forms)} со дня, следующего за ${formatRussianDate(dayZero)}`;
}

function formatDueClause(due: DateTime): string {
  return `срок истекает ${due.toFormat('dd.MM.yyyy')} в ${due.toFormat('HH:mm')} (МСК)`;
}

// ---------------------------------------------------------------------------
// Rule kinds
// ---------------------------------------------------------------------------

interface ShiftResult {
  shift: DeadlineShift | null;
  skipped: SkippedDay[];
  warnings: string[];
  endClause: string;
}

/**
 * Moves a non-working last day to the nearest working day in the rule's direction.
 * A back shift never reaches day zero, because the term starts on the day after the event.
 * When no working day lies between day zero and the last day, the last day is kept with a warning.
 */
function shiftNonWorkingLastDay(
  lastDay: string,
  dayZero: string,
  rule: NonWorkingEndRule,
  calendar: CoverageTrackingCalendar,
): ShiftResult {
  const lastDayText = formatRussianDate(lastDay);
  const lastDayReason = calendar.reasonFor(lastDay);
  const nonWorkingClause = `последний день ${lastDayText} — ${lastDayReason}`;

  if (rule === 'NONE') {
    return { shift: null, skipped: [], warnings: [], endClause: `${nonWorkingClause}, срок не переносится` };
  }

  const step = rule === 'SHIFT_BACK' ? -1 : 1;
  const skipped: SkippedDay[] = [{ date: lastDay, reason: lastDayReason }];
  let candidate = addDays(lastDay, step);

  for (;;) {
    // Day zero is checked before the calendar because it is outside the term even when it is working.
    if (step < 0 && candidate === dayZero) {
      // NOTE: only short terms (a few days inside a long holiday run) reach this branch.
      // Keeping the last day stays within the legal maximum, but it ends on a non-working day.
      return {
        shift: null,
        skipped: [],
        warnings: [
          `Между днём события ${formatRussianDate(dayZero)} и последним днём срока ${lastDayText} нет рабочих дней, поэтому срок не перенесён на предыдущий рабочий день и истекает в последний день.`,
        ],
        endClause: `${nonWorkingClause}, но между днём события и ним нет рабочих дней, поэтому срок не переносится`,
      };
    }

    if (calendar.isWorkingDay(candidate)) {
      break;
    }

    skipped.push({ date: candidate, reason: calendar.reasonFor(candidate) });
    rejectLongNonWorkingRun(skipped.length, candidate);
    candidate = addDays(candidate, step);
  }

  const direction = step < 0 ? 'BACK' : 'FORWARD';
  const target = step < 0 ? 'предыдущий' : 'следующий';

  return {
    shift: { direction, from: lastDay, to: candidate, days: skipped.length },
    skipped,
    warnings: [],
    endClause: `${nonWorkingClause}, срок перенесён на ${target} рабочий день ${formatRussianDate(candidate)}`,
  };
}

/** Counts N calendar days after day zero, then applies the rule's shift when the last day is non-working. */
function computeCalendarDays(dayZero: string, rule: DeadlineRule, calendar: CoverageTrackingCalendar): RuleOutcome {
  const lastDay = addDays(dayZero, rule.amount);
  const termClause = formatDayTermClause(rule.amount, CALENDAR_DAY_FORMS, dayZero);

  let endDay = lastDay;
  let shift: DeadlineShift | null = null;
  let skipped: SkippedDay[] = [];
  let warnings: string[] = [];
  let endClause: string;

  if (calendar.isWorkingDay(lastDay)) {
    const description = calendar.describe(lastDay) ?? 'рабочий день';
    endClause = `последний день ${formatRussianDate(lastDay)} — ${description}`;
  } else {
    const result = shiftNonWorkingLastDay(lastDay, dayZero, rule.nonWorkingEnd, calendar);
    shift = result.shift;
    skipped = result.skipped;
    warnings = result.warnings;
    endClause = result.endClause;
    endDay = shift?.to ?? lastDay;
  }

  const due = endOfMoscowDay(endDay);

  return {
    due,
    startDate: dayZero,
    daysCounted: rule.amount,
    hoursCounted: 0,
    lastDayBeforeShift: lastDay,
    nonWorkingDaysSkipped: skipped,
    shift,
    warnings,
    summary: `${termClause}; ${endClause}; ${formatDueClause(due)}.`,
  };
}

/** Counts N working days after day zero, listing every non-working day passed over. */
function computeWorkingDays(dayZero: string, rule: DeadlineRule, calendar: CoverageTrackingCalendar): RuleOutcome {
  const skipped: SkippedDay[] = [];
  let workingDaysCounted = 0;
  let nonWorkingRun = 0;
  let day = dayZero;

  while (workingDaysCounted < rule.amount) {
    day = addDays(day, 1);

    if (calendar.isWorkingDay(day)) {
      workingDaysCounted += 1;
      nonWorkingRun = 0;
    } else {
      skipped.push({ date: day, reason: calendar.reasonFor(day) });
      nonWorkingRun += 1;
      rejectLongNonWorkingRun(nonWorkingRun, day);
    }
  }

  const due = endOfMoscowDay(day);
  const termClause = formatDayTermClause(rule.amount, WORKING_DAY_FORMS, dayZero);
  const skippedClause = skipped.length === 0 ? '' : `, без учёта ${formatSkippedCount(skipped.length)}`;

  return {
    due,
    startDate: dayZero,
    daysCounted: rule.amount,
    hoursCounted: 0,
    lastDayBeforeShift: day,
    nonWorkingDaysSkipped: skipped,
    shift: null,
    warnings: [],
    summary: `${termClause}${skippedClause}; ${formatDueClause(due)}.`,
  };
}

/** Adds N hours on the clock to the start instant, with no day rounding and no shift. */
function computeHours(start: DateTime, rule: DeadlineRule): RuleOutcome {
  const due = start.plus({ hours: rule.amount });
  const startText = `${start.toFormat('dd.MM.yyyy')} ${start.toFormat('HH:mm')} (МСК)`;

  return {
    due,
    startDate: null,
    daysCounted: 0,
    hoursCounted: rule.amount,
    lastDayBeforeShift: null,
    nonWorkingDaysSkipped: [],
    shift: null,
    warnings: [],
    summary: `${formatCount(rule.amount, HOUR_FORMS)} с ${startText}; ${formatDueClause(due)}.`,
  };
}

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/**
 * Computes a deadline from the start instant under the rule and explains each step.
 *
 * Day-based terms count in Europe/Moscow from the day after the event, because the event's own
 * local date is day zero. They end at 23:59:59.999 Moscow time on the last day.
 * HOURS adds the hours to the start instant exactly.
 * Throws a RangeError on an Invalid Date or an amount that is not a positive integer.
 */
export function computeDeadline(
  startedAt: Date,
  rule: DeadlineRule,
  calendar: ProductionCalendar,
): DeadlineComputation {
  validateStartedAt(startedAt);
  validateRule(rule);

  const start = toMoscowTime(startedAt);
  const trackingCalendar = new CoverageTrackingCalendar(calendar);
  const dayZero = start.toISODate();
  if (dayZero === null) {
    throw new RangeError(`Invalid startedAt ${startedAt.toISOString()}: no local date in ${DEADLINE_TIME_ZONE}.`);
  }

  let outcome: RuleOutcome;
  switch (rule.kind) {
    case 'CALENDAR_DAYS':
      outcome = computeCalendarDays(dayZero, rule, trackingCalendar);
      break;
    case 'WORKING_DAYS':
      outcome = computeWorkingDays(dayZero, rule, trackingCalendar);
      break;
    case 'HOURS':
      outcome = computeHours(start, rule);
      break;
  }

  const dueAt = toIsoInstant(outcome.due);

  return {
    dueAt: outcome.due.toJSDate(),
    explanation: {
      timeZone: DEADLINE_TIME_ZONE,
      startedAt: toIsoInstant(start),
      startDate: outcome.startDate,
      rule: { kind: rule.kind, amount: rule.amount, nonWorkingEnd: rule.nonWorkingEnd },
      daysCounted: outcome.daysCounted,
      hoursCounted: outcome.hoursCounted,
      lastDayBeforeShift: outcome.lastDayBeforeShift,
      nonWorkingDaysSkipped: outcome.nonWorkingDaysSkipped,
      shift: outcome.shift,
      dueAt,
      warnings: [...trackingCalendar.coverageWarnings(), ...outcome.warnings],
      summary: outcome.summary,
    },
  };
}

/**
 * Returns the share of the time from startedAt to dueAt already used at `now`: 0 at the start,
 * 1 at the due instant and above 1 when overdue. A `now` before the start returns 0.
 * Throws a RangeError on an Invalid Date or when dueAt is not after startedAt.
 */
export function elapsedShare(startedAt: Date, dueAt: Date, now: Date): number {
  const startMs = startedAt.getTime();
  const dueMs = dueAt.getTime();
  const nowMs = now.getTime();

  if (Number.isNaN(startMs) || Number.isNaN(dueMs) || Number.isNaN(nowMs)) {
    throw new RangeError('Invalid Date passed to elapsedShare: startedAt, dueAt and now must be valid dates.');
  }

  if (dueMs <= startMs) {
    throw new RangeError(
      `Invalid deadline interval: dueAt ${dueAt.toISOString()} must be after startedAt ${startedAt.toISOString()}.`,
    );
  }

  return Math.max(0, (nowMs - startMs) / (dueMs - startMs));
}
