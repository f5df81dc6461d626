/** First characters by which Excel and LibreOffice take a cell for a formula or a command. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a cell that a spreadsheet would run as a formula, such as `=HYPERLINK(…)` in an
 * appellant's name, read as text, by prefixing an apostrophe, as OWASP ASVS requirement 1.2.10
 * asks. The texts come from citizens, social networks and imports, so any of them may be hostile.
 */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The CSV form of every file the product writes for people: UTF-8 with a byte order mark and
 * semicolons, which Excel with Russian regional settings opens without an import dialog, and no
 * cell that a spreadsheet would run as a formula.
 */
export const SPREADSHEET_CSV = { bom: true, delimiter: ';', cast: { string: neutralizeFormula } } as const;
