/**
 * CSV for Excel with Russian regional settings, in which the center's staff open exports. A UTF-8
 * byte order mark makes Excel read Cyrillic as UTF-8. Fields are separated by `;` because Excel
 * takes `,` as the decimal separator there, numbers have decimal commas, and lines end in CRLF.
 */

/** A cell: text, a number, or null for an empty cell (a share or average with nothing counted). */
export type CsvCell = string | number | null | undefined;

const BYTE_ORDER_MARK = '\uFEFF';
const DELIMITER = ';';

/** Writes one cell, quoting it when it contains the delimiter, a quote or a line break. */
export function formatCsvCell(value: CsvCell): string {
  if (value == null || (typeof value === 'number' && !Number.isFinite(value))) {
    return '';
  }
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Builds a whole CSV text: the byte order mark, the header row and the rows. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(formatCsvCell).join(DELIMITER));
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}

/** Starts the browser's download of a CSV text under `fileName`. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
