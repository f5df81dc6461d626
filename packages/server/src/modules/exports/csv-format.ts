/**
 * The CSV form of every file the product writes for people: UTF-8 with a byte order mark and
 * semicolons, which Excel with Russian regional settings opens without an import dialog.
 */
export const SPREADSHEET_CSV = { bom: true, delimiter: ';' } as const;
