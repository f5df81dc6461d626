import { readFileSync } from 'node:fs';

import { parse } from 'csv-parse/sync';

import {
  CALENDAR_ENTRY_KINDS,
  parseIsoDate,
  type CalendarEntry,
  type CalendarEntryKind,
} from './production-calendar.js';

/** Columns that every production-calendar CSV must have. Other columns (xml_type, source_calendar_date) are ignored. */
const REQUIRED_COLUMNS = ['date', 'kind', 'holiday_title', 'moved_from', 'is_weekend'] as const;

type CalendarCsvRow = Record<string, string | undefined>;

interface ParsedRecord {
  record: CalendarCsvRow;
  info: { lines: number };
}

function parseKind(value: string, line: number): CalendarEntryKind {
  const kind = CALENDAR_ENTRY_KINDS.find((candidate) => candidate === value);
  if (kind === undefined) {
    throw new RangeError(
      `Invalid kind "${value}" on line ${line}: expected one of ${CALENDAR_ENTRY_KINDS.join(', ')}.`,
    );
  }

  return kind;
}

function parseIsWeekend(value: string, line: number): boolean | undefined {
  if (value === '') {
    return undefined;
  }

  if (value !== 'true' && value !== 'false') {
    throw new RangeError(`Invalid is_weekend "${value}" on line ${line}: expected true, false or an empty value.`);
  }

  return value === 'true';
}

function parseDateCell(value: string, column: string, line: number): string {
  try {
    parseIsoDate(value);
  } catch (error) {
    throw new RangeError(`Invalid ${column} "${value}" on line ${line}: expected a date in the form YYYY-MM-DD.`, {
      cause: error,
    });
  }

  return value;
}

function validateHeader(filePath: string, header: string[]): string[] {
  const missingColumns = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missingColumns.length > 0) {
    throw new Error(`Invalid production calendar CSV ${filePath}: missing columns ${missingColumns.join(', ')}.`);
  }

  return header;
}

function toCalendarEntry({ record, info }: ParsedRecord): CalendarEntry {
  const line = info.lines;
  const movedFrom = record.moved_from ?? '';

  return {
    date: parseDateCell(record.date ?? '', 'date', line),
    kind: parseKind(record.kind ?? '', line),
    title: record.holiday_title || null,
    isWeekend: parseIsWeekend(record.is_weekend ?? '', line),
    movedFrom: movedFrom === '' ? null : parseDateCell(movedFrom, 'moved_from', line),
  };
}

/**
 * Reads a production-calendar CSV (header `date,kind,xml_type,holiday_title,moved_from,is_weekend,source_calendar_date`)
 * into calendar entries. Throws when a required column is missing or a row has an invalid value,
 * naming the file line, so a broken reference file stops the loader instead of shifting deadlines.
 */
export function loadCalendarCsv(filePath: string): CalendarEntry[] {
  const text = readFileSync(filePath, 'utf8');
  const records = parse(text, {
    columns: (header: string[]) => validateHeader(filePath, header),
    bom: true,
    trim: true,
    skip_empty_lines: true,
    info: true,
  }) as ParsedRecord[];

  return records.map(toCalendarEntry);
}
