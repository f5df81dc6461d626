// The rejected-rows report: a CSV in the form of the appeals export, which Excel with Russian settings opens as is.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse as parseCsvSync } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { SPREADSHEET_CSV } from '../exports/csv-format.js';
import type { RejectedRow } from './import-rows.js';

export const REPORT_HEADER = ['Строка', 'Поле', 'Причина', 'Сообщение', 'Подробности'];

/** Creates the report with its byte order mark and header, replacing any file at `path`. */
export function createReport(path: string, rows: string[][] = []): void {
  writeFileSync(path, stringifyCsv([REPORT_HEADER, ...rows], SPREADSHEET_CSV));
}

/** Appends rejected rows, one report line per problem; the byte order mark stays at the file's start. */
export function appendReport(path: string, rows: RejectedRow[]): void {
  const lines = rows.map((row) => [String(row.line), row.field, row.reason, row.message, row.details]);
  appendFileSync(path, stringifyCsv(lines, { ...SPREADSHEET_CSV, bom: false }));
}

/** Reads the report's data rows as cells. */
export function readReportRows(path: string): string[][] {
  if (!existsSync(path)) {
    return [];
  }
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return parseCsvSync(text, { delimiter: SPREADSHEET_CSV.delimiter, from_line: 2, relax_column_count: true }) as string[][];
}
