import { DateTime } from 'luxon';
import { z } from 'zod';
import { badUserInput, type FieldProblem } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import { AppealChannel } from '../appeals/appeal.entity.js';

export const MOSCOW_ZONE = 'Europe/Moscow';

/** Maximum length of the period of one request, in years. */
export const MAX_PERIOD_YEARS = 5;

/** Maximum length of each list of the filter. The republic has 18 agencies and 173 municipal units. */
const MAX_LIST_LENGTH = 200;

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date in the form YYYY-MM-DD' })
  .refine((value) => DateTime.fromISO(value).isValid, { message: 'must be a calendar date that exists, such as 2026-02-28' });

const filterSchema = z
  .object({
    from: localDate.nullish(),
    to: localDate.nullish(),
    agencyIds: z
      .array(z.uuid({ message: 'must be an agency id (UUID)' }))
      .max(MAX_LIST_LENGTH, { message: `must list at most ${MAX_LIST_LENGTH} agencies` })
      .nullish(),
    municipalityOktmos: z
      .array(z.string().regex(/^\d{8}(\d{3})?$/, { message: 'must be an OKTMO code of 8 or 11 digits' }))
      .max(MAX_LIST_LENGTH, { message: `must list at most ${MAX_LIST_LENGTH} municipalities` })
      .nullish(),
    channels: z.array(z.enum(AppealChannel, { message: 'must be one of the AppealChannel values' })).nullish(),
  });

/** A validated filter with both ends of the period set; an empty list means "no restriction". */
export interface AnalyticsFilterValues {
  /** First Moscow day of the period, YYYY-MM-DD. */
  from: string;
  /** Last Moscow day of the period, inclusive. */
  to: string;
  agencyIds: string[];
  municipalityOktmos: string[];
  channels: AppealChannel[];
}

function unique<T>(values: T[] | null | undefined): T[] {
  return [...new Set(values ?? [])];
}

/**
 * Validates the analytics filter and fills the default period. A missing `to` is today in Moscow.
 * A missing `from` is the first day of the month eleven months before `to`, so twelve calendar
 * months are shown. Checks the period's length but not whether the ids exist.
 */
export function parseAnalyticsFilter(input: unknown, now: Date = new Date()): AnalyticsFilterValues {
  const values = parseInput(filterSchema, input ?? {}, 'filter');
  const to = values.to ?? DateTime.fromJSDate(now, { zone: MOSCOW_ZONE }).toISODate()!;
  const from = values.from ?? DateTime.fromISO(to).minus({ months: 11 }).startOf('month').toISODate()!;
  const earliestFrom = DateTime.fromISO(to).minus({ years: MAX_PERIOD_YEARS }).plus({ days: 1 }).toISODate()!;
  const problems: FieldProblem[] = [];
  if (from > to) {
    problems.push({ field: 'filter.from', reason: 'AFTER_END', message: `must not be after to (${to}); pick an earlier date` });
  } else if (from < earliestFrom) {
    problems.push({
      field: 'filter.from',
      reason: 'PERIOD_TOO_LONG',
      message: `must be ${earliestFrom} or later: a period covers at most ${MAX_PERIOD_YEARS} years`,
    });
  }
  if (problems.length > 0) {
    throw badUserInput(problems);
  }
  return {
    from,
    to,
    agencyIds: unique(values.agencyIds),
    municipalityOktmos: unique(values.municipalityOktmos),
    channels: unique(values.channels),
  };
}
