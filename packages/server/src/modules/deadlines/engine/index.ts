export {
  CALENDAR_ENTRY_KINDS,
  addDays,
  buildProductionCalendar,
  isWeekendDate,
  parseIsoDate,
  type CalendarEntry,
  type CalendarEntryKind,
  type ProductionCalendar,
} from './production-calendar.js';
export {
  DEADLINE_TIME_ZONE,
  MAX_DAY_AMOUNT,
  MAX_HOUR_AMOUNT,
  computeDeadline,
  elapsedShare,
  type DeadlineComputation,
  type DeadlineExplanation,
  type DeadlineRule,
  type DeadlineRuleKind,
  type DeadlineShift,
  type NonWorkingEndRule,
  type SkippedDay,
} from './compute-deadline.js';
export { loadCalendarCsv } from './load-calendar-csv.js';
export { formatMoscowTime, formatMoscowTimeLabel } from './moscow-time.js';
