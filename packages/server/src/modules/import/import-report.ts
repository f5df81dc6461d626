// The rejected-rows report: a CSV in the form of the appeals export, which Excel with Russian settings opens as is.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse as parseCsvSync } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { RejectedRow } from './import-rows.js';

// NOTE: these options repeat streamCsv in ../exports/export.routes.ts, which exports no writer to share.
/** UTF-8 with a byte order mark and semicolons, as the appeals export writes its CSV. */
const REPORT_CSV = { delimiter: ';' } as const;

export const REPORT_HEADER = ['Строка', 'Поле', 'Причина', 'Сообщение', 'Подробности'];

/** The header line of the report written by earlier versions, with commas and no byte order mark. */
const LEGACY_HEADER = 'line,field,reason,message';

function reportLines(rows: string[][]): string {
  return stringifyCsv(rows, REPORT_CSV);
}

/** Creates the report with its byte order mark and header, replacing any file at `path`. */
export function createReport(path: string, rows: string[][] = []): void {
  writeFileSync(path, stringifyCsv([REPORT_HEADER, ...rows], { ...REPORT_CSV, bom: true }));
}

/** Appends rejected rows, one report line per problem. */
export function appendReport(path: string, rows: RejectedRow[]): void {
  appendFileSync(path, reportLines(rows.map((row) => [String(row.line), row.field, row.reason, row.message, row.details])));
}

/** Reads the report's data rows as cells, converting a report of the earlier comma-separated form. */
export function readReportRows(path: string): string[][] {
  if (!existsSync(path)) {
    return [];
  }
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (text.startsWith(LEGACY_HEADER)) {
    const legacy = parseCsvSync(text, { from_line: 2 }) as string[][];
    return legacy.map(([line = '', field = '', reason = '', message = '']) => [line, field, reason, '', message]);
  }
  return parseCsvSync(text, { ...REPORT_CSV, from_line: 2, relax_column_count: true }) as string[][];
}
